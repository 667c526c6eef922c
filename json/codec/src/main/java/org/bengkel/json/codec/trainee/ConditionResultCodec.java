package org.bengkel.json.codec.trainee;

import static org.bengkel.json.codec.trainee.TraineeValues.many;
import static org.bengkel.json.codec.trainee.TraineeValues.opt;
import static org.bengkel.json.codec.trainee.TraineeValues.req;
import static org.bengkel.json.codec.trainee.TraineeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.trainee.ConditionResult;

/**
 * {@link ConditionResult} as {@code {"rule","outcome","holdsFrom","details"}}: the rule as its
 * code, {@code holdsFrom} optional, the details (strings) always written.
 */
final class ConditionResultCodec implements Codec<ConditionResult> {

  @Override
  public Class<ConditionResult> type() {
    return ConditionResult.class;
  }

  @Override
  public void write(ConditionResult value, JsonWriter out) {
    out.beginObject();
    out.name("rule").value(TraineeCodecs.TRAINEE_RULE, value.rule());
    out.name("outcome").value(TraineeCodecs.VERDICT, value.verdict());
    value.holdsFrom().ifPresent(d -> out.name("holdsFrom").date(d));
    TraineeValues.list(out, "details", TraineeValues.TEXT, value.details());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("The result of one condition of an eligibility decision (hasil syarat)",
            req("rule", ref(TraineeCodecs.TRAINEE_RULE)),
            req("outcome", ref(TraineeCodecs.VERDICT)),
            opt("holdsFrom", JsonSchema.date()),
            many("details", JsonSchema.arrayOf(JsonSchema.string()))));
  }
  @Override
  public ConditionResult read(JsonReader in) {
    ConditionResult.Builder b = ConditionResult.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "rule" -> b.rule(in.read(TraineeCodecs.TRAINEE_RULE));
        case "outcome" -> b.verdict(in.read(TraineeCodecs.VERDICT));
        case "holdsFrom" -> {
          if (!in.nextIfNull()) {
            b.holdsFrom(in.nextDate());
          }
        }
        case "details" -> b.details(in.readList(TraineeValues.TEXT));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return TraineeValues.build(in, b::build);
  }
}
