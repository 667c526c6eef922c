package org.bengkel.json.codec.trainee;

import static org.bengkel.json.codec.trainee.TraineeValues.object;
import static org.bengkel.json.codec.trainee.TraineeValues.req;
import static org.bengkel.json.schema.JsonSchema.ref;

import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.trainee.DetentionPeriod;

/** {@link DetentionPeriod} as {@code {"kind","firstDay","lastDay"}}, all required, both days inclusive. */
final class DetentionPeriodCodec implements Codec<DetentionPeriod> {

  @Override
  public Class<DetentionPeriod> type() {
    return DetentionPeriod.class;
  }

  @Override
  public void write(DetentionPeriod value, JsonWriter out) {
    out.beginObject();
    out.name("kind").value(TraineeCodecs.DETENTION_KIND, value.kind());
    out.name("firstDay").date(value.firstDay());
    out.name("lastDay").date(value.lastDay());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A period of detention before the sentence (masa penahanan), both days inclusive",
            req("kind", ref(TraineeCodecs.DETENTION_KIND)),
            req("firstDay", JsonSchema.date()),
            req("lastDay", JsonSchema.date())));
  }

  @Override
  public DetentionPeriod read(JsonReader in) {
    DetentionPeriod.Builder b = DetentionPeriod.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "kind" -> b.kind(in.read(TraineeCodecs.DETENTION_KIND));
        case "firstDay" -> b.firstDay(in.nextDate());
        case "lastDay" -> b.lastDay(in.nextDate());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return TraineeValues.build(in, b::build);
  }
}
