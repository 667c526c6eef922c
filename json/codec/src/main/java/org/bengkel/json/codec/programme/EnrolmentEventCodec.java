package org.bengkel.json.codec.programme;

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
