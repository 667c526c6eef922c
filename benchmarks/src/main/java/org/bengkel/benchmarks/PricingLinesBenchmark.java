package org.bengkel.benchmarks;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceBasis;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceList;
import org.bengkel.pricing.PriceRule;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link PriceBook#quote} for 10 lines and for 1,000 lines over the same book, so that the ratio of
 * the two scores shows whether quoting is linear in the number of lines. Target: 1,000 lines at
 * most 110 times 10 lines.
 *
 * <p>The book has one list-price list for the gallery with 100 products (five categories), one
 * product rule per product (markup, rounding to Rp500 up, floor), one rule per category (a quantity
 * tier) and one rule for all items, so every line goes through the whole pipeline: base, markup,
 * rounding, floor, rule precedence. Line {@code i} is product {@code i mod 100}.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PricingLinesBenchmark {

  static final LocalDate DATE = LocalDate.of(2026, 11, 27);
  static final ProductCategory[] CATEGORIES = {
    ProductCategory.COOKIES,
    ProductCategory.HERBAL_DRINKS,
    ProductCategory.WOOD_MINIATURE,
    ProductCategory.FURNITURE,
    ProductCategory.TRADITIONAL_SNACKS
  };

  /** Lines in the quote. */
  @Param({"10", "1000"})
  public int lines;

  private PriceBook book;
  private TaxPolicy tax;
  private List<PricingItem> items;

  /** Builds the book and the lines, and prices them once. */
  @Setup
  public void setUp() {
    int products = 100;
    PriceList.Builder list = PricingFixture.list(products);
    for (int p = 0; p < products; p++) {
      list.addRule(PricingFixture.productRule(p));
    }
    for (ProductCategory c : CATEGORIES) {
      list.addRule(
          PriceRule.forCategory("TIER-" + c.code(), c)
              .minQuantity(10)
              .discount(Rate.percent(5))
              .rounding(RoundingStep.of(100, RoundingMode.HALF_UP))
              .build());
    }
    list.addRule(PriceRule.forAll("ALL").markup(Rate.percent(20)).build());
    book = PriceBook.of(list.build());
    tax = TaxPolicy.of(FacilityCode.of("LAPAS-PAMEKASAN"), TaxStatus.PKP, PriceInclusion.EXCLUSIVE);
    items = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      items.add(PricingFixture.item(i % products, 1 + i % 7));
    }
    Quote q = quote();
    if (q.lines().size() != lines || q.lines().get(0).steps().size() < 3) {
      throw new IllegalStateException("benchmark set-up is wrong: " + q.lines().get(0));
    }
  }

  /**
   * Prices all lines and computes the tax.
   *
   * @return the quote
   */
  @Benchmark
  public Quote quote() {
    return book.quote(Channel.GALLERY, DATE, items, tax);
  }

  /** Products, lists and items shared by the pricing benchmarks. */
  static final class PricingFixture {
    private PricingFixture() {}

    static Sku sku(int p) {
      return Sku.of(String.format("P-%05d", p));
    }

    static long listPrice(int p) {
      return 10_000 + 250L * (p % 400);
    }

    /** A list-price list for the gallery with prices for {@code products} products, no rules. */
    static PriceList.Builder list(int products) {
      PriceList.Builder list =
          PriceList.builder()
              .id("GALERI-2026")
              .channel(Channel.GALLERY)
              .effectiveFrom(LocalDate.of(2026, 1, 1))
              .basis(PriceBasis.LIST_PRICE);
      for (int p = 0; p < products; p++) {
        list.putListPrice(sku(p), Rupiah.of(listPrice(p)));
      }
      return list;
    }

    /** The product rule of product {@code p}: markup, rounding to Rp500 up, floor. */
    static PriceRule productRule(int p) {
      return PriceRule.forProduct(String.format("R-%05d", p), sku(p))
          .markup(Rate.percent(10 + p % 15))
          .rounding(RoundingStep.of(500, RoundingMode.UP))
          .floor(Rupiah.of(listPrice(p)))
          .build();
    }

    static PricingItem item(int p, long quantity) {
      return PricingItem.builder()
          .sku(sku(p))
          .description("Produk " + p)
          .category(CATEGORIES[p % CATEGORIES.length])
          .unit(Unit.PIECE)
          .quantity(quantity)
          .cost(Rupiah.of(listPrice(p) * 6 / 10))
          .build();
    }
  }
}
