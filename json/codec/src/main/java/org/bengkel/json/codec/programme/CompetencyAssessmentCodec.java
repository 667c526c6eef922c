package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.CompetencyAssessment;

/** {@link org.bengkel.programme.CompetencyAssessment} as {@code {"trainee","programme","unitCode","result","assessor","date","evidence"}}, all required. */
final class CompetencyAssessmentCodec implements Codec<CompetencyAssessment> {

  @Override
  public Class<CompetencyAssessment> type() {
    return CompetencyAssessment.class;
  }

  @Override
  public void write(CompetencyAssessment value, JsonWriter out) {
    out.beginObject();
    out.name("trainee").value(TraineeCodecs.REGISTRATION_NUMBER, value.trainee());
    out.name("programme").value(ProgrammeCodecs.PROGRAMME_CODE, value.programme());
    out.name("unitCode").string(value.unitCode());
    out.name("result").value(ProgrammeCodecs.COMPETENCY_RESULT, value.result());
    out.name("assessor").value(FacilityCodecs.NIP, value.assessor());
    out.name("date").date(value.date());
    out.name("evidence").string(value.evidence());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A competency assessment (uji kompetensi)",
            req("trainee", ref(TraineeCodecs.REGISTRATION_NUMBER)),
            req("programme", ref(ProgrammeCodecs.PROGRAMME_CODE)),
            req("unitCode", JsonSchema.string()),
            req("result", ref(ProgrammeCodecs.COMPETENCY_RESULT)),
            req("assessor", ref(FacilityCodecs.NIP)),
            req("date", JsonSchema.date()),
            req("evidence", JsonSchema.string())));
  }
  @Override
  public CompetencyAssessment read(JsonReader in) {
    CompetencyAssessment.Builder b = CompetencyAssessment.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "trainee" -> b.trainee(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "programme" -> b.programme(in.read(ProgrammeCodecs.PROGRAMME_CODE));
        case "unitCode" -> b.unitCode(in.nextString());
        case "result" -> b.result(in.read(ProgrammeCodecs.COMPETENCY_RESULT));
        case "assessor" -> b.assessor(in.read(FacilityCodecs.NIP));
        case "date" -> b.date(in.nextDate());
        case "evidence" -> b.evidence(in.nextString());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
