package org.bengkel.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;

/**
 * Documents in bengkel's versioned envelope {@code {"kind", "schemaVersion", "data"}} (see
 * docs/json-format.md, "Versioned documents"), read by bengkel-json's {@link Document} codec: any
 * kind registered in {@link DocumentKinds}, at any version it reads.
 */
final class Envelope {

  private Envelope() {}

  /**
   * Whether a document is meant as an envelope: an object with {@code schemaVersion}, or with
   * {@code kind} and {@code data} (so an envelope that lacks one of the three is reported as such,
   * while a plain object with a {@code kind} property, such as a price step, is not taken for one;
   * no payload has a {@code schemaVersion}).
   */
  static boolean isEnveloped(JsonNode root) {
    return root.isObject() && (root.has("schemaVersion") || root.has("kind") && root.has("data"));
  }

  /** Reads an enveloped document; errors carry the path and rule of bengkel-json. */
  static Document read(String text) {
    return Inputs.JSON.read(text, Document.class);
  }

  /** The payload of an enveloped document, which must be of the expected type. */
  static <T> T payload(String text, Class<T> expected) {
    Document document = read(text);
    Object payload = document.payload();
    if (!expected.isInstance(payload)) {
      throw BengkelJsonException.of(
          JsonRule.WRONG_TYPE,
          JsonPath.property(JsonPath.ROOT, "kind"),
          "a document holding " + DocumentTypes.nameOf(expected).orElse(expected.getSimpleName()),
          "'" + document.kind().name() + "'");
    }
    return expected.cast(payload);
  }

  /** The kind and version of a document, as {@code facility-record v2}. */
  static String describe(Document document) {
    return document.kind().name() + " v" + document.schemaVersion();
  }
}
