package org.bengkel.json.document;

import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;

/**
 * The envelope {@code {"kind","schemaVersion","data"}}: written in that order; read with {@code
 * kind} and {@code schemaVersion} before {@code data}, so the payload is read as it streams, at the
 * right version. Its schema is per kind ({@link DocumentKind#schema()}).
 */
final class DocumentCodec implements Codec<Document> {

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
    out.name("kind").string(kind.name());
    out.name("schemaVersion").number(kind.currentVersion());
    out.name("data").value(kind.codec(), kind.type().cast(payload));
    out.endObject();
  }

  @Override
  public Document read(JsonReader in) {
    DocumentKind<?> kind = null;
    Long version = null;
    Document document = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "kind" -> {
          String name = in.nextString();
          kind =
              DocumentKinds.find(name)
                  .orElseThrow(() -> in.error(JsonRule.DOCUMENT_UNKNOWN_KIND, names()));
          if (version != null) {
            checkVersion(in, kind, version);
          }
        }
        case "schemaVersion" -> {
          version = in.nextLong();
          if (kind != null) {
            checkVersion(in, kind, version);
          }
        }
        case "data" -> {
          if (kind == null || version == null) {
            throw in.error(JsonRule.DOCUMENT_HEADER_ORDER);
          }
          document = read(kind, version.intValue(), in);
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    DocumentKind<?> k = kind;
    Long v = version;
    Document d = document;
    return in.build(
        () -> {
          JsonReader.required(k, "kind");
          JsonReader.required(v, "schemaVersion");
          return JsonReader.required(d, "data");
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
          JsonPath.property(object, "schemaVersion"),
          version,
          kind.name(),
          kind.supportedVersions());
    }
  }

  private static String names() {
    return DocumentKinds.all().stream().map(DocumentKind::name).toList().toString();
  }
}
