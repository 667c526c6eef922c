package org.bengkel.json.codec.proceeds;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.proceeds.PremiEntry;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link PremiEntry} as {@code {"date","kind","amount","reference"}}. */
final class PremiEntryCodec implements Codec<PremiEntry> {

  @Override
  public Class<PremiEntry> type() {
    return PremiEntry.class;
  }

  @Override
  public void write(PremiEntry value, JsonWriter out) {
    out.beginObject();
    out.name("date").date(value.date());
    out.name("kind").value(ProceedsCodecs.PREMI_ENTRY_KIND, value.kind());
    out.name("amount").value(MoneyCodecs.RUPIAH, value.amount());
    out.name("reference").string(value.reference());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("date", JsonSchema.date()),
                required("kind", ref(ProceedsCodecs.PREMI_ENTRY_KIND)),
                required("amount", ref(MoneyCodecs.RUPIAH)),
                required("reference", JsonSchema.string()))
            .describedAs("An entry of a premi account (mutasi premi)"));
  }

  @Override
  public PremiEntry read(JsonReader in) {
    PremiEntry.Builder b = PremiEntry.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "date" -> b.date(in.nextDate());
        case "kind" -> b.kind(in.read(ProceedsCodecs.PREMI_ENTRY_KIND));
        case "amount" -> b.amount(in.read(MoneyCodecs.RUPIAH));
        case "reference" -> b.reference(in.nextString());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PremiEntry.Builder::build);
  }
}
