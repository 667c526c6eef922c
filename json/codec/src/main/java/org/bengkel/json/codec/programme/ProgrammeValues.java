package org.bengkel.json.codec.programme;

import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
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
 * {@code int}, ISO-8601 times (durations are {@link CodecSupport#DURATION}, as in every package),
 * plain strings, lists, rule codes, and building a core value whose refusal names an element of a list ({@code history[1].status}).
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

  private ProgrammeValues() {}
}
