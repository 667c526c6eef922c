package org.bengkel.json.codec.trainee;

import static org.bengkel.json.codec.trainee.TraineeValues.opt;
import static org.bengkel.json.codec.trainee.TraineeValues.req;
import static org.bengkel.json.codec.trainee.TraineeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.trainee.AssessmentRecord;

/**
 * {@link AssessmentRecord} as {@code {"kind","date","positive","entitlement","note"}}, the
 * entitlement and note optional.
 */
final class AssessmentRecordCodec implements Codec<AssessmentRecord> {

  @Override
  public Class<AssessmentRecord> type() {
    return AssessmentRecord.class;
  }

  @Override
  public void write(AssessmentRecord value, JsonWriter out) {
    out.beginObject();
    out.name("kind").value(TraineeCodecs.ASSESSMENT_KIND, value.kind());
    out.name("date").date(value.date());
    out.name("positive").bool(value.positive());
    value.entitlement().ifPresent(e -> out.name("entitlement").value(TraineeCodecs.ENTITLEMENT, e));
    value.note().ifPresent(n -> out.name("note").string(n));
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("An assessment of a trainee (penilaian)",
            req("kind", ref(TraineeCodecs.ASSESSMENT_KIND)),
            req("date", JsonSchema.date()),
            req("positive", JsonSchema.bool()),
            opt("entitlement", ref(TraineeCodecs.ENTITLEMENT)),
            opt("note", JsonSchema.string())));
  }
  @Override
  public AssessmentRecord read(JsonReader in) {
    AssessmentRecord.Builder b = AssessmentRecord.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "kind" -> b.kind(in.read(TraineeCodecs.ASSESSMENT_KIND));
        case "date" -> b.date(in.nextDate());
        case "positive" -> b.positive(in.nextBoolean());
        case "entitlement" -> {
          if (!in.nextIfNull()) {
            b.entitlement(in.read(TraineeCodecs.ENTITLEMENT));
          }
        }
        case "note" -> {
          if (!in.nextIfNull()) {
            b.note(in.nextString());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return TraineeValues.build(in, b::build);
  }
}
