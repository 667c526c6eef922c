package org.bengkel.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bengkel.Stamps;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.inventory.Pick;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.proceeds.SplitPolicy;
import org.bengkel.production.BatchStage;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.QualityCheck;
import org.bengkel.production.StageEvent;
import org.bengkel.production.StageHistory;
import org.bengkel.production.WorkInterval;
import org.bengkel.production.WorkLog;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.sales.Customer;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.OrderEvent;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;

/**
 * The hand-computed month, November 2026 at Lapas Pamekasan, built by hand through core's public
 * builders (core tests cannot use the testkit). Every number is worked out in {@code
 * PeriodReportCompilerTest}.
 */
final class Month {

  static final FacilityCode PAMEKASAN = FacilityCode.of("LAPAS-PAMEKASAN");
  static final ReportPeriod NOVEMBER = ReportPeriod.ofMonth(YearMonth.of(2026, 11));

  static final ProgrammeCode KAYU = ProgrammeCode.of("KERAJINAN-KAYU-2026");
  static final ProgrammeCode KULINER = ProgrammeCode.of("KULINER-2026");
  static final ProgrammeCode CUCI = ProgrammeCode.of("CUCI-SAE");

  static final Sku PERAHU_SKU = Sku.of("MINIATUR-PERAHU-30");
  static final Sku KUE_SKU = Sku.of("KUE-KERING-500G");

  static final Product PERAHU =
      Product.of(
          PERAHU_SKU, "Miniatur perahu 30 cm", ProductCategory.WOOD_MINIATURE, Unit.PIECE, KAYU);
  static final Product KUE =
      Product.builder()
          .sku(KUE_SKU)
          .name("Kue kering nastar 500 g")
          .category(ProductCategory.COOKIES)
          .unit(Unit.JAR)
          .programme(KULINER)
          .shelfLifeDays(60)
          .netContent("500 g")
          .addIngredients("tepung terigu", "mentega", "selai nanas")
          .build();
  static final Service WASH =
      Service.builder()
          .sku(Sku.of("CUCI-KENDARAAN"))
          .name("Cuci kendaraan")
          .programme(CUCI)
          .putPricePerJob(VehicleClass.MOTORCYCLE, Rupiah.of(15_000))
          .putPricePerJob(VehicleClass.CAR, Rupiah.of(35_000))
          .build();

  static final Officer PENGAWAS = Officer.of(Nip.of("199001012015032002"), "Siti Aminah");

  static final RegistrationNumber ANDI = RegistrationNumber.of("B.I-101/2025");
  static final RegistrationNumber BUDI = RegistrationNumber.of("B.I-102/2025");
  static final RegistrationNumber CANDRA = RegistrationNumber.of("B.IIa-103/2025");

  private Month() {}

  static LocalDateTime at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute);
  }

  static WorkInterval work(RegistrationNumber who, LocalDate day, String from, String to) {
    return WorkInterval.of(who, day, LocalTime.parse(from), LocalTime.parse(to));
  }

  /**
   * Boats, released 5 Nov: Andi 08:00-12:00 (4 h) and Budi 08:00-11:30 (3.5 h); 10 made, 9 good, 1
   * rejected.
   */
  static ProductionBatch boats() {
    LocalDate day = LocalDate.of(2026, 11, 3);
    return ProductionBatch.builder()
        .lotCode(LotCode.of("MP-20261103"))
        .product(PERAHU)
        .plannedQuantity(10)
        .productionDate(day)
        .supervisor(PENGAWAS)
        .workLog(
            WorkLog.of(
                List.of(ANDI, BUDI),
                List.of(work(ANDI, day, "08:00", "12:00"), work(BUDI, day, "08:00", "11:30")),
                Map.of()))
        .producedUnits(10L)
        .qualityCheck(QualityCheck.of(9, 1))
        .stageHistory(
            StageHistory.of(
                List.of(
                    StageEvent.of(BatchStage.PLANNED, at(10, 30, 9, 0), PENGAWAS),
                    StageEvent.of(BatchStage.IN_PRODUCTION, at(11, 3, 7, 30), PENGAWAS),
                    StageEvent.of(BatchStage.PACKAGING, at(11, 4, 15, 0), PENGAWAS),
                    StageEvent.of(BatchStage.QUALITY_CHECK, at(11, 5, 9, 0), PENGAWAS),
                    StageEvent.of(BatchStage.RELEASED, at(11, 5, 10, 0), PENGAWAS))))
        .build();
  }

  /** Kue kering, rejected 11 Nov after 38 jars were packed: Candra 07:00-15:00 (8 h). */
  static ProductionBatch burntCookies() {
    LocalDate day = LocalDate.of(2026, 11, 10);
    return ProductionBatch.builder()
        .lotCode(LotCode.of("KK-20261110"))
        .product(KUE)
        .plannedQuantity(40)
        .productionDate(day)
        .supervisor(PENGAWAS)
        .workLog(
            WorkLog.of(List.of(CANDRA), List.of(work(CANDRA, day, "07:00", "15:00")), Map.of()))
        .producedUnits(38L)
        .stageHistory(
            StageHistory.of(
                List.of(
                    StageEvent.of(BatchStage.PLANNED, at(11, 5, 9, 0), PENGAWAS),
                    StageEvent.of(BatchStage.IN_PRODUCTION, at(11, 10, 6, 30), PENGAWAS),
                    StageEvent.of(BatchStage.PACKAGING, at(11, 10, 15, 0), PENGAWAS),
                    StageEvent.builder()
                        .stage(BatchStage.REJECTED)
                        .at(at(11, 11, 9, 0))
                        .by(PENGAWAS)
                        .note("Gosong: warna dan rasa tidak memenuhi standar")
                        .build())))
        .build();
  }

  /** Kue kering released 30 October 23:59: outside November. */
  static ProductionBatch octoberCookies() {
    LocalDate day = LocalDate.of(2026, 10, 28);
    return ProductionBatch.builder()
        .lotCode(LotCode.of("KK-20261028"))
        .product(KUE)
        .plannedQuantity(20)
        .productionDate(day)
        .supervisor(PENGAWAS)
        .workLog(WorkLog.forTeam(List.of(CANDRA)))
        .producedUnits(20L)
        .qualityCheck(QualityCheck.of(20, 0))
        .stageHistory(
            StageHistory.of(
                List.of(
                    StageEvent.of(BatchStage.PLANNED, at(10, 20, 9, 0), PENGAWAS),
                    StageEvent.of(BatchStage.IN_PRODUCTION, at(10, 28, 7, 0), PENGAWAS),
                    StageEvent.of(BatchStage.PACKAGING, at(10, 28, 15, 0), PENGAWAS),
                    StageEvent.of(BatchStage.QUALITY_CHECK, at(10, 29, 9, 0), PENGAWAS),
                    StageEvent.of(BatchStage.RELEASED, at(10, 31, 23, 59), PENGAWAS))))
        .build();
  }

  /** Boats planned for 20 November, never started: neither released nor rejected. */
  static ProductionBatch plannedBoats() {
    return ProductionBatch.plan(
        LotCode.of("MP-20261120"),
        PERAHU,
        5,
        LocalDate.of(2026, 11, 20),
        at(11, 15, 9, 0),
        PENGAWAS);
  }

  static GoodsLine goods(Product product, long quantity, long price, String lot) {
    return GoodsLine.builder()
        .from(GoodsLine.of(product, quantity, Rupiah.of(price)))
        .soldLots(List.of(Pick.of(LotCode.of(lot), quantity)))
        .build();
  }

  static ServiceJob carWash(LocalDate day) {
    return ServiceJob.of(WASH, VehicleClass.CAR, day, Set.of(ANDI, BUDI));
  }

  /** An order quoted, confirmed and paid the hours before, fulfilled at {@code fulfilledAt}. */
  static SalesOrder fulfilled(
      String number,
      Channel channel,
      Customer customer,
      LocalDateTime fulfilledAt,
      OrderLine... lines) {
    return SalesOrder.builder()
        .number(number)
        .channel(channel)
        .customer(customer)
        .orderDate(fulfilledAt.toLocalDate().minusDays(1))
        .addLines(lines)
        .addHistory(
            OrderEvent.of(OrderStatus.QUOTED, Stamps.at(fulfilledAt.minusDays(1))),
            OrderEvent.of(OrderStatus.CONFIRMED, Stamps.at(fulfilledAt.minusHours(3))),
            OrderEvent.of(OrderStatus.PAID, Stamps.at(fulfilledAt.minusHours(2))),
            OrderEvent.of(OrderStatus.FULFILLED, Stamps.at(fulfilledAt)))
        .build();
  }

  static final Customer DINAS = Customer.government("007123", "Dinas Koperasi Kabupaten Pamekasan");

  /** Gallery, 12 Nov: 2 boats x Rp100.000 + one car wash Rp35.000 = Rp235.000. */
  static SalesOrder gallery() {
    return fulfilled(
        "SO-2026-0101",
        Channel.GALLERY,
        Customer.walkIn(),
        at(11, 12, 10, 0),
        goods(PERAHU, 2, 100_000, "MP-20261103"),
        carWash(LocalDate.of(2026, 11, 12)));
  }

  /** Government institution, 20 Nov: 3 boats x Rp100.000 = Rp300.000. */
  static SalesOrder government() {
    return fulfilled(
        "SO-2026-0102",
        Channel.GOVERNMENT_DIRECT,
        DINAS,
        at(11, 20, 10, 0),
        goods(PERAHU, 3, 100_000, "MP-20261103"));
  }

  /** e-Katalog, 25 Nov: 10 jars x Rp90.000 = Rp900.000. */
  static SalesOrder eKatalog() {
    return fulfilled(
        "SO-2026-0103",
        Channel.E_KATALOG,
        DINAS,
        at(11, 25, 10, 0),
        goods(KUE, 10, 90_000, "KK-20261028"));
  }

  /** Gallery, 30 Nov 23:59: one car wash Rp35.000. */
  static SalesOrder secondWash() {
    return fulfilled(
        "SO-2026-0104",
        Channel.GALLERY,
        Customer.walkIn(),
        at(11, 30, 23, 59),
        carWash(LocalDate.of(2026, 11, 30)));
  }

  /** Gallery, fulfilled 1 Dec 00:00: outside November. */
  static SalesOrder december() {
    return fulfilled(
        "SO-2026-0105",
        Channel.GALLERY,
        Customer.walkIn(),
        at(12, 1, 0, 0),
        goods(PERAHU, 1, 100_000, "MP-20261103"));
  }

  /** Paid on 28 Nov but not fulfilled: no sale yet. */
  static SalesOrder paidOnly() {
    return SalesOrder.builder()
        .number("SO-2026-0106")
        .channel(Channel.GALLERY)
        .customer(Customer.walkIn())
        .orderDate(LocalDate.of(2026, 11, 28))
        .addLines(GoodsLine.of(PERAHU, 1, Rupiah.of(100_000)))
        .addHistory(
            OrderEvent.of(OrderStatus.QUOTED, Stamps.at(at(11, 28, 9, 0))),
            OrderEvent.of(OrderStatus.CONFIRMED, Stamps.at(at(11, 28, 9, 5))),
            OrderEvent.of(OrderStatus.PAID, Stamps.at(at(11, 28, 9, 10))))
        .build();
  }

  static List<SalesOrder> orders() {
    return List.of(gallery(), government(), eKatalog(), secondWash(), december(), paidOnly());
  }

  static SplitPolicies policies() {
    return SplitPolicies.of(SplitPolicy.defaultFor(PAMEKASAN, LocalDate.of(2026, 1, 1)));
  }

  /** Rp335.000 by minutes, Andi 240 and Budi 210: Rp178.667 and Rp156.333. */
  static PremiAllocation novemberPremi() {
    return PremiAllocation.allocate(
        Rupiah.of(335_000),
        ContributionBasis.MINUTES_WORKED,
        List.of(Contribution.of(ANDI, 240), Contribution.of(BUDI, 210)));
  }

  /** Rp50.000 to Andi for October, credited 31 October. */
  static PremiAllocation octoberPremi() {
    return PremiAllocation.allocate(
        Rupiah.of(50_000), ContributionBasis.PIECES, List.of(Contribution.of(ANDI, 3)));
  }

  /**
   * Target Rp12.000.000; recorded 15 Oct Rp400.000 and 30 Nov Rp100.500; deposited 20 Oct
   * Rp400.000, 30 Nov Rp100.000 and 10 Dec Rp500.
   */
  static PnbpLedger ledger() {
    return PnbpLedger.of(PAMEKASAN, Year.of(2026), Rupiah.of(12_000_000))
        .record(Stamps.on(2026, 10, 15), "SO-2026-0090", Rupiah.of(400_000))
        .orElseThrow()
        .deposit(Stamps.on(2026, 10, 20), Rupiah.of(400_000), "SETOR-2026-10")
        .orElseThrow()
        .record(Stamps.on(2026, 11, 30), "NOV-2026", Rupiah.of(100_500))
        .orElseThrow()
        .deposit(Stamps.on(2026, 11, 30), Rupiah.of(100_000), "SETOR-2026-11")
        .orElseThrow()
        .deposit(Stamps.on(2026, 12, 10), Rupiah.of(500), "SETOR-2026-12")
        .orElseThrow();
  }

  /**
   * The facility's tax policy: not a PKP, so prices carry no PPN and an order's price without PPN
   * is its total (these orders were priced by hand, without a quote and its tax).
   */
  static TaxPolicy taxPolicy() {
    return TaxPolicy.of(PAMEKASAN, TaxStatus.NON_PKP, PriceInclusion.INCLUSIVE);
  }

  /** The November report from every fact above, in and out of the month. */
  static PeriodReport report() {
    List<ProductionBatch> batches =
        new ArrayList<>(List.of(octoberCookies(), boats(), plannedBoats(), burntCookies()));
    PeriodReportCompiler b = PeriodReportCompiler.forPeriod(NOVEMBER, taxPolicy());
    b.batch(batches.get(0), Rupiah.of(450_000))
        .batch(batches.get(1), Rupiah.of(300_000))
        .batch(batches.get(2), Rupiah.of(100_000))
        .batch(batches.get(3), Rupiah.of(500_000));
    return b.orders(orders())
        // Shampoo of the two car washes, 12 and 30 Nov; that of 1 Dec is left out.
        .serviceMaterials(LocalDate.of(2026, 11, 12), Rupiah.of(3_500))
        .serviceMaterials(LocalDate.of(2026, 11, 30), Rupiah.of(3_500))
        .serviceMaterials(LocalDate.of(2026, 12, 1), Rupiah.of(3_500))
        .premi(LocalDate.of(2026, 10, 31), octoberPremi())
        .premi(LocalDate.of(2026, 11, 30), novemberPremi())
        .compile(policies(), ledger());
  }

  static Duration hours(long h, long m) {
    return Duration.ofHours(h).plusMinutes(m);
  }
}
