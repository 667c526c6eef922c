package org.bengkel.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bengkel.benchmarks.PricingLinesBenchmark.PricingFixture;
import org.bengkel.facility.FacilityCode;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceList;
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
 * {@link PriceBook#quote} of a fixed 100 lines over a list with 10 product-scoped rules and over a
 * list with 1,000, so that the ratio shows whether finding a line's rule scans every rule. Target:
 * 1,000 rules at most 2 times 10 rules.
 *
 * <p>One product rule per product (markup, rounding to Rp500 up, floor); the 100 lines are spread
 * evenly over all the products that have a rule (line {@code i} is product {@code i × rules / 100
 * mod rules}), so with 1,000 rules the lines touch 100 different rules.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PricingRulesBenchmark {

  static final int LINES = 100;

  /** Product-scoped rules in the list (one per product). */
  @Param({"10", "1000"})
  public int rules;

  private PriceBook book;
  private TaxPolicy tax;
  private List<PricingItem> items;

  /** Builds the book and the lines, and prices them once. */
  @Setup
  public void setUp() {
    PriceList.Builder list = PricingFixture.list(rules);
    for (int p = 0; p < rules; p++) {
      list.addRule(PricingFixture.productRule(p));
    }
    book = PriceBook.of(list.build());
    tax = TaxPolicy.of(FacilityCode.of("LAPAS-PAMEKASAN"), TaxStatus.PKP, PriceInclusion.EXCLUSIVE);
    items = new ArrayList<>(LINES);
    int stride = Math.max(1, rules / LINES);
    for (int i = 0; i < LINES; i++) {
      items.add(PricingFixture.item((i * stride) % rules, 1 + i % 7));
    }
    Quote q = quote();
    if (q.lines().stream().anyMatch(l -> l.ruleId().isEmpty())) {
      throw new IllegalStateException("benchmark set-up is wrong: a line without a rule");
    }
  }

  /**
   * Prices the 100 lines and computes the tax.
   *
   * @return the quote
   */
  @Benchmark
  public Quote quote() {
    return book.quote(Channel.GALLERY, PricingLinesBenchmark.DATE, items, tax);
  }
}
