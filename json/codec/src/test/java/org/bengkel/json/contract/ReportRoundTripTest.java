package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codecs;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.proceeds.SplitBase;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-trip property of the period report JSON on bengkel-json's text binding: every generated
 * report (and its PNBP status and rows) writes, reads back equal through core's builders (so the
 * totals are checked again) and writes the same bytes a second time. Seeded like {@link
 * GoodsRoundTripTest}: the seed and sample index are in each test's name. The generator is small
 * and local because bengkel-json's tests do not depend on the testkit (whose {@code ReportGen}
 * makes the same shape of report).
 */
class ReportRoundTripTest {

  static Stream<Arguments> values() {
    long seed = Long.getLong("bengkel.json.seed", 20261017L);
    int n = Integer.getInteger("bengkel.samples", 1000) / 4;
    SplittableRandom random = new SplittableRandom(seed);
    return IntStream.range(0, n)
        .mapToObj(
            i -> {
              PeriodReport r = report(random);
              Object value =
                  switch (i % 4) {
                    case 0, 1 -> r;
                    case 2 -> r.pnbp();
                    default ->
                        r.productionByProduct().isEmpty()
                            ? r.period()
                            : r.productionByProduct().get(0);
                  };
              return Arguments.of(seed, i, value.getClass().getSimpleName(), value);
            });
  }

  static PeriodReport report(SplittableRandom random) {
    LocalDate first = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
    ReportPeriod period = ReportPeriod.of(first, first.plusDays(random.nextInt(400)));
    List<ProductionRow> byProduct = new ArrayList<>();
    List<ProductionRow> byProgramme = new ArrayList<>();
    ProductionFigures total = ProductionFigures.none();
    int programmes = random.nextInt(4);
    for (int p = 0; p < programmes; p++) {
      ProgrammeCode code = ProgrammeCode.of("PROGRAM-" + p);
      ProductionFigures sum = ProductionFigures.none();
      for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) {
        long cost = random.nextLong(0, 50_000_000);
        ProductionFigures f =
            ProductionFigures.of(
                random.nextInt(5),
                random.nextInt(3),
                random.nextInt(500),
                random.nextInt(50),
                Duration.ofSeconds(random.nextLong(0, 1_000_000)),
                Rupiah.of(cost),
                Rupiah.of(random.nextBoolean() ? 0 : random.nextLong(0, cost + 1)));
        byProduct.add(ProductionRow.ofProduct(code, Sku.of("SKU-" + p + "-" + i), f));
        sum = sum.plus(f);
      }
      byProgramme.add(ProductionRow.ofProgramme(code, sum));
      total = total.plus(sum);
    }
    byProduct.sort((x, y) -> x.product().orElseThrow().compareTo(y.product().orElseThrow()));
    TreeMap<Sku, ProductSales> products = new TreeMap<>();
    long units = 0;
    Rupiah revenue = Rupiah.ZERO;
    for (int i = 0, k = random.nextInt(4); i < k; i++) {
      Sku sku = Sku.of("ITEM-" + i);
      long u = random.nextLong(1, 100);
      products.put(
          sku,
          ProductSales.of(
              sku,
              u,
              Rupiah.of(u * random.nextLong(1, 3_000_000)),
              Rupiah.of(u * random.nextLong(0, 1_000_000))));
      units += u;
      revenue = revenue.plus(products.get(sku).revenue());
    }
    List<VehicleClassSales> vehicles = new ArrayList<>();
    long jobs = 0;
    for (VehicleClass v : List.of(VehicleClass.CAR, VehicleClass.MOTORCYCLE)) {
      if (random.nextBoolean()) {
        long j = random.nextLong(1, 300);
        vehicles.add(VehicleClassSales.of(v, j, Rupiah.of(j * 35_000)));
        jobs += j;
        revenue = revenue.plus(vehicles.get(vehicles.size() - 1).revenue());
      }
    }
    List<ChannelSales> channels = new ArrayList<>();
    if (units + jobs > 0) {
      // Everything through one channel, or split between the gallery and e-Katalog.
      if (random.nextBoolean()) {
        channels.add(
            ChannelSales.of(
                Channel.values()[random.nextInt(Channel.values().length)],
                random.nextLong(1, 20),
                units,
                jobs,
                revenue));
      } else {
        List<Rupiah> parts = revenue.allocate(1, 2);
        channels.add(ChannelSales.of(Channel.GALLERY, 1, units / 2, jobs, parts.get(0)));
        channels.add(ChannelSales.of(Channel.E_KATALOG, 1, units - units / 2, 0, parts.get(1)));
      }
    }
    FacilityCode facility = FacilityCode.of("LAPAS-" + random.nextInt(100));
    SplitPolicy policy =
        random.nextBoolean()
            ? SplitPolicy.defaultFor(facility, first)
            : SplitPolicy.of(
                facility,
                first,
                SplitBase.GROSS_REVENUE,
                Rate.of(1, 3),
                Rate.of(1, 6),
                Rate.of(1, 2));
    List<TraineePremi> premi = new ArrayList<>();
    Rupiah premiTotal = Rupiah.ZERO;
    for (int i = 0, k = random.nextInt(4); i < k; i++) {
      Rupiah amount = Rupiah.of(random.nextLong(0, 5_000_000));
      premi.add(TraineePremi.of(RegistrationNumber.of("B.I-" + (100 + i) + "/2025"), amount));
      premiTotal = premiTotal.plus(amount);
    }
    long target = random.nextLong(1, 100_000_000);
    long recorded = random.nextLong(0, 2 * target);
    long deposited = random.nextLong(0, recorded + 1);
    PnbpStatus pnbp =
        PnbpStatus.builder()
            .year(Year.of(first.getYear()))
            .target(Rupiah.of(target))
            .recordedToDate(Rupiah.of(recorded))
            .depositedToDate(Rupiah.of(deposited))
            .recordedInPeriod(Rupiah.of(random.nextLong(0, recorded + 1)))
            .depositedInPeriod(Rupiah.of(random.nextLong(0, deposited + 1)))
            .build();
    // The split's cost: the products' cost of goods sold, the service materials and the write-offs.
    Rupiah serviceMaterials = Rupiah.of(random.nextLong(0, 100_000));
    Rupiah cost = serviceMaterials.plus(total.writtenOff());
    for (ProductSales p : products.values()) {
      cost = cost.plus(p.costOfGoodsSold());
    }
    return PeriodReport.builder()
        .period(period)
        .facilityCode(facility)
        .productionByProgramme(byProgramme)
        .productionByProduct(byProduct)
        .productionTotal(total)
        .salesByChannel(channels)
        .salesByProduct(List.copyOf(products.values()))
        .salesByVehicleClass(vehicles)
        .salesRevenue(revenue)
        .salesPpn(Rupiah.of(random.nextLong(0, 1_000_000)))
        .serviceMaterialCost(serviceMaterials)
        .proceeds(policy.split(revenue, cost))
        .premiByTrainee(premi)
        .premiTotal(premiTotal)
        .pnbp(pnbp)
        .build();
  }

  private final JsonBinding json = new TextJsonFormatTest().binding(BengkelJsonOptions.strict());

  @ParameterizedTest(name = "seed {0} sample {1}: {2}")
  @MethodSource("values")
  void reportRoundTripsAndWritesTheSameBytesAgain(long seed, int index, String type, Object value) {
    Class<?> codecType = Codecs.findFor(value.getClass()).orElseThrow().type();
    String written = json.write(value);
    Object read = json.read(written, codecType);
    assertThat(read).isEqualTo(value);
    assertThat(json.write(read)).isEqualTo(written);
  }
}
