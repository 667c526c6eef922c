package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.CompletedProgramme;

/** {@link org.bengkel.programme.CompletedProgramme} as {@code {"code","name","field","trainingHours","completedOn"}}, all required. */
final class CompletedProgrammeCodec implements Codec<CompletedProgramme> {

  @Override
  public Class<CompletedProgramme> type() {
    return CompletedProgramme.class;
  }

  @Override
  public void write(CompletedProgramme value, JsonWriter out) {
    out.beginObject();
    out.name("code").value(ProgrammeCodecs.PROGRAMME_CODE, value.code());
    out.name("name").string(value.name());
    out.name("field").value(ProgrammeCodecs.SKILL_FIELD, value.field());
    out.name("trainingHours").number(value.trainingHours());
    out.name("completedOn").date(value.completedOn());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A completed programme (program selesai)",
            req("code", ref(ProgrammeCodecs.PROGRAMME_CODE)),
            req("name", JsonSchema.string()),
            req("field", ref(ProgrammeCodecs.SKILL_FIELD)),
            req("trainingHours", JsonSchema.integer(1, 10_000)),
            req("completedOn", JsonSchema.date())));
  }
  @Override
  public CompletedProgramme read(JsonReader in) {
    CompletedProgramme.Builder b = CompletedProgramme.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "code" -> b.code(in.read(ProgrammeCodecs.PROGRAMME_CODE));
        case "name" -> b.name(in.nextString());
        case "field" -> b.field(in.read(ProgrammeCodecs.SKILL_FIELD));
        case "trainingHours" -> b.trainingHours(ProgrammeValues.nextInt(in));
        case "completedOn" -> b.completedOn(in.nextDate());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
