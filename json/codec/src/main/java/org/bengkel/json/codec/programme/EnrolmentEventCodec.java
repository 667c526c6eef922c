package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.EnrolmentEvent;

/** {@link org.bengkel.programme.EnrolmentEvent} as {@code {"status","date","reason"}}, all required. */
final class EnrolmentEventCodec implements Codec<EnrolmentEvent> {

  @Override
  public Class<EnrolmentEvent> type() {
    return EnrolmentEvent.class;
  }

  @Override
  public void write(EnrolmentEvent value, JsonWriter out) {
    out.beginObject();
    out.name("status").value(ProgrammeCodecs.ENROLMENT_STATUS, value.status());
    out.name("date").date(value.date());
    out.name("reason").value(ProgrammeCodecs.ENROLMENT_REASON, value.reason());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("An event of an enrolment (peristiwa)",
            req("status", ref(ProgrammeCodecs.ENROLMENT_STATUS)),
            req("date", JsonSchema.date()),
            req("reason", ref(ProgrammeCodecs.ENROLMENT_REASON))));
  }
  @Override
  public EnrolmentEvent read(JsonReader in) {
    EnrolmentEvent.Builder b = EnrolmentEvent.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "status" -> b.status(in.read(ProgrammeCodecs.ENROLMENT_STATUS));
        case "date" -> b.date(in.nextDate());
        case "reason" -> b.reason(in.read(ProgrammeCodecs.ENROLMENT_REASON));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
