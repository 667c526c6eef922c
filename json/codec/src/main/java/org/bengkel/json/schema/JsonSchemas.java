package org.bengkel.json.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.Codec;
import org.bengkel.json.Codecs;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.privacy.PrivacyViews;

/**
 * The JSON Schemas (draft 2020-12) of bengkel's format (<i>skema JSON</i>), rendered from the
 * descriptions beside the codecs ({@link Codec#schema()}) and the registered document kinds ({@link
 * DocumentKinds}): one self-contained file per registered type and per document kind, for systems
 * that check bengkel's JSON without Java.
 *
 * <p>The files are shipped inside bengkel-json under {@value #RESOURCE_DIRECTORY} and copied under
 * {@code docs/schema/}; a test fails when either differs from what this class renders, so the
 * schemas cannot drift from the codecs. File names: {@code <kind>.schema.json} for a document kind,
 * {@code types/<package>.<Type>.schema.json} for a type, such as {@code
 * types/facility.Officer.schema.json}.
 *
 * <p>Immutable and thread-safe (static helpers only).
 */
public final class JsonSchemas {

  /** The JSON Schema dialect of every file. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** The base of every schema's {@code $id}. */
  public static final String ID_BASE = "https://bengkel.org/schema/";

  /** Where the schema files are inside the bengkel-json artifact. */
  public static final String RESOURCE_DIRECTORY = "org/bengkel/json/schema/";

  private JsonSchemas() {}

  /**
   * The name of a type in schemas: the last segment of its package and its simple name, such as
   * {@code facility.Officer} for {@code org.bengkel.facility.Officer}.
   *
   * @param type the type, not null
   * @return the name, never null
   */
  public static String typeName(Class<?> type) {
    String pkg = type.getPackageName();
    return pkg.substring(pkg.lastIndexOf('.') + 1) + "." + type.getSimpleName();
  }

  /**
   * The file name of a type's schema, {@code types/facility.Officer.schema.json}.
   *
   * @param type the type, not null
   * @return the name relative to {@value #RESOURCE_DIRECTORY}, never null
   */
  public static String fileName(Class<?> type) {
    return "types/" + typeName(type) + ".schema.json";
  }

  /**
   * The file name of a document kind's schema, {@code facility-record.schema.json}.
   *
   * @param kind the kind, not null
   * @return the name relative to {@value #RESOURCE_DIRECTORY}, never null
   */
  public static String fileName(DocumentKind<?> kind) {
    return kind.name() + ".schema.json";
  }

  /**
   * The schema file of a codec's form, with every form it refers to under {@code $defs}.
   *
   * @param codec the codec, not null
   * @return the file's text, empty when the codec describes no schema
   */
  public static Optional<String> forCodec(Codec<?> codec) {
    return codec
        .schema()
        .map(s -> render(s, fileName(codec.type()), "bengkel " + typeName(codec.type())));
  }

  /**
   * The schema file of a document kind: the envelope {@code kind}, {@code schemaVersion}, {@code
   * data}, with the payload's form for every supported version.
   *
   * @param kind the kind, not null
   * @return the file's text, never null
   */
  public static String forKind(DocumentKind<?> kind) {
    return render(kind.schema(), fileName(kind), "bengkel document " + kind.name());
  }

  /**
   * Every schema file: one per document kind of {@link DocumentKinds#all()}, one per codec of
   * {@link Codecs#all()} that describes its schema, and one per privacy view of {@link
   * PrivacyViews#all()}.
   *
   * @return file name (relative to {@value #RESOURCE_DIRECTORY}) to text, in registry order;
   *     unmodifiable, never null
   */
  public static Map<String, String> all() {
    Map<String, String> files = new LinkedHashMap<>();
    for (DocumentKind<?> kind : DocumentKinds.all()) {
      files.put(fileName(kind), forKind(kind));
    }
    for (Codec<?> codec : Codecs.all()) {
      forCodec(codec).ifPresent(text -> files.put(fileName(codec.type()), text));
    }
    for (Codec<?> codec : PrivacyViews.all()) {
      forCodec(codec).ifPresent(text -> files.put(fileName(codec.type()), text));
    }
    return java.util.Collections.unmodifiableMap(files);
  }

  /**
   * A schema file as shipped inside bengkel-json.
   *
   * @param fileName the name relative to {@value #RESOURCE_DIRECTORY}, not null
   * @return the file's text, empty when no such file is shipped
   */
  public static Optional<String> shipped(String fileName) {
    MissingValueException.required(fileName, "fileName");
    try (InputStream in = JsonSchemas.class.getResourceAsStream(fileName)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String render(JsonSchema root, String file, String title) {
    Map<String, Object> defs = new LinkedHashMap<>();
    collect(root, defs);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("$schema", DIALECT);
    doc.put("$id", ID_BASE + file);
    doc.put("title", title);
    if (root.reference() != null) {
      doc.put("$ref", "#/$defs/" + typeName(root.reference().type()));
    } else {
      doc.putAll(root.keywords());
    }
    if (!defs.isEmpty()) {
      doc.put("$defs", defs);
    }
    StringBuilder out = new StringBuilder();
    write(doc, out, "");
    return out.append('\n').toString();
  }

  // Gathers the schemas of every referred codec, depth first, each once.
  private static void collect(Object node, Map<String, Object> defs) {
    if (node instanceof JsonSchema s) {
      Codec<?> ref = s.reference();
      if (ref != null) {
        String name = typeName(ref.type());
        if (!defs.containsKey(name)) {
          JsonSchema target =
              ref.schema()
                  .orElseThrow(
                      () -> new IllegalStateException("no schema for " + ref.type().getName()));
          defs.put(name, target);
          collect(target, defs);
        }
      } else {
        s.keywords().values().forEach(v -> collect(v, defs));
      }
    } else if (node instanceof Map<?, ?> m) {
      m.values().forEach(v -> collect(v, defs));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collect(v, defs));
    }
  }

  private static void write(Object node, StringBuilder out, String indent) {
    if (node instanceof JsonSchema s) {
      if (s.reference() != null) {
        write(Map.of("$ref", "#/$defs/" + typeName(s.reference().type())), out, indent);
      } else {
        write(s.keywords(), out, indent);
      }
    } else if (node instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      String inner = indent + "  ";
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.append(inner);
        quote((String) e.getKey(), out);
        out.append(": ");
        write(e.getValue(), out, inner);
        out.append(++i < m.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (node instanceof List<?> l) {
      if (l.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      String inner = indent + "  ";
      for (int i = 0; i < l.size(); i++) {
        out.append(inner);
        write(l.get(i), out, inner);
        out.append(i + 1 < l.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (node instanceof String text) {
      quote(text, out);
    } else {
      out.append(node);
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
