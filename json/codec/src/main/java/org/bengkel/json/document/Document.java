package org.bengkel.json.document;

import java.util.Objects;
import org.bengkel.error.MissingValueException;

/**
 * A versioned document exchanged between systems (<i>dokumen berversi</i>), written {@code
 * {"kind":"facility-record","schemaVersion":2,"data":{...}}}: the kind, the schema version and the
 * payload. A document read from an older supported version holds the payload already upgraded to
 * the current type, and remembers the version it was read from; it is always written at the kind's
 * current version.
 *
 * <p>Immutable and thread-safe when the payload is.
 */
public final class Document {

  private final DocumentKind<?> kind;
  private final int schemaVersion;
  private final Object payload;

  private Document(DocumentKind<?> kind, int schemaVersion, Object payload) {
    this.kind = MissingValueException.required(kind, "kind");
    this.schemaVersion = schemaVersion;
    this.payload = MissingValueException.required(payload, "payload");
  }

  /**
   * A document of the kind's current version.
   *
   * @param <T> the payload type
   * @param kind the kind, not null
   * @param payload the payload, not null
   * @return the document, never null
   */
  public static <T> Document of(DocumentKind<T> kind, T payload) {
    return new Document(kind, kind.currentVersion(), kind.type().cast(payload));
  }

  static <T> Document read(DocumentKind<T> kind, int version, T payload) {
    return new Document(kind, version, payload);
  }

  /**
   * The document's kind.
   *
   * @return the kind, never null
   */
  public DocumentKind<?> kind() {
    return kind;
  }

  /**
   * The version the document was read from (or the current version for a document made with {@link
   * #of}); writing always uses the kind's current version.
   *
   * @return the version, at least 1
   */
  public int schemaVersion() {
    return schemaVersion;
  }

  /**
   * The payload, at the kind's current version.
   *
   * @return the payload, never null
   */
  public Object payload() {
    return payload;
  }

  /**
   * The payload as the type of an expected kind.
   *
   * @param <T> the payload type
   * @param expected the kind the caller expects, not null
   * @return the payload, never null
   * @throws IllegalArgumentException when the document is of another kind
   */
  public <T> T payload(DocumentKind<T> expected) {
    if (!expected.name().equals(kind.name())) {
      throw new IllegalArgumentException(
          "expected a '" + expected.name() + "' document, got '" + kind.name() + "'");
    }
    return expected.type().cast(payload);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d
        && d.kind.name().equals(kind.name())
        && d.schemaVersion == schemaVersion
        && d.payload.equals(payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind.name(), schemaVersion, payload);
  }

  @Override
  public String toString() {
    return "Document[" + kind.name() + " v" + schemaVersion + "]";
  }
}
