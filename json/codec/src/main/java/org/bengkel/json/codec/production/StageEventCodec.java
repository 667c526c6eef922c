package org.bengkel.json.codec.production;

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
    out.name("at").string(ProductionCodecs.dateTime(value.at()));
    out.name("by").value(FacilityCodecs.OFFICER, value.by());
    value.note().ifPresent(n -> out.name("note").string(n));
    out.endObject();
  }

  @Override
  public StageEvent read(JsonReader in) {
    StageEvent.Builder b = StageEvent.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "stage" -> b.stage(in.read(ProductionCodecs.BATCH_STAGE));
        case "at" -> b.at(ProductionCodecs.dateTime(in));
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
    return Paths.build(in, "", b::build);
  }
}
