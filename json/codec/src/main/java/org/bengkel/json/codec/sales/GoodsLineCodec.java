package org.bengkel.json.codec.sales;

import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.inventory.Pick;
import org.bengkel.money.Rupiah;
import org.bengkel.json.Codec;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.schema.JsonSchema;
import java.util.List;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonReader.PropertyNames;
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

  // A sales order has a goods line per product: the names are looked up, not switched on.
  private static final PropertyNames NAMES =
      PropertyNames.of("sku", "description", "quantity", "unitPrice", "soldLots");
  private static final int SKU = 0;
  private static final int DESCRIPTION = 1;
  private static final int QUANTITY = 2;
  private static final int UNIT_PRICE = 3;
  private static final int SOLD_LOTS = 4;

  @Override
  public GoodsLine read(JsonReader in) {
    Sku sku = null;
    String description = null;
    long quantity = 0;
    boolean hasQuantity = false;
    Rupiah unitPrice = null;
    List<Pick> lots = List.of();
    in.beginObject();
    for (int p = in.nextProperty(NAMES); p != JsonReader.END; p = in.nextProperty(NAMES)) {
      switch (p) {
        case SKU -> sku = in.read(CatalogCodecs.SKU);
        case DESCRIPTION -> description = in.nextString();
        case QUANTITY -> {
          quantity = in.nextLong();
          hasQuantity = true;
        }
        case UNIT_PRICE -> unitPrice = in.read(MoneyCodecs.RUPIAH);
        case SOLD_LOTS -> lots = in.readList(PICK);
        default -> in.unknownProperty();
      }
    }
    if (sku != null && description != null && hasQuantity && unitPrice != null && lots.isEmpty()) {
      // The usual line, not yet sold from stock: built without a builder (one per product read)
      try {
        return GoodsLine.of(sku, description, quantity, unitPrice);
      } catch (InvalidValueException e) {
        return Paths.build(in, "", () -> {
          throw e;
        });
      }
    }
    // Sold lots, or a property missing: the builder takes the lots and names every missing one
    GoodsLine.Builder b = GoodsLine.builder().soldLots(lots);
    if (sku != null) {
      b.sku(sku);
    }
    if (description != null) {
      b.description(description);
    }
    if (hasQuantity) {
      b.quantity(quantity);
    }
    if (unitPrice != null) {
      b.unitPrice(unitPrice);
    }
    return Paths.build(in, "", b, GoodsLine.Builder::build);
  }
}
