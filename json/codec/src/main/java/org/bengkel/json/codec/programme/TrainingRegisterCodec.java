package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.many;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.TrainingRegister;

/** {@link org.bengkel.programme.TrainingRegister} as {@code {"rosters","sessions","attendance","assessments"}}, four lists always written (absent reads as empty), in their recorded order. */
final class TrainingRegisterCodec implements Codec<TrainingRegister> {

  @Override
  public Class<TrainingRegister> type() {
    return TrainingRegister.class;
  }

  @Override
  public void write(TrainingRegister value, JsonWriter out) {
    out.beginObject();
    ProgrammeValues.list(out, "rosters", ProgrammeCodecs.PROGRAMME_ROSTER, value.rosters());
    ProgrammeValues.list(out, "sessions", ProgrammeCodecs.SESSION, value.sessions());
    ProgrammeValues.list(out, "attendance", ProgrammeCodecs.ATTENDANCE, value.attendance());
    ProgrammeValues.list(out, "assessments", ProgrammeCodecs.COMPETENCY_ASSESSMENT, value.assessments());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("The training register (register pelatihan)",
            many("rosters", JsonSchema.arrayOf(ref(ProgrammeCodecs.PROGRAMME_ROSTER))),
            many("sessions", JsonSchema.arrayOf(ref(ProgrammeCodecs.SESSION))),
            many("attendance", JsonSchema.arrayOf(ref(ProgrammeCodecs.ATTENDANCE))),
            many("assessments", JsonSchema.arrayOf(ref(ProgrammeCodecs.COMPETENCY_ASSESSMENT)))));
  }
  @Override
  public TrainingRegister read(JsonReader in) {
    TrainingRegister.Builder b = TrainingRegister.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "rosters" -> b.rosters(in.readList(ProgrammeCodecs.PROGRAMME_ROSTER));
        case "sessions" -> b.sessions(in.readList(ProgrammeCodecs.SESSION));
        case "attendance" -> b.attendance(in.readList(ProgrammeCodecs.ATTENDANCE));
        case "assessments" -> b.assessments(in.readList(ProgrammeCodecs.COMPETENCY_ASSESSMENT));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
