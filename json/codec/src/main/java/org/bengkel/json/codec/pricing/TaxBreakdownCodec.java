package org.bengkel.json.codec.pricing;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link TaxBreakdown} as {@code {"status","inclusion","quoted","taxBase","ppn"}}. */
final class TaxBreakdownCodec implements Codec<TaxBreakdown> {

  @Override
  public Class<TaxBreakdown> type() {
    return TaxBreakdown.class;
  }

  @Override
  public void write(TaxBreakdown value, JsonWriter out) {
    out.beginObject();
    out.name("status").value(PricingCodecs.TAX_STATUS, value.status());
    out.name("inclusion").value(PricingCodecs.PRICE_INCLUSION, value.inclusion());
    out.name("quoted").value(MoneyCodecs.RUPIAH, value.quoted());
    out.name("taxBase").value(MoneyCodecs.RUPIAH, value.taxBase());
    out.name("ppn").value(MoneyCodecs.RUPIAH, value.ppn());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("status", ref(PricingCodecs.TAX_STATUS)),
                required("inclusion", ref(PricingCodecs.PRICE_INCLUSION)),
                required("quoted", ref(MoneyCodecs.RUPIAH)),
                required("taxBase", ref(MoneyCodecs.RUPIAH)),
                required("ppn", ref(MoneyCodecs.RUPIAH)))
            .describedAs("The VAT of a quote (rincian PPN)"));
  }

  @Override
  public TaxBreakdown read(JsonReader in) {
    TaxBreakdown.Builder b = TaxBreakdown.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "status" -> b.status(in.read(PricingCodecs.TAX_STATUS));
        case "inclusion" -> b.inclusion(in.read(PricingCodecs.PRICE_INCLUSION));
        case "quoted" -> b.quoted(in.read(MoneyCodecs.RUPIAH));
        case "taxBase" -> b.taxBase(in.read(MoneyCodecs.RUPIAH));
        case "ppn" -> b.ppn(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, TaxBreakdown.Builder::build);
  }
}
