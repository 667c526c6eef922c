package org.bengkel.json.codec.trainee;

import static org.bengkel.json.codec.trainee.TraineeValues.many;
import static org.bengkel.json.codec.trainee.TraineeValues.opt;
import static org.bengkel.json.codec.trainee.TraineeValues.req;
import static org.bengkel.json.codec.trainee.TraineeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import java.util.Optional;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.trainee.Trainee;

/**
 * {@link Trainee} as {@code {"registrationNumber","name","facilityCode","crimeCategory","status",
 * "sentence","disciplineRecords","assessments"}}: the sentence optional (a detainee has none), the
 * lists always written. Carries personal data: it is the exchange format between facility systems.
 */
final class TraineeCodec implements Codec<Trainee> {

  @Override
  public Class<Trainee> type() {
    return Trainee.class;
  }

  @Override
  public void write(Trainee value, JsonWriter out) {
    out.beginObject();
    out.name("registrationNumber").value(TraineeCodecs.REGISTRATION_NUMBER, value.registrationNumber());
    out.name("name").string(value.name());
    out.name("facilityCode").string(value.facilityCode().value());
    out.name("crimeCategory").value(TraineeCodecs.CRIME_CATEGORY, value.crimeCategory());
    out.name("status").value(TraineeCodecs.TRAINEE_STATUS, value.status());
    value.sentence().ifPresent(s -> out.name("sentence").value(TraineeCodecs.SENTENCE, s));
    TraineeValues.list(
        out, "disciplineRecords", TraineeCodecs.DISCIPLINE_RECORD, value.disciplineRecords());
    TraineeValues.list(out, "assessments", TraineeCodecs.ASSESSMENT_RECORD, value.assessments());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A trainee (warga binaan)",
            req("registrationNumber", ref(TraineeCodecs.REGISTRATION_NUMBER)),
            req("name", JsonSchema.string()),
            req("facilityCode", JsonSchema.string()),
            req("crimeCategory", ref(TraineeCodecs.CRIME_CATEGORY)),
            req("status", ref(TraineeCodecs.TRAINEE_STATUS)),
            opt("sentence", ref(TraineeCodecs.SENTENCE)),
            many("disciplineRecords", JsonSchema.arrayOf(ref(TraineeCodecs.DISCIPLINE_RECORD))),
            many("assessments", JsonSchema.arrayOf(ref(TraineeCodecs.ASSESSMENT_RECORD)))));
  }
  @Override
  public Trainee read(JsonReader in) {
    Trainee.Builder b = Trainee.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "registrationNumber" -> b.registrationNumber(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "name" -> b.name(in.nextString());
        case "facilityCode" -> b.facilityCode(in.value(() -> FacilityCode.parse(in.nextString())));
        case "crimeCategory" -> b.crimeCategory(in.read(TraineeCodecs.CRIME_CATEGORY));
        case "status" -> b.status(in.read(TraineeCodecs.TRAINEE_STATUS));
        case "sentence" -> {
          if (!in.nextIfNull()) {
            b.sentence(in.read(TraineeCodecs.SENTENCE));
          }
        }
        case "disciplineRecords" ->
            b.disciplineRecords(in.readList(TraineeCodecs.DISCIPLINE_RECORD));
        case "assessments" -> b.assessments(in.readList(TraineeCodecs.ASSESSMENT_RECORD));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return TraineeValues.build(in, b::build);
  }
}
