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

/**
 * {@link TaxBreakdown} as {@code {"status","inclusion","quoted","priceExcludingTax","otherTaxBase",
 * "ppn"}}, all required: {@code priceExcludingTax} the price without PPN (harga jual),
 * {@code otherTaxBase} the DPP nilai lain PPN is levied on (PMK 131/2024).
 */
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
    out.name("priceExcludingTax").value(MoneyCodecs.RUPIAH, value.priceExcludingTax());
    out.name("otherTaxBase").value(MoneyCodecs.RUPIAH, value.otherTaxBase());
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
                required("priceExcludingTax", ref(MoneyCodecs.RUPIAH)),
                required("otherTaxBase", ref(MoneyCodecs.RUPIAH)),
                required("ppn", ref(MoneyCodecs.RUPIAH)))
            .describedAs("The VAT of a quote (rincian PPN): the price without PPN (harga jual), the DPP nilai lain"
                + " PPN is levied on (PMK 131/2024) and the PPN"));
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
        case "priceExcludingTax" -> b.priceExcludingTax(in.read(MoneyCodecs.RUPIAH));
        case "otherTaxBase" -> b.otherTaxBase(in.read(MoneyCodecs.RUPIAH));
        case "ppn" -> b.ppn(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, TaxBreakdown.Builder::build);
  }
}
