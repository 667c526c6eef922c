package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codecs;
import org.bengkel.testkit.CatalogGen;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.InventoryGen;
import org.bengkel.testkit.PricingGen;
import org.bengkel.testkit.ProceedsGen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-trip properties of the catalogue, pricing, proceeds and inventory JSON on bengkel-json's
 * text binding: every value of the testkit's generators writes, reads back equal (through core's
 * builders, so its invariants hold again) and writes the same bytes a second time. Seeded: the seed
 * and sample index are in each test's name; {@code -Dbengkel.json.seed} and {@code
 * -Dbengkel.samples} change them.
 */
class GoodsRoundTripTest {

  private static final List<Generator> GENERATORS =
      List.of(
          new Generator("Quantity", CatalogGen.quantities()),
          new Generator("ProductCategory", CatalogGen.categories()),
          new Generator("PirtNumber", CatalogGen.pirtNumbers()),
          new Generator("FoodSafety", CatalogGen.foodSafety()),
          new Generator("Product", CatalogGen.products()),
          new Generator("Service", CatalogGen.services()),
          new Generator("Label", CatalogGen.labels()),
          new Generator("Partner", CatalogGen.partners()),
          new Generator("MaterialPrice", CatalogGen.materialPrices()),
          new Generator("material.MaterialPrices", CatalogGen.pricesOfMaterials()),
          new Generator("BillOfMaterials", CatalogGen.billsOfMaterials()),
          new Generator("MaterialCost", CatalogGen.materialCosts()),
          new Generator("PriceRule", PricingGen.priceRules()),
          new Generator("pricing.PriceBook", PricingGen.priceBooks()),
          new Generator("TaxPolicy", PricingGen.taxPolicies()),
          new Generator("Quote", PricingGen.quotes()),
          new Generator("EKatalogCheck", PricingGen.eKatalogChecks()),
          new Generator("SplitPolicies", ProceedsGen.splitPolicyHistories()),
          new Generator("ProceedsSplit", ProceedsGen.splits()),
          new Generator("PremiAllocation", ProceedsGen.premiAllocations()),
          new Generator("PremiAccount", ProceedsGen.premiAccounts()),
          new Generator("PnbpLedger", ProceedsGen.pnbpLedgers()),
          new Generator("StockLot", InventoryGen.stockLots()),
          new Generator("Movement", InventoryGen.movements()));

  private record Generator(String name, Gen<?> next) {}

  static Stream<Arguments> values() {
    long seed = Long.getLong("bengkel.json.seed", 20261017L);
    int n = Integer.getInteger("bengkel.samples", 1000);
    SplittableRandom random = new SplittableRandom(seed);
    return IntStream.range(0, n)
        .mapToObj(
            i -> {
              Generator g = GENERATORS.get(i % GENERATORS.size());
              return Arguments.of(seed, i, g.name(), g.next().next(random));
            });
  }

  private final JsonBinding json = new TextJsonFormatTest().binding(BengkelJsonOptions.strict());

  @ParameterizedTest(name = "seed {0} sample {1}: {2}")
  @MethodSource("values")
  void valueRoundTripsAndWritesTheSameBytesAgain(long seed, int index, String type, Object value) {
    Class<?> codecType = Codecs.findFor(value.getClass()).orElseThrow().type();
    String written = json.write(value);
    Object read = json.read(written, codecType);
    assertThat(read).isEqualTo(value);
    assertThat(json.write(read)).isEqualTo(written);
  }
}
