package org.bengkel.json.codec.sales;

import org.bengkel.inventory.Pick;
import org.bengkel.json.Codec;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.schema.JsonSchema;
import java.util.List;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.sales.GoodsLine;

/**
 * {@link GoodsLine} as {@code {"sku","description","quantity","unitPrice","soldLots"}}, each sold
 * lot {@code {"lotCode","quantity"}}.
 */
final class GoodsLineCodec implements Codec<GoodsLine> {

  /** A sold lot, written only inside a goods line. */
  static final Codec<Pick> PICK = new Codec<>() {
    @Override
    public Class<Pick> type() {
      return Pick.class;
    }

    @Override
    public void write(Pick value, JsonWriter out) {
      out.beginObject();
      out.name("lotCode").value(ProductionCodecs.LOT_CODE, value.lotCode());
      out.name("quantity").number(value.quantity());
      out.endObject();
    }

    @Override
    public Pick read(JsonReader in) {
      Pick.Builder b = Pick.builder();
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "lotCode" -> b.lotCode(in.read(ProductionCodecs.LOT_CODE));
          case "quantity" -> b.quantity(in.nextLong());
          default -> in.unknownProperty();
        }
      }
      in.endObject();
      return Paths.build(in, "", b, Pick.Builder::build);
    }
  };

  @Override
  public Class<GoodsLine> type() {
    return GoodsLine.class;
  }

  @Override
  public void write(GoodsLine value, JsonWriter out) {
    out.beginObject();
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("description").string(value.description());
    out.name("quantity").number(value.quantity());
    out.name("unitPrice").value(MoneyCodecs.RUPIAH, value.unitPrice());
    out.name("soldLots").beginArray();
    value.soldLots().forEach(p -> out.value(PICK, p));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("sku", JsonSchema.ref(CatalogCodecs.SKU))
            .required("description", JsonSchema.string(1, GoodsLine.MAX_DESCRIPTION))
            .required("quantity", JsonSchema.integer(1, StockLot.MAX_QUANTITY))
            .required("unitPrice", JsonSchema.ref(MoneyCodecs.RUPIAH))
            .list(
                "soldLots",
                SalesSchemas.object()
                    .required("lotCode", JsonSchema.ref(ProductionCodecs.LOT_CODE))
                    .required("quantity", JsonSchema.integer(1, StockLot.MAX_QUANTITY))
                    .describedAs("A lot the units were sold from"))
            .describedAs("A line of goods (baris barang) on a sales order"));
  }

  @Override
  public GoodsLine read(JsonReader in) {
    GoodsLine.Builder b = GoodsLine.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "description" -> b.description(in.nextString());
        case "quantity" -> b.quantity(in.nextLong());
        case "unitPrice" -> b.unitPrice(in.read(MoneyCodecs.RUPIAH));
        case "soldLots" -> {
          List<Pick> lots = in.readList(PICK);
          if (!lots.isEmpty()) { // the builder starts empty: spare it an empty copy per line
            b.soldLots(lots);
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, GoodsLine.Builder::build);
  }
}
