package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.many;
import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillsPassport;

/**
 * {@link SkillsPassport} as {@code {"holderName","registrationNumber","asOf",
 * "completedProgrammes","hoursByField","competencyUnits","certificates"}}: {@code hoursByField} an
 * object from field code to ISO-8601 duration, written in field code order. It has no sentence,
 * crime, remission or discipline property: the passport is what the trainee shows an employer.
 */
final class SkillsPassportCodec implements Codec<SkillsPassport> {

  @Override
  public Class<SkillsPassport> type() {
    return SkillsPassport.class;
  }

  @Override
  public void write(SkillsPassport value, JsonWriter out) {
    out.beginObject();
    out.name("holderName").string(value.holderName());
    out.name("registrationNumber")
        .value(TraineeCodecs.REGISTRATION_NUMBER, value.registrationNumber());
    out.name("asOf").date(value.asOf());
    ProgrammeValues.list(
        out, "completedProgrammes", ProgrammeCodecs.COMPLETED_PROGRAMME, value.completedProgrammes());
    out.name("hoursByField").beginObject();
    for (Map.Entry<SkillField, Duration> e : new TreeMap<>(value.hoursByField()).entrySet()) {
      out.name(e.getKey().code()).value(CodecSupport.DURATION, e.getValue());
    }
    out.endObject();
    ProgrammeValues.list(
        out, "competencyUnits", ProgrammeCodecs.ACHIEVED_UNIT, value.competencyUnits());
    ProgrammeValues.list(out, "certificates", ProgrammeCodecs.CERTIFICATE, value.certificates());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A skills passport (paspor keterampilan), without sentence or crime data",
            req("holderName", JsonSchema.string()),
            req("registrationNumber", ref(TraineeCodecs.REGISTRATION_NUMBER)),
            req("asOf", JsonSchema.date()),
            many("completedProgrammes", JsonSchema.arrayOf(ref(ProgrammeCodecs.COMPLETED_PROGRAMME))),
            many("hoursByField",
                JsonSchema.of(JsonSchema.map("type", "object", "additionalProperties", ref(CodecSupport.DURATION)))),
            many("competencyUnits", JsonSchema.arrayOf(ref(ProgrammeCodecs.ACHIEVED_UNIT))),
            many("certificates", JsonSchema.arrayOf(ref(ProgrammeCodecs.CERTIFICATE)))));
  }
  @Override
  public SkillsPassport read(JsonReader in) {
    SkillsPassport.Builder b = SkillsPassport.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "holderName" -> b.holderName(in.nextString());
        case "registrationNumber" ->
            b.registrationNumber(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "asOf" -> b.asOf(in.nextDate());
        case "completedProgrammes" ->
            b.completedProgrammes(in.readList(ProgrammeCodecs.COMPLETED_PROGRAMME));
        case "hoursByField" -> b.hoursByField(hours(in));
        case "competencyUnits" -> b.competencyUnits(in.readList(ProgrammeCodecs.ACHIEVED_UNIT));
        case "certificates" -> b.certificates(in.readList(ProgrammeCodecs.CERTIFICATE));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }

  private static Map<SkillField, Duration> hours(JsonReader in) {
    Map<SkillField, Duration> hours = new TreeMap<>();
    in.beginObject();
    while (in.hasNext()) {
      String code = in.nextName();
      SkillField field = in.value(() -> SkillField.of(code));
      hours.put(field, in.read(CodecSupport.DURATION));
    }
    in.endObject();
    return hours;
  }
}
