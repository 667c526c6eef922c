package org.bengkel.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.bengkel.report.ChannelSales;
import org.bengkel.report.PeriodReport;
import org.bengkel.report.PnbpStatus;
import org.bengkel.report.ProductSales;
import org.bengkel.report.ProductionFigures;
import org.bengkel.report.ProductionRow;
import org.bengkel.report.TraineePremi;
import org.bengkel.report.VehicleClassSales;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.ReportGen;
import org.junit.jupiter.api.Test;

/** Laws of period reports: totals are the sums of their rows, personal data stays hidden. */
class ReportLawsTest {

  private static Rupiah sum(List<Rupiah> amounts) {
    return amounts.stream().reduce(Rupiah.ZERO, Rupiah::plus);
  }

  @Test
  void totalsAreTheSumsOfTheirRows() {
    Property.check(
        "a generated report's totals equal the sums of its rows",
        ReportGen.reports(),
        r -> {
          ProductionFigures programmes =
              r.productionByProgramme().stream()
                  .map(ProductionRow::figures)
                  .reduce(ProductionFigures.none(), ProductionFigures::plus);
          ProductionFigures products =
              r.productionByProduct().stream()
                  .map(ProductionRow::figures)
                  .reduce(ProductionFigures.none(), ProductionFigures::plus);
          assertThat(programmes).isEqualTo(r.productionTotal()).isEqualTo(products);
          assertThat(sum(r.salesByChannel().stream().map(ChannelSales::revenue).toList()))
              .isEqualTo(r.salesRevenue());
          Rupiah items =
              sum(r.salesByProduct().stream().map(ProductSales::revenue).toList())
                  .plus(
                      sum(
                          r.salesByVehicleClass().stream()
                              .map(VehicleClassSales::revenue)
                              .toList()));
          assertThat(items).isEqualTo(r.salesRevenue());
          assertThat(sum(r.premiByTrainee().stream().map(TraineePremi::amount).toList()))
              .isEqualTo(r.premiTotal());
          assertThat(r.proceeds().revenue()).isEqualTo(r.salesRevenue());
          // The split's cost: cost of goods sold (products' and service materials) plus write-offs.
          assertThat(r.proceeds().materialCost())
              .isEqualTo(
                  sum(r.salesByProduct().stream().map(ProductSales::costOfGoodsSold).toList())
                      .plus(r.serviceMaterialCost())
                      .plus(r.productionTotal().writtenOff()));
          assertThat(
                  r.productionTotal()
                      .writtenOff()
                      .isGreaterThan(r.productionTotal().materialCost()))
              .isFalse();
          assertThat(r.proceeds().premi().plus(r.proceeds().pnbp()).plus(r.proceeds().capital()))
              .isEqualTo(r.proceeds().base());
        });
  }

  @Test
  void aReportRebuiltFromItsPartsIsEqual() {
    Property.check(
        "PeriodReport.builder().from(r).build() equals r",
        ReportGen.reports(),
        r -> assertThat(PeriodReport.builder().from(r).build()).isEqualTo(r).hasSameHashCodeAs(r));
  }

  @Test
  void aPremiTotalOffByOneRupiahIsRefused() {
    Property.check(
        "changing the premi total by Rp1 breaks report.total.mismatch",
        ReportGen.reports(),
        r ->
            assertThatThrownBy(
                    () -> PeriodReport.builder().from(r).premiTotal(r.premiTotal().plus(1)).build())
                .isInstanceOfSatisfying(
                    InvalidValueException.class,
                    e -> {
                      assertThat(e.ruleCode()).isEqualTo("report.total.mismatch");
                      assertThat(e.field()).isEqualTo("premiTotal");
                    }));
  }

  @Test
  void toStringNeverShowsARegistrationNumber() {
    Property.check(
        "no registration number in a report's toString",
        ReportGen.reports(),
        r -> {
          String text = r.toString() + r.premiByTrainee();
          for (TraineePremi p : r.premiByTrainee()) {
            assertThat(text).doesNotContain(p.registrationNumber().value());
          }
        });
  }

  @Test
  void achievementPercentIsTheExactRateRoundedHalfUp() {
    Property.check(
        "achievementPercent = round(100 * deposited / target, 2, HALF_UP)",
        ReportGen.pnbpStatuses(),
        (PnbpStatus s) -> {
          BigDecimal exact =
              new BigDecimal(
                      BigInteger.valueOf(s.depositedToDate().amount())
                          .multiply(BigInteger.valueOf(100)))
                  .divide(new BigDecimal(s.target().amount()), 2, RoundingMode.HALF_UP);
          assertThat(s.achievementPercent()).isEqualTo(exact);
          assertThat(s.recordedInPeriod().isGreaterThan(s.recordedToDate())).isFalse();
        });
  }

  @Test
  void productionFiguresAddUpFieldByField() {
    Property.check(
        "plus is commutative and none is its identity",
        Gen.zip(ReportGen.productionFigures(), ReportGen.productionFigures(), List::of),
        pair -> {
          ProductionFigures a = pair.get(0);
          ProductionFigures b = pair.get(1);
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(ProductionFigures.none())).isEqualTo(a);
          assertThat(a.plus(b).goodUnits()).isEqualTo(a.goodUnits() + b.goodUnits());
          assertThat(a.plus(b).teamHours()).isEqualTo(a.teamHours().plus(b.teamHours()));
        });
  }

  @Test
  void periodsContainTheirFirstAndLastDay() {
    Property.check(
        "a period contains its ends and not the days around them",
        ReportGen.periods(),
        p -> {
          assertThat(p.contains(p.firstDay())).isTrue();
          assertThat(p.contains(p.lastDay())).isTrue();
          assertThat(p.contains(p.firstDay().minusDays(1))).isFalse();
          assertThat(p.contains(p.lastDay().plusDays(1))).isFalse();
        });
  }

  @Test
  void theGeneratorReachesItsEdges() {
    List<PeriodReport> reports = ReportGen.reports().sample(20261127L, 300);
    assertThat(reports)
        .anyMatch(r -> r.salesByChannel().isEmpty() && r.productionByProgramme().isEmpty());
    assertThat(reports).anyMatch(r -> r.productionByProgramme().size() >= 3);
    assertThat(reports).anyMatch(r -> r.salesByChannel().size() >= 3);
    assertThat(reports)
        .anyMatch(r -> r.premiByTrainee().stream().anyMatch(p -> p.amount().isZero()));
    assertThat(reports).anyMatch(r -> r.proceeds().isLoss());
    assertThat(reports).anyMatch(r -> r.pnbp().achievement().isGreaterThanOne());
    assertThat(reports).anyMatch(r -> r.pnbp().achievement().isZero());
    assertThat(reports).anyMatch(r -> r.period().firstDay().equals(r.period().lastDay()));
  }
}
