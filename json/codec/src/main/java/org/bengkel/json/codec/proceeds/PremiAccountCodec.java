package org.bengkel.json.codec.proceeds;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link PremiAccount} as {@code {"registrationNumber","spendingCap","entries":[...]}}; its whole history, checked again on reading. */
final class PremiAccountCodec implements Codec<PremiAccount> {

  @Override
  public Class<PremiAccount> type() {
    return PremiAccount.class;
  }

  @Override
  public void write(PremiAccount value, JsonWriter out) {
    out.beginObject();
    out.name("registrationNumber").value(TraineeCodecs.REGISTRATION_NUMBER, value.registrationNumber());
    out.name("spendingCap").value(MoneyCodecs.RATE, value.spendingCap());
    out.name("entries").beginArray();
    value.entries().forEach(e -> out.value(ProceedsCodecs.PREMI_ENTRY, e));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("registrationNumber", ref(TraineeCodecs.REGISTRATION_NUMBER)),
                required("spendingCap", ref(MoneyCodecs.RATE)),
                required("entries", JsonSchema.arrayOf(ref(ProceedsCodecs.PREMI_ENTRY))))
            .with("required", List.of("registrationNumber"))
            .describedAs("The premi account of a trainee (rekening premi)"));
  }

  @Override
  public PremiAccount read(JsonReader in) {
    PremiAccount.Builder b = PremiAccount.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "registrationNumber" -> b.registrationNumber(in.read(TraineeCodecs.REGISTRATION_NUMBER));
        case "spendingCap" -> b.spendingCap(in.read(MoneyCodecs.RATE));
        case "entries" -> b.entries(in.readList(ProceedsCodecs.PREMI_ENTRY));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PremiAccount.Builder::build);
  }
}
