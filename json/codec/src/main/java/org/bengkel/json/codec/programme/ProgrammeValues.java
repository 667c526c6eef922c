package org.bengkel.json.codec.programme;

import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.CodecSupport;

/**
 * Reading and writing helpers shared by this package's codecs: whole numbers that fit an
 * {@code int}, ISO-8601 times and durations, plain strings, lists, rule codes, and building a core value whose
 * refusal names an element of a list ({@code history[1].status}).
 */
final class ProgrammeValues extends CodecSupport {



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

  /** The ISO-8601 times {@link DateTimeFormatter#ISO_LOCAL_TIME} reads. */
  static final String TIME_PATTERN = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{0,9})?)?";

  /**
   * The ISO-8601 durations {@link Duration#parse} reads (at least one component, any case), with at
   * most nine significant digits a component, which could otherwise overflow; the reader refuses
   * what the schema refuses.
   */
  static final String DURATION_PATTERN = "[-+]?[Pp](?=[-+]?[0-9]|[Tt])(?:[-+]?0*[0-9]{1,9}[Dd])?(?:[Tt](?=[-+]?[0-9])(?:[-+]?0*[0-9]{1,9}[Hh])?(?:[-+]?0*[0-9]{1,9}[Mm])?(?:[-+]?0*[0-9]{1,9}(?:[.,][0-9]{0,9})?[Ss])?)?";

  /** {@link Duration} as its ISO-8601 form, {@code "PT6H30M"}; not registered. */
  static final Codec<Duration> DURATION =
      CodecSupport.duration(DURATION_PATTERN, 60, "An ISO-8601 duration such as PT6H30M");

  private ProgrammeValues() {}
}
