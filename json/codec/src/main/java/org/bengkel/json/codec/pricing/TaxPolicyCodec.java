package org.bengkel.json.codec.pricing;

import java.util.List;
import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.pricing.TaxPolicy;

/** {@link TaxPolicy} as {@code {"facilityCode","status","inclusion","taxBaseFraction","ppnRate","rounding"}}; every property written, the last four default when absent. */
final class TaxPolicyCodec implements Codec<TaxPolicy> {

  @Override
  public Class<TaxPolicy> type() {
    return TaxPolicy.class;
  }

  @Override
  public void write(TaxPolicy value, JsonWriter out) {
    out.beginObject();
    out.name("facilityCode").string(value.facilityCode().value());
    out.name("status").value(PricingCodecs.TAX_STATUS, value.status());
    out.name("inclusion").value(PricingCodecs.PRICE_INCLUSION, value.inclusion());
    out.name("taxBaseFraction").value(MoneyCodecs.RATE, value.taxBaseFraction());
    out.name("ppnRate").value(MoneyCodecs.RATE, value.ppnRate());
    out.name("rounding").value(PricingCodecs.ROUNDING_MODE, value.rounding());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("facilityCode", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("status", ref(PricingCodecs.TAX_STATUS)),
                required("inclusion", ref(PricingCodecs.PRICE_INCLUSION)),
                required("taxBaseFraction", ref(MoneyCodecs.RATE)),
                required("ppnRate", ref(MoneyCodecs.RATE)),
                required("rounding", ref(PricingCodecs.ROUNDING_MODE)))
            .with("required", List.of("facilityCode", "status"))
            .describedAs("The VAT policy of a facility (kebijakan PPN)"));
  }

  @Override
  public TaxPolicy read(JsonReader in) {
    TaxPolicy.Builder b = TaxPolicy.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "facilityCode" -> b.facilityCode(in.value(() -> FacilityCode.parse(in.nextString())));
        case "status" -> b.status(in.read(PricingCodecs.TAX_STATUS));
        case "inclusion" -> b.inclusion(in.read(PricingCodecs.PRICE_INCLUSION));
        case "taxBaseFraction" -> b.taxBaseFraction(in.read(MoneyCodecs.RATE));
        case "ppnRate" -> b.ppnRate(in.read(MoneyCodecs.RATE));
        case "rounding" -> b.rounding(in.read(PricingCodecs.ROUNDING_MODE));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, TaxPolicy.Builder::build);
  }
}
