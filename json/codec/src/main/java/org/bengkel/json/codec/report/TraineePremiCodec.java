package org.bengkel.json.codec.report;

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
    return Paths.build(in, "", b::build);
  }
}
