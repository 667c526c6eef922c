package org.bengkel.json.codec.sales;

import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.money.Rupiah;
import org.bengkel.sales.InvoiceTax;

/** {@link InvoiceTax} as {@code {"label","amount","included"}}, all required. */
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
    out.endObject();
  }

  @Override
  public InvoiceTax read(JsonReader in) {
    String label = null;
    Rupiah amount = null;
    Boolean included = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "label" -> label = in.nextString();
        case "amount" -> amount = in.read(MoneyCodecs.RUPIAH);
        case "included" -> included = in.nextBoolean();
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    String l = label;
    Rupiah a = amount;
    Boolean i = included;
    return in.build(
        () -> JsonReader.required(i, "included")
            ? InvoiceTax.included(JsonReader.required(l, "label"), JsonReader.required(a, "amount"))
            : InvoiceTax.added(JsonReader.required(l, "label"), JsonReader.required(a, "amount")));
  }
}
