package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codecs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-trip properties of the catalogue, pricing, proceeds and inventory JSON on bengkel-json's
 * text binding: every generated value writes, reads back equal (through core's builders, so its
 * invariants hold again) and writes the same bytes a second time. Seeded: the seed and sample
 * index are in each test's name; {@code -Dbengkel.json.seed} and {@code -Dbengkel.samples} change
 * them.
 */
class GoodsRoundTripTest {

  private static final List<Generator> GENERATORS =
      List.of(
          new Generator("Quantity", GoodsGen::quantity),
          new Generator("ProductCategory", GoodsGen::category),
          new Generator("PirtNumber", GoodsGen::pirt),
          new Generator("FoodSafety", GoodsGen::foodSafety),
          new Generator("Product", GoodsGen::product),
          new Generator("Service", GoodsGen::service),
          new Generator("Label", GoodsGen::label),
          new Generator("Partner", g -> g.partner(g.chance())),
          new Generator("MaterialPrice", g -> g.materialPrice(g.material())),
          new Generator("material.MaterialPrices", GoodsGen::materialPrices),
          new Generator("BillOfMaterials", GoodsGen::billOfMaterials),
          new Generator("MaterialCost", GoodsGen::materialCost),
          new Generator("PriceRule", GoodsGen::priceRule),
          new Generator("pricing.PriceBook", g -> g.pricingBook(List.of(g.sku()), g.category())),
          new Generator("TaxPolicy", GoodsGen::taxPolicy),
          new Generator("Quote", GoodsGen::quote),
          new Generator("EKatalogCheck", GoodsGen::eKatalogCheck),
          new Generator("SplitPolicies", GoodsGen::splitPolicies),
          new Generator("ProceedsSplit", GoodsGen::split),
          new Generator("PremiAllocation", GoodsGen::premiAllocation),
          new Generator("PremiAccount", GoodsGen::premiAccount),
          new Generator("PnbpLedger", GoodsGen::pnbpLedger),
          new Generator("StockLot", GoodsGen::stockLot),
          new Generator("Movement", g -> g.pick(g.movements())));

  private record Generator(String name, Function<GoodsGen, Object> next) {}

  static Stream<Arguments> values() {
    long seed = Long.getLong("bengkel.json.seed", 20261017L);
    int n = Integer.getInteger("bengkel.samples", 1000);
    GoodsGen gen = new GoodsGen(seed);
    return IntStream.range(0, n)
        .mapToObj(
            i -> {
              Generator g = GENERATORS.get(i % GENERATORS.size());
              return Arguments.of(seed, i, g.name(), g.next().apply(gen));
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
