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
import org.bengkel.trainee.DisciplineRecord;

/** {@link DisciplineRecord} as {@code {"date","note"}}, the note optional. */
final class DisciplineRecordCodec implements Codec<DisciplineRecord> {

  @Override
  public Class<DisciplineRecord> type() {
    return DisciplineRecord.class;
  }

  @Override
  public void write(DisciplineRecord value, JsonWriter out) {
    out.beginObject();
    out.name("date").date(value.date());
    value.note().ifPresent(n -> out.name("note").string(n));
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A discipline record (register F)",
            req("date", JsonSchema.date()),
            opt("note", JsonSchema.string())));
  }
  @Override
  public DisciplineRecord read(JsonReader in) {
    DisciplineRecord.Builder b = DisciplineRecord.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "date" -> b.date(in.nextDate());
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
