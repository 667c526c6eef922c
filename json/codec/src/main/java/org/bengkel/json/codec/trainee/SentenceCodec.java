package org.bengkel.json.codec.trainee;

import static org.bengkel.json.codec.trainee.TraineeValues.many;
import static org.bengkel.json.codec.trainee.TraineeValues.object;
import static org.bengkel.json.codec.trainee.TraineeValues.req;
import static org.bengkel.json.schema.JsonSchema.ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.trainee.DetentionPeriod;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.TraineeRule;
import org.jspecify.annotations.Nullable;

/**
 * {@link Sentence} as {@code {"kind","length","firstDayOfDetention","detention","servingFrom",
 * "remissions"}}, the length an ISO-8601 period, the remissions always written (an absent list
 * reads as empty).
 *
 * <p>{@code detention} and {@code servingFrom} are written only for a sentence with detention
 * periods, so a sentence served without a break since its first day of detention keeps the form
 * it had before periods existed: {@code firstDayOfDetention} alone, read as the first day of
 * serving ({@code servingFrom}, if given, must then be the same day). With {@code detention}
 * (even empty) {@code servingFrom} is required, and {@code firstDayOfDetention} must be the first
 * period's first day (rule {@code trainee.detention.first-day}).
 */
final class SentenceCodec implements Codec<Sentence> {

  @Override
  public Class<Sentence> type() {
    return Sentence.class;
  }

  @Override
  public void write(Sentence value, JsonWriter out) {
    out.beginObject();
    out.name("kind").value(TraineeCodecs.SENTENCE_KIND, value.kind());
    out.name("length").value(TraineeValues.PERIOD, value.length());
    out.name("firstDayOfDetention").date(value.firstDayOfDetention());
    if (!value.detention().isEmpty()) {
      TraineeValues.list(out, "detention", TraineeCodecs.DETENTION_PERIOD, value.detention());
      out.name("servingFrom").date(value.servingFrom());
    }
    TraineeValues.list(out, "remissions", TraineeCodecs.REMISSION, value.remissions());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A sentence (pidana)",
            req("kind", ref(TraineeCodecs.SENTENCE_KIND)),
            req("length", JsonSchema.pattern(TraineeValues.PERIOD_PATTERN, 40)),
            req("firstDayOfDetention", JsonSchema.date()),
            many("detention", JsonSchema.arrayOf(ref(TraineeCodecs.DETENTION_PERIOD))),
            many("servingFrom", JsonSchema.date()),
            many("remissions", JsonSchema.arrayOf(ref(TraineeCodecs.REMISSION))))
            .with("dependentRequired", JsonSchema.map("detention", List.of("servingFrom"))));
  }

  @Override
  public Sentence read(JsonReader in) {
    Sentence.Builder b = Sentence.builder();
    LocalDate first = null;
    LocalDate serving = null;
    @Nullable List<DetentionPeriod> detention = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "kind" -> b.kind(in.read(TraineeCodecs.SENTENCE_KIND));
        case "length" -> b.length(in.read(TraineeValues.PERIOD));
        case "firstDayOfDetention" -> first = in.nextDate();
        case "detention" -> detention = in.readList(TraineeCodecs.DETENTION_PERIOD);
        case "servingFrom" -> serving = in.nextDate();
        case "remissions" -> b.remissions(in.readList(TraineeCodecs.REMISSION));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    LocalDate firstDay = first;
    LocalDate servingFrom = serving;
    List<DetentionPeriod> periods = detention;
    return TraineeValues.build(in, () -> build(b, firstDay, servingFrom, periods));
  }

  private static Sentence build(
      Sentence.Builder b,
      @Nullable LocalDate first,
      @Nullable LocalDate serving,
      @Nullable List<DetentionPeriod> detention) {
    LocalDate from = MissingValueException.required(first, "firstDayOfDetention");
    if (detention == null || detention.isEmpty()) {
      if (detention != null) {
        MissingValueException.required(serving, "servingFrom");
      }
      if (serving != null && !serving.equals(from)) {
        throw InvalidValueException.personal(TraineeRule.DETENTION_FIRST_DAY, "firstDayOfDetention");
      }
      return b.servingFrom(from).build();
    }
    b.servingFrom(MissingValueException.required(serving, "servingFrom")).detention(detention);
    if (!from.equals(detention.get(0).firstDay())) {
      throw InvalidValueException.personal(TraineeRule.DETENTION_FIRST_DAY, "firstDayOfDetention");
    }
    return b.build();
  }
}
