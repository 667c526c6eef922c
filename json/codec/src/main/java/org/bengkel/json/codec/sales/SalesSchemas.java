package org.bengkel.json.codec.sales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.json.schema.JsonSchema;

/**
 * Builds the JSON Schemas of the sales forms: objects whose lists may be absent (an absent list
 * reads as empty) but never {@code null}, which {@link JsonSchema#object} cannot say.
 */
final class SalesSchemas {

  /** An order, invoice or credit-note number: upper-case code groups. */
  static JsonSchema code(int maxLength) {
    return JsonSchema.pattern("[A-Z0-9]+(-[A-Z0-9]+)*", maxLength);
  }

  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<Object> required = new ArrayList<>();

  private SalesSchemas() {}

  static SalesSchemas object() {
    return new SalesSchemas();
  }

  /** A property that must be present and not null. */
  SalesSchemas required(String name, JsonSchema schema) {
    properties.put(name, schema);
    required.add(name);
    return this;
  }

  /** A property that may be absent or null. */
  SalesSchemas optional(String name, JsonSchema schema) {
    properties.put(
        name, JsonSchema.of(JsonSchema.map("anyOf", List.of(JsonSchema.of(JsonSchema.map("type", "null")), schema))));
    return this;
  }

  /** A list that may be absent (read as empty) but not null. */
  SalesSchemas list(String name, JsonSchema items) {
    properties.put(name, JsonSchema.arrayOf(items));
    return this;
  }

  /** The object schema, described. */
  JsonSchema describedAs(String description) {
    return JsonSchema.of(
        JsonSchema.map(
            "description", description,
            "type", "object",
            "properties", properties,
            "required", List.copyOf(required),
            "additionalProperties", Boolean.FALSE));
  }

  /** A non-empty array. */
  static JsonSchema nonEmpty(JsonSchema items) {
    return JsonSchema.arrayOf(items).with("minItems", 1L);
  }
}
