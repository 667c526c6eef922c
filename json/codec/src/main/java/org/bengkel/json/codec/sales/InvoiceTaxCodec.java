package org.bengkel.json.codec.sales;

import org.bengkel.json.Codec;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.money.Rupiah;
import org.bengkel.sales.InvoiceTax;

/**
 * {@link InvoiceTax} as {@code {"label","amount","included","otherTaxBase"}}, the first three
 * required, {@code otherTaxBase} (the DPP nilai lain, PMK 131/2024) written only when present.
 */
final class InvoiceTaxCodec implements Codec<InvoiceTax> {

  @Override
  public Class<InvoiceTax> type() {
    return InvoiceTax.class;
  }

  @Override
  public void write(InvoiceTax value, JsonWriter out) {
    out.beginObject();
    out.name("label").string(value.label());
    out.name("amount").value(MoneyCodecs.RUPIAH, value.amount());
    out.name("included").bool(value.included());
    Rupiah base = value.otherTaxBase();
    if (base != null) {
      out.name("otherTaxBase").value(MoneyCodecs.RUPIAH, base);
    }
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("label", JsonSchema.string(1, InvoiceTax.MAX_LABEL))
            .required("amount", JsonSchema.ref(MoneyCodecs.RUPIAH))
            .required("included", JsonSchema.bool())
            .optional("otherTaxBase", JsonSchema.ref(MoneyCodecs.RUPIAH))
            .describedAs("A tax line of an invoice (baris pajak), included in the prices or added"));
  }

  @Override
  public InvoiceTax read(JsonReader in) {
    String label = null;
    Rupiah amount = null;
    Boolean included = null;
    Rupiah otherTaxBase = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "label" -> label = in.nextString();
        case "amount" -> amount = in.read(MoneyCodecs.RUPIAH);
        case "included" -> included = in.nextBoolean();
        case "otherTaxBase" -> otherTaxBase = CodecSupport.optionalAmount(in);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    String l = label;
    Rupiah a = amount;
    Boolean i = included;
    Rupiah o = otherTaxBase;
    return in.build(() -> {
      boolean inc = JsonReader.required(i, "included");
      String lbl = JsonReader.required(l, "label");
      Rupiah amt = JsonReader.required(a, "amount");
      if (o == null) {
        return inc ? InvoiceTax.included(lbl, amt) : InvoiceTax.added(lbl, amt);
      }
      return inc ? InvoiceTax.included(lbl, amt, o) : InvoiceTax.added(lbl, amt, o);
    });
  }
}
