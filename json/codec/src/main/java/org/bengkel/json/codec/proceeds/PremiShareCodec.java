package org.bengkel.json.codec.proceeds;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link PremiShare} as {@code {"registrationNumber","quantity","amount"}}. */
final class PremiShareCodec implements Codec<PremiShare> {

  @Override
  public Class<PremiShare> type() {
    return PremiShare.class;
  }

  @Override
  public void write(PremiShare value, JsonWriter out) {
    out.beginObject();
    out.name("registrationNumber").value(TraineeCodecs.REGISTRATION_NUMBER, value.registrationNumber());
    out.name("quantity").number(value.quantity());
    out.name("amount").value(MoneyCodecs.RUPIAH, value.amount());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("registrationNumber", ref(TraineeCodecs.REGISTRATION_NUMBER)),
                required("quantity", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("amount", ref(MoneyCodecs.RUPIAH)))
            .describedAs("The premi share of a trainee (bagian premi)"));
  }

  @Override
  public PremiShare read(JsonReader in) {
    PremiShare.Builder b = PremiShare.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "registrationNumber" -> b.registrationNumber(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "quantity" -> b.quantity(in.nextLong());
        case "amount" -> b.amount(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PremiShare.Builder::build);
  }
}
