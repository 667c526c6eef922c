package org.bengkel.json.contract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.contract.GoldenSamples.Sample;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.proceeds.SplitPolicy;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.report.ChannelSales;
import org.bengkel.report.PeriodReport;
import org.bengkel.report.PnbpStatus;
import org.bengkel.report.ProductSales;
import org.bengkel.report.ProductionFigures;
import org.bengkel.report.ProductionRow;
import org.bengkel.report.ReportPeriod;
import org.bengkel.report.TraineePremi;
import org.bengkel.report.VehicleClassSales;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The golden samples and invalid documents of period reports ({@code org.bengkel.report}): the
 * hand-computed November 2026 of core's {@code PeriodReportCompilerTest}.
 */
final class ReportSamples {

  private ReportSamples() {}

  static final FacilityCode PAMEKASAN = FacilityCode.of("LAPAS-PAMEKASAN");
  static final ProgrammeCode KAYU = ProgrammeCode.of("KERAJINAN-KAYU-2026");
  static final ProgrammeCode KULINER = ProgrammeCode.of("KULINER-2026");
  static final Sku KUE = Sku.of("KUE-KERING-500G");
  static final Sku PERAHU = Sku.of("MINIATUR-PERAHU-30");
  static final RegistrationNumber ANDI = RegistrationNumber.of("B.I-101/2025");
  static final RegistrationNumber BUDI = RegistrationNumber.of("B.I-102/2025");

  static final ReportPeriod NOVEMBER = ReportPeriod.ofMonth(YearMonth.of(2026, 11));
  // Boats: 1 released, 9 good, 1 rejected, 7 h 30, Rp300.000; cookies: 1 rejected, 38 rejected
  // units, its Rp500.000 written off.
  static final ProductionFigures BOATS =
      ProductionFigures.of(1, 0, 9, 1, Duration.ofMinutes(450), Rupiah.of(300_000));
  static final ProductionFigures COOKIES =
      ProductionFigures.of(
          0, 1, 0, 38, Duration.ofHours(8), Rupiah.of(500_000), Rupiah.of(500_000));
  // Recorded 500.500 to date, deposited 500.000 of 12.000.000: 1/24, shown 4.17.
  static final PnbpStatus PNBP =
      PnbpStatus.builder()
          .year(Year.of(2026))
          .target(Rupiah.of(12_000_000))
          .recordedInPeriod(Rupiah.of(100_500))
          .depositedInPeriod(Rupiah.of(100_000))
          .recordedToDate(Rupiah.of(500_500))
          .depositedToDate(Rupiah.of(500_000))
          .build();

  /**
   * November 2026: revenue without PPN 1.470.000 (not a PKP: no PPN); cost of goods sold 225.000
   * (kue) + 166.667 (boats) + 7.000 (shampoo) = 398.667, written off 500.000; split of 571.333:
   * 285.666 / 85.700 / 199.967.
   */
  static final PeriodReport REPORT =
      PeriodReport.builder()
          .period(NOVEMBER)
          .facilityCode(PAMEKASAN)
          .addProductionByProgramme(
              ProductionRow.ofProgramme(KAYU, BOATS), ProductionRow.ofProgramme(KULINER, COOKIES))
          .addProductionByProduct(
              ProductionRow.ofProduct(KULINER, KUE, COOKIES),
              ProductionRow.ofProduct(KAYU, PERAHU, BOATS))
          .productionTotal(BOATS.plus(COOKIES))
          .addSalesByChannel(
              ChannelSales.of(Channel.GALLERY, 2, 2, 2, Rupiah.of(270_000)),
              ChannelSales.of(Channel.GOVERNMENT_DIRECT, 1, 3, 0, Rupiah.of(300_000)),
              ChannelSales.of(Channel.E_KATALOG, 1, 10, 0, Rupiah.of(900_000)))
          .addSalesByProduct(
              ProductSales.of(KUE, 10, Rupiah.of(900_000), Rupiah.of(225_000)),
              ProductSales.of(PERAHU, 5, Rupiah.of(500_000), Rupiah.of(166_667)))
          .addSalesByVehicleClass(VehicleClassSales.of(VehicleClass.CAR, 2, Rupiah.of(70_000)))
          .salesRevenue(Rupiah.of(1_470_000))
          .salesPpn(Rupiah.ZERO)
          .serviceMaterialCost(Rupiah.of(7_000))
          .proceeds(
              SplitPolicy.defaultFor(PAMEKASAN, LocalDate.of(2026, 1, 1))
                  .split(Rupiah.of(1_470_000), Rupiah.of(898_667)))
          .addPremiByTrainee(
              TraineePremi.of(ANDI, Rupiah.of(178_667)), TraineePremi.of(BUDI, Rupiah.of(156_333)))
          .premiTotal(Rupiah.of(335_000))
          .pnbp(PNBP)
          .build();

  static List<Sample> samples() {
    return List.of(
        new Sample("report-period", ReportPeriod.class, NOVEMBER),
        new Sample("report-production-figures", ProductionFigures.class, BOATS),
        new Sample(
            "report-production-row",
            ProductionRow.class,
            ProductionRow.ofProduct(KAYU, PERAHU, BOATS)),
        new Sample(
            "report-production-row-programme",
            ProductionRow.class,
            ProductionRow.ofProgramme(KULINER, COOKIES)),
        new Sample("report-channel-sales", ChannelSales.class, REPORT.salesByChannel().get(0)),
        new Sample("report-product-sales", ProductSales.class, REPORT.salesByProduct().get(0)),
        new Sample(
            "report-vehicle-class-sales",
            VehicleClassSales.class,
            REPORT.salesByVehicleClass().get(0)),
        new Sample("report-trainee-premi", TraineePremi.class, REPORT.premiByTrainee().get(0)),
        new Sample("report-pnbp-status", PnbpStatus.class, PNBP),
        new Sample("report-period-report", PeriodReport.class, REPORT));
  }

  static Stream<Arguments> invalidDocuments() {
    String figures =
        "{\"batchesReleased\":1,\"batchesRejected\":0,\"goodUnits\":9,\"rejectedUnits\":1,"
            + "\"teamHours\":\"PT7H30M\",\"materialCost\":300000}";
    String pnbp =
        "{\"year\":2026,\"target\":12000000,\"recordedInPeriod\":100500,"
            + "\"depositedInPeriod\":100000,\"recordedToDate\":500500,\"depositedToDate\":500000}";
    String report = golden();
    return Stream.of(
        Arguments.of(
            ReportPeriod.class,
            "{\"firstDay\":\"2026-11-30\",\"lastDay\":\"2026-11-01\"}",
            "$.lastDay",
            "value.date-order"),
        Arguments.of(
            ReportPeriod.class,
            "{\"firstDay\":\"2026-11-01\"}",
            "$.lastDay",
            "json.missing-property"),
        Arguments.of(
            ProductionFigures.class,
            figures.replace("\"goodUnits\":9", "\"goodUnits\":-9"),
            "$.goodUnits",
            "value.out-of-range"),
        Arguments.of(
            ProductionFigures.class,
            figures.replace("PT7H30M", "7.5 hours"),
            "$.teamHours",
            "json.wrong-type"),
        Arguments.of(
            ProductionFigures.class,
            figures.replace("PT7H30M", "PT-1H"),
            "$.teamHours",
            "value.out-of-range"),
        Arguments.of(
            ChannelSales.class,
            "{\"channel\":\"BAZAAR\",\"orders\":1,\"goodsUnits\":1,\"serviceJobs\":0,\"revenue\":1}",
            "$.channel",
            "json.unknown-constant"),
        Arguments.of(
            PnbpStatus.class,
            pnbp.replace("\"recordedInPeriod\":100500", "\"recordedInPeriod\":500501"),
            "$.recordedInPeriod",
            "report.pnbp.inconsistent"),
        // 1/24 is the achievement: 1/12 is refused, and so is a display that is not 4.17
        Arguments.of(
            PnbpStatus.class,
            pnbp.replace("}", ",\"achievement\":\"1/12\"}"),
            "$.achievement",
            "report.pnbp.inconsistent"),
        Arguments.of(
            PnbpStatus.class,
            pnbp.replace("}", ",\"achievementPercent\":\"4.16\"}"),
            "$.achievementPercent",
            "report.pnbp.inconsistent"),
        // totals that are not the sum of their rows
        Arguments.of(
            PeriodReport.class,
            report.replace("\"premiTotal\":335000", "\"premiTotal\":335001"),
            "$.premiTotal",
            "report.total.mismatch"),
        Arguments.of(
            PeriodReport.class,
            report.replace("\"salesRevenue\":1470000", "\"salesRevenue\":1470001"),
            "$.salesRevenue",
            "report.total.mismatch"),
        Arguments.of(
            PeriodReport.class,
            report.replaceFirst(
                "\"goodUnits\":9,\"rejectedUnits\":39", "\"goodUnits\":10,\"rejectedUnits\":39"),
            "$.productionTotal",
            "report.total.mismatch"),
        Arguments.of(
            PeriodReport.class,
            report
                .replace(
                    "{\"channel\":\"GALLERY\",\"orders\":2,\"goodsUnits\":2,\"serviceJobs\":2,\"revenue\":270000},",
                    "")
                .replace(
                    "\"E_KATALOG\",\"orders\":1,\"goodsUnits\":10,\"serviceJobs\":0,\"revenue\":900000}",
                    "\"E_KATALOG\",\"orders\":1,\"goodsUnits\":10,\"serviceJobs\":0,\"revenue\":900000},"
                        + "{\"channel\":\"GALLERY\",\"orders\":2,\"goodsUnits\":2,\"serviceJobs\":2,\"revenue\":270000}"),
            "$.salesByChannel[2]",
            "report.row.order"));
  }

  /** The compact form of the golden report. */
  static String golden() {
    StringBuilder sb = new StringBuilder();
    try (java.io.InputStream in =
        ReportSamples.class.getResourceAsStream(
            "/org/bengkel/json/golden/report-period-report.json")) {
      sb.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("golden file report-period-report.json", e);
    }
    return TextJson.compact(sb.toString());
  }
}
