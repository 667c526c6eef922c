package org.bengkel.json.codec.report;

import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.report.ProductSales;

/**
 * {@link ProductSales} as {@code {"sku","units","revenue","costOfGoodsSold"}};
 * {@code costOfGoodsSold} is always written and read as zero when absent or null.
 */
final class ProductSalesCodec implements Codec<ProductSales> {

  @Override
  public Class<ProductSales> type() {
    return ProductSales.class;
  }

  @Override
  public void write(ProductSales value, JsonWriter out) {
    out.beginObject();
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("units").number(value.units());
    out.name("revenue").value(MoneyCodecs.RUPIAH, value.revenue());
    out.name("costOfGoodsSold").value(MoneyCodecs.RUPIAH, value.costOfGoodsSold());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("sku", ref(CatalogCodecs.SKU)),
                required("units", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("revenue", ref(MoneyCodecs.RUPIAH)),
                optional("costOfGoodsSold", ref(MoneyCodecs.RUPIAH)))
            .describedAs("The sales of one product (penjualan per produk) in a period: revenue"
                + " without PPN and cost of goods sold (harga pokok penjualan), zero when absent"));
  }

  @Override
  public ProductSales read(JsonReader in) {
    ProductSales.Builder b = ProductSales.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "units" -> b.units(in.nextLong());
        case "revenue" -> b.revenue(in.read(MoneyCodecs.RUPIAH));
        case "costOfGoodsSold" -> {
          if (!in.nextIfNull()) {
            b.costOfGoodsSold(in.read(MoneyCodecs.RUPIAH));
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, ProductSales.Builder::build);
  }
}
