package org.bengkel.json.codec.proceeds;

import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.proceeds.SplitPolicy;

/** {@link SplitPolicy} as {@code {"facilityCode","effectiveFrom","effectiveUntil","base","premiShare","pnbpShare","capitalShare"}}. */
final class SplitPolicyCodec implements Codec<SplitPolicy> {

  @Override
  public Class<SplitPolicy> type() {
    return SplitPolicy.class;
  }

  @Override
  public void write(SplitPolicy value, JsonWriter out) {
    out.beginObject();
    out.name("facilityCode").string(value.facilityCode().value());
    out.name("effectiveFrom").date(value.effectiveFrom());
    value.effectiveUntil().ifPresent(d -> out.name("effectiveUntil").date(d));
    out.name("base").value(ProceedsCodecs.SPLIT_BASE, value.base());
    out.name("premiShare").value(MoneyCodecs.RATE, value.premiShare());
    out.name("pnbpShare").value(MoneyCodecs.RATE, value.pnbpShare());
    out.name("capitalShare").value(MoneyCodecs.RATE, value.capitalShare());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("facilityCode", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("effectiveFrom", JsonSchema.date()),
                optional("effectiveUntil", JsonSchema.date()),
                required("base", ref(ProceedsCodecs.SPLIT_BASE)),
                required("premiShare", ref(MoneyCodecs.RATE)),
                required("pnbpShare", ref(MoneyCodecs.RATE)),
                required("capitalShare", ref(MoneyCodecs.RATE)))
            .describedAs("A split policy (kebijakan pembagian hasil); the shares summing to 100 % is checked by the reader"));
  }

  @Override
  public SplitPolicy read(JsonReader in) {
    SplitPolicy.Builder b = SplitPolicy.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "facilityCode" -> b.facilityCode(in.value(() -> FacilityCode.parse(in.nextString())));
        case "effectiveFrom" -> b.effectiveFrom(in.nextDate());
        case "effectiveUntil" -> {
          if (!in.nextIfNull()) {
            b.effectiveUntil(in.nextDate());
          }
        }
        case "base" -> b.base(in.read(ProceedsCodecs.SPLIT_BASE));
        case "premiShare" -> b.premiShare(in.read(MoneyCodecs.RATE));
        case "pnbpShare" -> b.pnbpShare(in.read(MoneyCodecs.RATE));
        case "capitalShare" -> b.capitalShare(in.read(MoneyCodecs.RATE));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, SplitPolicy.Builder::build);
  }
}
