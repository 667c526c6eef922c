package org.bengkel.json.document;

import java.util.List;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonReader.PropertyNames;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;

/**
 * The envelope {@code {"kind","schemaVersion","data"}}: written in that order; read with {@code
 * kind} and {@code schemaVersion} before {@code data}, so the payload is read as it streams, at the
 * right version. Its schema is per kind ({@link DocumentKind#schema()}).
 */
final class DocumentCodec implements Codec<Document> {

  // The envelope's names; the header must come before the data, so it is read in this class and
  // not declared as fields (ObjectCodec reads properties in any order).
  private static final PropertyNames NAMES = PropertyNames.of("kind", "schemaVersion", "data");
  private static final int KIND = 0;
  private static final int VERSION = 1;
  private static final int DATA = 2;

  @Override
  public Class<Document> type() {
    return Document.class;
  }

  @Override
  public void write(Document value, JsonWriter out) {
    write(value.kind(), value.payload(), out);
  }

  private static <T> void write(DocumentKind<T> kind, Object payload, JsonWriter out) {
    out.beginObject();
    out.name(NAMES, KIND).string(kind.name());
    out.name(NAMES, VERSION).number(kind.currentVersion());
    out.name(NAMES, DATA).value(kind.codec(), kind.type().cast(payload));
    out.endObject();
  }

  @Override
  public Document read(JsonReader in) {
    DocumentKind<?> kind = null;
    Long version = null;
    Document document = null;
    in.beginObject();
    for (int p = in.nextProperty(NAMES); p != JsonReader.END; p = in.nextProperty(NAMES)) {
      switch (p) {
        case KIND -> {
          String name = in.nextString();
          kind =
              DocumentKinds.find(name)
                  .orElseThrow(() -> in.unknown(JsonRule.DOCUMENT_UNKNOWN_KIND, names()));
          if (version != null) {
            checkVersion(in, kind, version);
          }
        }
        case VERSION -> {
          version = in.nextLong();
          if (kind != null) {
            checkVersion(in, kind, version);
          }
        }
        case DATA -> {
          if (kind == null || version == null) {
            // absent or later: a streaming reader cannot tell, so the error names what is missing
            throw in.error(
                JsonRule.DOCUMENT_HEADER_ORDER,
                kind == null && version == null
                    ? NAMES.name(KIND) + ", " + NAMES.name(VERSION)
                    : NAMES.name(kind == null ? KIND : VERSION));
          }
          document = read(kind, version.intValue(), in);
        }
        default -> in.unknownProperty();
      }
    }
    DocumentKind<?> k = kind;
    Long v = version;
    Document d = document;
    return in.build(
        () -> {
          JsonReader.required(k, NAMES.name(KIND));
          JsonReader.required(v, NAMES.name(VERSION));
          return JsonReader.required(d, NAMES.name(DATA));
        });
  }

  private static <T> Document read(DocumentKind<T> kind, int version, JsonReader in) {
    return Document.read(kind, version, kind.readPayload(version, in));
  }

  private static void checkVersion(JsonReader in, DocumentKind<?> kind, long version) {
    if (!kind.supports(version)) {
      String at = in.path();
      String object = at.substring(0, at.lastIndexOf('.'));
      throw BengkelJsonException.of(
          JsonRule.DOCUMENT_UNSUPPORTED_VERSION,
          JsonPath.property(object, NAMES.name(VERSION)),
          version,
          kind.name(),
          kind.supportedVersions());
    }
  }

  private static List<String> names() {
    return DocumentKinds.all().stream().map(DocumentKind::name).toList();
  }
}
