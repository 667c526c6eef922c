package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.opt;
import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.programme.Attendance;

/** {@link org.bengkel.programme.Attendance} as {@code {"session","trainee","attended","absenceReason","countsForPay"}}, {@code attended} an ISO-8601 duration, {@code absenceReason} optional. */
final class AttendanceCodec implements Codec<Attendance> {

  @Override
  public Class<Attendance> type() {
    return Attendance.class;
  }

  @Override
  public void write(Attendance value, JsonWriter out) {
    out.beginObject();
    out.name("session").value(ProgrammeCodecs.SESSION, value.session());
    out.name("trainee").value(TraineeCodecs.REGISTRATION_NUMBER, value.trainee());
    out.name("attended").value(CodecSupport.DURATION, value.attended());
    value.absenceReason().ifPresent(r -> out.name("absenceReason").value(ProgrammeCodecs.ABSENCE_REASON, r));
    out.name("countsForPay").bool(value.countsForPay());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("The attendance of one trainee at one session (kehadiran)",
            req("session", ref(ProgrammeCodecs.SESSION)),
            req("trainee", ref(TraineeCodecs.REGISTRATION_NUMBER)),
            req("attended", ref(CodecSupport.DURATION)),
            opt("absenceReason", ref(ProgrammeCodecs.ABSENCE_REASON)),
            req("countsForPay", JsonSchema.bool())));
  }
  @Override
  public Attendance read(JsonReader in) {
    Attendance.Builder b = Attendance.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "session" -> b.session(in.read(ProgrammeCodecs.SESSION));
        case "trainee" -> b.trainee(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "attended" -> b.attended(in.read(CodecSupport.DURATION));
        case "absenceReason" -> {
          if (!in.nextIfNull()) {
            b.absenceReason(in.read(ProgrammeCodecs.ABSENCE_REASON));
          }
        }
        case "countsForPay" -> b.countsForPay(in.nextBoolean());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
