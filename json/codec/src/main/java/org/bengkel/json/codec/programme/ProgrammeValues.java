package org.bengkel.json.codec.programme;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonRule;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.programme.SkillField;

/**
 * Reading and writing helpers shared by this package's codecs: whole numbers that fit an {@code
 * int}, ISO-8601 times (durations are {@link CodecSupport#DURATION}, as in every package), plain
 * strings, lists, rule codes, and building a core value whose refusal names an element of a list
 * ({@code history[1].status}).
 */
final class ProgrammeValues extends CodecSupport {

  /** A time of day, {@code "08:00"}, written in place in the schema. */
  static final Codec<LocalTime> TIME =
      Scalars.of(
          LocalTime.class,
          JsonSchema.pattern(ProgrammeValues.TIME_PATTERN, 18),
          in -> {
            String text = in.nextString();
            try {
              return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
            } catch (DateTimeParseException e) {
              throw in.error(
                  JsonRule.WRONG_TYPE, "an ISO-8601 time such as 08:00", "another string");
            }
          },
          (out, t) -> out.string(t.toString()));

  /** Training hours by skill field, {@code {"CULINARY":"PT12H"}}, the fields in order. */
  static final Codec<Map<SkillField, Duration>> HOURS_BY_FIELD =
      Scalars.map(
          JsonSchema.of(
              JsonSchema.map(
                  "type",
                  "object",
                  // the keys' form, which core's SkillField.of checks (value.malformed)
                  "propertyNames",
                  Scalars.CODE_FORM,
                  "additionalProperties",
                  JsonSchema.ref(CodecSupport.DURATION))),
          SkillField::of,
          SkillField::code,
          CodecSupport.DURATION,
          Comparator.naturalOrder());

  static final String TIME_PATTERN =
      "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{0,9})?)?";

  private ProgrammeValues() {}
}
