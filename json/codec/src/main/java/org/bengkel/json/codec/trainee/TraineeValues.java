package org.bengkel.json.codec.trainee;

import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.error.Rule;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;

/**
 * Reading and writing helpers shared by this package's codecs: whole numbers that fit an
 * {@code int}, ISO-8601 periods, plain strings, lists, rule codes, and building a core value whose
 * refusal names an element of a list ({@code remissions[0].granted}).
 */
final class TraineeValues {

  private static final Pattern INDEXED = Pattern.compile("([^\\[]+)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  /** A plain string, for lists of strings; not registered. */
  static final Codec<String> TEXT = Codec.ofString(String.class, s -> s, s -> s);

  /** {@link Period} as its ISO-8601 form, {@code "P2Y6M"}; not registered. */
  static final Codec<Period> PERIOD =
      new Codec<>() {
        @Override
        public Class<Period> type() {
          return Period.class;
        }

        @Override
        public void write(Period value, JsonWriter out) {
          out.string(value.toString());
        }

        @Override
        public Period read(JsonReader in) {
          String text = in.nextString();
          if (!PERIOD_REGEX.matcher(text).matches()) {
            throw in.error(JsonRule.WRONG_TYPE, "an ISO-8601 period such as P2Y6M", "another string");
          }
          try {
            return Period.parse(text);
          } catch (DateTimeParseException e) {
            throw in.error(JsonRule.WRONG_TYPE, "an ISO-8601 period such as P2Y6M", "another string");
          }
        }

        @Override
        public Optional<JsonSchema> schema() {
          return Optional.of(JsonSchema.pattern(PERIOD_PATTERN, 40).describedAs("An ISO-8601 period such as P2Y6M"));
        }
      };

  /** The ISO-8601 periods {@link Period#parse} reads (at least one component, any case). */
  static final String PERIOD_PATTERN = "[-+]?[Pp](?=[-+]?[0-9])(?:[-+]?0*[0-9]{1,9}[Yy])?(?:[-+]?0*[0-9]{1,9}[Mm])?(?:[-+]?0*[0-9]{1,9}[Ww])?(?:[-+]?0*[0-9]{1,9}[Dd])?";

  /**
   * {@link #PERIOD_PATTERN} compiled: the reader refuses what the schema refuses, including
   * components of more than nine significant digits, which could overflow.
   */
  private static final Pattern PERIOD_REGEX = Pattern.compile(PERIOD_PATTERN);

  private TraineeValues() {}

  /**
   * A codec writing a rule enumeration as its rule code, {@code "trainee.eligibility.served"}.
   */
  static <E extends Enum<E> & Rule> Codec<E> ofRule(Class<E> type) {
    return new Codec<>() {
      @Override
      public Class<E> type() {
        return type;
      }

      @Override
      public void write(E value, JsonWriter out) {
        out.string(value.code());
      }

      @Override
      public E read(JsonReader in) {
        String code = in.nextString();
        for (E rule : type.getEnumConstants()) {
          if (rule.code().equals(code)) {
            return rule;
          }
        }
        throw in.error(JsonRule.UNKNOWN_CONSTANT, "the rule codes of " + type.getSimpleName());
      }

      @Override
      public Optional<JsonSchema> schema() {
        return Optional.of(ruleCodes(type));
      }
    };
  }

  /** Reads a whole number that fits an {@code int}. */
  static int nextInt(JsonReader in) {
    long value = in.nextLong();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw in.error(JsonRule.AMOUNT_OUT_OF_RANGE, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /** Writes a list, always (an empty list as {@code []}). */
  static <T> void list(JsonWriter out, String name, Codec<T> codec, List<T> values) {
    out.name(name).beginArray();
    for (T value : values) {
      out.value(codec, value);
    }
    out.endArray();
  }

  /**
   * Builds a value just after {@code endObject()} like {@link JsonReader#build(Supplier)}, but a
   * core field naming a list element ({@code remissions[0].granted}) gives the element's JSON path
   * ({@code $.remissions[0].granted}).
   */
  static <T> T build(JsonReader in, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (MissingValueException e) {
      return in.build(
          () -> {
            throw e;
          });
    } catch (InvalidValueException e) {
      throw BengkelJsonException.wrapping(e, path(in.path(), e.field()));
    }
  }

  /** The JSON path of a core field such as {@code remissions[0].granted} below {@code base}. */
  static String path(String base, String field) {
    String at = base;
    for (String part : field.split("\\.")) {
      Matcher m = INDEXED.matcher(part);
      if (!m.matches()) {
        at = JsonPath.property(at, part);
        continue;
      }
      at = JsonPath.property(at, m.group(1));
      Matcher i = INDEX.matcher(m.group(2));
      while (i.find()) {
        at = JsonPath.index(at, Integer.parseInt(i.group(1)));
      }
    }
    return at;
  }

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

  /** The schema of a rule codec: one of the rule codes. */
  static JsonSchema ruleCodes(Class<? extends Rule> type) {
    List<Object> codes = new ArrayList<>();
    for (Rule r : type.getEnumConstants()) {
      codes.add(r.code());
    }
    return JsonSchema.of(JsonSchema.map("type", "string", "enum", List.copyOf(codes)));
  }
}
