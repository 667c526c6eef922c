package org.bengkel.json.codec.proceeds;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link ProceedsSplit} as {@code {"policy","revenue","materialCost","base","premi","pnbp","capital"}}. */
final class ProceedsSplitCodec implements Codec<ProceedsSplit> {

  @Override
  public Class<ProceedsSplit> type() {
    return ProceedsSplit.class;
  }

  @Override
  public void write(ProceedsSplit value, JsonWriter out) {
    out.beginObject();
    out.name("policy").value(ProceedsCodecs.SPLIT_POLICY, value.policy());
    out.name("revenue").value(MoneyCodecs.RUPIAH, value.revenue());
    out.name("materialCost").value(MoneyCodecs.RUPIAH, value.materialCost());
    out.name("base").value(MoneyCodecs.RUPIAH, value.base());
    out.name("premi").value(MoneyCodecs.RUPIAH, value.premi());
    out.name("pnbp").value(MoneyCodecs.RUPIAH, value.pnbp());
    out.name("capital").value(MoneyCodecs.RUPIAH, value.capital());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("policy", ref(ProceedsCodecs.SPLIT_POLICY)),
                required("revenue", ref(MoneyCodecs.RUPIAH)),
                required("materialCost", ref(MoneyCodecs.RUPIAH)),
                required("base", ref(MoneyCodecs.RUPIAH)),
                required("premi", ref(MoneyCodecs.RUPIAH)),
                required("pnbp", ref(MoneyCodecs.RUPIAH)),
                required("capital", ref(MoneyCodecs.RUPIAH)))
            .describedAs("The split of proceeds (pembagian hasil) into premi, PNBP and capital; the sums are checked by the reader"));
  }

  @Override
  public ProceedsSplit read(JsonReader in) {
    ProceedsSplit.Builder b = ProceedsSplit.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "policy" -> b.policy(in.read(ProceedsCodecs.SPLIT_POLICY));
        case "revenue" -> b.revenue(in.read(MoneyCodecs.RUPIAH));
        case "materialCost" -> b.materialCost(in.read(MoneyCodecs.RUPIAH));
        case "base" -> b.base(in.read(MoneyCodecs.RUPIAH));
        case "premi" -> b.premi(in.read(MoneyCodecs.RUPIAH));
        case "pnbp" -> b.pnbp(in.read(MoneyCodecs.RUPIAH));
        case "capital" -> b.capital(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, ProceedsSplit.Builder::build);
  }
}
