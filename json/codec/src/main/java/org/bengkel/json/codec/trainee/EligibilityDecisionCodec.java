package org.bengkel.json.codec.trainee;

import static org.bengkel.json.codec.trainee.TraineeValues.opt;
import static org.bengkel.json.codec.trainee.TraineeValues.req;
import static org.bengkel.json.codec.trainee.TraineeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.trainee.EligibilityDecision;

/**
 * {@link EligibilityDecision} as {@code {"entitlement","date","conditions","earliestDate",
 * "maximumLeaveDays"}}: the conditions required and not empty, the last two optional. Whether the
 * trainee is eligible is derived from the conditions (all {@code MET}) and not written.
 */
final class EligibilityDecisionCodec implements Codec<EligibilityDecision> {

  @Override
  public Class<EligibilityDecision> type() {
    return EligibilityDecision.class;
  }

  @Override
  public void write(EligibilityDecision value, JsonWriter out) {
    out.beginObject();
    out.name("entitlement").value(TraineeCodecs.ENTITLEMENT, value.entitlement());
    out.name("date").date(value.date());
    TraineeValues.list(out, "conditions", TraineeCodecs.CONDITION_RESULT, value.conditions());
    value.earliestDate().ifPresent(d -> out.name("earliestDate").date(d));
    value.maximumLeaveDays().ifPresent(d -> out.name("maximumLeaveDays").number(d));
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("An eligibility decision (keputusan kelayakan)",
            req("entitlement", ref(TraineeCodecs.ENTITLEMENT)),
            req("date", JsonSchema.date()),
            req("conditions", JsonSchema.arrayOf(ref(TraineeCodecs.CONDITION_RESULT)).with("minItems", 1L)),
            opt("earliestDate", JsonSchema.date()),
            opt("maximumLeaveDays", JsonSchema.integer(-Long.MAX_VALUE, Long.MAX_VALUE))));
  }
  @Override
  public EligibilityDecision read(JsonReader in) {
    EligibilityDecision.Builder b = EligibilityDecision.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "entitlement" -> b.entitlement(in.read(TraineeCodecs.ENTITLEMENT));
        case "date" -> b.date(in.nextDate());
        case "conditions" -> b.conditions(in.readList(TraineeCodecs.CONDITION_RESULT));
        case "earliestDate" -> {
          if (!in.nextIfNull()) {
            b.earliestDate(in.nextDate());
          }
        }
        case "maximumLeaveDays" -> {
          if (!in.nextIfNull()) {
            b.maximumLeaveDays(in.nextLong());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return TraineeValues.build(in, b::build);
  }
}
