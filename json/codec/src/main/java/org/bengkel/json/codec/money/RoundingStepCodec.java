package org.bengkel.json.codec.money;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.math.RoundingMode;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;

/** {@link RoundingStep} as {@code {"step":500,"mode":"HALF_UP"}}. */
final class RoundingStepCodec implements Codec<RoundingStep> {

  @Override
  public Class<RoundingStep> type() {
    return RoundingStep.class;
  }

  @Override
  public void write(RoundingStep value, JsonWriter out) {
    out.beginObject();
    out.name("step").value(MoneyCodecs.RUPIAH, value.step());
    out.name("mode").value(MoneyCodecs.ROUNDING_MODE, value.mode());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("step", JsonSchema.integer(1, Long.MAX_VALUE)),
                required("mode", ref(MoneyCodecs.ROUNDING_MODE)))
            .describedAs("A rounding step (pembulatan): a positive amount and a rounding mode"));
  }

  @Override
  public RoundingStep read(JsonReader in) {
    Rupiah step = null;
    RoundingMode mode = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "step" -> step = in.read(MoneyCodecs.RUPIAH);
        case "mode" -> mode = in.read(MoneyCodecs.ROUNDING_MODE);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    Rupiah s = step;
    RoundingMode m = mode;
    return in.build(() -> RoundingStep.of(JsonReader.required(s, "step"), JsonReader.required(m, "mode")));
  }
}
