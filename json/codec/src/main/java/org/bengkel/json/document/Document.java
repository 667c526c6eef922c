package org.bengkel.json.document;

import java.util.Objects;
import java.util.stream.Collectors;
import org.bengkel.audit.DomainEvent;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.JsonRule;

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
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code json.document.mismatch} (field {@code payload}) for a
   *     payload that is not of the kind's type, which only an unchecked or raw kind lets through
   */
  public static <T> Document of(DocumentKind<T> kind, T payload) {
    MissingValueException.required(kind, "kind");
    MissingValueException.required(payload, "payload");
    return checked(kind, payload);
  }

  /**
   * A domain event as its document (<i>peristiwa sebagai dokumen</i>), of the kind its {@linkplain
   * DomainEvent#type() type} names: {@code {"kind":"inventory.stock-sold","schemaVersion":1,
   * "data":{...}}}, what a host stores in its events table or publishes (docs/audit.md, "Events as
   * JSON"). Every event of core has a kind.
   *
   * @param event the event, not null
   * @return the document, never null
   * @throws MissingValueException if {@code event} is null
   * @throws InvalidValueException rule {@code json.document.unknown-kind} (field {@code kind}) for
   *     an event of a type with no document kind (one a host declared itself)
   */
  public static Document ofEvent(DomainEvent event) {
    MissingValueException.required(event, "event");
    DocumentKind<?> kind =
        DocumentKinds.find(event.type())
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        JsonRule.DOCUMENT_UNKNOWN_KIND,
                        "kind",
                        event.type(),
                        DocumentKinds.all().stream()
                            .map(DocumentKind::name)
                            .collect(Collectors.joining(", "))));
    return checked(kind, event);
  }

  // a payload held as any type, checked against the kind's own: an unchecked or raw kind, or an
  // event found by its type, cannot put a payload of another type in a document
  private static <T> Document checked(DocumentKind<T> kind, Object payload) {
    if (!kind.type().isInstance(payload)) {
      throw InvalidValueException.of(
          JsonRule.DOCUMENT_MISMATCH,
          "payload",
          payload.getClass().getSimpleName(),
          kind.type().getSimpleName());
    }
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
   * @throws MissingValueException if {@code expected} is null
   * @throws InvalidValueException rule {@code json.document.mismatch} (field {@code kind}) when the
   *     document is of another kind
   */
  public <T> T payload(DocumentKind<T> expected) {
    MissingValueException.required(expected, "expected");
    if (!expected.name().equals(kind.name())) {
      throw InvalidValueException.of(
          JsonRule.DOCUMENT_MISMATCH, "kind", kind.name(), expected.name());
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
