package org.bengkel.json.codec.trainee;

import static org.bengkel.json.codec.trainee.TraineeValues.req;
import static org.bengkel.json.codec.trainee.TraineeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.trainee.Remission;

/** {@link Remission} as {@code {"days","granted","kind"}}, all required. */
final class RemissionCodec implements Codec<Remission> {

  @Override
  public Class<Remission> type() {
    return Remission.class;
  }

  @Override
  public void write(Remission value, JsonWriter out) {
    out.beginObject();
    out.name("days").number(value.days());
    out.name("granted").date(value.granted());
    out.name("kind").value(TraineeCodecs.REMISSION_KIND, value.kind());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A remission (remisi)",
            req("days", JsonSchema.integer(1, Integer.MAX_VALUE)),
            req("granted", JsonSchema.date()),
            req("kind", ref(TraineeCodecs.REMISSION_KIND))));
  }
  @Override
  public Remission read(JsonReader in) {
    Remission.Builder b = Remission.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "days" -> b.days(TraineeValues.nextInt(in));
        case "granted" -> b.granted(in.nextDate());
        case "kind" -> b.kind(in.read(TraineeCodecs.REMISSION_KIND));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return TraineeValues.build(in, b::build);
  }
}
