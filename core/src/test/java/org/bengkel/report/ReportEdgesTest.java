package org.bengkel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.report.Month.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.bengkel.Stamps;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialPrices;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.production.BatchStage;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.QualityCheck;
import org.bengkel.production.StageEvent;
import org.bengkel.production.StageHistory;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.sales.Customer;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * The edges of the period report that mutation testing showed untested (docs/testing.md): the
 * bounds of each figure, the order of every list whatever order the compiler's maps hold, batches
 * decided outside the period and ledgers with entries after it.
 */
class ReportEdgesTest {

  private static Rupiah rp(long amount) {
    return Rupiah.of(amount);
  }

  private static void refused(Runnable build, String code, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  private static void reportRefused(
      UnaryOperator<PeriodReport.Builder> change, String code, String field) {
    PeriodReport.Builder b = PeriodReport.builder().from(Month.report());
    refused(() -> change.apply(b).build(), code, field);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  /** Keys in the order a default HashMap iterates them, which is the compiler's order. */
  private static <K> List<K> hashOrder(List<K> keys) {
    Map<K, Boolean> map = new HashMap<>();
    keys.forEach(k -> map.put(k, true));
    return new ArrayList<>(map.keySet());
  }

  /** The test only shows that the compiler sorts if a HashMap would not have sorted the keys. */
  private static <K extends Comparable<? super K>> void notSortedByHash(List<K> keys) {
    List<K> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.naturalOrder());
    assertThat(hashOrder(keys)).as("precondition: hash order differs").isNotEqualTo(sorted);
  }

  @Test
  void figuresRefuseNegativeCounts() {
    Duration h = Duration.ZERO;
    refused(
        () -> ProductionFigures.of(-1, 0, 0, 0, h, rp(0)), "value.out-of-range", "batchesReleased");
    refused(
        () -> ProductionFigures.of(0, -1, 0, 0, h, rp(0)), "value.out-of-range", "batchesRejected");
    refused(() -> ProductionFigures.of(0, 0, -1, 0, h, rp(0)), "value.out-of-range", "goodUnits");
    refused(
        () -> ProductionFigures.of(0, 0, 0, -1, h, rp(0)), "value.out-of-range", "rejectedUnits");
    Sku sku = PERAHU_SKU;
    refused(
        () -> ChannelSales.of(Channel.GALLERY, -1, 0, 0, rp(0)), "value.out-of-range", "orders");
    refused(
        () -> ChannelSales.of(Channel.GALLERY, 0, -1, 0, rp(0)),
        "value.out-of-range",
        "goodsUnits");
    refused(
        () -> ChannelSales.of(Channel.GALLERY, 0, 0, -1, rp(0)),
        "value.out-of-range",
        "serviceJobs");
    refused(() -> ProductSales.of(sku, -1, rp(0)), "value.out-of-range", "units");
  }

  @Test
  void costOfGoodUnitsNeedsAGoodUnitAndNoNegativeUnits() {
    refused(
        () -> ProductionFigures.costOfGoodUnits(rp(900), 0, 0), "value.out-of-range", "goodUnits");
    refused(() -> ProductionFigures.costOfGoodUnits(rp(900), 9, -1), "value.out-of-range", "units");
    // Rp900 for 9 good units, 2 of them: 900 x 2/9 = 200 exactly.
    assertThat(ProductionFigures.costOfGoodUnits(rp(900), 9, 2)).isEqualTo(rp(200));
    refused(
        () -> ProductionFigures.costOfGoodUnits(rp(900), 9, -1, 1),
        "value.out-of-range",
        "soldBefore");
    refused(
        () -> ProductionFigures.costOfGoodUnits(rp(900), 9, Long.MAX_VALUE, 1),
        "value.overflow",
        "units");
  }

  @Test
  void costOfGoodUnitsCarriesTheBatchCostWholeOverItsSales() {
    // Rp5 for 2 good units sold one by one: 5 x 1/2 = 2,5 rounds to 3, and then the second costs
    // round(5 x 2/2) - 3 = 2, not 3 again: Rp5 in all.
    assertThat(ProductionFigures.costOfGoodUnits(rp(5), 2, 0, 1)).isEqualTo(rp(3));
    assertThat(ProductionFigures.costOfGoodUnits(rp(5), 2, 1, 1)).isEqualTo(rp(2));
    // Rp1.000 for 3 good units: 333,33 rounds to 333, then 667 - 333 = 334, then 1.000 - 667 =
    // 333: Rp1.000 in all, not 999.
    assertThat(ProductionFigures.costOfGoodUnits(rp(1_000), 3, 0, 1)).isEqualTo(rp(333));
    assertThat(ProductionFigures.costOfGoodUnits(rp(1_000), 3, 1, 1)).isEqualTo(rp(334));
    assertThat(ProductionFigures.costOfGoodUnits(rp(1_000), 3, 2, 1)).isEqualTo(rp(333));
    // No units sold cost nothing, wherever the lot stands; the three-argument form starts at 0.
    assertThat(ProductionFigures.costOfGoodUnits(rp(1_000), 3, 2, 0)).isEqualTo(Rupiah.ZERO);
    assertThat(ProductionFigures.costOfGoodUnits(rp(1_000), 3, 2))
        .isEqualTo(ProductionFigures.costOfGoodUnits(rp(1_000), 3, 0, 2));
  }

  @Test
  void everyListMustBeSortedWithoutRepeats() {
    PeriodReport r = Month.report();
    reportRefused(
        b -> b.productionByProgramme(reversed(r.productionByProgramme())),
        "report.row.order",
        "productionByProgramme[1]");
    reportRefused(
        b -> b.productionByProduct(reversed(r.productionByProduct())),
        "report.row.order",
        "productionByProduct[1]");
    reportRefused(
        b -> b.salesByProduct(reversed(r.salesByProduct())),
        "report.row.order",
        "salesByProduct[1]");
    // MOTORCYCLE after CAR: the classes are ordered by code, "CAR" < "MOTORCYCLE".
    reportRefused(
        b ->
            b.salesByVehicleClass(
                List.of(
                    VehicleClassSales.of(VehicleClass.MOTORCYCLE, 1, rp(15_000)),
                    VehicleClassSales.of(VehicleClass.CAR, 2, rp(70_000)))),
        "report.row.order",
        "salesByVehicleClass[1]");
    // A repeated key is out of order too (>=, not >).
    ProductionRow first = r.productionByProgramme().get(0);
    reportRefused(
        b -> b.productionByProgramme(List.of(first, first)),
        "report.row.order",
        "productionByProgramme[1]");
  }

  @Test
  void aProgrammeRowInTheProductListIsOfTheWrongKindWhereverItStands() {
    PeriodReport r = Month.report();
    ProductionRow productRow = r.productionByProduct().get(1);
    ProductionRow programmeRow =
        ProductionRow.ofProgramme(productRow.programme(), productRow.figures());
    // No key to compare: the row's kind is refused, not a NullPointerException.
    reportRefused(
        b -> b.productionByProduct(List.of(programmeRow, productRow)),
        "report.row.kind",
        "productionByProduct[0].product");
    reportRefused(
        b -> b.productionByProduct(List.of(productRow, programmeRow)),
        "report.row.kind",
        "productionByProduct[1].product");
  }

  @Test
  void traineesOutOfOrderAreRefusedWithoutTheirNumbers() {
    PeriodReport r = Month.report();
    assertThat(r.premiByTrainee()).hasSizeGreaterThan(1);
    assertThatThrownBy(
            () ->
                PeriodReport.builder().from(r).premiByTrainee(reversed(r.premiByTrainee())).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("report.row.order");
              assertThat(e.isPersonal()).isTrue();
              assertThat(e.rejectedValue()).isEmpty();
            });
    // A list that is not personal names the key that is out of order.
    assertThatThrownBy(
            () ->
                PeriodReport.builder().from(r).salesByProduct(reversed(r.salesByProduct())).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.isPersonal()).isFalse());
  }

  @Test
  void aProgrammeWithoutProductsAndWithoutFiguresIsConsistent() {
    // CUCI-SAE produced nothing: its row is all zeros and no product row belongs to it; the total
    // is unchanged (0 + the other programmes).
    PeriodReport r = Month.report();
    List<ProductionRow> rows = new ArrayList<>();
    rows.add(ProductionRow.ofProgramme(CUCI, ProductionFigures.none()));
    rows.addAll(r.productionByProgramme());
    PeriodReport withIdle = PeriodReport.builder().from(r).productionByProgramme(rows).build();
    assertThat(withIdle.productionByProgramme()).hasSize(r.productionByProgramme().size() + 1);
    assertThat(withIdle.productionTotal()).isEqualTo(r.productionTotal());
  }

  @Test
  void aBatchDecidedAfterThePeriodIsIgnoredEvenTwice() {
    // Boats were released on 5 Nov: after October, so October's report ignores them, and giving
    // them twice is no duplicate.
    ReportPeriod october = ReportPeriod.ofMonth(java.time.YearMonth.of(2026, 10));
    PeriodReport byCost =
        PeriodReportCompiler.forPeriod(october, taxPolicy())
            .batch(boats(), rp(300_000))
            .batch(boats(), rp(300_000))
            .compile(policies(), ledger());
    assertThat(byCost.productionByProduct()).isEmpty();
    PeriodReport byBom =
        PeriodReportCompiler.forPeriod(october, taxPolicy())
            .batch(boats(), BomRegistry.empty(), MaterialPrices.empty())
            .batch(boats(), BomRegistry.empty(), MaterialPrices.empty())
            .compile(policies(), ledger());
    assertThat(byBom.productionByProduct()).isEmpty();
  }

  @Test
  void anEarlierBatchGivenTwiceIsADuplicate() {
    // October's cookies in November's report, costed from the bills of materials: registered
    // once for the cost of its lot; the second time is a duplicate lot.
    PeriodReportCompiler c =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy())
            .batch(octoberCookies(), BomRegistry.empty(), MaterialPrices.empty());
    refused(
        () -> c.batch(octoberCookies(), BomRegistry.empty(), MaterialPrices.empty()),
        "value.duplicate",
        "batches");
  }

  @Test
  void batchesByMapAreAllCounted() {
    // Boats (Rp300.000) and the burnt cookies (Rp500.000, rejected, all written off).
    PeriodReport r =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy())
            .batches(Map.of(boats(), rp(300_000), burntCookies(), rp(500_000)))
            .compile(policies(), ledger());
    assertThat(r.productionByProduct()).hasSize(2);
    // 300.000 + 500.000 = 800.000 of material, of which 500.000 written off.
    assertThat(r.productionTotal().materialCost()).isEqualTo(rp(800_000));
    assertThat(r.productionTotal().writtenOff()).isEqualTo(rp(500_000));
  }

  // a walk-in customer's one-line gallery order, fulfilled on 20 November at 10:00
  private static SalesOrder walkInOn20Nov(String number, OrderLine line) {
    return fulfilled(number, Channel.GALLERY, Customer.walkIn(), at(11, 20, 10, 0), line);
  }

  @Test
  void aLotOfARejectedBatchHasNoCost() {
    // The burnt cookies were rejected: nothing of their lot can be costed as sold.
    SalesOrder sold = walkInOn20Nov("SO-2026-0301", goods(KUE, 1, 90_000, "KK-20261110"));
    PeriodReportCompiler c =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy()).batch(burntCookies(), rp(500_000));
    refused(() -> c.order(sold), "report.lot.cost-unknown", "batches");
  }

  @Test
  void aGoodsLineSoldFromAnotherProductsLotIsRefused() {
    // Jars of kue kering said to come from the boats' lot: the lot's cost would be counted for
    // boats, which the line did not sell, and the kue's cost would be lost.
    SalesOrder sold = walkInOn20Nov("SO-2026-0301", goods(KUE, 1, 90_000, "MP-20261103"));
    PeriodReportCompiler c =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy()).batch(boats(), rp(300_000));
    refused(() -> c.order(sold), "report.lot.product-mismatch", "orders");
    // A refused order leaves the compiler as it was: its number may be given again once mended.
    SalesOrder mended = walkInOn20Nov("SO-2026-0301", goods(PERAHU, 1, 100_000, "MP-20261103"));
    assertThat(c.order(mended).compile(policies(), ledger()).salesByProduct())
        .containsExactly(ProductSales.of(PERAHU_SKU, 1, rp(100_000), rp(33_333)));
  }

  @Test
  void aBatchRejectedAfterItsQualityCheckHasNoGoodUnits() {
    // The cookies counted 30 good and 8 rejected at their check, then the whole batch was
    // rejected: 0 good units, and all 38 produced count as rejected; Rp500.000 written off.
    List<StageEvent> events = new ArrayList<>(burntCookies().history());
    events.add(
        events.size() - 1,
        StageEvent.of(BatchStage.QUALITY_CHECK, stamp(PENGAWAS, at(11, 10, 16, 0))));
    ProductionBatch checkedThenRejected =
        ProductionBatch.builder()
            .from(burntCookies())
            .qualityCheck(QualityCheck.of(30, 8))
            .stageHistory(StageHistory.of(events))
            .build();
    PeriodReport r =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy())
            .batch(checkedThenRejected, rp(500_000))
            .compile(policies(), ledger());
    assertThat(r.productionTotal())
        .isEqualTo(ProductionFigures.of(0, 1, 0, 38, hours(8, 0), rp(500_000), rp(500_000)));
  }

  @Test
  void aFreeOrderHasNoRevenue() {
    // A boat at Rp0 (a sample given away): total 0, so no allocation of revenue. Its cost is still
    // the lot's: Rp300.000 for 9 good boats, one of them: 300.000 / 9 = 33.333,3 -> Rp33.333.
    SalesOrder free = walkInOn20Nov("SO-2026-0302", goods(PERAHU, 1, 0, "MP-20261103"));
    PeriodReport r =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy())
            .batch(boats(), rp(300_000))
            .order(free)
            .compile(policies(), ledger());
    assertThat(r.salesRevenue()).isEqualTo(rp(0));
    assertThat(r.salesByProduct())
        .containsExactly(ProductSales.of(PERAHU_SKU, 1, rp(0), rp(33_333)));
  }

  @Test
  void rowsAreSortedWhateverOrderTheCompilerCollectedThemIn() {
    ProgrammeCode[] programmes = {
      ProgrammeCode.of("LAS-2026"), ProgrammeCode.of("JAHIT-2026"), ProgrammeCode.of("BATIK-2026"),
      ProgrammeCode.of("ANYAM-2026"), ProgrammeCode.of("ROTI-2026"), ProgrammeCode.of("SABUN-2026")
    };
    String[] skus = {"TAS-ANYAM", "KEMEJA-BATIK", "PAGAR-BESI", "ROTI-TAWAR", "SABUN-SEREH", "LAP"};
    List<Sku> skuKeys = new ArrayList<>();
    List<ProgrammeCode> programmeKeys = new ArrayList<>();
    PeriodReportCompiler c = PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy());
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < skus.length; i++) {
      Product p =
          Product.of(
              Sku.of(skus[i]),
              "Produk " + i,
              ProductCategory.WOOD_MINIATURE,
              Unit.PIECE,
              programmes[i]);
      skuKeys.add(p.sku());
      programmeKeys.add(programmes[i]);
      c.batch(
          ProductionBatch.builder()
              .from(boats())
              .lotCode(LotCode.of("LOT-" + i))
              .product(p)
              .build(),
          rp(1_000));
      lines.add(goods(p, 1, 10_000, "LOT-" + i));
    }
    notSortedByHash(skuKeys);
    notSortedByHash(programmeKeys);
    // Six vehicle classes washed once each, at Rp10.000.
    List<VehicleClass> classes =
        List.of(
            VehicleClass.of("TRUCK"),
            VehicleClass.of("BUS"),
            VehicleClass.of("PICKUP"),
            VehicleClass.CAR,
            VehicleClass.MOTORCYCLE,
            VehicleClass.of("VAN"));
    notSortedByHash(classes);
    Service.Builder wash = Service.builder().from(WASH);
    classes.forEach(v -> wash.putPricePerJob(v, rp(10_000)));
    Service allClasses = wash.build();
    for (VehicleClass v : classes) {
      lines.add(ServiceJob.of(allClasses, v, LocalDate.of(2026, 11, 12), Set.of(ANDI)));
    }
    c.order(
        fulfilled(
            "SO-2026-0303",
            Channel.GALLERY,
            Customer.walkIn(),
            at(11, 12, 10, 0),
            lines.toArray(OrderLine[]::new)));
    List<RegistrationNumber> trainees = new ArrayList<>();
    List<Contribution> contributions = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      RegistrationNumber n = RegistrationNumber.of("B.I-" + (900 - i * 37) + "/2025");
      trainees.add(n);
      contributions.add(Contribution.of(n, 1));
    }
    notSortedByHash(trainees);
    // Rp8.000 by pieces, one piece each: Rp1.000 each.
    c.premi(
        LocalDate.of(2026, 11, 30),
        PremiAllocation.allocate(rp(8_000), ContributionBasis.PIECES, contributions));
    PeriodReport r = c.compile(policies(), ledger());
    assertThat(r.productionByProduct())
        .extracting(row -> row.product().orElseThrow())
        .isSortedAccordingTo(Comparator.naturalOrder())
        .hasSize(6);
    assertThat(r.productionByProgramme())
        .extracting(ProductionRow::programme)
        .isSortedAccordingTo(Comparator.naturalOrder())
        .hasSize(6);
    assertThat(r.salesByProduct())
        .extracting(ProductSales::sku)
        .isSortedAccordingTo(Comparator.naturalOrder())
        .hasSize(6);
    assertThat(r.salesByVehicleClass())
        .extracting(VehicleClassSales::vehicleClass)
        .isSortedAccordingTo(Comparator.naturalOrder())
        .hasSize(6);
    assertThat(r.premiByTrainee())
        .extracting(TraineePremi::registrationNumber)
        .isSortedAccordingTo(Comparator.naturalOrder())
        .hasSize(8);
    // 6 goods x Rp10.000 + 6 washes x Rp10.000 = Rp120.000.
    assertThat(r.salesRevenue()).isEqualTo(rp(120_000));
  }

  @Test
  void aRecordAfterThePeriodIsNotRecordedToDate() {
    // Month.ledger() plus a record on 5 Dec of Rp7.000: to 30 Nov, recorded 400.000 + 100.500 =
    // 500.500, of which 100.500 in November; the December record counts in neither.
    var ledger = ledger().record(Stamps.on(2026, 12, 5), "DES-2026", rp(7_000)).orElseThrow();
    PnbpStatus s =
        PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy()).compile(policies(), ledger).pnbp();
    assertThat(s.recordedToDate()).isEqualTo(rp(500_500));
    assertThat(s.recordedInPeriod()).isEqualTo(rp(100_500));
  }
}
