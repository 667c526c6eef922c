package org.bengkel.json.codec.trainee;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.CodecSupport;

/**
 * Reading and writing helpers shared by this package's codecs: whole numbers that fit an {@code
 * int}, ISO-8601 periods, plain strings, lists, rule codes, and building a core value whose refusal
 * names an element of a list ({@code remissions[0].granted}).
 */
final class TraineeValues extends CodecSupport {

  /**
   * {@link Period} as its ISO-8601 form, {@code "P2Y6M"}; not registered, and used with the schema
   * {@code Scalars.withSchema} gives it.
   */
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
          try {
            if (PERIOD_REGEX.matcher(text).matches()) {
              return Period.parse(text);
            }
          } catch (DateTimeParseException e) {
            // a matched form Period cannot hold: refused below as any other string
          }
          throw in.error(JsonRule.WRONG_TYPE, "an ISO-8601 period such as P2Y6M", "another string");
        }
        // no schema of its own: the sentence's field states the pattern in place
        // (Scalars.withSchema), so a schema here would never be asked for
      };

  /** The ISO-8601 periods {@link Period#parse} reads (at least one component, any case). */
  static final String PERIOD_PATTERN =
      "[-+]?[Pp](?=[-+]?[0-9])(?:[-+]?0*[0-9]{1,9}[Yy])?(?:[-+]?0*[0-9]{1,9}[Mm])?(?:[-+]?0*[0-9]{1,9}[Ww])?(?:[-+]?0*[0-9]{1,9}[Dd])?";

  /**
   * {@link #PERIOD_PATTERN} compiled: the reader refuses what the schema refuses, including
   * components of more than nine significant digits, which could overflow.
   */
  private static final Pattern PERIOD_REGEX = Pattern.compile(PERIOD_PATTERN);

  private TraineeValues() {}
}
