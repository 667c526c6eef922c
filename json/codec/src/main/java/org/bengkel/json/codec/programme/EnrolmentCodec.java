package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.Enrolment;

/** {@link org.bengkel.programme.Enrolment} as {@code {"programme","trainee","history"}}: the whole recorded history, oldest first, so that it round-trips exactly. */
final class EnrolmentCodec implements Codec<Enrolment> {

  @Override
  public Class<Enrolment> type() {
    return Enrolment.class;
  }

  @Override
  public void write(Enrolment value, JsonWriter out) {
    out.beginObject();
    out.name("programme").value(ProgrammeCodecs.PROGRAMME_CODE, value.programme());
    out.name("trainee").value(TraineeCodecs.REGISTRATION_NUMBER, value.trainee());
    ProgrammeValues.list(out, "history", ProgrammeCodecs.ENROLMENT_EVENT, value.history());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("An enrolment (keikutsertaan)",
            req("programme", ref(ProgrammeCodecs.PROGRAMME_CODE)),
            req("trainee", ref(TraineeCodecs.REGISTRATION_NUMBER)),
            req("history", JsonSchema.arrayOf(ref(ProgrammeCodecs.ENROLMENT_EVENT)).with("minItems", 1L))));
  }
  @Override
  public Enrolment read(JsonReader in) {
    Enrolment.Builder b = Enrolment.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "programme" -> b.programme(in.read(ProgrammeCodecs.PROGRAMME_CODE));
        case "trainee" -> b.trainee(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "history" -> b.history(in.readList(ProgrammeCodecs.ENROLMENT_EVENT));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
