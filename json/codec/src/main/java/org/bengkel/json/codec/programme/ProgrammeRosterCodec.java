package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.many;
import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.ProgrammeRoster;

/** {@link org.bengkel.programme.ProgrammeRoster} as {@code {"programme","enrolments"}}: the programme and every enrolment with its history, in the roster order (the waiting list order). */
final class ProgrammeRosterCodec implements Codec<ProgrammeRoster> {

  @Override
  public Class<ProgrammeRoster> type() {
    return ProgrammeRoster.class;
  }

  @Override
  public void write(ProgrammeRoster value, JsonWriter out) {
    out.beginObject();
    out.name("programme").value(ProgrammeCodecs.SKILL_PROGRAMME, value.programme());
    ProgrammeValues.list(out, "enrolments", ProgrammeCodecs.ENROLMENT, value.enrolments());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("The roster of a programme (daftar peserta)",
            req("programme", ref(ProgrammeCodecs.SKILL_PROGRAMME)),
            many("enrolments", JsonSchema.arrayOf(ref(ProgrammeCodecs.ENROLMENT)))));
  }
  @Override
  public ProgrammeRoster read(JsonReader in) {
    ProgrammeRoster.Builder b = ProgrammeRoster.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "programme" -> b.programme(in.read(ProgrammeCodecs.SKILL_PROGRAMME));
        case "enrolments" -> b.enrolments(in.readList(ProgrammeCodecs.ENROLMENT));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
