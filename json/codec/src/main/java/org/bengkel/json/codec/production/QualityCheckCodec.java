package org.bengkel.json.codec.production;

import org.bengkel.production.ProductionBatch;
import static org.bengkel.json.codec.production.ProductionSchemas.opt;
import static org.bengkel.json.codec.production.ProductionSchemas.req;
import static org.bengkel.json.codec.production.ProductionSchemas.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.production.QualityCheck;

/** {@link QualityCheck} as {@code {"goodUnits","rejectedUnits","notes"}}. */
final class QualityCheckCodec implements Codec<QualityCheck> {

  @Override
  public Class<QualityCheck> type() {
    return QualityCheck.class;
  }

  @Override
  public void write(QualityCheck value, JsonWriter out) {
    out.beginObject();
    out.name("goodUnits").number(value.goodUnits());
    out.name("rejectedUnits").number(value.rejectedUnits());
    value.notes().ifPresent(n -> out.name("notes").string(n));
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A quality check (pemeriksaan mutu)",
            req("goodUnits", JsonSchema.integer(0, ProductionBatch.MAX_QUANTITY)),
            req("rejectedUnits", JsonSchema.integer(0, ProductionBatch.MAX_QUANTITY)),
            opt("notes", JsonSchema.string())));
  }
  @Override
  public QualityCheck read(JsonReader in) {
    QualityCheck.Builder b = QualityCheck.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "goodUnits" -> b.goodUnits(in.nextLong());
        case "rejectedUnits" -> b.rejectedUnits(in.nextLong());
        case "notes" -> {
          if (!in.nextIfNull()) {
            b.notes(in.nextString());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, QualityCheck.Builder::build);
  }
}
