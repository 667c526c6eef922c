package org.bengkel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.report.Month.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialPrices;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.proceeds.SplitPolicy;
import org.bengkel.sales.Customer;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.junit.jupiter.api.Test;

class PeriodReportCompilerTest {

  private static Rupiah rp(long amount) {
    return Rupiah.of(amount);
  }

  @Test
  void novemberIsComputedByHand() {
    PeriodReport r = Month.report();
    assertThat(r.period())
        .isEqualTo(ReportPeriod.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    assertThat(r.facilityCode()).isEqualTo(PAMEKASAN);

    // Production. Boats MP-20261103 released 5 Nov: 9 good, 1 rejected, Andi 4 h + Budi 3 h 30
    // = 7 h 30, material Rp300.000. Cookies KK-20261110 rejected 11 Nov: all 38 jars produced
    // count as rejected, Candra 8 h, material Rp500.000. KK-20261028 (released 31 Oct 23:59) and
    // MP-20261120 (only planned) are left out.
    // The rejected batch's whole cost is written off.
    ProductionFigures boats = ProductionFigures.of(1, 0, 9, 1, hours(7, 30), rp(300_000));
    ProductionFigures cookies =
        ProductionFigures.of(0, 1, 0, 38, hours(8, 0), rp(500_000), rp(500_000));
    assertThat(r.productionByProduct())
        .containsExactly(
            ProductionRow.ofProduct(KULINER, KUE_SKU, cookies), // KUE-... sorts before MINIATUR-...
            ProductionRow.ofProduct(KAYU, PERAHU_SKU, boats));
    assertThat(r.productionByProgramme())
        .containsExactly(
            ProductionRow.ofProgramme(KAYU, boats), // KERAJINAN-... before KULINER-...
            ProductionRow.ofProgramme(KULINER, cookies));
    // Total: 1 released, 1 rejected, 9 good, 1 + 38 = 39 rejected units, 7 h 30 + 8 h = 15 h 30,
    // Rp300.000 + Rp500.000 = Rp800.000.
    assertThat(r.productionTotal())
        .isEqualTo(ProductionFigures.of(1, 1, 9, 39, hours(15, 30), rp(800_000), rp(500_000)));
    // Per good unit: boats 300.000 / 9 = 33.333,3 -> 33.333; the cookies have no good unit.
    assertThat(r.productionByProduct().get(1).figures().costPerGoodUnit()).contains(rp(33_333));
    assertThat(r.productionByProduct().get(0).figures().costPerGoodUnit()).isEmpty();

    // Sales, by fulfilment date. Gallery: SO-0101 (2 boats x 100.000 + car wash 35.000 =
    // 235.000) and SO-0104 (car wash 35.000, 30 Nov 23:59): 2 orders, 2 units, 2 jobs, 270.000.
    // Government: SO-0102, 3 boats = 300.000. e-Katalog: SO-0103, 10 jars x 90.000 = 900.000.
    // SO-0105 (fulfilled 1 Dec 00:00) and SO-0106 (paid, not fulfilled) are left out.
    assertThat(r.salesByChannel())
        .containsExactly(
            ChannelSales.of(Channel.GALLERY, 2, 2, 2, rp(270_000)),
            ChannelSales.of(Channel.GOVERNMENT_DIRECT, 1, 3, 0, rp(300_000)),
            ChannelSales.of(Channel.E_KATALOG, 1, 10, 0, rp(900_000)));
    // Products: kue 10 jars = 900.000; boats 2 + 3 = 5 = 500.000. Car washes: 2 x 35.000 = 70.000.
    // Not a PKP: no PPN, each order's price without PPN is its total.
    // Cost of goods sold, per good unit of the lot sold from: the 10 jars of KK-20261028
    // (October, Rp450.000 for 20 good jars) 450.000 x 10/20 = 225.000; boats of MP-20261103
    // (Rp300.000 for 9 good boats) SO-0101 2 boats 300.000 x 2/9 = 66.666,67 -> 66.667, SO-0102
    // 3 boats 300.000 x 3/9 = 100.000; 166.667 in all.
    assertThat(r.salesByProduct())
        .containsExactly(
            ProductSales.of(KUE_SKU, 10, rp(900_000), rp(225_000)),
            ProductSales.of(PERAHU_SKU, 5, rp(500_000), rp(166_667)));
    assertThat(r.salesByVehicleClass())
        .containsExactly(VehicleClassSales.of(VehicleClass.CAR, 2, rp(70_000)));
    // 270.000 + 300.000 + 900.000 = 1.470.000 = 900.000 + 500.000 + 70.000.
    assertThat(r.salesRevenue()).isEqualTo(rp(1_470_000));
    assertThat(r.salesPpn()).isEqualTo(Rupiah.ZERO);
    // Shampoo 12 Nov 3.500 + 30 Nov 3.500 = 7.000 (1 Dec left out).
    assertThat(r.serviceMaterialCost()).isEqualTo(rp(7_000));
    // Cost of goods sold 225.000 + 166.667 + 7.000 = 398.667; written off 500.000 (the burnt
    // cookies; the boats' one rejected unit is borne by their 9 good ones).
    assertThat(r.costOfGoodsSold()).isEqualTo(rp(398_667));
    assertThat(r.writeOffs()).isEqualTo(rp(500_000));

    // Proceeds under the default policy (50/15/35 of net profit) effective on 30 Nov:
    // 1.470.000 - (398.667 + 500.000) = 571.333; exact shares 285.666,5 / 85.699,95 /
    // 199.966,55, floors 571.331, the two rupiah left to the largest remainders ,95 (PNBP) and
    // ,55 (capital): premi 285.666, PNBP 85.700, capital 199.967.
    assertThat(r.proceeds().revenue()).isEqualTo(rp(1_470_000));
    assertThat(r.proceeds().materialCost()).isEqualTo(rp(898_667));
    assertThat(r.proceeds().base()).isEqualTo(rp(571_333));
    assertThat(r.proceeds().premi()).isEqualTo(rp(285_666));
    assertThat(r.proceeds().pnbp()).isEqualTo(rp(85_700));
    assertThat(r.proceeds().capital()).isEqualTo(rp(199_967));

    // Premi credited 30 Nov: 335.000 x 240/450 = 178.666,67 and x 210/450 = 156.333,33; floors
    // 178.666 + 156.333 = 334.999, the rupiah left goes to the larger remainder (Andi, ,67).
    // The October allocation (Rp50.000 to Andi, credited 31 Oct) is left out.
    assertThat(r.premiByTrainee())
        .containsExactly(TraineePremi.of(ANDI, rp(178_667)), TraineePremi.of(BUDI, rp(156_333)));
    assertThat(r.premiTotal()).isEqualTo(rp(335_000));

    // PNBP: recorded in November 100.500, deposited in November 100.000; to 30 Nov recorded
    // 400.000 + 100.500 = 500.500, deposited 400.000 + 100.000 = 500.000 (the 10 Dec deposit is
    // later). Achievement 500.000 / 12.000.000 = 1/24 = 4,1666..% shown 4.17.
    PnbpStatus pnbp = r.pnbp();
    assertThat(pnbp.year()).isEqualTo(Year.of(2026));
    assertThat(pnbp.target()).isEqualTo(rp(12_000_000));
    assertThat(pnbp.recordedInPeriod()).isEqualTo(rp(100_500));
    assertThat(pnbp.depositedInPeriod()).isEqualTo(rp(100_000));
    assertThat(pnbp.recordedToDate()).isEqualTo(rp(500_500));
    assertThat(pnbp.depositedToDate()).isEqualTo(rp(500_000));
    assertThat(pnbp.undepositedToDate()).isEqualTo(rp(500));
    assertThat(pnbp.achievement()).isEqualTo(Rate.of(1, 24));
    assertThat(pnbp.achievementPercent()).isEqualByComparingTo(new BigDecimal("4.17"));
  }

  @Test
  void aLotSoldUnitByUnitCarriesItsBatchCostWholeOverThePeriods() {
    // MP-20261103: Rp300.000 for 9 good boats, sold one boat per order, four in November and five
    // in December. One boat costs 300.000 / 9 = 33.333,33, and nine sales rounded one by one
    // would make 9 x 33.333 = 299.997. Rounded on the lot's running total, November's four cost
    // round(300.000 x 4/9) = 133.333 and December's five 300.000 - 133.333 = 166.667: the
    // batch's Rp300.000 whole (one by one, December would make 5 x 33.333 = 166.665).
    List<SalesOrder> orders = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      LocalDateTime when = i < 4 ? at(11, 10 + i, 10, 0) : at(12, 10 + i, 10, 0);
      orders.add(
          fulfilled(
              "SO-2026-020" + i,
              Channel.GALLERY,
              Customer.walkIn(),
              when,
              goods(PERAHU, 1, 100_000, "MP-20261103")));
    }
    ReportPeriod december = ReportPeriod.ofMonth(YearMonth.of(2026, 12));
    assertThat(boatSales(NOVEMBER, orders))
        .containsExactly(ProductSales.of(PERAHU_SKU, 4, rp(400_000), rp(133_333)));
    assertThat(boatSales(december, orders))
        .containsExactly(ProductSales.of(PERAHU_SKU, 5, rp(500_000), rp(166_667)));
    // The order the orders are given in does not matter.
    List<SalesOrder> reversed = new ArrayList<>(orders);
    Collections.reverse(reversed);
    assertThat(boatSales(december, reversed))
        .containsExactly(ProductSales.of(PERAHU_SKU, 5, rp(500_000), rp(166_667)));
    // An order before the period is counted once too: given twice, it is refused.
    assertThatThrownBy(
            () ->
                PeriodReportCompiler.forPeriod(december, taxPolicy())
                    .batch(boats(), rp(300_000))
                    .order(orders.get(0))
                    .order(orders.get(0)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("value.duplicate"));
  }

  private static List<ProductSales> boatSales(ReportPeriod period, List<SalesOrder> orders) {
    return PeriodReportCompiler.forPeriod(period, taxPolicy())
        .batch(boats(), rp(300_000))
        .orders(orders)
        .compile(policies(), ledger())
        .salesByProduct();
  }

  @Test
  void factsOutsideThePeriodAreLeftOut() {
    // Only the facts outside November: nothing is counted, the split is of Rp0.
    PeriodReport r =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy())
            .batches(Map.of(octoberCookies(), rp(450_000), plannedBoats(), rp(1)))
            .orders(List.of(december(), paidOnly()))
            .premi(LocalDate.of(2026, 10, 31), octoberPremi())
            .premi(LocalDate.of(2026, 12, 1), novemberPremi())
            .compile(policies(), ledger());
    assertThat(r.productionByProgramme()).isEmpty();
    assertThat(r.productionByProduct()).isEmpty();
    assertThat(r.productionTotal()).isEqualTo(ProductionFigures.none());
    assertThat(r.salesByChannel()).isEmpty();
    assertThat(r.salesByProduct()).isEmpty();
    assertThat(r.salesByVehicleClass()).isEmpty();
    assertThat(r.salesRevenue()).isEqualTo(Rupiah.ZERO);
    assertThat(r.proceeds().base()).isEqualTo(Rupiah.ZERO);
    assertThat(r.premiByTrainee()).isEmpty();
    assertThat(r.premiTotal()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void aBatchIsDecidedOnTheDayOfItsReleaseOrRejection() {
    assertThat(PeriodReportCompiler.decidedOn(boats())).contains(LocalDate.of(2026, 11, 5));
    assertThat(PeriodReportCompiler.decidedOn(burntCookies())).contains(LocalDate.of(2026, 11, 11));
    assertThat(PeriodReportCompiler.decidedOn(plannedBoats())).isEmpty();
    // Released 31 Oct 23:59: counted in October, not November.
    PeriodReport october =
        PeriodReportCompiler.forPeriod(ReportPeriod.ofMonth(java.time.YearMonth.of(2026, 10)))
            .batch(octoberCookies(), rp(450_000))
            .compile(policies(), ledger());
    assertThat(october.productionTotal())
        .isEqualTo(ProductionFigures.of(1, 0, 20, 0, Duration.ZERO, rp(450_000)));
    assertThat(october.period().lastDay()).isEqualTo(LocalDate.of(2026, 10, 31));
  }

  @Test
  void reportTotalsEqualTheSumOfTheirRows() {
    PeriodReport r = Month.report();
    ProductionFigures programmes =
        r.productionByProgramme().stream()
            .map(ProductionRow::figures)
            .reduce(ProductionFigures.none(), ProductionFigures::plus);
    ProductionFigures products =
        r.productionByProduct().stream()
            .map(ProductionRow::figures)
            .reduce(ProductionFigures.none(), ProductionFigures::plus);
    assertThat(programmes).isEqualTo(r.productionTotal()).isEqualTo(products);
    assertThat(
            r.salesByChannel().stream()
                .map(ChannelSales::revenue)
                .reduce(Rupiah.ZERO, Rupiah::plus))
        .isEqualTo(r.salesRevenue());
    assertThat(
            r.premiByTrainee().stream().map(TraineePremi::amount).reduce(Rupiah.ZERO, Rupiah::plus))
        .isEqualTo(r.premiTotal());
  }

  @Test
  void toStringNeverShowsARegistrationNumber() {
    PeriodReport r = Month.report();
    String text = r.toString() + r.premiByTrainee() + r.premiByTrainee().get(0);
    for (String number : List.of("B.I-101/2025", "B.I-102/2025", "101/2025", "102/2025")) {
      assertThat(text).doesNotContain(number);
    }
    assertThat(r.toString()).contains("PeriodReport").contains("salesRevenue=Rp1.470.000");
  }

  @Test
  void aBatchOrAnOrderGivenTwiceIsRefused() {
    PeriodReportCompiler b =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy()).batch(boats(), rp(1));
    assertThatThrownBy(() -> b.batch(boats(), rp(1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.duplicate");
              assertThat(e.field()).isEqualTo("batches");
            });
    b.order(gallery());
    assertThatThrownBy(() -> b.order(gallery()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.duplicate");
              assertThat(e.field()).isEqualTo("orders");
            });
  }

  @Test
  void theLedgerMustBeOfTheYearInWhichThePeriodEnds() {
    PnbpLedger ledger2025 = PnbpLedger.of(PAMEKASAN, Year.of(2025), rp(1_000_000));
    assertThatThrownBy(
            () -> PeriodReportCompiler.forPeriod(NOVEMBER).compile(policies(), ledger2025))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("report.pnbp.year");
              assertThat(e.field()).isEqualTo("ledger.year");
            });
  }

  @Test
  void policiesAndLedgerMustBelongToOneFacility() {
    SplitPolicies other =
        SplitPolicies.of(
            SplitPolicy.defaultFor(FacilityCode.of("RUTAN-SUMENEP"), LocalDate.of(2026, 1, 1)));
    assertThatThrownBy(() -> PeriodReportCompiler.forPeriod(NOVEMBER).compile(other, ledger()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("report.facility.mismatch");
              assertThat(e.field()).isEqualTo("policies.facilityCode");
            });
  }

  @Test
  void withoutAPolicyOnTheLastDayNothingCanBeSplit() {
    SplitPolicies fromDecember =
        SplitPolicies.of(SplitPolicy.defaultFor(PAMEKASAN, LocalDate.of(2026, 12, 1)));
    assertThatThrownBy(
            () -> PeriodReportCompiler.forPeriod(NOVEMBER).compile(fromDecember, ledger()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("proceeds.policy.none"));
  }

  @Test
  void materialCostFromTheBillsIsComputedOnlyForBatchesOfThePeriod() {
    // October's batch is kept for the units sold from its lot, but nothing of it is sold: its
    // (missing) bill of materials is never looked up.
    PeriodReportCompiler b =
        PeriodReportCompiler.forPeriod(NOVEMBER)
            .batch(octoberCookies(), BomRegistry.empty(), MaterialPrices.empty())
            .batch(plannedBoats(), BomRegistry.empty(), MaterialPrices.empty());
    assertThat(b.period()).isEqualTo(NOVEMBER);
    // November's batch needs its bill: none is registered.
    assertThatThrownBy(() -> b.batch(boats(), BomRegistry.empty(), MaterialPrices.empty()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aLotOfAnEarlierPeriodIsCostedFromItsBillOnlyWhenSoldFrom() {
    // KK-20261028 (released 31 Oct) by its bill: 20 jars = 5 kg flour x 12.000 + 3 kg butter x
    // 80.000 + 2 kg sugar x 16.000 + 20 jars x 3.500 = 60.000 + 240.000 + 32.000 + 70.000
    // = 402.000 for 20 good jars. The 10 jars sold on e-Katalog in November cost
    // 402.000 x 10/20 = 201.000; the batch is not November's production.
    PeriodReport r =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy())
            .batch(
                octoberCookies(),
                BomRegistry.of(List.of(org.bengkel.catalog.Fixtures.kueKeringBom())),
                org.bengkel.catalog.Fixtures.prices())
            .order(eKatalog())
            .compile(policies(), ledger());
    assertThat(r.salesByProduct())
        .containsExactly(ProductSales.of(KUE_SKU, 10, rp(900_000), rp(201_000)));
    assertThat(r.productionTotal()).isEqualTo(ProductionFigures.none());
    // 900.000 - 201.000 = 699.000 split.
    assertThat(r.proceeds().base()).isEqualTo(rp(699_000));
  }

  @Test
  void missingInputsAreRefusedByName() {
    assertThatThrownBy(() -> PeriodReportCompiler.forPeriod(null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("period"));
    PeriodReportCompiler b = PeriodReportCompiler.forPeriod(NOVEMBER);
    assertThatThrownBy(() -> b.batch(boats(), (Rupiah) null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("materialCost"));
    assertThatThrownBy(() -> b.order(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> b.premi(null, novemberPremi()))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> b.compile(policies(), null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("ledger"));
  }

  /** One car wash at Rp33.300, fulfilled 12 Nov, with or without its quoted tax. */
  private static SalesOrder wash() {
    return fulfilled(
        "SO-2026-0201",
        Channel.GALLERY,
        Customer.walkIn(),
        at(11, 12, 10, 0),
        ServiceJob.builder()
            .from(carWash(LocalDate.of(2026, 11, 12)))
            .unitPrice(rp(33_300))
            .build());
  }

  /** The same wash, carrying the tax its quote computed under a policy. */
  private static SalesOrder wash(TaxPolicy quotedBy) {
    SalesOrder order = wash();
    return SalesOrder.builder().from(order).quotedTax(quotedBy.apply(order.total())).build();
  }

  @Test
  void ppnIsNeverSplit() {
    // A PKP facility, prices including PPN: effective rate 12 % x 11/12 = 11 %, so Rp33.300 is
    // 33.300 x 100/111 = Rp30.000 without PPN + PPN Rp3.300. The split base is Rp30.000 (no
    // cost): premi 50 % = 15.000, PNBP 15 % = 4.500, capital 35 % = 10.500 (SplitPolicy's
    // DEFAULT_PREMI, DEFAULT_PNBP, DEFAULT_CAPITAL); 15.000 + 4.500 + 10.500 = 30.000, and the
    // Rp3.300 PPN is in none of them.
    TaxPolicy pkp = TaxPolicy.of(PAMEKASAN, TaxStatus.PKP, PriceInclusion.INCLUSIVE);
    PeriodReport byPolicy =
        PeriodReportCompiler.forPeriod(NOVEMBER, pkp).order(wash()).compile(policies(), ledger());
    PeriodReport byQuote =
        PeriodReportCompiler.forPeriod(NOVEMBER).order(wash(pkp)).compile(policies(), ledger());
    for (PeriodReport r : List.of(byPolicy, byQuote)) {
      assertThat(r.salesRevenue()).isEqualTo(rp(30_000));
      assertThat(r.salesPpn()).isEqualTo(rp(3_300));
      assertThat(r.salesByChannel())
          .containsExactly(ChannelSales.of(Channel.GALLERY, 1, 0, 1, rp(30_000)));
      assertThat(r.salesByVehicleClass())
          .containsExactly(VehicleClassSales.of(VehicleClass.CAR, 1, rp(30_000)));
      assertThat(r.proceeds().base()).isEqualTo(rp(30_000));
      assertThat(r.proceeds().premi()).isEqualTo(rp(15_000));
      assertThat(r.proceeds().pnbp()).isEqualTo(rp(4_500));
      assertThat(r.proceeds().capital()).isEqualTo(rp(10_500));
    }
    // The quoted tax wins over the compiler's policy: a quote of a seller that is not a PKP
    // keeps the whole Rp33.300 as revenue even under a PKP policy.
    PeriodReport nonPkpQuote =
        PeriodReportCompiler.forPeriod(NOVEMBER, pkp)
            .order(wash(taxPolicy()))
            .compile(policies(), ledger());
    assertThat(nonPkpQuote.salesRevenue()).isEqualTo(rp(33_300));
    assertThat(nonPkpQuote.salesPpn()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void anOrderWithoutQuotedTaxNeedsATaxPolicy() {
    assertThatThrownBy(() -> PeriodReportCompiler.forPeriod(NOVEMBER).order(wash()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("report.order.tax-unknown");
              assertThat(e.field()).isEqualTo("orders");
            });
    TaxPolicy sumenep =
        TaxPolicy.of(FacilityCode.of("RUTAN-SUMENEP"), TaxStatus.PKP, PriceInclusion.INCLUSIVE);
    assertThatThrownBy(
            () -> PeriodReportCompiler.forPeriod(NOVEMBER, sumenep).compile(policies(), ledger()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("report.facility.mismatch");
              assertThat(e.field()).isEqualTo("taxPolicy.facilityCode");
            });
  }

  @Test
  void unitsSoldFromALotWhoseBatchIsUnknownAreRefused() {
    // The boats' batch was not given: the cost of the 3 boats sold is unknown.
    assertThatThrownBy(
            () -> PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy()).order(government()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("report.lot.cost-unknown");
              assertThat(e.field()).isEqualTo("batches");
            });
  }

  @Test
  void theCostOfGoodUnitsIsPerGoodUnitRoundedHalfUp() {
    // Kue kering KK-20261012-01 of the Pamekasan scenario: Rp903.500 for 38 good jars of 40.
    // 2 jars: 903.500 x 2/38 = 47.552,63 -> 47.553; all 38: 903.500; per jar 23.776,3 -> 23.776.
    assertThat(ProductionFigures.costOfGoodUnits(rp(903_500), 38, 2)).isEqualTo(rp(47_553));
    assertThat(ProductionFigures.costOfGoodUnits(rp(903_500), 38, 38)).isEqualTo(rp(903_500));
    assertThat(ProductionFigures.of(1, 0, 38, 2, Duration.ZERO, rp(903_500)).costPerGoodUnit())
        .contains(rp(23_776));
    assertThatThrownBy(() -> ProductionFigures.costOfGoodUnits(rp(1), 0, 1))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ProductionFigures.of(0, 1, 0, 0, Duration.ZERO, rp(1), rp(2)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("writtenOff"));
  }
}
