package org.bengkel.json.codec.inventory;

import org.bengkel.json.codec.internal.StampFields;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.inventory.StockLot;
import org.bengkel.inventory.Movement;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/**
 * {@link Movement} as {@code {"sequence","version","type","at","zone","actor","sku","lotCode",
 * "quantity","reservation","writeOffReason"}}; {@code at}, {@code zone} and {@code actor} are its
 * stamp ({@link StampFields}).
 */
final class MovementCodec implements Codec<Movement> {

  @Override
  public Class<Movement> type() {
    return Movement.class;
  }

  @Override
  public void write(Movement value, JsonWriter out) {
    out.beginObject();
    out.name("sequence").number(value.sequence());
    out.name("version").number(value.version());
    out.name("type").value(InventoryCodecs.MOVEMENT_TYPE, value.type());
    StampFields.write(value.stamp(), out);
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("lotCode").value(ProductionCodecs.LOT_CODE, value.lotCode());
    out.name("quantity").number(value.quantity());
    value.reservation().ifPresent(r -> out.name("reservation").value(InventoryCodecs.RESERVATION_ID, r));
    value.writeOffReason().ifPresent(r -> out.name("writeOffReason").value(InventoryCodecs.WRITE_OFF_REASON, r));
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("sequence", JsonSchema.integer(1, Long.MAX_VALUE)),
                required("version", JsonSchema.integer(1, Long.MAX_VALUE)),
                required("type", ref(InventoryCodecs.MOVEMENT_TYPE)),
                required("at", StampFields.INSTANT),
                optional("zone", StampFields.ZONE),
                optional("actor", StampFields.ACTOR),
                required("sku", ref(CatalogCodecs.SKU)),
                required("lotCode", ref(ProductionCodecs.LOT_CODE)),
                required("quantity", JsonSchema.integer(1, StockLot.MAX_QUANTITY)),
                optional("reservation", ref(InventoryCodecs.RESERVATION_ID)),
                optional("writeOffReason", ref(InventoryCodecs.WRITE_OFF_REASON)))
            .describedAs("A stock movement (mutasi stok)"));
  }

  @Override
  public Movement read(JsonReader in) {
    Movement.Builder b = Movement.builder();
    StampFields stamp = new StampFields();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      if (stamp.read(name, in)) {
        continue;
      }
      switch (name) {
        case "sequence" -> b.sequence(in.nextLong());
        case "version" -> b.version(in.nextLong());
        case "type" -> b.type(in.read(InventoryCodecs.MOVEMENT_TYPE));
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "lotCode" -> b.lotCode(in.read(ProductionCodecs.LOT_CODE));
        case "quantity" -> b.quantity(in.nextLong());
        case "reservation" -> {
          if (!in.nextIfNull()) {
            b.reservation(in.read(InventoryCodecs.RESERVATION_ID));
          }
        }
        case "writeOffReason" -> {
          if (!in.nextIfNull()) {
            b.writeOffReason(in.read(InventoryCodecs.WRITE_OFF_REASON));
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    b.stamp(stamp.stamp(in));
    return Paths.build(in, "", b, Movement.Builder::build);
  }
}
