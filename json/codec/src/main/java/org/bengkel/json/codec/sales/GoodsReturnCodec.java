package org.bengkel.json.codec.sales;

import org.bengkel.json.codec.internal.StampFields;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.Codec;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.sales.GoodsReturn;

/**
 * {@link GoodsReturn} as {@code {"line","lotCode","quantity","disposition","at","zone","actor",
 * "creditNoteNumber","taxes"}}; {@code at}, {@code zone} and {@code actor} are its stamp.
 */
final class GoodsReturnCodec implements Codec<GoodsReturn> {

  @Override
  public Class<GoodsReturn> type() {
    return GoodsReturn.class;
  }

  @Override
  public void write(GoodsReturn value, JsonWriter out) {
    out.beginObject();
    out.name("line").number(value.line());
    out.name("lotCode").value(ProductionCodecs.LOT_CODE, value.lotCode());
    out.name("quantity").number(value.quantity());
    out.name("disposition").value(SalesCodecs.RETURN_DISPOSITION, value.disposition());
    StampFields.write(value.stamp(), out);
    out.name("creditNoteNumber").string(value.creditNoteNumber());
    out.name("taxes").beginArray();
    value.taxes().forEach(t -> out.value(SalesCodecs.INVOICE_TAX, t));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("line", JsonSchema.integer(1, Integer.MAX_VALUE))
            .required("lotCode", JsonSchema.ref(ProductionCodecs.LOT_CODE))
            .required("quantity", JsonSchema.integer(1, StockLot.MAX_QUANTITY))
            .required("disposition", JsonSchema.ref(SalesCodecs.RETURN_DISPOSITION))
            .required("at", StampFields.INSTANT)
            .optional("zone", StampFields.ZONE)
            .optional("actor", StampFields.ACTOR)
            .required("creditNoteNumber", SalesSchemas.code(40))
            .list("taxes", JsonSchema.ref(SalesCodecs.INVOICE_TAX))
            .describedAs("Goods returned (retur) against a line of a fulfilled order, with its credit note"));
  }

  @Override
  public GoodsReturn read(JsonReader in) {
    GoodsReturn.Builder b = GoodsReturn.builder();
    StampFields stamp = new StampFields();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      if (stamp.read(name, in)) {
        continue;
      }
      switch (name) {
        case "line" -> b.line(CodecSupport.nextInt(in));
        case "lotCode" -> b.lotCode(in.read(ProductionCodecs.LOT_CODE));
        case "quantity" -> b.quantity(in.nextLong());
        case "disposition" -> b.disposition(in.read(SalesCodecs.RETURN_DISPOSITION));
        case "creditNoteNumber" -> b.creditNoteNumber(in.nextString());
        case "taxes" -> b.taxes(in.readList(SalesCodecs.INVOICE_TAX));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    b.stamp(stamp.stamp(in));
    return Paths.build(in, "", b, GoodsReturn.Builder::build);
  }
}
