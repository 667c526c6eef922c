package org.bengkel.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
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

/**
 * Generators of valid period reports (<i>laporan periode</i>) and their parts: periods, production
 * figures, PNBP status, and whole reports whose totals equal the sum of their rows, whose rows are
 * in order and whose proceeds split was made from the report's revenue without PPN and its cost
 * (cost of goods sold and write-offs) under a generated policy of the report's facility.
 *
 * <p>Reports reach the edges: every section empty (a month without activity: split of Rp0), one
 * programme with one product, several programmes and channels, premi rows of Rp0, PNBP achievement
 * of zero and above 100 %. Amounts stay below Rp10<sup>12</sup> per row so that sums never
 * overflow.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportGen {

  private static final long MAX_AMOUNT = 1_000_000_000_000L;

  private ReportGen() {}

  /**
   * Report periods: calendar months from 2020 to 2027, single days, and ranges of 1 to 400 days.
   *
   * @return the generator, never null
   */
  public static Gen<ReportPeriod> periods() {
    Gen<LocalDate> days = Gen.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 12, 31));
    return Gen.frequency(
        Gen.weighted(3, random -> ReportPeriod.ofMonth(YearMonth.from(days.next(random)))),
        Gen.weighted(
            1,
            random -> {
              LocalDate d = days.next(random);
              return ReportPeriod.of(d, d);
            }),
        Gen.weighted(
            1,
            random -> {
              LocalDate d = days.next(random);
              return ReportPeriod.of(d, d.plusDays(random.nextInt(0, 400)));
            }));
  }

  /**
   * Production figures: small workshop numbers (a few batches, up to 500 units, up to 200 hours, up
   * to Rp50.000.000, of which nothing or a part is written off when a batch was rejected) and zero
   * figures.
   *
   * @return the generator, never null
   */
  public static Gen<ProductionFigures> productionFigures() {
    return Gen.frequency(
        Gen.weighted(1, Gen.constant(ProductionFigures.none())),
        Gen.weighted(
            6,
            random -> {
              long rejected = random.nextLong(0, 3);
              long cost = random.nextLong(0, 50_000_001);
              return ProductionFigures.of(
                  random.nextLong(0, 5),
                  rejected,
                  random.nextLong(0, 501),
                  random.nextLong(0, 51),
                  Duration.ofMinutes(random.nextLong(0, 200 * 60 + 1)),
                  Rupiah.of(cost),
                  Rupiah.of(rejected == 0 ? 0 : random.nextLong(0, cost + 1)));
            }));
  }

  /**
   * PNBP status: a target of Rp1 to Rp1.000.000.000.000; recorded and deposited amounts to date
   * from zero to twice the target (achievement above 100 %), with the period's part not above the
   * year's.
   *
   * @return the generator, never null
   */
  public static Gen<PnbpStatus> pnbpStatuses() {
    return random -> {
      long target = random.nextBoolean() ? random.nextLong(1, 100) : random.nextLong(1, MAX_AMOUNT);
      long recordedToDate = random.nextLong(0, 2 * target + 1);
      long depositedToDate = random.nextLong(0, recordedToDate + 1);
      return PnbpStatus.builder()
          .year(Year.of(random.nextInt(2020, 2028)))
          .target(Rupiah.of(target))
          .recordedToDate(Rupiah.of(recordedToDate))
          .depositedToDate(Rupiah.of(depositedToDate))
          .recordedInPeriod(Rupiah.of(random.nextLong(0, recordedToDate + 1)))
          .depositedInPeriod(Rupiah.of(random.nextLong(0, depositedToDate + 1)))
          .build();
    };
  }

  /**
   * Consistent period reports of a generated facility; see the class description.
   *
   * @return the generator, never null
   */
  public static Gen<PeriodReport> reports() {
    return random -> {
      FacilityCode facility = FacilityGen.facilityCodes().next(random);
      ReportPeriod period = periods().next(random);
      boolean quiet = random.nextInt(8) == 0;
      PeriodReport.Builder b = PeriodReport.builder().period(period).facilityCode(facility);

      // Production: programmes, each with 1 to 3 products; programme rows are the sums.
      int programmes = quiet ? 0 : random.nextInt(0, 4);
      List<ProductionRow> byProduct = new ArrayList<>();
      List<ProductionRow> byProgramme = new ArrayList<>();
      ProductionFigures total = ProductionFigures.none();
      if (programmes > 0) {
        List<ProgrammeCode> codes = ProgrammeGen.distinctProgrammeCodes(programmes).next(random);
        List<Sku> skus = CatalogGen.distinctSkus(programmes * 3).next(random);
        for (int p = 0; p < programmes; p++) {
          ProductionFigures sum = ProductionFigures.none();
          int products = random.nextInt(1, 4);
          for (int i = 0; i < products; i++) {
            ProductionFigures f = productionFigures().next(random);
            byProduct.add(ProductionRow.ofProduct(codes.get(p), skus.get(p * 3 + i), f));
            sum = sum.plus(f);
          }
          byProgramme.add(ProductionRow.ofProgramme(codes.get(p), sum));
          total = total.plus(sum);
        }
      }
      byProduct.sort((x, y) -> x.product().orElseThrow().compareTo(y.product().orElseThrow()));
      byProgramme.sort((x, y) -> x.programme().compareTo(y.programme()));
      b.productionByProgramme(byProgramme).productionByProduct(byProduct).productionTotal(total);

      // Sales: product and vehicle-class rows, then their totals spread over channels.
      TreeMap<Sku, ProductSales> products = new TreeMap<>();
      if (!quiet) {
        for (Sku sku : CatalogGen.distinctSkus(random.nextInt(0, 4)).next(random)) {
          long units = random.nextLong(1, 200);
          products.put(
              sku,
              ProductSales.of(
                  sku,
                  units,
                  Rupiah.of(units * random.nextLong(1_000, 3_000_001)),
                  Rupiah.of(units * random.nextLong(0, 1_000_001))));
        }
      }
      TreeMap<VehicleClass, VehicleClassSales> vehicles = new TreeMap<>();
      if (!quiet) {
        for (VehicleClass v : List.of(VehicleClass.MOTORCYCLE, VehicleClass.CAR)) {
          if (random.nextBoolean()) {
            long jobs = random.nextLong(1, 300);
            vehicles.put(
                v,
                VehicleClassSales.of(v, jobs, Rupiah.of(jobs * random.nextLong(10_000, 40_001))));
          }
        }
      }
      long units = products.values().stream().mapToLong(ProductSales::units).sum();
      long jobs = vehicles.values().stream().mapToLong(VehicleClassSales::jobs).sum();
      Rupiah revenue = Rupiah.ZERO;
      for (ProductSales s : products.values()) {
        revenue = revenue.plus(s.revenue());
      }
      for (VehicleClassSales s : vehicles.values()) {
        revenue = revenue.plus(s.revenue());
      }
      b.salesByProduct(List.copyOf(products.values()))
          .salesByVehicleClass(List.copyOf(vehicles.values()))
          .salesRevenue(revenue)
          .salesByChannel(channels(random, units, jobs, revenue));

      // Revenue is without PPN, the PPN apart; the split's cost is the cost of goods sold (the
      // products' and the service materials) plus the write-offs.
      Rupiah serviceMaterials =
          vehicles.isEmpty() ? Rupiah.ZERO : Rupiah.of(random.nextLong(0, 500_001));
      Rupiah cost = serviceMaterials.plus(total.writtenOff());
      for (ProductSales s : products.values()) {
        cost = cost.plus(s.costOfGoodsSold());
      }
      b.salesPpn(revenue.times(Rate.of(11, 100), java.math.RoundingMode.HALF_UP))
          .serviceMaterialCost(serviceMaterials);
      SplitPolicy policy = ProceedsGen.splitPolicies(facility).next(random);
      b.proceeds(policy.split(revenue, cost));

      // Premi: distinct trainees in registration-number order, amounts including Rp0.
      TreeSet<RegistrationNumber> trainees = new TreeSet<>();
      int count = quiet ? 0 : random.nextInt(0, 6);
      for (int i = 0; i < count; i++) {
        trainees.add(TraineeGen.registrationNumbers().next(random));
      }
      Rupiah premi = Rupiah.ZERO;
      List<TraineePremi> rows = new ArrayList<>();
      for (RegistrationNumber t : trainees) {
        Rupiah amount = Rupiah.of(random.nextInt(5) == 0 ? 0 : random.nextLong(1, 5_000_001));
        rows.add(TraineePremi.of(t, amount));
        premi = premi.plus(amount);
      }
      b.premiByTrainee(rows).premiTotal(premi);
      return b.pnbp(pnbpStatuses().next(random)).build();
    };
  }

  /** Spreads units, jobs and revenue over 1 to 3 channels, each with at least one order. */
  private static List<ChannelSales> channels(
      RandomGenerator random, long units, long jobs, Rupiah revenue) {
    if (units == 0 && jobs == 0) {
      return List.of();
    }
    List<Channel> all = new ArrayList<>(EnumSet.allOf(Channel.class));
    int n = random.nextInt(1, 4);
    TreeSet<Channel> chosen = new TreeSet<>();
    while (chosen.size() < n) {
      chosen.add(all.get(random.nextInt(all.size())));
    }
    long[] weights = new long[n];
    for (int i = 0; i < n; i++) {
      weights[i] = random.nextLong(1, 10);
    }
    List<Rupiah> revenues = revenue.allocate(weights);
    long[] unitParts = split(random, units, n);
    long[] jobParts = split(random, jobs, n);
    List<ChannelSales> out = new ArrayList<>();
    int i = 0;
    for (Channel c : chosen) {
      out.add(
          ChannelSales.of(c, random.nextLong(1, 20), unitParts[i], jobParts[i], revenues.get(i)));
      i++;
    }
    return List.copyOf(out);
  }

  private static long[] split(RandomGenerator random, long total, int parts) {
    long[] out = new long[parts];
    long left = total;
    for (int i = 0; i < parts - 1; i++) {
      out[i] = random.nextLong(0, left + 1);
      left -= out[i];
    }
    out[parts - 1] = left;
    return out;
  }
}
