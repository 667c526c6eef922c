package org.bengkel.json.codec.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bengkel.error.Rule;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;

/**
 * Reading, writing and schema helpers shared by the codecs of several domain packages: local
 * date-times, durations, whole numbers that fit an {@code int}, one-list objects and rule codes. A
 * package's own helper class may extend this one, so its codecs call {@code
 * TraineeValues.ofRule(..)} and the like. Not exported.
 */
public class CodecSupport {

  /**
   * A calendar date {@code yyyy-MM-dd} as a regular expression without anchors, in the dialect
   * ECMA-262, Java and Python share: RFC 3339's years of four digits from 0001 to 9999, and the
   * calendar's days, each month's length and February's 29th in leap years only (divisible by 4,
   * centuries by 400). Every date and date-time pattern of the schemas is built on it, so a schema
   * refuses {@code 2026-02-29} and {@code 2026-11-31} as the reader does ({@code
   * json.malformed-date}), also with {@code format} unasserted, and the day after the 28th needs no
   * reader-only rule.
   */
  public static final String DATE_FORM =
      "(?:(?!0000)[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
          + "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
          + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
          + "-02-29)";

  /**
   * A time of day, ISO-8601, as a regular expression without anchors: hours 00 to 23, minutes, and
   * seconds and a fraction of one to nine digits optional ({@link JsonReader#TIME_NOTATION}), as
   * {@link #time(JsonReader)} reads it.
   */
  public static final String TIME_FORM =
      "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";

  /**
   * Reads a time of day of {@link #TIME_FORM}; the one reader of every time of the format.
   *
   * @param in the reader, not null
   * @return the time, never null
   * @throws org.bengkel.json.BengkelJsonException rule {@code json.malformed-date} (detail {@link
   *     JsonReader#TIME_NOTATION}) for another text, {@code json.wrong-type} or {@code
   *     json.null-value}
   */
  public static LocalTime time(JsonReader in) {
    String text = in.nextString();
    // the formatter also reads a point without digits; the form says one to nine
    if (!text.endsWith(".")) {
      try {
        return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
      } catch (DateTimeParseException e) {
        // refused below
      }
    }
    throw in.error(JsonRule.MALFORMED_DATE, JsonReader.TIME_NOTATION);
  }

  /**
   * A local date-time as {@link JsonWriter#dateTime(LocalDateTime)} writes it and {@link
   * JsonReader#nextDateTime()} reads it: seconds and a fraction optional, upper-case {@code T}, a
   * date of {@link #DATE_FORM} (RFC 3339's years and the calendar's days).
   */
  public static final JsonSchema DATE_TIME =
      JsonSchema.pattern(
              DATE_FORM + "T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?", 40)
          .describedAs("An ISO-8601 local date-time, a calendar day of the years 0001 to 9999");

  /** For the packages' helper classes, which are never instantiated either. */
  protected CodecSupport() {}

  /**
   * A codec writing a rule enumeration as its rule code, such as {@code
   * "trainee.eligibility.served"}.
   */
  public static <E extends Enum<E> & Rule> Codec<E> ofRule(Class<E> type) {
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

  /**
   * The ISO-8601 durations every codec reads: {@link Duration#parse}'s syntax (letters in either
   * case, signed parts, days, a fraction of seconds, a comma for the point; at least one part, and
   * a part after {@code T}), each part's digits bounded (12 of days, 13 of hours, 15 of minutes, 17
   * of seconds) so that no duration it matches overflows. {@link Duration#toString()} writes every
   * duration shorter than {@link #DURATION_LIMIT_HOURS} hours in a form it matches; longer ones,
   * which signed or several parts can still spell, are refused on read (see {@link #DURATION}).
   * Whether signed parts add up to a negative duration is left to the core type that holds it.
   */
  static final String DURATION_SYNTAX =
      "[-+]?[Pp](?=[-+0-9Tt])(?:[-+]?[0-9]{1,12}[Dd])?(?:[Tt](?=[-+0-9])(?:[-+]?[0-9]{1,13}[Hh])?"
          + "(?:[-+]?[0-9]{1,15}[Mm])?(?:[-+]?[0-9]{1,17}(?:[.,][0-9]{0,9})?[Ss])?)?";

  /**
   * The one bound on a duration's length, either sign: under 10<sup>13</sup> hours (about 1.1
   * billion years), so that {@link Duration#toString()} writes at most the 13 digits of hours that
   * {@link #DURATION_SYNTAX} reads back: what is read is written so that it reads back equal.
   */
  static final long DURATION_LIMIT_HOURS = 10_000_000_000_000L;

  private static final Duration DURATION_LIMIT = Duration.ofHours(DURATION_LIMIT_HOURS);

  /** The longest string {@link #DURATION_SYNTAX} matches. */
  static final int DURATION_MAX_LENGTH = 78;

  private static final Pattern DURATION_FORM = Pattern.compile(DURATION_SYNTAX);

  /** The bound in words, for the refusal and the schema alike. */
  private static final String DURATION_BOUND =
      "shorter than " + DURATION_LIMIT_HOURS + " hours either way";

  /**
   * What a refusal says is expected: the bound as a power of ten, so that the phrase stays whole
   * within the length of an error's detail (and its Indonesian is found by the phrase).
   */
  static final String DURATION_EXPECTED =
      "an ISO-8601 duration such as PT6H30M, shorter than 10^"
          + (Long.toString(DURATION_LIMIT_HOURS).length() - 1)
          + " hours";

  /**
   * A {@link Duration} (attendance, team hours, hours by skill field) written in its ISO-8601 form
   * ({@code Duration.toString()}, such as {@code "PT6H30M"}) and read in any form {@link
   * #DURATION_SYNTAX} allows that is shorter than {@link #DURATION_LIMIT_HOURS} hours, the same in
   * every document, as the schema says: anything else with {@code json.wrong-type}. Not registered;
   * used inside other values.
   */
  public static final Codec<Duration> DURATION =
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
          try {
            if (DURATION_FORM.matcher(text).matches()) {
              Duration d = Duration.parse(text); // the bounded digits cannot overflow
              if (d.abs().compareTo(DURATION_LIMIT) < 0) {
                return d;
              }
            }
          } catch (DateTimeParseException e) {
            // not expected for a matched form; refused below as any other string
          }
          throw in.error(JsonRule.WRONG_TYPE, DURATION_EXPECTED, "another string");
        }

        @Override
        public Optional<JsonSchema> schema() {
          return Optional.of(
              JsonSchema.pattern(DURATION_SYNTAX, DURATION_MAX_LENGTH)
                  .describedAs(
                      "An ISO-8601 duration as Duration.toString() writes it, \"PT7H30M\"; any form"
                          + " Duration.parse reads with at most 12 digits of days, 13 of hours, 15"
                          + " of minutes and 17 of seconds, and "
                          + DURATION_BOUND));
        }
      };

  /**
   * A value that is one list in an object, {@code {"<property>":[...]}}, such as a book of prices.
   *
   * @param <T> the value's type
   * @param <E> the elements' type
   * @param type the value's class, not null
   * @param property the list's property name, not null
   * @param element the elements' codec, not null
   * @param list the value's list, not null
   * @param factory core's factory from the list, not null
   * @param description the schema's description, not null
   * @return the codec, never null
   */
  public static <T, E> Codec<T> oneList(
      Class<T> type,
      String property,
      Codec<E> element,
      Function<T, List<E>> list,
      Function<List<E>, T> factory,
      String description) {
    ObjectCodec.Field<T, List<E>> field = ObjectCodec.Field.requiredList(property, element, list);
    return ObjectCodec.of(type, v -> factory.apply(v.get(field)), List.of(field))
        .describedAs(description)
        .build();
  }

  /** Reads a whole number that fits an {@code int}. */
  public static int nextInt(JsonReader in) {
    long value = in.nextLong();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw in.error(JsonRule.AMOUNT_OUT_OF_RANGE, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /** The schema of a rule codec: one of the rule codes. */
  public static JsonSchema ruleCodes(Class<? extends Rule> type) {
    List<Object> codes = new ArrayList<>();
    for (Rule r : type.getEnumConstants()) {
      codes.add(r.code());
    }
    return JsonSchema.of(JsonSchema.map("type", "string", "enum", List.copyOf(codes)));
  }
}
