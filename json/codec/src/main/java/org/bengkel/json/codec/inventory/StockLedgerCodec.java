package org.bengkel.json.codec.inventory;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.List;
import java.util.Optional;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.Codec;
import org.bengkel.facility.Facility;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.schema.JsonSchema;

/**
 * {@link StockLedger} as {@code {"facility":FacilityCode,"lots":[StockLot],"movements":[Movement]}}: the lots by lot code
 * and the history oldest first. Reading replays the history through the ledger's operations
 * ({@link StockLedger#replay}), so a document whose movements the ledger would not append is
 * refused at {@code $.movements[i]} with the inventory rule it breaks.
 */
final class StockLedgerCodec implements Codec<StockLedger> {

  @Override
  public Class<StockLedger> type() {
    return StockLedger.class;
  }

  @Override
  public void write(StockLedger value, JsonWriter out) {
    out.beginObject();
    out.name("facility").string(value.facility().value());
    out.name("lots").beginArray();
    value.lots().forEach(s -> out.value(InventoryCodecs.STOCK_LOT, s.lot()));
    out.endArray();
    out.name("movements").beginArray();
    value.movements().forEach(m -> out.value(InventoryCodecs.MOVEMENT, m));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("facility", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("lots", JsonSchema.arrayOf(ref(InventoryCodecs.STOCK_LOT))),
                required("movements", JsonSchema.arrayOf(ref(InventoryCodecs.MOVEMENT))))
            .describedAs(
                "A stock ledger (buku persediaan): its lots and its history, oldest first; the"
                    + " history must replay through the ledger's operations"));
  }

  @Override
  public StockLedger read(JsonReader in) {
    FacilityCode facility = null;
    List<StockLot> lots = null;
    List<Movement> movements = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "facility" -> facility = in.value(() -> FacilityCode.parse(in.nextString()));
        case "lots" -> lots = in.readList(InventoryCodecs.STOCK_LOT);
        case "movements" -> movements = in.readList(InventoryCodecs.MOVEMENT);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    FacilityCode f = facility;
    List<StockLot> l = lots;
    List<Movement> m = movements;
    return Paths.build(
        in,
        "",
        () -> StockLedger.replay(
            JsonReader.required(f, "facility"),
            JsonReader.required(l, "lots"), JsonReader.required(m, "movements")));
  }
}
