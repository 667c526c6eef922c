package org.bengkel.json.codec.report;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.report.TraineePremi;

/** {@link TraineePremi} as {@code {"registrationNumber","amount"}}. */
final class TraineePremiCodec implements Codec<TraineePremi> {

  @Override
  public Class<TraineePremi> type() {
    return TraineePremi.class;
  }

  @Override
  public void write(TraineePremi value, JsonWriter out) {
    out.beginObject();
    out.name("registrationNumber").value(TraineeCodecs.REGISTRATION_NUMBER, value.registrationNumber());
    out.name("amount").value(MoneyCodecs.RUPIAH, value.amount());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("registrationNumber", ref(TraineeCodecs.REGISTRATION_NUMBER)),
                required("amount", ref(MoneyCodecs.RUPIAH)))
            .describedAs("One trainee's premi (premi per warga binaan) in a period; the registration"
                + " number is personal data"));
  }

  @Override
  public TraineePremi read(JsonReader in) {
    TraineePremi.Builder b = TraineePremi.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "registrationNumber" -> b.registrationNumber(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "amount" -> b.amount(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, TraineePremi.Builder::build);
  }
}
