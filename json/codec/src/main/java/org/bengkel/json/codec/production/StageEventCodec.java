package org.bengkel.json.codec.production;

import org.bengkel.json.codec.internal.CodecSupport;
import static org.bengkel.json.codec.production.ProductionSchemas.opt;
import static org.bengkel.json.codec.production.ProductionSchemas.req;
import static org.bengkel.json.codec.production.ProductionSchemas.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.production.StageEvent;

/** {@link StageEvent} as {@code {"stage","at","by","note"}}. */
final class StageEventCodec implements Codec<StageEvent> {

  @Override
  public Class<StageEvent> type() {
    return StageEvent.class;
  }

  @Override
  public void write(StageEvent value, JsonWriter out) {
    out.beginObject();
    out.name("stage").value(ProductionCodecs.BATCH_STAGE, value.stage());
    out.name("at").dateTime(value.at());
    out.name("by").value(FacilityCodecs.OFFICER, value.by());
    value.note().ifPresent(n -> out.name("note").string(n));
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A stage reached by a batch (tahap produksi)",
            req("stage", ref(ProductionCodecs.BATCH_STAGE)),
            req("at", CodecSupport.DATE_TIME),
            req("by", ref(FacilityCodecs.OFFICER)),
            opt("note", JsonSchema.string())));
  }
  @Override
  public StageEvent read(JsonReader in) {
    StageEvent.Builder b = StageEvent.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "stage" -> b.stage(in.read(ProductionCodecs.BATCH_STAGE));
        case "at" -> b.at(in.nextDateTime());
        case "by" -> b.by(in.read(FacilityCodecs.OFFICER));
        case "note" -> {
          if (!in.nextIfNull()) {
            b.note(in.nextString());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, StageEvent.Builder::build);
  }
}
