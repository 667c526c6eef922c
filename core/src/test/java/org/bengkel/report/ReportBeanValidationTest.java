package org.bengkel.report;

import static org.bengkel.internal.BeanValidationAgreement.assertAgreement;
import static org.bengkel.internal.BeanValidationAgreement.assertNoViolations;

import java.time.Duration;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.junit.jupiter.api.Test;

class ReportBeanValidationTest {

  @Test
  void validValuesHaveNoViolations() {
    PeriodReport r = Month.report();
    assertNoViolations(r);
    assertNoViolations(r.period());
    assertNoViolations(r.productionTotal());
    assertNoViolations(r.productionByProduct().get(0));
    assertNoViolations(r.salesByChannel().get(0));
    assertNoViolations(r.salesByProduct().get(0));
    assertNoViolations(r.salesByVehicleClass().get(0));
    assertNoViolations(r.premiByTrainee().get(0));
    assertNoViolations(r.pnbp());
  }

  @Test
  void countsAgreeWithTheChecks() {
    List<Long> counts = List.of(-1L, 0L, 1L, Long.MAX_VALUE);
    assertAgreement(
        ProductionFigures.class,
        "goodUnits",
        counts,
        v -> ProductionFigures.of(0, 0, v, 0, Duration.ZERO, Rupiah.ZERO));
    assertAgreement(
        ProductionFigures.class,
        "batchesRejected",
        counts,
        v -> ProductionFigures.of(0, v, 0, 0, Duration.ZERO, Rupiah.ZERO));
    assertAgreement(
        ChannelSales.class,
        "serviceJobs",
        counts,
        v -> ChannelSales.of(Channel.GALLERY, 0, 0, v, Rupiah.ZERO));
    assertAgreement(
        ProductSales.class, "units", counts, v -> ProductSales.of(Month.KUE_SKU, v, Rupiah.ZERO));
    assertAgreement(
        VehicleClassSales.class,
        "jobs",
        counts,
        v -> VehicleClassSales.of(VehicleClass.CAR, v, Rupiah.ZERO));
  }

  @Test
  void requiredValuesAgreeWithTheChecks() {
    assertAgreement(
        TraineePremi.class,
        "amount",
        Arrays.asList(null, Rupiah.of(1)),
        v -> TraineePremi.builder().registrationNumber(Month.ANDI).amount(v).build());
    assertAgreement(
        PnbpStatus.class,
        "year",
        Arrays.asList(null, Year.of(2026)),
        v ->
            PnbpStatus.builder()
                .year(v)
                .target(Rupiah.of(1))
                .recordedInPeriod(Rupiah.ZERO)
                .depositedInPeriod(Rupiah.ZERO)
                .recordedToDate(Rupiah.ZERO)
                .depositedToDate(Rupiah.ZERO)
                .build());
    assertAgreement(
        PeriodReport.class,
        "facilityCode",
        Arrays.asList(null, FacilityCode.of("LAPAS-PAMEKASAN")),
        v -> PeriodReport.builder().from(Month.report()).facilityCode(v).build());
  }
}
