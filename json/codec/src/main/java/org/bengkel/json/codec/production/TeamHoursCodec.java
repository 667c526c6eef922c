package org.bengkel.json.codec.production;

import static org.bengkel.json.codec.production.ProductionSchemas.opt;
import static org.bengkel.json.codec.production.ProductionSchemas.req;
import static org.bengkel.json.codec.production.ProductionSchemas.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.production.TeamHours;

/** {@link TeamHours} as {@code {"trainee","worked","pieces"}}. */
final class TeamHoursCodec implements Codec<TeamHours> {

  @Override
  public Class<TeamHours> type() {
    return TeamHours.class;
  }

  @Override
  public void write(TeamHours value, JsonWriter out) {
    out.beginObject();
    out.name("trainee").value(TraineeCodecs.REGISTRATION_NUMBER, value.trainee());
    out.name("worked").string(value.worked().toString());
    value.pieces().ifPresent(p -> out.name("pieces").number(p));
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("The hours and pieces of one trainee (jam kerja regu)",
            req("trainee", ref(TraineeCodecs.REGISTRATION_NUMBER)),
            req("worked", ref(CodecSupport.DURATION)),
            opt("pieces", JsonSchema.integer(0, Long.MAX_VALUE))));
  }
  @Override
  public TeamHours read(JsonReader in) {
    TeamHours.Builder b = TeamHours.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "trainee" -> b.trainee(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "worked" -> b.worked(in.read(CodecSupport.DURATION));
        case "pieces" -> {
          if (!in.nextIfNull()) {
            b.pieces(in.nextLong());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, TeamHours.Builder::build);
  }
}
