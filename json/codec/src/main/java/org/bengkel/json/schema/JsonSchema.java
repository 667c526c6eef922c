package org.bengkel.json.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.Codec;
import org.jspecify.annotations.Nullable;

/**
 * The description of one JSON form as a JSON Schema (draft 2020-12) fragment (<i>skema JSON</i>),
 * written once beside the {@link Codec} that reads and writes the form ({@link Codec#schema()}).
 * {@link JsonSchemas} renders it, with the schemas of every codec it {@linkplain #ref(Codec) refers
 * to} gathered under {@code $defs}, into the schema files shipped in bengkel-json and copied under
 * {@code docs/schema/}.
 *
 * <p>A schema never accepts less than the codec reads: it may accept more (the checks that JSON
 * Schema cannot express, such as the birth date inside a NIP, are left to the reader), so that a
 * document a schema refuses is always refused by the readers too.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonSchema {

  /** A property of an object schema: its name, schema and whether it is required. */
  public static final class Property {
    private final String name;
    private final JsonSchema schema;
    private final boolean required;

    private Property(String name, JsonSchema schema, boolean required) {
      this.name = MissingValueException.required(name, "name");
      this.schema = MissingValueException.required(schema, "schema");
      this.required = required;
    }

    /**
     * The property's name.
     *
     * @return the name, never null
     */
    public String name() {
      return name;
    }

    /**
     * Whether the property must be present and not {@code null}.
     *
     * @return true for a required property
     */
    public boolean isRequired() {
      return required;
    }
  }

  // Values: String, Long, Boolean, List<Object>, Map<String, Object>, JsonSchema, or a Codec (a
  // reference, rendered as "$ref" to the codec's entry under "$defs").
  private final Map<String, Object> keywords;
  private final @Nullable Codec<?> reference;

  private JsonSchema(Map<String, Object> keywords, @Nullable Codec<?> reference) {
    this.keywords = Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    this.reference = reference;
  }

  /**
   * A string holding NUL anywhere, for {@code "not"}: a free text's one character rule that a
   * pattern of its own does not state. The regular expression's escape, the same in ECMA-262, Java
   * and Python.
   */
  private static final Map<String, Object> WITH_NUL = Map.of("pattern", "\\u0000");

  private static JsonSchema of(Object... pairs) {
    return new JsonSchema(map(pairs), null);
  }

  /**
   * An ordered map of keyword and value pairs, for {@link #of(Map)}.
   *
   * @param pairs keyword, value, keyword, value...; keywords are strings, not null
   * @return a new map in the given order, never null
   */
  public static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /**
   * A schema given by its keywords, for what the other factories do not cover (such as {@code
   * allOf} with {@code if}/{@code then}).
   *
   * @param keywords keyword to value: a string, {@link Long}, {@link Boolean}, {@link JsonSchema},
   *     or a list or map of those; rendered in the map's iteration order; not null
   * @return the schema, never null
   */
  public static JsonSchema of(Map<String, Object> keywords) {
    return new JsonSchema(MissingValueException.required(keywords, "keywords"), null);
  }

  /**
   * Any JSON value, {@code {}}.
   *
   * @return the schema, never null
   */
  public static JsonSchema any() {
    return new JsonSchema(Map.of(), null);
  }

  /**
   * Any JSON string without NUL (U+0000), which every reader refuses ({@code json.nul-character}).
   *
   * @return the schema, never null
   */
  public static JsonSchema string() {
    return of("type", "string", "not", WITH_NUL);
  }

  /**
   * A string of a bounded length, in characters, without NUL (U+0000), which every reader refuses
   * ({@code json.nul-character}); a string of a pattern ({@link #pattern}) has none by its pattern.
   *
   * @param minLength the least length, at least 0
   * @param maxLength the greatest length
   * @return the schema, never null
   */
  public static JsonSchema string(int minLength, int maxLength) {
    return of(
        "type",
        "string",
        "minLength",
        (long) minLength,
        "maxLength",
        (long) maxLength,
        "not",
        WITH_NUL);
  }

  /**
   * A string matching a regular expression in its whole length.
   *
   * @param regex the expression, without anchors, in the common subset of ECMA-262 and Java syntax,
   *     not null
   * @param maxLength the greatest length
   * @return the schema, never null
   */
  public static JsonSchema pattern(String regex, int maxLength) {
    return of("type", "string", "pattern", "^" + regex + "$", "maxLength", (long) maxLength);
  }

  /**
   * A whole number between two bounds.
   *
   * @param minimum the least value
   * @param maximum the greatest value
   * @return the schema, never null
   */
  public static JsonSchema integer(long minimum, long maximum) {
    return of("type", "integer", "minimum", minimum, "maximum", maximum);
  }

  /**
   * A boolean.
   *
   * @return the schema, never null
   */
  public static JsonSchema bool() {
    return of("type", "boolean");
  }

  /**
   * An ISO-8601 date string, {@code "2026-10-17"}, with RFC 3339's years (0001 to 9999) and the
   * calendar's days (each month's length, February's 29th in leap years only) also as a pattern:
   * {@code format} is only an annotation to most validators, and the reader refuses the same dates
   * ({@code json.malformed-date}).
   *
   * @return the schema, never null
   */
  public static JsonSchema date() {
    return of(
        "type",
        "string",
        "format",
        "date",
        "pattern",
        "^" + org.bengkel.json.codec.internal.CodecSupport.DATE_FORM + "$");
  }

  /**
   * One of an enumeration's constant names.
   *
   * @param type the enumeration, not null
   * @return the schema, never null
   */
  public static JsonSchema constants(Class<? extends Enum<?>> type) {
    List<Object> names = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      names.add(e.name());
    }
    return of("type", "string", "enum", List.copyOf(names));
  }

  /**
   * Exactly one string.
   *
   * @param value the string, not null
   * @return the schema, never null
   */
  public static JsonSchema constant(String value) {
    return of("const", MissingValueException.required(value, "value"));
  }

  /**
   * A condition on an object (JSON Schema's {@code if}/{@code then}): when its property {@code
   * property} is the string {@code value}, the object must also match {@code then}. For a rule that
   * one property's value sets on the others, such as a rejected stage's required note.
   *
   * @param property the property's name, not null
   * @param value the string that sets the condition, not null
   * @param then what the object must then match, not null
   * @return the schema, never null
   */
  public static JsonSchema when(String property, String value, JsonSchema then) {
    MissingValueException.required(property, "property");
    MissingValueException.required(then, "then");
    return of(
        map(
            "if",
            of(map("properties", map(property, constant(value)), "required", List.of(property))),
            "then",
            then));
  }

  /**
   * One of some whole numbers.
   *
   * @param values the numbers, at least one
   * @return the schema, never null
   */
  public static JsonSchema integers(long... values) {
    return of(
        "type", "integer", "enum", Arrays.stream(values).boxed().map(v -> (Object) v).toList());
  }

  /**
   * An array whose elements all have one schema.
   *
   * @param items the elements' schema, not null
   * @return the schema, never null
   */
  public static JsonSchema arrayOf(JsonSchema items) {
    return of("type", "array", "items", MissingValueException.required(items, "items"));
  }

  /**
   * The form of another codec, rendered as a {@code $ref} to its entry under {@code $defs}.
   *
   * @param codec the codec, not null
   * @return the schema, never null
   */
  public static JsonSchema ref(Codec<?> codec) {
    return new JsonSchema(Map.of(), MissingValueException.required(codec, "codec"));
  }

  /**
   * A required property: present and not {@code null}.
   *
   * @param name the name, not null
   * @param schema its schema, not null
   * @return the property, never null
   */
  public static Property required(String name, JsonSchema schema) {
    return new Property(name, schema, true);
  }

  /**
   * An optional property: absent, {@code null} or a value of its schema.
   *
   * @param name the name, not null
   * @param schema its schema, not null
   * @return the property, never null
   */
  public static Property optional(String name, JsonSchema schema) {
    return new Property(name, schema, false);
  }

  /**
   * An object with the given properties and no other.
   *
   * @param properties the properties in the format's order, not null
   * @return the schema, never null
   */
  public static JsonSchema object(Property... properties) {
    Map<String, Object> props = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (Property p : properties) {
      if (p.required) {
        props.put(p.name, p.schema);
        required.add(p.name);
      } else {
        props.put(p.name, of("anyOf", List.of(of("type", "null"), p.schema)));
      }
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", "object");
    map.put("properties", props);
    map.put("required", List.copyOf(required));
    map.put("additionalProperties", Boolean.FALSE);
    return new JsonSchema(map, null);
  }

  /**
   * A copy with a {@code description}.
   *
   * @param text the description, not null
   * @return the schema, never null
   */
  public JsonSchema describedAs(String text) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("description", MissingValueException.required(text, "text"));
    map.putAll(keywords);
    return new JsonSchema(map, reference);
  }

  /**
   * A copy with one more keyword, for what the factories do not cover (such as {@code allOf}).
   *
   * @param keyword the keyword, not null
   * @param value a string, {@link Long}, {@link Boolean}, {@link JsonSchema}, or a list or map of
   *     those, not null
   * @return the schema, never null
   */
  public JsonSchema with(String keyword, Object value) {
    Map<String, Object> map = new LinkedHashMap<>(keywords);
    map.put(
        MissingValueException.required(keyword, "keyword"),
        MissingValueException.required(value, "value"));
    return new JsonSchema(map, reference);
  }

  /** The keywords, for the renderer. */
  Map<String, Object> keywords() {
    return keywords;
  }

  /** The referred codec, or null. */
  @Nullable Codec<?> reference() {
    return reference;
  }

  @Override
  public String toString() {
    return reference != null
        ? "JsonSchema[$ref " + reference.type().getName() + "]"
        : "JsonSchema" + keywords;
  }
}
