package org.bengkel.json.codec.production;

import static org.bengkel.json.codec.production.ProductionSchemas.req;
import static org.bengkel.json.codec.production.ProductionSchemas.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.production.WorkInterval;

/** {@link WorkInterval} as {@code {"trainee","date","start","end"}}. */
final class WorkIntervalCodec implements Codec<WorkInterval> {

  @Override
  public Class<WorkInterval> type() {
    return WorkInterval.class;
  }

  @Override
  public void write(WorkInterval value, JsonWriter out) {
    out.beginObject();
    out.name("trainee").value(TraineeCodecs.REGISTRATION_NUMBER, value.trainee());
    out.name("date").date(value.date());
    out.name("start").string(ProductionCodecs.time(value.start()));
    out.name("end").string(ProductionCodecs.time(value.end()));
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A work interval (jam kerja)",
            req("trainee", ref(TraineeCodecs.REGISTRATION_NUMBER)),
            req("date", JsonSchema.date()),
            req("start", JsonSchema.pattern(ProductionSchemas.TIME, 18)),
            req("end", JsonSchema.pattern(ProductionSchemas.TIME, 18))));
  }
  @Override
  public WorkInterval read(JsonReader in) {
    WorkInterval.Builder b = WorkInterval.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "trainee" -> b.trainee(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "date" -> b.date(in.nextDate());
        case "start" -> b.start(ProductionCodecs.time(in));
        case "end" -> b.end(ProductionCodecs.time(in));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, WorkInterval.Builder::build);
  }
}
