package org.bengkel.json.codec.report;

import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.report.ProductionFigures;

/**
 * {@link ProductionFigures} as {@code {"batchesReleased","batchesRejected","goodUnits",
 * "rejectedUnits","teamHours","materialCost","writtenOff"}}; {@code writtenOff} is always written
 * and read as zero when absent or null.
 */
final class ProductionFiguresCodec implements Codec<ProductionFigures> {

  @Override
  public Class<ProductionFigures> type() {
    return ProductionFigures.class;
  }

  @Override
  public void write(ProductionFigures value, JsonWriter out) {
    out.beginObject();
    out.name("batchesReleased").number(value.batchesReleased());
    out.name("batchesRejected").number(value.batchesRejected());
    out.name("goodUnits").number(value.goodUnits());
    out.name("rejectedUnits").number(value.rejectedUnits());
    out.name("teamHours").value(CodecSupport.DURATION, value.teamHours());
    out.name("materialCost").value(MoneyCodecs.RUPIAH, value.materialCost());
    out.name("writtenOff").value(MoneyCodecs.RUPIAH, value.writtenOff());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("batchesReleased", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("batchesRejected", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("goodUnits", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("rejectedUnits", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("teamHours", ref(CodecSupport.DURATION)),
                required("materialCost", ref(MoneyCodecs.RUPIAH)),
                optional("writtenOff", ref(MoneyCodecs.RUPIAH)))
            .describedAs("Production figures (angka produksi): batches, units, the team's hours,"
                + " the material cost and the part of it written off (the rejected batches'),"
                + " zero when absent"));
  }

  @Override
  public ProductionFigures read(JsonReader in) {
    ProductionFigures.Builder b = ProductionFigures.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "batchesReleased" -> b.batchesReleased(in.nextLong());
        case "batchesRejected" -> b.batchesRejected(in.nextLong());
        case "goodUnits" -> b.goodUnits(in.nextLong());
        case "rejectedUnits" -> b.rejectedUnits(in.nextLong());
        case "teamHours" -> b.teamHours(in.read(CodecSupport.DURATION));
        case "materialCost" -> b.materialCost(in.read(MoneyCodecs.RUPIAH));
        case "writtenOff" -> {
          if (!in.nextIfNull()) {
            b.writtenOff(in.read(MoneyCodecs.RUPIAH));
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, ProductionFigures.Builder::build);
  }
}
