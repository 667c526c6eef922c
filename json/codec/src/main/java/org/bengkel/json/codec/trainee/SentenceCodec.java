package org.bengkel.json.codec.trainee;

import static org.bengkel.json.codec.trainee.TraineeValues.many;
import static org.bengkel.json.codec.trainee.TraineeValues.req;
import static org.bengkel.json.codec.trainee.TraineeValues.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.trainee.Sentence;

/**
 * {@link Sentence} as {@code {"kind","length","firstDayOfDetention","remissions"}}, the length an
 * ISO-8601 period, the remissions always written (an absent list reads as empty).
 */
final class SentenceCodec implements Codec<Sentence> {

  @Override
  public Class<Sentence> type() {
    return Sentence.class;
  }

  @Override
  public void write(Sentence value, JsonWriter out) {
    out.beginObject();
    out.name("kind").value(TraineeCodecs.SENTENCE_KIND, value.kind());
    out.name("length").value(TraineeValues.PERIOD, value.length());
    out.name("firstDayOfDetention").date(value.firstDayOfDetention());
    TraineeValues.list(out, "remissions", TraineeCodecs.REMISSION, value.remissions());
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A sentence (pidana)",
            req("kind", ref(TraineeCodecs.SENTENCE_KIND)),
            req("length", JsonSchema.pattern(TraineeValues.PERIOD_PATTERN, 40)),
            req("firstDayOfDetention", JsonSchema.date()),
            many("remissions", JsonSchema.arrayOf(ref(TraineeCodecs.REMISSION)))));
  }
  @Override
  public Sentence read(JsonReader in) {
    Sentence.Builder b = Sentence.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "kind" -> b.kind(in.read(TraineeCodecs.SENTENCE_KIND));
        case "length" -> b.length(in.read(TraineeValues.PERIOD));
        case "firstDayOfDetention" -> b.firstDayOfDetention(in.nextDate());
        case "remissions" -> b.remissions(in.readList(TraineeCodecs.REMISSION));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return TraineeValues.build(in, b::build);
  }
}
