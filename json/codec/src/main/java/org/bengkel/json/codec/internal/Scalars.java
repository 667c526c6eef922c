package org.bengkel.json.codec.internal;

import java.math.BigDecimal;
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
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bengkel.error.CoreRule;
import org.bengkel.error.MissingValueException;
import org.bengkel.error.Rule;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.internal.IsoText;
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

  /**
   * The most characters of a free text ({@link #TEXT}), such as a note, a reference, an ingredient
   * or a refusal's message, wherever core sets no tighter bound of its own: 4 000, counted as JSON
   * Schema counts them (code points). Declared once here: the reader refuses a longer text with
   * {@code value.too-long} at its path, and every schema states it as {@code maxLength}.
   */
  public static final int MAX_TEXT_LENGTH = 4000;

  /**
   * A free text: any string of at most {@link #MAX_TEXT_LENGTH} characters, empty and blank
   * included (core checks what it needs); {@code "maxLength": 4000} in the schema.
   */
  public static final Codec<String> TEXT =
      scalar(
          Kind.STRING,
          String.class,
          JsonSchema.string().with("maxLength", (long) MAX_TEXT_LENGTH),
          Scalars::nextText,
          (o, v) -> o.string(v));

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
          // a year is written as a number; the error names its four digits
          (o, v) -> o.number(IsoText.writable(v.getValue(), "yyyy")));

  /**
   * Reads a decimal number written as a string, {@code "4.17"}, in the form {@code new
   * BigDecimal(String)} reads with ASCII digits, bounded before it is converted (issue 18 point 2):
   * at most the options' {@linkplain org.bengkel.json.BengkelJsonOptions#maxNumberLength() number
   * length} of digits, and a scale (fraction digits less the exponent) within that many places
   * either way, so that neither its plain form nor a comparison can grow beyond twice that length
   * ({@code "1e999999999"} would be a string of a billion characters, {@code "1e2147483647"} no
   * string at all). The exponent is counted with a ceiling, so no text overflows the count.
   *
   * @param in the reader, before the string, not null
   * @return the decimal, never null
   * @throws org.bengkel.json.BengkelJsonException rule {@code json.wrong-type} for a string that is
   *     not a decimal, {@code json.limit-exceeded} beyond the bounds
   */
  public static BigDecimal decimal(JsonReader in) {
    String text = in.nextString();
    int n = text.length();
    int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    long digits = 0;
    long fraction = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        fraction += point ? 1 : 0;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    boolean wellFormed = digits > 0;
    long exponent = 0;
    if (wellFormed && i < n) {
      char e = text.charAt(i++);
      boolean negative = i < n && text.charAt(i) == '-';
      i += i < n && (text.charAt(i) == '-' || text.charAt(i) == '+') ? 1 : 0;
      wellFormed = (e == 'e' || e == 'E') && i < n;
      for (; wellFormed && i < n; i++) {
        char d = text.charAt(i);
        wellFormed = d >= '0' && d <= '9';
        // a ceiling far beyond any bound: the count cannot overflow whatever the text's length
        exponent = Math.min(exponent * 10 + (d - '0'), EXPONENT_CEILING);
      }
      exponent = negative ? -exponent : exponent;
    }
    if (!wellFormed) {
      throw in.error(
          JsonRule.WRONG_TYPE, "a decimal number as a string such as \"4.17\"", "another string");
    }
    long limit = in.options().maxNumberLength();
    if (digits > limit || Math.abs(fraction - exponent) > limit) {
      throw in.error(JsonRule.LIMIT_EXCEEDED, "decimal digits and scale " + limit);
    }
    return new BigDecimal(text);
  }

  private static final long EXPONENT_CEILING = 1L << 40;

  /**
   * The schema of a code (<i>kode</i>) of capitals and digits in hyphen-joined groups ({@link
   * Facility#CODE_PATTERN}, at most {@value FacilityCode#MAX_LENGTH} characters), the form of a
   * facility's code, a SKU, a vehicle class, a price list's id and the other codes core checks
   * against that pattern; a codec of one such code adds its own description.
   */
  public static final JsonSchema CODE_FORM =
      JsonSchema.pattern(Facility.CODE_PATTERN, FacilityCode.MAX_LENGTH);

  /**
   * A code of {@link #CODE_FORM} that core holds as a plain string, such as a price list's or a
   * rule's id, refused on read when it does not match ({@code value.malformed}).
   */
  public static final Codec<String> CODE = pattern(Facility.CODE_PATTERN, FacilityCode.MAX_LENGTH);

  /**
   * A core type written as its code of {@link #CODE_FORM}, such as a SKU or a lot code: read with
   * core's parser (its refusal at the value's path) and described in the schema as {@code "<what>:
   * A-Z 0-9 groups joined by hyphens"}, so that no validator accepts what the reader refuses.
   *
   * @param <T> the type
   * @param type the type's class, not null
   * @param parser core's parser, such as {@code Sku::parse}, not null
   * @param formatter the code to write, such as {@code Sku::value}, not null
   * @param what what the code names, such as {@code "A stock-keeping unit"}, not null
   * @return the codec, never null
   */
  public static <T> Codec<T> code(
      Class<T> type, Function<String, T> parser, Function<T, String> formatter, String what) {
    return Codec.ofString(
        type,
        parser,
        formatter,
        CODE_FORM.describedAs(what + ": A-Z 0-9 groups joined by hyphens"));
  }

  /**
   * A count of at least one held as a {@code long}: a quantity, a number of units, a batch size, a
   * sequence number or a version (which starts at 1); {@code value.out-of-range} below 1.
   */
  public static final Codec<Long> POSITIVE_COUNT = integer(1, Long.MAX_VALUE);

  /**
   * A count that may be zero, held as a {@code long}: pieces made, a quantity or a version where
   * none yet is 0, a sequence number to read after; {@code value.out-of-range} below 0.
   */
  public static final Codec<Long> COUNT = integer(0, Long.MAX_VALUE);

  /**
   * A count of at least one that core holds as an {@code int}: a number of days (a shelf life, a
   * remission) or a line's number, which starts at 1; {@code value.out-of-range} below 1.
   */
  public static final Codec<Integer> POSITIVE_INT_COUNT = int32(1, Integer.MAX_VALUE);

  /**
   * A facility's code (<i>kode UPT</i>) as its text, {@code "LAPAS-PAMEKASAN"}, with the form's
   * pattern in the schema; a code core refuses is refused at the property's path.
   */
  public static final Codec<FacilityCode> FACILITY_CODE =
      scalar(
          Kind.OTHER,
          FacilityCode.class,
          CODE_FORM,
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

  /**
   * Some character that is not white space, anywhere in the string: white space as the reader (and
   * core) decide it, {@link String#isBlank()}'s {@link Character#isWhitespace(int)}, spelled out as
   * a character class. The shorthand {@code \S} means something else in each dialect a validator
   * may use: ASCII white space only in Java's regular expressions, Unicode's in ECMA-262 (U+00A0
   * and U+FEFF included) and Python's (U+0085 and U+001C..U+001F too); with it, a text of one
   * no-break space was accepted by the reader and refused by ECMA-262 and Python validators.
   */
  static final String NON_BLANK = "[^" + whiteSpace() + "]";

  /**
   * The white space of {@link #NON_BLANK} as the ranges of a character class, without brackets,
   * {@code \u0009-\u000D\u001C-\u0020...}, for a pattern that excludes more than white space.
   *
   * @return the ranges, never null
   */
  public static String whiteSpace() {
    // white space is all in the basic plane
    return characters(Character::isWhitespace);
  }

  /**
   * The characters of the basic plane for which {@code test} holds, as the ranges of a character
   * class without brackets, each as four hexadecimal digits ({@code \u0009-\u000D}), as ECMA-262,
   * Java and Python read them. Characters beyond the basic plane are left out: a pattern with them
   * would need each dialect's own escape.
   *
   * @param test which characters, not null
   * @return the ranges, never null
   */
  public static String characters(IntPredicate test) {
    StringBuilder pattern = new StringBuilder();
    int c = 0;
    while (c <= Character.MAX_VALUE) {
      if (!test.test(c)) {
        c++;
        continue;
      }
      int end = c;
      while (end + 1 <= Character.MAX_VALUE && test.test(end + 1)) {
        end++;
      }
      pattern.append(String.format("\\u%04X", c));
      if (end > c) {
        pattern.append(String.format("-\\u%04X", end));
      }
      c = end + 1;
    }
    return pattern.toString();
  }

  private static void checkLength(JsonReader in, String text, int max) {
    // JSON Schema counts code points, as this does
    if (text.length() > max && text.codePointCount(0, text.length()) > max) {
      throw in.error(CoreRule.TOO_LONG, max);
    }
  }

  /**
   * Reads a free text ({@link #TEXT}): {@code value.too-long} beyond {@link #MAX_TEXT_LENGTH}.
   *
   * @param in the reader, not null
   * @return the text, never null
   */
  static String nextText(JsonReader in) {
    String text = in.nextString();
    checkLength(in, text, MAX_TEXT_LENGTH);
    return text;
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
    Predicate<String> whole = wholeMatch(regex);
    return scalar(
        Kind.OTHER,
        String.class,
        JsonSchema.pattern(regex, maxLength),
        in -> {
          String text = in.nextString();
          boolean tooLong =
              text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength;
          if (rule != null && (tooLong || !whole.test(text))) {
            throw in.error(rule);
          }
          checkLength(in, text, maxLength);
          if (!whole.test(text)) {
            // the value is not shown: an identifier may be anything a client sent
            throw in.error(CoreRule.MALFORMED, "a text matching " + regex);
          }
          return text;
        },
        (o, v) -> o.string(v));
  }

  /**
   * Whether a whole text matches {@code regex}. The code form ({@link Facility#CODE_PATTERN}: an
   * order or invoice number, a partner's code, a price list's id) is checked by a loop over the
   * characters, as core checks its codes: the JDK's matcher of its repeated group allocates on
   * every text and was a sixth of what reading a sales order allocates beyond plain data-binding
   * (docs/benchmarks.md). Any other expression goes to its matcher.
   */
  static Predicate<String> wholeMatch(String regex) {
    return regex.equals(Facility.CODE_PATTERN)
        ? Scalars::isCodeForm
        : Pattern.compile(regex).asMatchPredicate();
  }

  /**
   * Whether a text is in the code form, {@code [A-Z0-9]+(-[A-Z0-9]+)*}: groups of capitals and
   * digits, each at least one character, joined by single hyphens.
   */
  static boolean isCodeForm(String text) {
    boolean inGroup = false; // whether the current group has a character yet
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        inGroup = true;
      } else if (c == '-' && inGroup) {
        inGroup = false; // a hyphen ends a group that has a character and starts the next
      } else {
        return false;
      }
    }
    return inGroup;
  }

  /**
   * A whole number that fits a {@code long}; the schema states the range and the reader refuses a
   * number outside it ({@code value.out-of-range} at the property's path), from this one
   * declaration: not every type is built by a core factory that checks it (a domain event is a
   * record).
   *
   * @param min the least value in the schema
   * @param max the greatest value in the schema
   * @return the codec, never null
   */
  public static Codec<Long> integer(long min, long max) {
    if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
      // nothing to check: ObjectCodec may make the reader's one call itself (Kind.LONG)
      return scalar(
          Kind.LONG,
          Long.class,
          JsonSchema.integer(min, max),
          JsonReader::nextLong,
          (o, v) -> o.number(v));
    }
    return scalar(
        Kind.OTHER,
        Long.class,
        JsonSchema.integer(min, max),
        in -> {
          long v = in.nextLong();
          if (v < min || v > max) {
            throw in.error(CoreRule.OUT_OF_RANGE, min, max);
          }
          return v;
        },
        (o, v) -> o.number(v));
  }

  /**
   * A whole number that fits an {@code int} ({@code json.amount-out-of-range} beyond); the schema
   * states the range and the reader refuses a number outside it ({@code value.out-of-range}), as
   * {@link #integer} does.
   *
   * @param min the least value in the schema
   * @param max the greatest value in the schema
   * @return the codec, never null
   */
  public static Codec<Integer> int32(int min, int max) {
    if (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
      return scalar(
          Kind.INT,
          Integer.class,
          JsonSchema.integer(min, max),
          CodecSupport::nextInt,
          (o, v) -> o.number(v));
    }
    return scalar(
        Kind.OTHER,
        Integer.class,
        JsonSchema.integer(min, max),
        in -> {
          int v = CodecSupport.nextInt(in);
          if (v < min || v > max) {
            throw in.error(CoreRule.OUT_OF_RANGE, min, max);
          }
          return v;
        },
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
  public static <K, V> Codec<Map<K, V>> map(
      JsonSchema schema,
      Function<String, K> key,
      Function<K, String> name,
      Codec<V> value,
      @Nullable Comparator<? super K> order) {
    return map(null, schema, key, name, value, order);
  }

  /**
   * A map ({@link #map}) whose keys are personal data, such as pieces by registration number: paths
   * and details through its entries show {@code [<keys>]} instead of the key ({@link
   * JsonReader#beginObjectKeyedBy}).
   *
   * @param <K> the keys' type
   * @param <V> the values' type
   * @param keys what the keys are, such as {@code "registration number"}, not null
   * @param schema the object's schema, not null
   * @param key reads a key from a property name, not null
   * @param name writes a key as a property name, not null
   * @param value the values' codec, not null
   * @param order the keys' order on the wire, or null for the map's own
   * @return the codec, never null
   */
  public static <K, V> Codec<Map<K, V>> personalMap(
      String keys,
      JsonSchema schema,
      Function<String, K> key,
      Function<K, String> name,
      Codec<V> value,
      @Nullable Comparator<? super K> order) {
    return map(MissingValueException.required(keys, "keys"), schema, key, name, value, order);
  }

  @SuppressWarnings("unchecked") // a map's class has no type arguments
  private static <K, V> Codec<Map<K, V>> map(
      @Nullable String keys,
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
          if (keys == null) {
            in.beginObject();
          } else {
            in.beginObjectKeyedBy(keys);
          }
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
    /** {@link Scalars#nextText} (a free text, its length checked), {@link JsonWriter#string}. */
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
