package org.bengkel.json.codec.report;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.proceeds.ProceedsCodecs;
import org.bengkel.report.PeriodReport;

/**
 * {@link PeriodReport} as {@code {"period","facilityCode","productionByProgramme",
 * "productionByProduct","productionTotal","salesByChannel","salesByProduct","salesByVehicleClass",
 * "salesRevenue","proceeds","premiByTrainee","premiTotal","pnbp"}}.
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
    out.name("facilityCode").string(value.facilityCode());
    list(out, "productionByProgramme", ReportCodecs.PRODUCTION_ROW, value.productionByProgramme());
    list(out, "productionByProduct", ReportCodecs.PRODUCTION_ROW, value.productionByProduct());
    out.name("productionTotal").value(ReportCodecs.PRODUCTION_FIGURES, value.productionTotal());
    list(out, "salesByChannel", ReportCodecs.CHANNEL_SALES, value.salesByChannel());
    list(out, "salesByProduct", ReportCodecs.PRODUCT_SALES, value.salesByProduct());
    list(out, "salesByVehicleClass", ReportCodecs.VEHICLE_CLASS_SALES, value.salesByVehicleClass());
    out.name("salesRevenue").value(MoneyCodecs.RUPIAH, value.salesRevenue());
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
  public PeriodReport read(JsonReader in) {
    PeriodReport.Builder b = PeriodReport.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "period" -> b.period(in.read(ReportCodecs.REPORT_PERIOD));
        case "facilityCode" -> b.facilityCode(in.nextString());
        case "productionByProgramme" ->
            b.productionByProgramme(in.readList(ReportCodecs.PRODUCTION_ROW));
        case "productionByProduct" -> b.productionByProduct(in.readList(ReportCodecs.PRODUCTION_ROW));
        case "productionTotal" -> b.productionTotal(in.read(ReportCodecs.PRODUCTION_FIGURES));
        case "salesByChannel" -> b.salesByChannel(in.readList(ReportCodecs.CHANNEL_SALES));
        case "salesByProduct" -> b.salesByProduct(in.readList(ReportCodecs.PRODUCT_SALES));
        case "salesByVehicleClass" ->
            b.salesByVehicleClass(in.readList(ReportCodecs.VEHICLE_CLASS_SALES));
        case "salesRevenue" -> b.salesRevenue(in.read(MoneyCodecs.RUPIAH));
        case "proceeds" -> b.proceeds(in.read(ProceedsCodecs.PROCEEDS_SPLIT));
        case "premiByTrainee" -> b.premiByTrainee(in.readList(ReportCodecs.TRAINEE_PREMI));
        case "premiTotal" -> b.premiTotal(in.read(MoneyCodecs.RUPIAH));
        case "pnbp" -> b.pnbp(in.read(ReportCodecs.PNBP_STATUS));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b::build);
  }
}
