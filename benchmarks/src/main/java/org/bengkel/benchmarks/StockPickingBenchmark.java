package org.bengkel.benchmarks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.inventory.Picking;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.outcome.Outcome;
import org.bengkel.production.LotCode;
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
 * First-expired-first-out picking ({@link StockLedger#pick}) and reserving ({@link
 * StockLedger#reserve}) in a ledger holding 1,000 and 100,000 lots of one product, so that the
 * ratio shows the cost per pick as the ledger grows. Target: 100,000 lots at most 5 times 1,000
 * lots, per pick.
 *
 * <p>All lots are of one SKU (the worst case: the picking tree holds them all). Lot {@code i} is
 * produced on day {@code i mod 90} from 1 December 2025, expires 120 days later and holds 10 units;
 * on the picking date, 10 April 2026, about one lot in nine has expired and must be skipped. Each
 * operation asks for 25 units, so it takes three lots. The ledger is persistent: every call starts
 * from the same ledger, so each measures one pick or one reservation.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StockPickingBenchmark {

  static final Sku SKU = Sku.of("KUE-KERING-500G");
  static final LocalDate FIRST_PRODUCTION = LocalDate.of(2025, 12, 1);
  static final LocalDateTime RECEIPTS = LocalDateTime.of(2026, 3, 1, 0, 0);
  static final LocalDateTime AT = LocalDateTime.of(2026, 4, 10, 9, 0);
  static final Actor ACTOR = Actor.system("benchmark");
  static final Stamp STAMP = Stamp.ofLocal(ACTOR, AT, TimeZoneName.WIB);
  static final long QUANTITY = 25;
  static final ReservationId ORDER_LINE = ReservationId.of("SO-2026-0001-1");

  /** Lots in the ledger. */
  @Param({"1000", "100000"})
  public int lots;

  private StockLedger ledger;

  /** Receives the lots and checks that a pick takes three unexpired lots. */
  @Setup
  public void setUp() {
    StockLedger l = StockLedger.empty(FacilityCode.of("LAPAS-PAMEKASAN"));
    for (int i = 0; i < lots; i++) {
      LocalDate produced = FIRST_PRODUCTION.plusDays(i % 90);
      StockLot lot =
          StockLot.of(
              LotCode.of(String.format("KK-%06d", i)),
              SKU,
              produced,
              produced.plusDays(120),
              10,
              RECEIPTS.plusSeconds(i));
      l = l.receive(lot, Stamp.ofLocal(ACTOR, lot.receivedAt(), TimeZoneName.WIB)).orElseThrow();
    }
    ledger = l;
    Picking p = pick();
    Outcome<StockLedger> r = reserve();
    if (!p.isComplete()
        || p.picks().size() != 3
        || !r.isAccepted()
        || r.orElseThrow().movementsAfter(ledger.movementCount()).size() != 3) {
      throw new IllegalStateException("benchmark set-up is wrong: " + p + " " + r);
    }
  }

  /**
   * Picks 25 units first-expired-first-out, without changing the ledger.
   *
   * @return the picking
   */
  @Benchmark
  public Picking pick() {
    return ledger.pick(SKU, QUANTITY, AT.toLocalDate());
  }

  /**
   * Reserves 25 units for an order line, first-expired-first-out: a new ledger with three
   * movements.
   *
   * @return the outcome
   */
  @Benchmark
  public Outcome<StockLedger> reserve() {
    return ledger.reserve(ORDER_LINE, SKU, QUANTITY, STAMP);
  }
}
