package org.bengkel.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.jackson2.BengkelJackson2;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceBasis;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceList;
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
 * Building and reading the largest price book (<i>buku harga</i>) that the JSON limits admit: as
 * many one-day lists of one channel as fit both {@link
 * BengkelJsonOptions#DEFAULT_MAX_COLLECTION_SIZE} elements and {@link
 * BengkelJsonOptions#DEFAULT_MAX_DOCUMENT_LENGTH} characters. Comparing every pair of lists took
 * about 30 s for 65,000 lists; the sort-and-sweep check must keep a whole read under one second on
 * the project's 2-core machine. An absolute target, unlike the ratios of the other benchmarks: it
 * is the bound a hostile but valid document must stay under.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PriceBookBenchmark {

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  private com.fasterxml.jackson.databind.ObjectMapper bengkel2;
  private tools.jackson.databind.json.JsonMapper bengkel3;
  private List<PriceList> lists;
  private byte[] json;

  /** {@code n} one-day price lists of the gallery, day after day, each checked when built. */
  static List<PriceList> oneDayLists(int n) {
    List<PriceList> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate day = FIRST_DAY.plusDays(i);
      out.add(
          PriceList.builder()
              .id("L" + i)
              .channel(Channel.GALLERY)
              .basis(PriceBasis.COST)
              .effectiveFrom(day)
              .effectiveUntil(day)
              .build());
    }
    return out;
  }

  /**
   * The largest book: starts at the collection limit and shrinks until its JSON fits the document
   * limit; checks that both majors read it back equal.
   *
   * @throws Exception if a mapper fails
   */
  @Setup
  public void setUp() throws Exception {
    bengkel2 = BengkelJackson2.mapper();
    bengkel3 = BengkelJackson3.mapper();
    int n = BengkelJsonOptions.DEFAULT_MAX_COLLECTION_SIZE;
    while (true) {
      lists = oneDayLists(n);
      json = bengkel2.writeValueAsBytes(PriceBook.of(lists));
      if (json.length <= BengkelJsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH) {
        break;
      }
      n =
          (int)
              (n * (BengkelJsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH / (double) json.length) * 0.999);
    }
    PriceBook book = PriceBook.of(lists);
    require(bengkel2.readValue(json, PriceBook.class).equals(book), "Jackson 2 reads back");
    require(bengkel3.readValue(json, PriceBook.class).equals(book), "Jackson 3 reads back");
    System.out.printf("%nprice book: %,d lists, %,d bytes%n", lists.size(), json.length);
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark set-up is wrong: " + what);
    }
  }

  /**
   * Core only: the book's checks over lists already built.
   *
   * @return the book
   */
  @Benchmark
  public PriceBook build() {
    return PriceBook.of(lists);
  }

  /**
   * Jackson 2, bengkel's hardened mapper: bytes to a checked book.
   *
   * @return the book
   * @throws Exception never for this input
   */
  @Benchmark
  public PriceBook readBengkel2() throws Exception {
    return bengkel2.readValue(json, PriceBook.class);
  }

  /**
   * Jackson 3, bengkel's hardened mapper: bytes to a checked book.
   *
   * @return the book
   */
  @Benchmark
  public PriceBook readBengkel3() {
    return bengkel3.readValue(json, PriceBook.class);
  }
}
