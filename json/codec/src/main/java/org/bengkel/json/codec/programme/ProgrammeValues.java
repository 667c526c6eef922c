package org.bengkel.json.codec.programme;

import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
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
 * {@code int}, ISO-8601 times and durations, plain strings, lists, rule codes, and building a core value whose
 * refusal names an element of a list ({@code history[1].status}).
 */
final class ProgrammeValues {

  private static final Pattern INDEXED = Pattern.compile("([^\\[]+)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  /** A plain string, for lists of strings; not registered. */
  static final Codec<String> TEXT = Codec.ofString(String.class, s -> s, s -> s);

  /** {@link LocalTime} as its ISO-8601 form, {@code "08:00"} ({@code "08:00:30"} with seconds); not registered. */
  static final Codec<LocalTime> TIME =
      new Codec<>() {
        @Override
        public Class<LocalTime> type() {
          return LocalTime.class;
        }

        @Override
        public void write(LocalTime value, JsonWriter out) {
          out.string(value.toString());
        }

        @Override
        public LocalTime read(JsonReader in) {
          String text = in.nextString();
          try {
            return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
          } catch (DateTimeParseException e) {
            throw in.error(JsonRule.WRONG_TYPE, "an ISO-8601 time such as 08:00", "another string");
          }
        }

        @Override
        public Optional<JsonSchema> schema() {
          return Optional.of(JsonSchema.pattern(TIME_PATTERN, 18).describedAs("An ISO-8601 time of day such as 08:00"));
        }
      };

  /** {@link Duration} as its ISO-8601 form, {@code "PT6H30M"}; not registered. */
  static final Codec<Duration> DURATION =
      new Codec<>() {
        @Override
        public Class<Duration> type() {
          return Duration.class;
        }

        @Override
        public void write(Duration value, JsonWriter out) {
          out.string(value.toString());
        }

        @Override
        public Duration read(JsonReader in) {
          String text = in.nextString();
          if (!DURATION_REGEX.matcher(text).matches()) {
            throw in.error(JsonRule.WRONG_TYPE, "an ISO-8601 duration such as PT6H30M", "another string");
          }
          try {
            return Duration.parse(text);
          } catch (DateTimeParseException e) {
            throw in.error(JsonRule.WRONG_TYPE, "an ISO-8601 duration such as PT6H30M", "another string");
          }
        }

        @Override
        public Optional<JsonSchema> schema() {
          return Optional.of(JsonSchema.pattern(DURATION_PATTERN, 60).describedAs("An ISO-8601 duration such as PT6H30M"));
        }
      };

  /** The ISO-8601 times {@link DateTimeFormatter#ISO_LOCAL_TIME} reads. */
  static final String TIME_PATTERN = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{0,9})?)?";

  /** The ISO-8601 durations {@link Duration#parse} reads (at least one component, any case). */
  static final String DURATION_PATTERN = "[-+]?[Pp](?=[-+]?[0-9]|[Tt])(?:[-+]?0*[0-9]{1,9}[Dd])?(?:[Tt](?=[-+]?[0-9])(?:[-+]?0*[0-9]{1,9}[Hh])?(?:[-+]?0*[0-9]{1,9}[Mm])?(?:[-+]?0*[0-9]{1,9}(?:[.,][0-9]{0,9})?[Ss])?)?";

  /**
   * {@link #DURATION_PATTERN} compiled: the reader refuses what the schema refuses, including
   * components of more than nine significant digits, which could overflow.
   */
  private static final Pattern DURATION_REGEX = Pattern.compile(DURATION_PATTERN);

  private ProgrammeValues() {}

  /**
   * A codec writing a rule enumeration as its rule code, {@code "programme.attendance.hours-cap"}.
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
   * core field naming a list element ({@code history[1].status}) gives the element's JSON path
   * ({@code $.history[1].status}).
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

  /** The JSON path of a core field such as {@code history[1].status} below {@code base}. */
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
