package org.bengkel.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;

/**
 * A document in the envelope {@code {"kind": "...", "schemaVersion": n, "data": {...}}}: a JSON
 * object with both {@code kind} and {@code schemaVersion} at the top is one. The kind is one of
 * the tool's type names ({@code trainee}, {@code price-book}...), the data the type's JSON form.
 */
final class Envelope {

  private static final Set<String> PROPERTIES = Set.of("kind", "schemaVersion", "data");
  private static final long VERSION = 1;

  private final String kind;
  private final Class<?> type;
  private final JsonNode data;

  private Envelope(String kind, Class<?> type, JsonNode data) {
    this.kind = kind;
    this.type = type;
    this.data = data;
  }

  /** The envelope of a document, if it is in one; its header is checked. */
  static Optional<Envelope> of(JsonNode root) {
    if (!root.isObject() || !root.has("kind") || !root.has("schemaVersion")) {
      return Optional.empty();
    }
    String at = JsonPath.ROOT;
    Inputs.onlyProperties(root, at, PROPERTIES);
    JsonNode kindNode = Inputs.required(root, at, "kind");
    String kindPath = JsonPath.property(at, "kind");
    if (!kindNode.isTextual()) {
      throw BengkelJsonException.of(
          JsonRule.WRONG_TYPE, kindPath, "a string", Inputs.describe(kindNode));
    }
    String kind = kindNode.textValue();
    Class<?> type =
        DocumentTypes.find(kind)
            .orElseThrow(
                () ->
                    BengkelJsonException.of(
                        JsonRule.UNKNOWN_CONSTANT, kindPath, "the names of bengkel validate --help"));
    JsonNode version = Inputs.required(root, at, "schemaVersion");
    String versionPath = JsonPath.property(at, "schemaVersion");
    if (!version.isIntegralNumber()) {
      throw BengkelJsonException.of(
          version.isNumber() ? JsonRule.FLOAT_AMOUNT : JsonRule.WRONG_TYPE,
          versionPath,
          "a whole number",
          Inputs.describe(version));
    }
    if (!version.canConvertToLong() || version.longValue() != VERSION) {
      throw BengkelJsonException.of(JsonRule.AMOUNT_OUT_OF_RANGE, versionPath, VERSION, VERSION);
    }
    return Optional.of(new Envelope(kind, type, Inputs.required(root, at, "data")));
  }

  /** The kind's name. */
  String kind() {
    return kind;
  }

  /** The document's value, read as the kind's type. */
  Object payload() {
    return Inputs.part(data, JsonPath.property(JsonPath.ROOT, "data"), type);
  }

  /** The document's value, which must be of the expected type. */
  <T> T payload(Class<T> expected) {
    if (!expected.equals(type)) {
      throw BengkelJsonException.of(
          JsonRule.WRONG_TYPE,
          JsonPath.property(JsonPath.ROOT, "kind"),
          "\"" + DocumentTypes.nameOf(expected).orElse(expected.getSimpleName()) + "\"",
          "\"" + kind + "\"");
    }
    return Inputs.part(data, JsonPath.property(JsonPath.ROOT, "data"), expected);
  }
}
