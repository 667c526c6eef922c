package org.bengkel.json.codec.inventory;

import org.bengkel.json.codec.internal.CodecSupport;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link StockLot} as {@code {"lotCode","sku","productionDate","expiryDate","quantity","receivedAt"}}. */
final class StockLotCodec implements Codec<StockLot> {

  @Override
  public Class<StockLot> type() {
    return StockLot.class;
  }

  @Override
  public void write(StockLot value, JsonWriter out) {
    out.beginObject();
    out.name("lotCode").value(ProductionCodecs.LOT_CODE, value.lotCode());
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("productionDate").date(value.productionDate());
    value.expiryDate().ifPresent(d -> out.name("expiryDate").date(d));
    out.name("quantity").number(value.quantity());
    out.name("receivedAt").dateTime(value.receivedAt());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("lotCode", ref(ProductionCodecs.LOT_CODE)),
                required("sku", ref(CatalogCodecs.SKU)),
                required("productionDate", JsonSchema.date()),
                optional("expiryDate", JsonSchema.date()),
                required("quantity", JsonSchema.integer(1, StockLot.MAX_QUANTITY)),
                required("receivedAt", CodecSupport.DATE_TIME))
            .describedAs("A lot received into stock (lot stok)"));
  }

  @Override
  public StockLot read(JsonReader in) {
    StockLot.Builder b = StockLot.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "lotCode" -> b.lotCode(in.read(ProductionCodecs.LOT_CODE));
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "productionDate" -> b.productionDate(in.nextDate());
        case "expiryDate" -> {
          if (!in.nextIfNull()) {
            b.expiryDate(in.nextDate());
          }
        }
        case "quantity" -> b.quantity(in.nextLong());
        case "receivedAt" -> b.receivedAt(in.nextDateTime());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, StockLot.Builder::build);
  }
}
