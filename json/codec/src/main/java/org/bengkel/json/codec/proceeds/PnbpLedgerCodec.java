package org.bengkel.json.codec.proceeds;

import java.util.List;
import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import java.time.Year;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.proceeds.PnbpLedger;

/** {@link PnbpLedger} as {@code {"facilityCode","year","target","records":[...],"deposits":[...]}}, the year a JSON integer. */
final class PnbpLedgerCodec implements Codec<PnbpLedger> {

  @Override
  public Class<PnbpLedger> type() {
    return PnbpLedger.class;
  }

  @Override
  public void write(PnbpLedger value, JsonWriter out) {
    out.beginObject();
    out.name("facilityCode").string(value.facilityCode().value());
    out.name("year").number(value.year().getValue());
    out.name("target").value(MoneyCodecs.RUPIAH, value.target());
    out.name("records").beginArray();
    value.records().forEach(e -> out.value(ProceedsCodecs.PNBP_ENTRY, e));
    out.endArray();
    out.name("deposits").beginArray();
    value.deposits().forEach(e -> out.value(ProceedsCodecs.PNBP_ENTRY, e));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("facilityCode", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("year", JsonSchema.integer(1, 9999)),
                required("target", ref(MoneyCodecs.RUPIAH)),
                required("records", JsonSchema.arrayOf(ref(ProceedsCodecs.PNBP_ENTRY))),
                required("deposits", JsonSchema.arrayOf(ref(ProceedsCodecs.PNBP_ENTRY))))
            .with("required", List.of("facilityCode", "year", "target"))
            .describedAs("The PNBP ledger of a facility for a year (buku PNBP)"));
  }

  @Override
  public PnbpLedger read(JsonReader in) {
    PnbpLedger.Builder b = PnbpLedger.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "facilityCode" -> b.facilityCode(in.value(() -> FacilityCode.parse(in.nextString())));
        case "year" -> b.year(year(in));
        case "target" -> b.target(in.read(MoneyCodecs.RUPIAH));
        case "records" -> b.records(in.readList(ProceedsCodecs.PNBP_ENTRY));
        case "deposits" -> b.deposits(in.readList(ProceedsCodecs.PNBP_ENTRY));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PnbpLedger.Builder::build);
  }

  /** A calendar year from 1 to 9999, like the years of ISO dates. */
  private static Year year(JsonReader in) {
    long y = in.nextLong();
    if (y < 1 || y > 9999) {
      throw in.error(JsonRule.AMOUNT_OUT_OF_RANGE, 1, 9999);
    }
    return Year.of((int) y);
  }
}
