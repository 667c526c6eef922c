package org.bengkel.json.codec.programme;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Map;
import org.bengkel.json.Codec;
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
          JsonSchema.pattern(CodecSupport.TIME_FORM, 18),
          CodecSupport::time,
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

  private ProgrammeValues() {}
}
