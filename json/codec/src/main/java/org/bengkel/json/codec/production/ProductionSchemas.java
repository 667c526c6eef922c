package org.bengkel.json.codec.production;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.json.schema.JsonSchema;

/** Helpers for the JSON Schemas of this package's codecs; not instantiable. */
final class ProductionSchemas {

  /** ISO-8601 times as {@link java.time.format.DateTimeFormatter#ISO_LOCAL_TIME} reads them. */
  static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{0,9})?)?";

  /** ISO-8601 local date-times: the date's digits, {@code T}, a time. */
  static final String DATE_TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt]" + TIME;

  /** ISO-8601 durations as {@link java.time.Duration#parse} reads them. */
  static final String DURATION = "[-+]?[Pp](?=[-+]?[0-9]|[Tt])(?:[-+]?0*[0-9]{1,9}[Dd])?(?:[Tt](?=[-+]?[0-9])(?:[-+]?0*[0-9]{1,9}[Hh])?(?:[-+]?0*[0-9]{1,9}[Mm])?(?:[-+]?0*[0-9]{1,9}(?:[.,][0-9]{0,9})?[Ss])?)?";

  private ProductionSchemas() {}

  /** How a property of {@link #object} may appear. */
  enum Presence {
    /** Present and not {@code null}. */
    REQUIRED,
    /** Absent, {@code null} or a value. */
    OPTIONAL,
    /** Absent or a value, never {@code null} (lists and maps, read as empty when absent). */
    ABSENT_OR_VALUE
  }

  /** A property for {@link #object}. */
  record Prop(String name, Presence presence, JsonSchema schema) {}

  static Prop req(String name, JsonSchema schema) {
    return new Prop(name, Presence.REQUIRED, schema);
  }

  static Prop opt(String name, JsonSchema schema) {
    return new Prop(name, Presence.OPTIONAL, schema);
  }

  static Prop many(String name, JsonSchema schema) {
    return new Prop(name, Presence.ABSENT_OR_VALUE, schema);
  }

  /**
   * An object schema with the given properties and no other, like {@link JsonSchema#object} but
   * with lists and maps that may be absent (read as empty) yet never {@code null}.
   */
  static JsonSchema object(String description, Prop... properties) {
    Map<String, Object> props = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (Prop p : properties) {
      switch (p.presence()) {
        case REQUIRED -> {
          props.put(p.name(), p.schema());
          required.add(p.name());
        }
        case OPTIONAL ->
            props.put(
                p.name(),
                JsonSchema.of(JsonSchema.map("anyOf", List.of(JsonSchema.of(JsonSchema.map("type", "null")), p.schema()))));
        case ABSENT_OR_VALUE -> props.put(p.name(), p.schema());
      }
    }
    return JsonSchema.of(
            JsonSchema.map(
                "type", "object",
                "properties", props,
                "required", List.copyOf(required),
                "additionalProperties", Boolean.FALSE))
        .describedAs(description);
  }

}
