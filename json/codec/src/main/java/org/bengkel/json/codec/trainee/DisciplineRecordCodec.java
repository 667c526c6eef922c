package org.bengkel.json.codec.trainee;

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
