package org.bengkel.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bengkel.catalog.Sku;
import org.bengkel.json.jackson2.BengkelJackson2;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.sales.Customer;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.SalesOrder;
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
 * Reading and writing a 50-line sales order through bengkel's Jackson module against plain Jackson
 * data-binding of an equivalent plain class ({@link PlainOrder}, public fields, no validation), on
 * both Jackson majors.
 *
 * <p>The order is a quoted {@link SalesOrder} of 50 goods lines for a named private buyer, with its
 * history event. bengkel's side reads into the immutable values with every check run and writes
 * them back; the baseline reads the same bytes into the plain class and writes that. Set-up checks
 * that both write the same JSON. Targets: read at most 1.3 times and write at most 1.2 times the
 * baseline's time.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

  static final int LINES = 50;
  private static final String[] SKUS = {
    "KUE-KERING-500G", "KERIPIK-150G", "JAHE-INSTAN-30", "KAPAL-MINI-30CM", "KURSI-TERAS"
  };
  private static final String[] DESCRIPTIONS = {
    "Kue kering nastar 500 g",
    "Keripik singkong 150 g",
    "Jahe instan 30 sachet",
    "Miniatur kapal 30 cm",
    "Kursi teras jati"
  };
  private static final long[] PRICES = {45_000, 12_000, 15_000, 250_000, 650_000};

  private com.fasterxml.jackson.databind.ObjectMapper bengkel2;
  private com.fasterxml.jackson.databind.ObjectMapper plain2;
  private tools.jackson.databind.json.JsonMapper bengkel3;
  private tools.jackson.databind.json.JsonMapper plain3;
  private SalesOrder order;
  private PlainOrder.Order2 plainOrder2;
  private PlainOrder.Order3 plainOrder3;
  private byte[] json;

  /** The 50-line quoted sales order, built with every check. */
  static SalesOrder order() {
    List<GoodsLine> lines = new ArrayList<>(LINES);
    for (int i = 0; i < LINES; i++) {
      int p = i % SKUS.length;
      String sku = SKUS[p] + "-" + i;
      lines.add(
          GoodsLine.of(Sku.parse(sku), DESCRIPTIONS[p] + " " + i, 1 + i % 7, Rupiah.of(PRICES[p])));
    }
    return SalesOrder.quoted(
        "SO-2026-11-0042",
        Channel.GALLERY,
        Customer.individual("Ibu Contoh Pembeli"),
        LocalDate.of(2026, 11, 27),
        lines,
        org.bengkel.audit.Stamp.ofLocal(
            org.bengkel.audit.Actor.system("benchmark"),
            LocalDateTime.of(2026, 11, 27, 10, 15),
            org.bengkel.facility.TimeZoneName.WIB));
  }

  /**
   * Builds the mappers once and the document; checks that bengkel reads back what it wrote and that
   * the plain classes write the same JSON tree on both majors.
   *
   * @throws Exception if a mapper fails
   */
  @Setup
  public void setUp() throws Exception {
    bengkel2 = BengkelJackson2.mapper();
    plain2 = new com.fasterxml.jackson.databind.ObjectMapper();
    bengkel3 = BengkelJackson3.mapper();
    plain3 = tools.jackson.databind.json.JsonMapper.builder().build();
    order = order();
    json = bengkel2.writeValueAsBytes(order);
    plainOrder2 = plain2.readValue(json, PlainOrder.Order2.class);
    plainOrder3 = plain3.readValue(json, PlainOrder.Order3.class);
    require(bengkel2.readValue(json, SalesOrder.class).equals(order), "bengkel 2 reads back");
    require(bengkel3.readValue(json, SalesOrder.class).equals(order), "bengkel 3 reads back");
    var tree = plain2.readTree(json);
    require(plain2.readTree(plain2.writeValueAsBytes(plainOrder2)).equals(tree), "plain 2 same");
    require(plain2.readTree(bengkel3.writeValueAsBytes(order)).equals(tree), "bengkel 3 same");
    require(plain2.readTree(plain3.writeValueAsBytes(plainOrder3)).equals(tree), "plain 3 same");
    require(plainOrder2.lines.size() == LINES, "50 lines");
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark set-up is wrong: " + what);
    }
  }

  /**
   * Jackson 2, bengkel's module: bytes to a checked order.
   *
   * @return the order
   * @throws Exception never for this input
   */
  @Benchmark
  public SalesOrder readBengkel2() throws Exception {
    return bengkel2.readValue(json, SalesOrder.class);
  }

  /**
   * Jackson 2, plain data-binding: bytes to the plain class.
   *
   * @return the plain order
   * @throws Exception never for this input
   */
  @Benchmark
  public PlainOrder.Order2 readPlain2() throws Exception {
    return plain2.readValue(json, PlainOrder.Order2.class);
  }

  /**
   * Jackson 2, bengkel's module: the order to bytes.
   *
   * @return the JSON
   * @throws Exception never for this input
   */
  @Benchmark
  public byte[] writeBengkel2() throws Exception {
    return bengkel2.writeValueAsBytes(order);
  }

  /**
   * Jackson 2, plain data-binding: the plain class to bytes.
   *
   * @return the JSON
   * @throws Exception never for this input
   */
  @Benchmark
  public byte[] writePlain2() throws Exception {
    return plain2.writeValueAsBytes(plainOrder2);
  }

  /**
   * Jackson 3, bengkel's module: bytes to a checked order.
   *
   * @return the order
   */
  @Benchmark
  public SalesOrder readBengkel3() {
    return bengkel3.readValue(json, SalesOrder.class);
  }

  /**
   * Jackson 3, plain data-binding: bytes to the plain class.
   *
   * @return the plain order
   */
  @Benchmark
  public PlainOrder.Order3 readPlain3() {
    return plain3.readValue(json, PlainOrder.Order3.class);
  }

  /**
   * Jackson 3, bengkel's module: the order to bytes.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] writeBengkel3() {
    return bengkel3.writeValueAsBytes(order);
  }

  /**
   * Jackson 3, plain data-binding: the plain class to bytes.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] writePlain3() {
    return plain3.writeValueAsBytes(plainOrder3);
  }
}
