package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.AchievedUnit;

/** {@link org.bengkel.programme.AchievedUnit} as {@code {"programme","unitCode","achievedOn"}}, all required. */
final class AchievedUnitCodec implements Codec<AchievedUnit> {

  @Override
  public Class<AchievedUnit> type() {
    return AchievedUnit.class;
  }

  @Override
  public void write(AchievedUnit value, JsonWriter out) {
    out.beginObject();
    out.name("programme").value(ProgrammeCodecs.PROGRAMME_CODE, value.programme());
    out.name("unitCode").string(value.unitCode());
    out.name("achievedOn").date(value.achievedOn());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("An achieved competency unit (unit kompetensi tercapai)",
            req("programme", ref(ProgrammeCodecs.PROGRAMME_CODE)),
            req("unitCode", JsonSchema.string()),
            req("achievedOn", JsonSchema.date())));
  }
  @Override
  public AchievedUnit read(JsonReader in) {
    AchievedUnit.Builder b = AchievedUnit.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "programme" -> b.programme(in.read(ProgrammeCodecs.PROGRAMME_CODE));
        case "unitCode" -> b.unitCode(in.nextString());
        case "achievedOn" -> b.achievedOn(in.nextDate());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
