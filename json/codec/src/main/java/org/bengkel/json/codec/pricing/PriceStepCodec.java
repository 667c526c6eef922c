package org.bengkel.json.codec.pricing;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.pricing.PriceStep;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link PriceStep} as {@code {"source","kind","description","before","after"}}. */
final class PriceStepCodec implements Codec<PriceStep> {

  @Override
  public Class<PriceStep> type() {
    return PriceStep.class;
  }

  @Override
  public void write(PriceStep value, JsonWriter out) {
    out.beginObject();
    out.name("source").string(value.source());
    out.name("kind").value(PricingCodecs.STEP_KIND, value.kind());
    out.name("description").string(value.description());
    out.name("before").value(MoneyCodecs.RUPIAH, value.before());
    out.name("after").value(MoneyCodecs.RUPIAH, value.after());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("source", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("kind", ref(PricingCodecs.STEP_KIND)),
                required("description", JsonSchema.string()),
                required("before", ref(MoneyCodecs.RUPIAH)),
                required("after", ref(MoneyCodecs.RUPIAH)))
            .describedAs("One step of a price computation (langkah harga)"));
  }

  @Override
  public PriceStep read(JsonReader in) {
    PriceStep.Builder b = PriceStep.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "source" -> b.source(in.nextString());
        case "kind" -> b.kind(in.read(PricingCodecs.STEP_KIND));
        case "description" -> b.description(in.nextString());
        case "before" -> b.before(in.read(MoneyCodecs.RUPIAH));
        case "after" -> b.after(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PriceStep.Builder::build);
  }
}
