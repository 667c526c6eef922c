package org.bengkel.examples.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.inventory.LotStock;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.SkuStock;
import org.bengkel.inventory.StockEvent;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.outcome.Outcome;
import org.bengkel.production.LotCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The facility's stock ledger (<i>buku persediaan</i>) in PostgreSQL: its events are the record,
 * appended, never rewritten; the ledger itself is replayed from them.
 *
 * <p>Why replay and not the ledger as JSONB: a ledger is its whole movement history, so a JSONB
 * copy would rewrite every movement on every sale, and a write would grow with the ledger. Here a
 * sale appends its event rows, replaces the small {@code current_state} row of type {@value #TYPE}
 * (the version and the number of movements) and the {@code stock_levels} rows of the lots it moved
 * (one row per lot: its counts, which a query or a check reads without replaying). The ledger at
 * that version is kept in memory; when the row's version is not the one in memory (at start, or
 * after a write that rolled back), the ledger is replayed from the events through bengkel's own
 * operations ({@link StockLedger#replay}).
 *
 * <p>A write locks the ledger's row for its transaction, so writes of one ledger take turns: two
 * clients selling the last units cannot both succeed. The memory copy is replaced only after the
 * transaction commits.
 */
@Component
class StockLedgers {

  /** The aggregate type of a stock ledger; its id is the facility code. */
  static final String TYPE = "stock-ledger";

  /**
   * A lot's stock: the lot and its counts.
   *
   * @param lot the lot as received
   * @param onHand units in the store, reserved ones included
   * @param reserved units held for orders
   * @param available units that may be reserved or sold
   * @param sold units sold
   * @param returned units returned
   * @param writtenOff units written off
   */
  record LotLevel(
      StockLot lot,
      long onHand,
      long reserved,
      long available,
      long sold,
      long returned,
      long writtenOff) {
    static LotLevel of(LotStock s) {
      return new LotLevel(
          s.lot(), s.onHand(), s.reserved(), s.available(), s.sold(), s.returned(), s.writtenOff());
    }
  }

  /**
   * A product's stock over its lots.
   *
   * @param sku the product
   * @param onHand units in the store
   * @param reserved units held for orders
   * @param available units that may be reserved or sold
   */
  record SkuLevel(org.bengkel.catalog.Sku sku, long onHand, long reserved, long available) {
    static SkuLevel of(SkuStock s) {
      return new SkuLevel(s.sku(), s.onHand(), s.reserved(), s.available());
    }
  }

  private final Stamps stamps;
  private final EventStore store;
  private final EventJson events;
  private final JdbcClient jdbc;
  private final AtomicReference<StockLedger> memory = new AtomicReference<>();

  StockLedgers(Stamps stamps, EventStore store, EventJson events, JdbcClient jdbc) {
    this.stamps = stamps;
    this.store = store;
    this.events = events;
    this.jdbc = jdbc;
  }

  /**
   * A change of the ledger: the ledger after it and the movements it appended.
   *
   * @param ledger the ledger after the operation
   * @param movements the movements it appended, oldest first
   */
  record Change(StockLedger ledger, List<Movement> movements) {}

  /**
   * Carries out one of the ledger's operations for an officer, now, and stores its events: all or
   * nothing. A refused operation throws its refusal (422) and stores nothing.
   *
   * @param actor the acting officer
   * @param operation the operation on the locked ledger with the write's stamp
   * @return the change
   */
  @Transactional
  public Change apply(Actor actor, BiFunction<StockLedger, Stamp, Outcome<StockLedger>> operation) {
    Facility facility = stamps.facility();
    StockLedger before = lock(facility.code());
    Outcome<StockLedger> outcome = operation.apply(before, stamps.of(actor, facility));
    StockLedger after = outcome.orElseThrow();
    store(before, after, outcome.events(StockEvent.class));
    return new Change(after, after.movementsAfter(before.movementCount()));
  }

  /**
   * The ledger at its current version, locked for the rest of the transaction: call inside the
   * transaction that stores the change.
   *
   * @param facility the facility code
   * @return the ledger
   */
  StockLedger lock(FacilityCode facility) {
    return at(facility, store.lockVersion(TYPE, facility.toString()));
  }

  /**
   * The ledger at its current version, for reading.
   *
   * @param facility the facility code
   * @return the ledger
   */
  StockLedger current(FacilityCode facility) {
    return at(facility, store.version(TYPE, facility.toString()));
  }

  private StockLedger at(FacilityCode facility, long version) {
    StockLedger known = memory.get();
    if (known != null && known.facility().equals(facility) && known.version() == version) {
      return known;
    }
    // Under the row's lock the events end at that version; a read may see a later one.
    return version == 0
        ? StockLedger.empty(facility)
        : events.replay(facility, store.payloads(TYPE, facility.toString()));
  }

  /**
   * Appends a change's stock events and stores the levels of the lots it moved and the ledger's
   * version, in the caller's transaction; the memory copy follows once it commits. Nothing when the
   * ledger did not change.
   *
   * @param before the ledger as locked
   * @param after the ledger after the operation
   * @param yielded the operation's stock events
   */
  void store(StockLedger before, StockLedger after, List<StockEvent> yielded) {
    if (after.version() == before.version()) {
      return;
    }
    for (StockEvent e : yielded) {
      store.append(TYPE, e, events.payload(e));
    }
    String ledger = after.facility().toString();
    Set<LotCode> moved = new LinkedHashSet<>();
    for (Movement m : after.movementsAfter(before.movementCount())) {
      moved.add(m.lotCode());
    }
    for (LotCode lot : moved) {
      putLevel(ledger, after.version(), after.lot(lot).orElseThrow());
    }
    store.putState(TYPE, ledger, after.version(), "{\"movements\": " + after.movementCount() + "}");
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            // Keep the newest: two commits' callbacks may run in either order.
            memory.accumulateAndGet(
                after,
                (mine, next) -> mine == null || next.version() > mine.version() ? next : mine);
          }
        });
  }

  /** Stores one lot's counts at a version of its ledger (V3__stock_levels.sql). */
  private void putLevel(String ledger, long version, LotStock s) {
    jdbc.sql(
            "insert into stock_levels (ledger, lot_code, sku, expiry_date, version, on_hand,"
                + " reserved, sold, returned, written_off) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (ledger, lot_code) do update set version = excluded.version,"
                + " on_hand = excluded.on_hand, reserved = excluded.reserved,"
                + " sold = excluded.sold, returned = excluded.returned,"
                + " written_off = excluded.written_off")
        .params(
            ledger,
            s.lot().lotCode().toString(),
            s.lot().sku().toString(),
            s.lot().expiryDate().orElse(null),
            version,
            s.onHand(),
            s.reserved(),
            s.sold(),
            s.returned(),
            s.writtenOff())
        .update();
  }
}
