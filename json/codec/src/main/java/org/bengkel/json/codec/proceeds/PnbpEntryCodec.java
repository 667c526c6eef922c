package org.bengkel.json.codec.proceeds;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.proceeds.PnbpEntry;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link PnbpEntry} as {@code {"date","reference","amount"}}. */
final class PnbpEntryCodec implements Codec<PnbpEntry> {

  @Override
  public Class<PnbpEntry> type() {
    return PnbpEntry.class;
  }

  @Override
  public void write(PnbpEntry value, JsonWriter out) {
    out.beginObject();
    out.name("date").date(value.date());
    out.name("reference").string(value.reference());
    out.name("amount").value(MoneyCodecs.RUPIAH, value.amount());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("date", JsonSchema.date()),
                required("reference", JsonSchema.string()),
                required("amount", JsonSchema.integer(1, Long.MAX_VALUE)))
            .describedAs("A PNBP record or deposit (catatan / setoran PNBP)"));
  }

  @Override
  public PnbpEntry read(JsonReader in) {
    PnbpEntry.Builder b = PnbpEntry.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "date" -> b.date(in.nextDate());
        case "reference" -> b.reference(in.nextString());
        case "amount" -> b.amount(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PnbpEntry.Builder::build);
  }
}
