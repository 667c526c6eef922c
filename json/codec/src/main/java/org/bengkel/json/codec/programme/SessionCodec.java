package org.bengkel.json.codec.programme;

import static org.bengkel.json.codec.programme.ProgrammeValues.req;
import static org.bengkel.json.codec.programme.ProgrammeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.programme.Session;

/** {@link org.bengkel.programme.Session} as {@code {"programme","date","start","end"}}, times ISO-8601 ({@code "08:00"}). */
final class SessionCodec implements Codec<Session> {

  @Override
  public Class<Session> type() {
    return Session.class;
  }

  @Override
  public void write(Session value, JsonWriter out) {
    out.beginObject();
    out.name("programme").value(ProgrammeCodecs.PROGRAMME_CODE, value.programme());
    out.name("date").date(value.date());
    out.name("start").value(ProgrammeValues.TIME, value.start());
    out.name("end").value(ProgrammeValues.TIME, value.end());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A training session (sesi)",
            req("programme", ref(ProgrammeCodecs.PROGRAMME_CODE)),
            req("date", JsonSchema.date()),
            req("start", JsonSchema.pattern(ProgrammeValues.TIME_PATTERN, 18)),
            req("end", JsonSchema.pattern(ProgrammeValues.TIME_PATTERN, 18))));
  }
  @Override
  public Session read(JsonReader in) {
    Session.Builder b = Session.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "programme" -> b.programme(in.read(ProgrammeCodecs.PROGRAMME_CODE));
        case "date" -> b.date(in.nextDate());
        case "start" -> b.start(in.read(ProgrammeValues.TIME));
        case "end" -> b.end(in.read(ProgrammeValues.TIME));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return ProgrammeValues.build(in, b::build);
  }
}
