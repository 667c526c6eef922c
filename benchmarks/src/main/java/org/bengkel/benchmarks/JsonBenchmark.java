package org.bengkel.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bengkel.catalog.Sku;
import org.bengkel.json.jackson2.BengkelJackson2;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.StepKind;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.sales.Channel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing a 50-line order document through bengkel's Jackson module against plain
 * Jackson data-binding of an equivalent plain class ({@link PlainQuote}, public fields, no
 * validation), on both Jackson majors.
 *
 * <p>The order document is a pricing {@link Quote} of 50 lines (each with its item, one base price
 * step and the unit price) and its tax: the sales order's JSON codec was not in this branch when
 * the benchmark was written. bengkel's side reads into the immutable values with every check run
 * and writes them back; the baseline reads the same bytes into the plain class and writes that.
 * Set-up checks that both write the same JSON. Targets: read at most 1.3 times and write at most
 * 1.2 times the baseline's time.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

  static final int LINES = 50;
  private static final String LIST = "GALERI-2026";
  private static final String[] SKUS = {
    "KUE-KERING-500G", "KERIPIK-150G", "JAHE-INSTAN-30", "KAPAL-MINI-30CM", "KURSI-TERAS"
  };
  private static final String[] CATEGORIES = {"FOOD", "FOOD", "DRINK", "CRAFT", "FURNITURE"};
  private static final String[] UNITS = {"jar", "pack", "box", "piece", "piece"};
  private static final long[] COSTS = {28_000, 6_500, 9_000, 120_000, 310_000};
  private static final long[] PRICES = {45_000, 12_000, 15_000, 250_000, 650_000};

  private com.fasterxml.jackson.databind.ObjectMapper bengkel2;
  private com.fasterxml.jackson.databind.ObjectMapper plain2;
  private tools.jackson.databind.json.JsonMapper bengkel3;
  private tools.jackson.databind.json.JsonMapper plain3;
  private Quote quote;
  private PlainQuote.Quote2 plainQuote2;
  private PlainQuote.Quote3 plainQuote3;
  private byte[] json;

  /** The 50-line quote, built with every check. */
  static Quote quote() {
    List<QuotedLine> lines = new ArrayList<>(LINES);
    long subtotal = 0;
    for (int i = 0; i < LINES; i++) {
      int p = i % SKUS.length;
      Rupiah price = Rupiah.of(PRICES[p]);
      String sku = SKUS[p] + "-" + i;
      long quantity = 1 + i % 7;
      lines.add(
          QuotedLine.builder()
              .item(PricingItem.of(Sku.parse(sku), CATEGORIES[p], UNITS[p], quantity,
                  Rupiah.of(COSTS[p])))
              .listId(LIST)
              .addSteps(PriceStep.of(LIST, StepKind.BASE, "base: list price of " + sku + " "
                  + price, price, price))
              .unitPrice(price)
              .build());
      subtotal += PRICES[p] * quantity;
    }
    TaxBreakdown tax =
        TaxPolicy.of("LAPAS-PAMEKASAN", TaxStatus.PKP, PriceInclusion.EXCLUSIVE)
            .apply(Rupiah.of(subtotal));
    return Quote.builder()
        .channel(Channel.GALLERY)
        .date(java.time.LocalDate.of(2026, 11, 27))
        .lines(lines)
        .tax(tax)
        .build();
  }

  /**
   * Builds the mappers once and the document; checks that bengkel reads back what it wrote and
   * that the plain classes write the same JSON tree on both majors.
   *
   * @throws Exception if a mapper fails
   */
  @Setup
  public void setUp() throws Exception {
    bengkel2 = BengkelJackson2.mapper();
    plain2 = new com.fasterxml.jackson.databind.ObjectMapper();
    bengkel3 = BengkelJackson3.mapper();
    plain3 = tools.jackson.databind.json.JsonMapper.builder().build();
    quote = quote();
    json = bengkel2.writeValueAsBytes(quote);
    plainQuote2 = plain2.readValue(json, PlainQuote.Quote2.class);
    plainQuote3 = plain3.readValue(json, PlainQuote.Quote3.class);
    require(bengkel2.readValue(json, Quote.class).equals(quote), "bengkel 2 reads back");
    require(bengkel3.readValue(json, Quote.class).equals(quote), "bengkel 3 reads back");
    var tree = plain2.readTree(json);
    require(plain2.readTree(plain2.writeValueAsBytes(plainQuote2)).equals(tree), "plain 2 same");
    require(plain2.readTree(bengkel3.writeValueAsBytes(quote)).equals(tree), "bengkel 3 same");
    require(plain2.readTree(plain3.writeValueAsBytes(plainQuote3)).equals(tree), "plain 3 same");
    require(plainQuote2.lines.size() == LINES, "50 lines");
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark set-up is wrong: " + what);
    }
  }

  /**
   * Jackson 2, bengkel's module: bytes to a checked quote.
   *
   * @return the quote
   * @throws Exception never for this input
   */
  @Benchmark
  public Quote readBengkel2() throws Exception {
    return bengkel2.readValue(json, Quote.class);
  }

  /**
   * Jackson 2, plain data-binding: bytes to the plain class.
   *
   * @return the plain quote
   * @throws Exception never for this input
   */
  @Benchmark
  public PlainQuote.Quote2 readPlain2() throws Exception {
    return plain2.readValue(json, PlainQuote.Quote2.class);
  }

  /**
   * Jackson 2, bengkel's module: the quote to bytes.
   *
   * @return the JSON
   * @throws Exception never for this input
   */
  @Benchmark
  public byte[] writeBengkel2() throws Exception {
    return bengkel2.writeValueAsBytes(quote);
  }

  /**
   * Jackson 2, plain data-binding: the plain class to bytes.
   *
   * @return the JSON
   * @throws Exception never for this input
   */
  @Benchmark
  public byte[] writePlain2() throws Exception {
    return plain2.writeValueAsBytes(plainQuote2);
  }

  /**
   * Jackson 3, bengkel's module: bytes to a checked quote.
   *
   * @return the quote
   */
  @Benchmark
  public Quote readBengkel3() {
    return bengkel3.readValue(json, Quote.class);
  }

  /**
   * Jackson 3, plain data-binding: bytes to the plain class.
   *
   * @return the plain quote
   */
  @Benchmark
  public PlainQuote.Quote3 readPlain3() {
    return plain3.readValue(json, PlainQuote.Quote3.class);
  }

  /**
   * Jackson 3, bengkel's module: the quote to bytes.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] writeBengkel3() {
    return bengkel3.writeValueAsBytes(quote);
  }

  /**
   * Jackson 3, plain data-binding: the plain class to bytes.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] writePlain3() {
    return plain3.writeValueAsBytes(plainQuote3);
  }
}
