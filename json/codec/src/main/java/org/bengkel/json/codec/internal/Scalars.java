package org.bengkel.json.codec.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bengkel.error.CoreRule;
import org.bengkel.error.Rule;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;
import org.jspecify.annotations.Nullable;

/**
 * Codecs of the JDK's scalar types (<i>nilai skalar</i>) with the schema constraint each field
 * states, for {@link ObjectCodec}'s fields: {@code Scalars.text(1, 200)} is a string of 1 to 200
 * characters in the schema. The constraints are core's; core's builders check them, and the
 * single-field ones a schema states (a pattern, a length, non-blank text, RFC 3339's years) are
 * also checked on read from the same declaration, so that reader and schema refuse the same
 * documents. Not registered: a field writes their schemas in place.
 */
public final class Scalars {

  /** Any string. */
  public static final Codec<String> TEXT = text(JsonSchema.string());

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN =
      scalar(
          Kind.BOOLEAN,
          Boolean.class,
          JsonSchema.bool(),
          JsonReader::nextBoolean,
          (o, v) -> o.bool(v));

  /** An ISO-8601 date, {@code "2026-10-17"}. */
  public static final Codec<LocalDate> DATE =
      scalar(
          Kind.DATE, LocalDate.class, JsonSchema.date(), JsonReader::nextDate, (o, v) -> o.date(v));

  /** An ISO-8601 local date-time, {@code "2026-11-02T14:30:00"}. */
  public static final Codec<LocalDateTime> DATE_TIME =
      scalar(
          Kind.DATE_TIME,
          LocalDateTime.class,
          CodecSupport.DATE_TIME,
          JsonReader::nextDateTime,
          (o, v) -> o.dateTime(v));

  /**
   * A calendar year from 1 to 9999 as a JSON integer, {@code 2026}, like the years of ISO dates
   * ({@code json.amount-out-of-range} beyond).
   */
  public static final Codec<Year> YEAR =
      scalar(
          Kind.OTHER,
          Year.class,
          JsonSchema.integer(1, 9999),
          in -> {
            long y = in.nextLong();
            if (y < 1 || y > 9999) {
              throw in.error(JsonRule.AMOUNT_OUT_OF_RANGE, 1, 9999);
            }
            return Year.of((int) y);
          },
          (o, v) -> o.number(v.getValue()));

  /**
   * A facility's code (<i>kode UPT</i>) as its text, {@code "LAPAS-PAMEKASAN"}, with the form's
   * pattern in the schema; a code core refuses is refused at the property's path.
   */
  public static final Codec<FacilityCode> FACILITY_CODE =
      scalar(
          Kind.OTHER,
          FacilityCode.class,
          JsonSchema.pattern(Facility.CODE_PATTERN, 40),
          in -> in.nextString(FacilityCode::parse),
          (o, v) -> o.string(v.value()));

  private Scalars() {}

  /**
   * A list of distinct elements, such as the trainees of a job: a value listed twice is refused
   * ({@code value.duplicate} at the list's path), not silently dropped. Written in place in the
   * schema with {@code uniqueItems} and at least {@code minItems} elements.
   *
   * @param <E> the elements' type
   * @param element the elements' codec, not null
   * @param minItems the least number of elements in the schema (core checks it)
   * @return the codec, never null
   */
  public static <E> Codec<List<E>> distinctList(Codec<E> element, long minItems) {
    @SuppressWarnings("unchecked")
    Class<List<E>> type = (Class<List<E>>) (Class<?>) List.class;
    return scalar(
        Kind.OTHER,
        type,
        JsonSchema.arrayOf(JsonSchema.ref(element))
            .with("minItems", minItems)
            .with("uniqueItems", Boolean.TRUE),
        in -> {
          List<E> list = in.readList(element);
          if (new HashSet<>(list).size() != list.size()) {
            // the value is not shown: the elements may be personal data
            throw in.error(CoreRule.DUPLICATE);
          }
          return list;
        },
        (o, list) -> {
          o.beginArray();
          list.forEach(e -> element.write(e, o));
          o.endArray();
        });
  }

  /**
   * A string of {@code min} to {@code max} characters.
   *
   * @param min the least length
   * @param max the greatest length
   * @return the codec, never null
   */
  public static Codec<String> text(int min, int max) {
    // one declaration gives both: the reader refuses what the schema refuses, a non-blank pattern
    // when at least one character is needed (core refuses blank text, value.blank)
    JsonSchema schema =
        min > 0
            ? JsonSchema.string(min, max).with("pattern", NON_BLANK)
            : JsonSchema.string(min, max);
    return scalar(
        Kind.OTHER,
        String.class,
        schema,
        in -> {
          String text = in.nextString();
          if (min > 0 && text.isBlank()) {
            throw in.error(CoreRule.BLANK);
          }
          checkLength(in, text, max);
          return text;
        },
        (o, v) -> o.string(v));
  }

  /** Some character that is not white space, anywhere in the string (ECMA-262 and Java). */
  private static final String NON_BLANK = "\\S";

  private static void checkLength(JsonReader in, String text, int max) {
    // JSON Schema counts code points, as this does
    if (text.length() > max && text.codePointCount(0, text.length()) > max) {
      throw in.error(CoreRule.TOO_LONG, max);
    }
  }

  private static Codec<String> text(JsonSchema schema) {
    return scalar(Kind.STRING, String.class, schema, JsonReader::nextString, (o, v) -> o.string(v));
  }

  /**
   * A string matching a regular expression.
   *
   * @param regex the whole string's expression, without anchors, not null
   * @param maxLength the greatest length
   * @return the codec, never null
   */
  public static Codec<String> pattern(String regex, int maxLength) {
    return pattern(regex, maxLength, null);
  }

  /**
   * A string matching a regular expression, refused with a rule of its own, such as a halal
   * certificate number's {@code catalog.halal.format}.
   *
   * @param regex the whole string's expression, without anchors, not null
   * @param maxLength the greatest length
   * @param rule the rule of a refused string, over its length or not matching, without details
   * @return the codec, never null
   */
  public static Codec<String> pattern(String regex, int maxLength, @Nullable Rule rule) {
    // checked on read too, so that the reader refuses what the schema refuses at the property's
    // path, whatever core checks later
    Pattern whole = Pattern.compile(regex);
    return scalar(
        Kind.OTHER,
        String.class,
        JsonSchema.pattern(regex, maxLength),
        in -> {
          String text = in.nextString();
          boolean tooLong =
              text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength;
          if (rule != null && (tooLong || !whole.matcher(text).matches())) {
            throw in.error(rule);
          }
          checkLength(in, text, maxLength);
          if (!whole.matcher(text).matches()) {
            // the value is not shown: an identifier may be anything a client sent
            throw in.error(CoreRule.MALFORMED, "a text matching " + regex);
          }
          return text;
        },
        (o, v) -> o.string(v));
  }

  /**
   * A whole number that fits a {@code long}; the schema states the range, core checks it.
   *
   * @param min the least value in the schema
   * @param max the greatest value in the schema
   * @return the codec, never null
   */
  public static Codec<Long> integer(long min, long max) {
    return scalar(
        Kind.LONG,
        Long.class,
        JsonSchema.integer(min, max),
        JsonReader::nextLong,
        (o, v) -> o.number(v));
  }

  /**
   * A whole number that fits an {@code int} ({@code json.amount-out-of-range} beyond); the schema
   * states the range, core checks it.
   *
   * @param min the least value in the schema
   * @param max the greatest value in the schema
   * @return the codec, never null
   */
  public static Codec<Integer> int32(int min, int max) {
    return scalar(
        Kind.INT,
        Integer.class,
        JsonSchema.integer(min, max),
        CodecSupport::nextInt,
        (o, v) -> o.number(v));
  }

  /**
   * A codec that reads and writes as {@code codec} with a narrower schema, for a field whose values
   * core restricts further, such as a positive amount; declare the field {@code .inline()} so that
   * its schema is written in place.
   *
   * @param <V> the value type
   * @param codec the value's codec, not null
   * @param schema the field's schema, not null
   * @return the codec, never null
   */
  public static <V> Codec<V> withSchema(Codec<V> codec, JsonSchema schema) {
    return scalar(kind(codec), codec.type(), schema, codec::read, (o, v) -> codec.write(v, o));
  }

  /**
   * A scalar of another type, such as a time of day, written in place in the schema.
   *
   * @param <V> the value type
   * @param type the value's class, not null
   * @param schema its schema, not null
   * @param read reads it, not null
   * @param write writes it, not null
   * @return the codec, never null
   */
  public static <V> Codec<V> of(
      Class<V> type,
      JsonSchema schema,
      Function<JsonReader, V> read,
      BiConsumer<JsonWriter, V> write) {
    return scalar(Kind.OTHER, type, schema, read, write);
  }

  /**
   * An object whose property names are keys (a map), such as prices by SKU, written in place in the
   * schema: each key is read with {@code key} at its entry's own path (a core refusal of the key is
   * reported there), the entries are written in the map's order, or the keys' if {@code order} is
   * given.
   *
   * @param <K> the keys' type
   * @param <V> the values' type
   * @param schema the object's schema, not null
   * @param key reads a key from a property name, such as {@code Sku::parse}, not null
   * @param name writes a key as a property name, not null
   * @param value the values' codec, not null
   * @param order the keys' order on the wire, or null for the map's own
   * @return the codec, never null
   */
  @SuppressWarnings("unchecked") // a map's class has no type arguments
  public static <K, V> Codec<Map<K, V>> map(
      JsonSchema schema,
      Function<String, K> key,
      Function<K, String> name,
      Codec<V> value,
      @Nullable Comparator<? super K> order) {
    return of(
        (Class<Map<K, V>>) (Class<?>) Map.class,
        schema,
        in -> {
          Map<K, V> map = new LinkedHashMap<>();
          in.beginObject();
          while (in.hasNext()) {
            String n = in.nextName();
            V v = in.read(value);
            map.put(in.value(() -> key.apply(n)), v);
          }
          in.endObject();
          return map;
        },
        (out, map) -> {
          out.beginObject();
          Stream<Map.Entry<K, V>> entries = map.entrySet().stream();
          (order == null ? entries : entries.sorted(Map.Entry.comparingByKey(order)))
              .forEach(e -> out.name(name.apply(e.getKey())).value(value, e.getValue()));
          out.endObject();
        });
  }

  /**
   * Whether a codec is one of these, whose schema a field writes in place rather than as a
   * reference to a definition of its own.
   *
   * @param codec any codec, not null
   * @return true for a codec made here
   */
  static boolean isScalar(Codec<?> codec) {
    return codec instanceof Scalar<?>;
  }

  /**
   * What a scalar codec reads and writes with one {@link JsonReader} or {@link JsonWriter} call,
   * which {@link ObjectCodec} makes itself instead of calling the codec: the codec's own read and
   * write go through a lambda, a second call that the JIT cannot inline where every type's fields
   * pass. Each kind's calls must be exactly the codec's.
   */
  enum Kind {
    /** {@link JsonReader#nextString()}, {@link JsonWriter#string}. */
    STRING,
    /** {@link JsonReader#nextLong()}, {@link JsonWriter#number}. */
    LONG,
    /** {@link CodecSupport#nextInt}, {@link JsonWriter#number}. */
    INT,
    /** {@link JsonReader#nextBoolean()}, {@link JsonWriter#bool}. */
    BOOLEAN,
    /** {@link JsonReader#nextDate()}, {@link JsonWriter#date}. */
    DATE,
    /** {@link JsonReader#nextDateTime()}, {@link JsonWriter#dateTime}. */
    DATE_TIME,
    /** Anything else: through the codec. */
    OTHER
  }

  /**
   * The kind of a codec.
   *
   * @param codec any codec, not null
   * @return its kind, {@link Kind#OTHER} for a codec not made here
   */
  static Kind kind(Codec<?> codec) {
    return codec instanceof Scalar<?> s ? s.kind : Kind.OTHER;
  }

  /** A codec made here. */
  private abstract static class Scalar<V> implements Codec<V> {
    final Kind kind;

    Scalar(Kind kind) {
      this.kind = kind;
    }
  }

  private static <V> Codec<V> scalar(
      Kind kind,
      Class<V> type,
      JsonSchema schema,
      Function<JsonReader, V> read,
      BiConsumer<JsonWriter, V> write) {
    return new Scalar<>(kind) {
      @Override
      public Class<V> type() {
        return type;
      }

      @Override
      public void write(V value, JsonWriter out) {
        write.accept(out, value);
      }

      @Override
      public V read(JsonReader in) {
        return read.apply(in);
      }

      @Override
      public Optional<JsonSchema> schema() {
        return Optional.of(schema);
      }

      @Override
      public String toString() {
        return "Codec[" + type.getSimpleName() + "]";
      }
    };
  }
}
