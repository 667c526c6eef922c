package org.bengkel.testkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.PirtNumber;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Sku;
import org.bengkel.foodsafety.FoodSafetyDecision;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.foodsafety.Label;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialCostLine;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.MaterialPrice;
import org.bengkel.material.Quantity;
import org.bengkel.material.SubAssemblyLine;
import org.bengkel.money.Rupiah;
import org.bengkel.testkit.CatalogGen;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

/** Laws of the catalogue: round trips, food safety, material cost against an exact oracle. */
class CatalogLawsTest {

  @Test
  void skuParseReversesToString() {
    Property.check(
        "Sku.parse reverses toString",
        CatalogGen.skus(),
        sku -> assertThat(Sku.parse(sku.toString())).isEqualTo(sku));
  }

  @Test
  void pirtParseReversesToString() {
    Property.check(
        "PirtNumber.parse reverses toString",
        CatalogGen.pirtNumbers(),
        pirt -> {
          assertThat(PirtNumber.parse(pirt.toString())).isEqualTo(pirt);
          assertThat(pirt.packagingCode()).isBetween(1, 8);
          assertThat(pirt.digits()).hasSize(15).isEqualTo(pirt.toString().replace("-", ""));
          assertThat(pirt.lastValidDay()).isEqualTo(LocalDate.of(pirt.expiryYear(), 12, 31));
          assertThat(pirt.firstValidDay())
              .isEqualTo(LocalDate.of(pirt.expiryYear() - PirtNumber.VALIDITY_YEARS, 1, 1));
        });
  }

  @Test
  void quantityParseReversesToString() {
    // Amounts of 19 digits are left to quantityParseAcceptsTheLargestQuantityOfAUnit below.
    Property.check(
        "Quantity.parse reverses toString",
        CatalogGen.quantities().filter(q -> q.amount() < 1_000_000_000_000_000_000L),
        q -> assertThat(Quantity.parse(q.toString())).isEqualTo(q));
  }

  /**
   * Core bug, found by the generator: {@code Quantity.of} accepts up to {@code Long.MAX_VALUE /
   * factor} (19 digits for g, ml, mm, pcs, lembar), but {@code Quantity.parse} accepts at most 18
   * digits, so {@code parse(toString())} refuses a valid quantity. Fails until core is fixed.
   */
  @Test
  void quantityParseAcceptsTheLargestQuantityOfAUnit() {
    for (org.bengkel.material.MeasureUnit unit : org.bengkel.material.MeasureUnit.values()) {
      Quantity largest = Quantity.of(Long.MAX_VALUE / unit.factor(), unit);
      assertThat(Quantity.parse(largest.toString())).isEqualTo(largest);
    }
  }

  /** A label of a facility with the longest name allowed (200 characters) is valid. */
  @Test
  void labelOfTheLongestFacilityNameIsValid() {
    org.bengkel.facility.Facility facility =
        org.bengkel.facility.Facility.builder()
            .from(org.bengkel.testkit.FacilityGen.facilities().sample(1L, 1).get(0))
            .name("N".repeat(200))
            .build();
    Product food = CatalogGen.productsSafeOn(LocalDate.of(2026, 1, 5)).sample(1L, 1).get(0);
    Label label = Label.forProduct(food, facility, "KK-260105", LocalDate.of(2026, 1, 5));
    assertThat(label.producer()).isEqualTo("Bengkel Kerja " + "N".repeat(200));
  }

  /** The food-safety decision never lets a high-risk food or one with an expired P-IRT through. */
  @Test
  void foodSafetyNeverAllowsHighRiskOrExpiredPirt() {
    Gen<LocalDate> dates = Gen.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2036, 12, 31));
    Property.check(
        "the food-safety decision never allows a high-risk food or an expired P-IRT",
        Gen.zip(CatalogGen.products(), dates, (p, d) -> Map.entry(p, d)),
        e -> {
          Product product = e.getKey();
          LocalDate date = e.getValue();
          FoodSafetyDecision decision = FoodSafetyPolicy.defaults().decide(product, date);
          if (decision.isAllowed() && product.isFood()) {
            assertThat(product.category().isHighRisk())
                .as("high-risk %s allowed", product.category())
                .isFalse();
            FoodSafety safety = product.foodSafety().orElseThrow();
            PirtNumber pirt = safety.pirt().orElseThrow();
            assertThat(safety.isPirtValidOn(date))
                .as("P-IRT %s allowed on %s", pirt, date)
                .isTrue();
            assertThat(pirt.isValidOn(date)).as("P-IRT %s allowed on %s", pirt, date).isTrue();
            safety
                .pirtIssued()
                .ifPresent(
                    issued ->
                        assertThat(date)
                            .as("P-IRT %s issued %s allowed on %s", pirt, issued, date)
                            .isBetween(issued, pirt.lastValidDay(issued)));
          }
          if (product.category().isHighRisk()
              || product
                  .foodSafety()
                  .filter(f -> f.pirt().isPresent() && !f.isPirtValidOn(date))
                  .isPresent()) {
            assertThat(decision.isAllowed()).isFalse();
            assertThat(decision.messages(java.util.Locale.ROOT)).isNotEmpty();
          }
        });
  }

  @Test
  void productsSafeOnADateAreAllowedOnIt() {
    Gen<LocalDate> dates = Gen.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2036, 12, 31));
    Property.check(
        "a product generated as safe on a date is allowed on it",
        dates.flatMap(d -> CatalogGen.productsSafeOn(d).map(p -> Map.entry(p, d))),
        e ->
            assertThat(FoodSafetyPolicy.defaults().decide(e.getKey(), e.getValue()).reasons())
                .isEmpty());
  }

  @Test
  void labelsShowTheDayForShortShelfLives() {
    Property.check(
        "a label shows the day of best-before exactly when shelf life is at most 90 days",
        CatalogGen.labels(),
        label -> {
          assertThat(label.bestBeforeShowsDay())
              .isEqualTo(label.shelfLifeDays() <= Label.DAY_PRECISION_MAX_SHELF_LIFE);
          assertThat(label.bestBeforeText())
              .startsWith(Label.BEST_BEFORE_PREFIX)
              .hasSize(Label.BEST_BEFORE_PREFIX.length() + (label.bestBeforeShowsDay() ? 10 : 7));
          assertThat(label.halal().isPresent() && label.declaredNonHalal()).isFalse();
        });
  }

  /**
   * Material cost of N units equals the sum of its lines, and each line is the exact amount the
   * bills need (through every sub-assembly) times the cheapest price in force, rounded half up.
   */
  @Test
  void materialCostOfScaledBomIsTheSumOfItsExactLines() {
    Property.check(
        "material cost of a BOM scaled to N units is the sum of its lines, each exact",
        CatalogGen.costings(),
        c -> {
          MaterialCost cost =
              c.registry().materialCost(c.product(), c.units(), c.date(), c.prices());
          Map<String, Fraction> need = new LinkedHashMap<>();
          Map<String, Material> materials = new LinkedHashMap<>();
          expand(
              c,
              c.product(),
              new Fraction(BigInteger.valueOf(c.units()), BigInteger.ONE),
              need,
              materials);
          assertThat(cost.lines()).hasSize(need.size());
          long sum = 0;
          for (MaterialCostLine line : cost.lines()) {
            String code = line.material().code();
            Fraction amount = need.get(code);
            MaterialPrice price =
                c.prices().prices().stream()
                    .filter(p -> p.material().code().equals(code) && p.isEffectiveOn(c.date()))
                    .min(
                        Comparator.comparing(MaterialPrice::price)
                            .thenComparing(p -> p.partner().code()))
                    .orElseThrow();
            assertThat(line.price()).isEqualTo(price);
            Fraction exact =
                amount
                    .times(BigInteger.valueOf(price.price().amount()))
                    .over(BigInteger.valueOf(price.material().unit().factor()));
            assertThat(line.cost()).isEqualTo(Rupiah.of(exact.roundHalfUp().longValueExact()));
            assertThat(line.quantity().amount()).isEqualTo(amount.ceil().longValueExact());
            assertThat(line.quantity().unit()).isEqualTo(materials.get(code).unit().base());
            sum = Math.addExact(sum, line.cost().amount());
          }
          assertThat(cost.total()).isEqualTo(Rupiah.of(sum));
          assertThat(cost.units()).isEqualTo(c.units());
        });
  }

  private static void expand(
      org.bengkel.testkit.CatalogGen.Costing c,
      Sku sku,
      Fraction units,
      Map<String, Fraction> need,
      Map<String, Material> materials) {
    BillOfMaterials bill = c.registry().find(sku).orElseThrow();
    Fraction scale = units.over(BigInteger.valueOf(bill.batchSize()));
    for (MaterialLine line : bill.materials()) {
      materials.putIfAbsent(line.material().code(), line.material());
      need.merge(
          line.material().code(),
          scale.times(BigInteger.valueOf(line.quantity().baseAmount())),
          Fraction::plus);
    }
    for (SubAssemblyLine line : bill.subAssemblies()) {
      expand(c, line.sku(), scale.times(BigInteger.valueOf(line.units())), need, materials);
    }
  }

  /** An exact non-negative fraction, the oracle's arithmetic. */
  private record Fraction(BigInteger num, BigInteger den) {
    Fraction times(BigInteger k) {
      return new Fraction(num.multiply(k), den);
    }

    Fraction over(BigInteger k) {
      return new Fraction(num, den.multiply(k));
    }

    Fraction plus(Fraction o) {
      return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    BigInteger ceil() {
      BigInteger[] qr = num.divideAndRemainder(den);
      return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
    }

    BigInteger roundHalfUp() {
      return num.multiply(BigInteger.TWO).add(den).divide(den.multiply(BigInteger.TWO));
    }
  }

  @Test
  void generatedPriceHistoriesNeverOverlapAndCoverEveryDay() {
    Property.check(
        "a generated material price history has no overlap and a price on every day from its start",
        CatalogGen.materials()
            .flatMap(
                m -> CatalogGen.suppliers().flatMap(s -> CatalogGen.materialPriceHistories(m, s))),
        history -> {
          for (int i = 0; i < history.size(); i++) {
            for (int j = i + 1; j < history.size(); j++) {
              assertThat(history.get(i).overlaps(history.get(j))).isFalse();
            }
          }
          for (LocalDate d = CatalogGen.PRICES_FROM;
              d.isBefore(LocalDate.of(2030, 1, 1));
              d = d.plusDays(97)) {
            LocalDate day = d;
            assertThat(history).filteredOn(p -> p.isEffectiveOn(day)).hasSize(1);
          }
        });
  }

  @Test
  void generatorsReachTheEdges() {
    List<Product> products = CatalogGen.products().sample(5L, 2_000);
    assertThat(products)
        .anyMatch(Product::isFood)
        .anyMatch(p -> !p.isFood())
        .anyMatch(p -> p.category().isHighRisk());
    assertThat(products.stream().flatMap(p -> p.shelfLifeDays().stream()))
        .contains(1, 90, 91, Product.MAX_SHELF_LIFE_DAYS);
    assertThat(products).anyMatch(p -> p.foodSafety().map(f -> f.declaredNonHalal()).orElse(false));
    assertThat(products).anyMatch(p -> p.foodSafety().flatMap(f -> f.halal()).isPresent());
    assertThat(products).anyMatch(p -> p.name().length() > 100);
    assertThat(
            CatalogGen.pirtNumbers().sample(5L, 500).stream()
                .map(PirtNumber::packagingCode)
                .distinct())
        .hasSize(8);
    assertThat(CatalogGen.pirtNumbersValidOn(LocalDate.of(2026, 10, 17)).sample(5L, 500))
        .allMatch(p -> p.isValidOn(LocalDate.of(2026, 10, 17)));
    assertThat(CatalogGen.quantities().sample(5L, 2_000))
        .anyMatch(Quantity::isZero)
        .anyMatch(q -> q.amount() > 1_000_000_000_000L);
    assertThat(CatalogGen.skus().sample(5L, 2_000)).anyMatch(s -> s.value().length() == 40);
    assertThat(CatalogGen.categories().sample(5L, 1_000))
        .anyMatch(c -> c.isFood() && !c.isHighRisk())
        .anyMatch(c -> !c.isFood())
        .anyMatch(c -> c.isHighRisk());
    assertThat(CatalogGen.services().sample(5L, 200))
        .allMatch(s -> !s.pricePerJob().isEmpty() && !s.isStocked());
    assertThat(CatalogGen.catalogs().sample(5L, 200))
        .anyMatch(c -> c.items().isEmpty())
        .anyMatch(c -> c.items().size() >= 5);
    assertThat(CatalogGen.partners().sample(5L, 200)).anyMatch(p -> p.roles().size() > 1);
    assertThat(CatalogGen.materialPrices().sample(5L, 200))
        .anyMatch(p -> p.effectiveUntil().isEmpty())
        .anyMatch(p -> p.price().isZero());
    assertThat(CatalogGen.pricesOfMaterials().sample(5L, 50)).allMatch(b -> !b.prices().isEmpty());
    assertThat(CatalogGen.billsOfMaterials().sample(5L, 200))
        .anyMatch(b -> b.batchSize() == 1)
        .allMatch(b -> b.subAssemblies().isEmpty());
    assertThat(CatalogGen.costings().sample(5L, 200))
        .anyMatch(c -> c.registry().find(c.product()).orElseThrow().subAssemblies().size() > 0)
        .anyMatch(
            c ->
                c.registry().bills().stream()
                    .anyMatch(b -> !b.subAssemblies().isEmpty() && b.materials().isEmpty()));
    assertThat(CatalogGen.vehicleClasses().sample(5L, 100)).anyMatch(v -> v.code().equals("CAR"));
    assertThat(CatalogGen.halalCertificates().sample(5L, 100))
        .allMatch(h -> h.number().startsWith("ID"));
    assertThat(CatalogGen.units().sample(5L, 10)).isNotEmpty();
    assertThat(CatalogGen.programmes().sample(5L, 10)).isNotEmpty();
    assertThat(CatalogGen.costings().sample(9L, 10))
        .isEqualTo(CatalogGen.costings().sample(9L, 10));
    assertThat(CatalogGen.materialCosts().sample(5L, 200))
        .anyMatch(c -> c.lines().size() > 1)
        .anyMatch(c -> c.lines().stream().anyMatch(l -> !l.cost().equals(l.highestCost())));
  }

  /**
   * A computed material cost is consistent on its own: rebuilt through the public factory it is
   * equal, and each line's cost lies between what the issued quantity less one and the issued
   * quantity give at its price.
   */
  @Test
  void computedMaterialCostRebuildsEqualAndEachLineIsWithinItsBounds() {
    Property.check(
        "a computed material cost rebuilds equal; each line cost within its bounds",
        CatalogGen.materialCosts(),
        cost -> {
          assertThat(MaterialCost.of(cost.product(), cost.units(), cost.date(), cost.lines()))
              .isEqualTo(cost);
          for (MaterialCostLine line : cost.lines()) {
            assertThat(line.cost()).isBetween(line.lowestCost(), line.highestCost());
            assertThat(line.price().isEffectiveOn(cost.date())).isTrue();
          }
        });
  }
}
