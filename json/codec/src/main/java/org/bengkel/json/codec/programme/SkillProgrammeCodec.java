package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.SkillProgramme;

/** {@link org.bengkel.programme.SkillProgramme} as {@code {"code","name","field","skkniDecree","competencyUnits","trainingHours","capacity","supervisors","outsideWalls","production"}}; the two flags are always written and read as their defaults (false, true) when absent. */
final class SkillProgrammeCodec implements Codec<SkillProgramme> {

  @Override
  public Class<SkillProgramme> type() {
    return SkillProgramme.class;
  }

  @Override
  public void write(SkillProgramme value, JsonWriter out) {
    out.beginObject();
    out.name("code").value(ProgrammeCodecs.PROGRAMME_CODE, value.code());
    out.name("name").string(value.name());
    out.name("field").value(ProgrammeCodecs.SKILL_FIELD, value.field());
    out.name("skkniDecree").string(value.skkniDecree());
    ProgrammeValues.list(out, "competencyUnits", ProgrammeValues.TEXT, value.competencyUnits());
    out.name("trainingHours").number(value.trainingHours());
    out.name("capacity").number(value.capacity());
    ProgrammeValues.list(out, "supervisors", FacilityCodecs.NIP, value.supervisors());
    out.name("outsideWalls").bool(value.outsideWalls());
    out.name("production").bool(value.production());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A skill programme (program pelatihan)",
            req("code", ref(ProgrammeCodecs.PROGRAMME_CODE)),
            req("name", JsonSchema.string()),
            req("field", ref(ProgrammeCodecs.SKILL_FIELD)),
            req("skkniDecree", JsonSchema.string()),
            req("competencyUnits", JsonSchema.arrayOf(JsonSchema.string()).with("minItems", 1L).with("uniqueItems", true)),
            req("trainingHours", JsonSchema.integer(1, 10_000)),
            req("capacity", JsonSchema.integer(1, 10_000)),
            req("supervisors", JsonSchema.arrayOf(ref(FacilityCodecs.NIP)).with("minItems", 1L).with("uniqueItems", true)),
            req("outsideWalls", JsonSchema.bool()),
            req("production", JsonSchema.bool())));
  }
  @Override
  public SkillProgramme read(JsonReader in) {
    SkillProgramme.Builder b = SkillProgramme.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "code" -> b.code(in.read(ProgrammeCodecs.PROGRAMME_CODE));
        case "name" -> b.name(in.nextString());
        case "field" -> b.field(in.read(ProgrammeCodecs.SKILL_FIELD));
        case "skkniDecree" -> b.skkniDecree(in.nextString());
        case "competencyUnits" -> b.competencyUnits(in.readList(ProgrammeValues.TEXT));
        case "trainingHours" -> b.trainingHours(ProgrammeValues.nextInt(in));
        case "capacity" -> b.capacity(ProgrammeValues.nextInt(in));
        case "supervisors" -> b.supervisors(in.readList(FacilityCodecs.NIP));
        case "outsideWalls" -> b.outsideWalls(in.nextBoolean());
        case "production" -> b.production(in.nextBoolean());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
