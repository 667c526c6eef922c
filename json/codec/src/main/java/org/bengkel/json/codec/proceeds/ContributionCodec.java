package org.bengkel.json.codec.proceeds;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.proceeds.Contribution;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link Contribution} as {@code {"registrationNumber","quantity"}}; the registration number is personal data. */
final class ContributionCodec implements Codec<Contribution> {

  @Override
  public Class<Contribution> type() {
    return Contribution.class;
  }

  @Override
  public void write(Contribution value, JsonWriter out) {
    out.beginObject();
    out.name("registrationNumber").value(TraineeCodecs.REGISTRATION_NUMBER, value.registrationNumber());
    out.name("quantity").number(value.quantity());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("registrationNumber", ref(TraineeCodecs.REGISTRATION_NUMBER)),
                required("quantity", JsonSchema.integer(0, Long.MAX_VALUE)))
            .describedAs("The contribution of a trainee to a batch (kontribusi)"));
  }

  @Override
  public Contribution read(JsonReader in) {
    Contribution.Builder b = Contribution.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "registrationNumber" -> b.registrationNumber(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "quantity" -> b.quantity(in.nextLong());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, Contribution.Builder::build);
  }
}
