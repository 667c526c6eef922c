package org.bengkel.json.codec.sales;

import org.bengkel.json.Codec;
import org.bengkel.sales.GoodsLine;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.sales.InvoiceLine;

/** {@link InvoiceLine} as {@code {"sku","description","quantity","unitPrice"}}. */
final class InvoiceLineCodec implements Codec<InvoiceLine> {

  @Override
  public Class<InvoiceLine> type() {
    return InvoiceLine.class;
  }

  @Override
  public void write(InvoiceLine value, JsonWriter out) {
    out.beginObject();
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("description").string(value.description());
    out.name("quantity").number(value.quantity());
    out.name("unitPrice").value(MoneyCodecs.RUPIAH, value.unitPrice());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("sku", JsonSchema.ref(CatalogCodecs.SKU))
            .required("description", JsonSchema.string(1, GoodsLine.MAX_DESCRIPTION))
            .required("quantity", JsonSchema.integer(1, Long.MAX_VALUE))
            .required("unitPrice", JsonSchema.ref(MoneyCodecs.RUPIAH))
            .describedAs("A line of an invoice (baris faktur)"));
  }

  @Override
  public InvoiceLine read(JsonReader in) {
    InvoiceLine.Builder b = InvoiceLine.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "description" -> b.description(in.nextString());
        case "quantity" -> b.quantity(in.nextLong());
        case "unitPrice" -> b.unitPrice(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, InvoiceLine.Builder::build);
  }
}
