package org.bengkel.json.codec.programme;

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
