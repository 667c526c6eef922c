package org.bengkel.json.codec.report;

import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.List;
import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.proceeds.ProceedsCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.report.PeriodReport;

/**
 * {@link PeriodReport} as {@code {"period","facilityCode","productionByProgramme",
 * "productionByProduct","productionTotal","salesByChannel","salesByProduct","salesByVehicleClass",
 * "salesRevenue","salesPpn","serviceMaterialCost","proceeds","premiByTrainee","premiTotal","pnbp"}};
 * {@code salesPpn} and {@code serviceMaterialCost} are always written and read as zero when absent or
 * null.
 */
final class PeriodReportCodec implements Codec<PeriodReport> {

  @Override
  public Class<PeriodReport> type() {
    return PeriodReport.class;
  }

  @Override
  public void write(PeriodReport value, JsonWriter out) {
    out.beginObject();
    out.name("period").value(ReportCodecs.REPORT_PERIOD, value.period());
    out.name("facilityCode").string(value.facilityCode().value());
    list(out, "productionByProgramme", ReportCodecs.PRODUCTION_ROW, value.productionByProgramme());
    list(out, "productionByProduct", ReportCodecs.PRODUCTION_ROW, value.productionByProduct());
    out.name("productionTotal").value(ReportCodecs.PRODUCTION_FIGURES, value.productionTotal());
    list(out, "salesByChannel", ReportCodecs.CHANNEL_SALES, value.salesByChannel());
    list(out, "salesByProduct", ReportCodecs.PRODUCT_SALES, value.salesByProduct());
    list(out, "salesByVehicleClass", ReportCodecs.VEHICLE_CLASS_SALES, value.salesByVehicleClass());
    out.name("salesRevenue").value(MoneyCodecs.RUPIAH, value.salesRevenue());
    out.name("salesPpn").value(MoneyCodecs.RUPIAH, value.salesPpn());
    out.name("serviceMaterialCost").value(MoneyCodecs.RUPIAH, value.serviceMaterialCost());
    out.name("proceeds").value(ProceedsCodecs.PROCEEDS_SPLIT, value.proceeds());
    list(out, "premiByTrainee", ReportCodecs.TRAINEE_PREMI, value.premiByTrainee());
    out.name("premiTotal").value(MoneyCodecs.RUPIAH, value.premiTotal());
    out.name("pnbp").value(ReportCodecs.PNBP_STATUS, value.pnbp());
    out.endObject();
  }

  private static <T> void list(JsonWriter out, String name, Codec<T> codec, List<T> values) {
    out.name(name).beginArray();
    values.forEach(v -> out.value(codec, v));
    out.endArray();
  }

  @Override
  public Optional<JsonSchema> schema() {
    JsonSchema row = ref(ReportCodecs.PRODUCTION_ROW);
    // A programme's row has no product, a product's row has one (report.row.kind).
    JsonSchema programmeRow = JsonSchema.of(JsonSchema.map("allOf", List.of(row,
        JsonSchema.of(JsonSchema.map("properties",
            JsonSchema.map("product", JsonSchema.of(JsonSchema.map("type", "null"))))))));
    JsonSchema productRow = JsonSchema.of(JsonSchema.map("allOf", List.of(row,
        JsonSchema.of(JsonSchema.map("required", List.of("product"), "properties",
            JsonSchema.map("product", JsonSchema.of(JsonSchema.map("type", "string"))))))));
    return Optional.of(
        JsonSchema.object(
                required("period", ref(ReportCodecs.REPORT_PERIOD)),
                required("facilityCode", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("productionByProgramme", JsonSchema.arrayOf(programmeRow)),
                required("productionByProduct", JsonSchema.arrayOf(productRow)),
                required("productionTotal", ref(ReportCodecs.PRODUCTION_FIGURES)),
                required("salesByChannel", JsonSchema.arrayOf(ref(ReportCodecs.CHANNEL_SALES))),
                required("salesByProduct", JsonSchema.arrayOf(ref(ReportCodecs.PRODUCT_SALES))),
                required("salesByVehicleClass",
                    JsonSchema.arrayOf(ref(ReportCodecs.VEHICLE_CLASS_SALES))),
                required("salesRevenue", ref(MoneyCodecs.RUPIAH)),
                optional("salesPpn", ref(MoneyCodecs.RUPIAH)),
                optional("serviceMaterialCost", ref(MoneyCodecs.RUPIAH)),
                required("proceeds", proceeds()),
                required("premiByTrainee", JsonSchema.arrayOf(ref(ReportCodecs.TRAINEE_PREMI))),
                required("premiTotal", ref(MoneyCodecs.RUPIAH)),
                required("pnbp", ref(ReportCodecs.PNBP_STATUS)))
            // the lists are written always and read as empty when absent
            .with("required", List.<Object>of("period", "facilityCode", "productionTotal",
                "salesRevenue", "proceeds", "premiTotal", "pnbp"))
            .describedAs("A period report (laporan periode) of one facility: production, sales,"
                + " proceeds, premi and PNBP. The reader checks what the schema cannot: rows sorted"
                + " by their key without repeats, totals equal to the sums of their rows, the"
                + " proceeds split made from the report's revenue without PPN and its cost (cost of"
                + " goods sold of the products, service materials and write-offs) for the"
                + " report's facility"));
  }

  // The proceeds split's form is described by the proceeds package's codec; until that codec
  // describes one, any object is accepted here (never stricter than the reader).
  private static JsonSchema proceeds() {
    return ProceedsCodecs.PROCEEDS_SPLIT.schema().isPresent()
        ? ref(ProceedsCodecs.PROCEEDS_SPLIT)
        : JsonSchema.of(JsonSchema.map("type", "object"));
  }

  @Override
  public PeriodReport read(JsonReader in) {
    PeriodReport.Builder b = PeriodReport.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "period" -> b.period(in.read(ReportCodecs.REPORT_PERIOD));
        case "facilityCode" -> b.facilityCode(in.value(() -> FacilityCode.parse(in.nextString())));
        case "productionByProgramme" ->
            b.productionByProgramme(in.readList(ReportCodecs.PRODUCTION_ROW));
        case "productionByProduct" -> b.productionByProduct(in.readList(ReportCodecs.PRODUCTION_ROW));
        case "productionTotal" -> b.productionTotal(in.read(ReportCodecs.PRODUCTION_FIGURES));
        case "salesByChannel" -> b.salesByChannel(in.readList(ReportCodecs.CHANNEL_SALES));
        case "salesByProduct" -> b.salesByProduct(in.readList(ReportCodecs.PRODUCT_SALES));
        case "salesByVehicleClass" ->
            b.salesByVehicleClass(in.readList(ReportCodecs.VEHICLE_CLASS_SALES));
        case "salesRevenue" -> b.salesRevenue(in.read(MoneyCodecs.RUPIAH));
        case "salesPpn" -> {
          if (!in.nextIfNull()) {
            b.salesPpn(in.read(MoneyCodecs.RUPIAH));
          }
        }
        case "serviceMaterialCost" -> {
          if (!in.nextIfNull()) {
            b.serviceMaterialCost(in.read(MoneyCodecs.RUPIAH));
          }
        }
        case "proceeds" -> b.proceeds(in.read(ProceedsCodecs.PROCEEDS_SPLIT));
        case "premiByTrainee" -> b.premiByTrainee(in.readList(ReportCodecs.TRAINEE_PREMI));
        case "premiTotal" -> b.premiTotal(in.read(MoneyCodecs.RUPIAH));
        case "pnbp" -> b.pnbp(in.read(ReportCodecs.PNBP_STATUS));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PeriodReport.Builder::build);
  }
}
