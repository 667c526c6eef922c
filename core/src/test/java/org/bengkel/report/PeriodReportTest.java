package org.bengkel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.report.Month.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.RuleBundles;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.proceeds.SplitPolicy;
import org.junit.jupiter.api.Test;

class PeriodReportTest {

  private static Rupiah rp(long amount) {
    return Rupiah.of(amount);
  }

  private static void refused(
      UnaryOperator<PeriodReport.Builder> change, String code, String field) {
    PeriodReport.Builder b = PeriodReport.builder().from(Month.report());
    assertThatThrownBy(() -> change.apply(b).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void aStoredReportRebuildsEqual() {
    PeriodReport r = Month.report();
    assertThat(PeriodReport.builder().from(r).build()).isEqualTo(r).hasSameHashCodeAs(r);
  }

  @Test
  void productionTotalMustEqualTheSumOfTheProgrammes() {
    refused(
        b -> b.productionTotal(ProductionFigures.of(1, 1, 9, 40, hours(15, 30), rp(800_000))),
        "report.total.mismatch",
        "productionTotal");
  }

  @Test
  void aProgrammeRowMustEqualTheSumOfItsProducts() {
    // Boats 9 good in the product row, 8 in the programme row.
    refused(
        b ->
            b.productionByProgramme(
                List.of(
                    ProductionRow.ofProgramme(
                        KAYU, ProductionFigures.of(1, 0, 8, 1, hours(7, 30), rp(300_000))),
                    ProductionRow.ofProgramme(
                        KULINER, ProductionFigures.of(0, 1, 0, 38, hours(8, 0), rp(500_000))))),
        "report.total.mismatch",
        "productionByProgramme[0].figures");
  }

  @Test
  void everyProductsProgrammeHasARow() {
    refused(
        b ->
            b.productionByProgramme(
                List.of(
                    ProductionRow.ofProgramme(
                        KAYU, ProductionFigures.of(1, 0, 9, 1, hours(7, 30), rp(300_000))))),
        "report.total.mismatch",
        "productionByProgramme");
  }

  @Test
  void programmeRowsHaveNoProductAndProductRowsHaveOne() {
    ProductionFigures boats = ProductionFigures.of(1, 0, 9, 1, hours(7, 30), rp(300_000));
    ProductionFigures cookies = ProductionFigures.of(0, 1, 0, 38, hours(8, 0), rp(500_000));
    refused(
        b ->
            b.productionByProgramme(
                List.of(
                    ProductionRow.ofProduct(KAYU, PERAHU_SKU, boats),
                    ProductionRow.ofProgramme(KULINER, cookies))),
        "report.row.kind",
        "productionByProgramme[0].product");
    refused(
        b ->
            b.productionByProduct(
                List.of(
                    ProductionRow.ofProgramme(KULINER, cookies),
                    ProductionRow.ofProduct(KAYU, PERAHU_SKU, boats))),
        "report.row.kind",
        "productionByProduct[0].product");
  }

  @Test
  void rowsAreSortedByTheirKeyWithoutRepeats() {
    refused(
        b ->
            b.salesByChannel(
                List.of(
                    ChannelSales.of(Channel.GOVERNMENT_DIRECT, 1, 3, 0, rp(300_000)),
                    ChannelSales.of(Channel.GALLERY, 2, 2, 2, rp(270_000)),
                    ChannelSales.of(Channel.E_KATALOG, 1, 10, 0, rp(900_000)))),
        "report.row.order",
        "salesByChannel[1]");
    refused(
        b ->
            b.premiByTrainee(
                List.of(TraineePremi.of(BUDI, rp(156_333)), TraineePremi.of(ANDI, rp(178_667)))),
        "report.row.order",
        "premiByTrainee[1]");
  }

  @Test
  void salesRevenueMustEqualTheSumOfTheChannels() {
    refused(b -> b.salesRevenue(rp(1_470_001)), "report.total.mismatch", "salesRevenue");
  }

  @Test
  void productsAndVehicleClassesMustAddUpToTheRevenue() {
    refused(
        b -> b.salesByVehicleClass(List.of(VehicleClassSales.of(VehicleClass.CAR, 2, rp(69_999)))),
        "report.total.mismatch",
        "salesByProduct");
    refused(
        b ->
            b.salesByProduct(
                List.of(
                    ProductSales.of(KUE_SKU, 11, rp(900_000)),
                    ProductSales.of(PERAHU_SKU, 5, rp(500_000)))),
        "report.total.mismatch",
        "salesByProduct.units");
    refused(
        b -> b.salesByVehicleClass(List.of(VehicleClassSales.of(VehicleClass.CAR, 3, rp(70_000)))),
        "report.total.mismatch",
        "salesByVehicleClass.jobs");
  }

  @Test
  void premiTotalMustEqualTheSumOfTheTrainees() {
    refused(b -> b.premiTotal(rp(335_001)), "report.total.mismatch", "premiTotal");
  }

  @Test
  void theSplitIsOfTheReportsRevenueAndMaterialCost() {
    SplitPolicy policy = SplitPolicy.defaultFor(PAMEKASAN, LocalDate.of(2026, 1, 1));
    refused(
        b -> b.proceeds(policy.split(rp(1_470_000), rp(799_999))),
        "report.proceeds.mismatch",
        "proceeds.materialCost");
    refused(
        b -> b.proceeds(policy.split(rp(1_470_001), rp(800_000))),
        "report.proceeds.mismatch",
        "proceeds.revenue");
    SplitPolicy other =
        SplitPolicy.defaultFor(FacilityCode.of("RUTAN-SUMENEP"), LocalDate.of(2026, 1, 1));
    refused(
        b -> b.proceeds(other.split(rp(1_470_000), rp(800_000))),
        "report.facility.mismatch",
        "proceeds.policy.facilityCode");
  }

  @Test
  void aPeriodEndsOnOrAfterItStarts() {
    assertThat(ReportPeriod.ofMonth(YearMonth.of(2026, 2)))
        .isEqualTo(ReportPeriod.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    ReportPeriod oneDay = ReportPeriod.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30));
    assertThat(oneDay.contains(LocalDate.of(2026, 11, 30))).isTrue();
    assertThat(oneDay.contains(LocalDate.of(2026, 11, 30).atTime(23, 59, 59))).isTrue();
    assertThat(oneDay.contains(LocalDate.of(2026, 12, 1).atStartOfDay())).isFalse();
    assertThat(oneDay.contains(LocalDate.of(2026, 11, 29))).isFalse();
    assertThatThrownBy(
            () -> ReportPeriod.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 29)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.date-order");
              assertThat(e.field()).isEqualTo("lastDay");
            });
  }

  @Test
  void pnbpInAPeriodNeverExceedsPnbpToDate() {
    PnbpStatus.Builder ok =
        PnbpStatus.builder()
            .year(Year.of(2026))
            .target(rp(12_000_000))
            .recordedInPeriod(rp(100))
            .depositedInPeriod(rp(50))
            .recordedToDate(rp(300))
            .depositedToDate(rp(200));
    assertThat(ok.build().achievement()).isEqualTo(Rate.of(200, 12_000_000));
    assertThat(ok.build().undepositedToDate()).isEqualTo(rp(100));
    assertThat(ok.depositedToDate(rp(300)).build().undepositedToDate()).isEqualTo(Rupiah.ZERO);
    ok.depositedToDate(rp(200));
    assertThatThrownBy(() -> ok.recordedInPeriod(rp(301)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("report.pnbp.inconsistent");
              assertThat(e.field()).isEqualTo("recordedInPeriod");
            });
    assertThatThrownBy(() -> ok.recordedInPeriod(rp(100)).depositedInPeriod(rp(201)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("depositedInPeriod"));
    assertThatThrownBy(() -> ok.depositedInPeriod(rp(50)).depositedToDate(rp(301)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("depositedToDate"));
    assertThatThrownBy(() -> ok.depositedToDate(rp(200)).target(Rupiah.ZERO).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.out-of-range");
              assertThat(e.field()).isEqualTo("target");
            });
  }

  @Test
  void achievementAboveTheTargetIsShownAboveHundredPercent() {
    // 2/3 of the target deposited shows 66.67; 5/4 shows 125.00.
    PnbpStatus.Builder b =
        PnbpStatus.builder()
            .year(Year.of(2026))
            .target(rp(3_000))
            .recordedInPeriod(rp(0))
            .depositedInPeriod(rp(0));
    assertThat(b.recordedToDate(rp(2_000)).depositedToDate(rp(2_000)).build().achievementPercent())
        .isEqualTo(new BigDecimal("66.67"));
    assertThat(
            b.target(rp(4_000))
                .recordedToDate(rp(5_000))
                .depositedToDate(rp(5_000))
                .build()
                .achievementPercent())
        .isEqualTo(new BigDecimal("125.00"));
  }

  @Test
  void productionFiguresAreNeverNegative() {
    assertThatThrownBy(() -> ProductionFigures.of(0, 0, 0, 0, Duration.ofMinutes(-1), Rupiah.ZERO))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.out-of-range");
              assertThat(e.field()).isEqualTo("teamHours");
            });
    assertThatThrownBy(() -> ProductionFigures.of(0, 0, -1, 0, Duration.ZERO, Rupiah.ZERO))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("goodUnits"));
    assertThatThrownBy(() -> ChannelSales.of(Channel.GALLERY, -1, 0, 0, Rupiah.ZERO))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("orders"));
    assertThatThrownBy(() -> ProductSales.of(KUE_SKU, -1, Rupiah.ZERO))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("units"));
    assertThatThrownBy(() -> VehicleClassSales.of(VehicleClass.CAR, -1, Rupiah.ZERO))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("jobs"));
    assertThat(
            ProductionFigures.of(1, 2, 3, 4, Duration.ofHours(1), rp(5))
                .plus(ProductionFigures.of(10, 20, 30, 40, Duration.ofHours(2), rp(50))))
        .isEqualTo(ProductionFigures.of(11, 22, 33, 44, Duration.ofHours(3), rp(55)));
  }

  @Test
  void everyRuleHasAnEnglishAndAnIndonesianMessage() {
    Properties en = RuleBundles.assertBothLanguages(ReportRule.class, "report.");
    assertThat(en.size()).isEqualTo(ReportRule.values().length);
    InvalidValueException e =
        InvalidValueException.of(ReportRule.TOTAL_MISMATCH, "premiTotal", "Rp1", "Rp2");
    assertThat(e.getMessage()).contains("must equal the sum of its rows (Rp2)");
    assertThat(e.message(Messages.INDONESIAN)).contains("harus sama dengan jumlah");
  }
}
