package org.bengkel.examples.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facility's stock ledger (<i>buku persediaan</i>) in PostgreSQL: its events are the record,
 * appended, never rewritten; the ledger itself is replayed from them.
 *
 * <p>Why replay and not the ledger as JSONB: a ledger is its whole movement history, so a JSONB
 * copy would rewrite every movement on every sale, and a write would grow with the ledger. Here a
 * change appends its event row, replaces the small {@code current_state} row of type {@value #TYPE}
 * (the version and the number of movements) and the {@code stock_levels} rows of the lots it moved
 * (one row per lot: its counts, which a query or a check reads without replaying). The ledger is
 * kept in memory; when the stored events go beyond the version in memory (another instance wrote,
 * or a write of this one has not yet reached memory) it is carried forward by the later events
 * through bengkel's own operations ({@link StockLedger#replay(StockLedger, List)}), and at start
 * replayed from all of them.
 *
 * <p>Writes of one ledger take turns by its version. A stock operation of its own ({@link #apply})
 * is first tried optimistically: carried out on the ledger in memory and stored by one statement,
 * which stores all of it only if the ledger's row is still at the version it started from and the
 * facility's at the version its stamp was made from, and otherwise nothing. When another write came
 * first, or the ledger in memory refused, the operation is carried out again under the ledger's row
 * lock on the ledger as stored, as an order step or a release from production always does ({@link
 * #lock}, {@link #store}): a writer that lost once waits its turn instead of trying again and
 * again. Either way two clients selling the last units cannot both succeed.
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
  private final TransactionTemplate transactions;
  private final AtomicReference<@Nullable StockLedger> memory = new AtomicReference<>();

  StockLedgers(
      Stamps stamps,
      EventStore store,
      EventJson events,
      JdbcClient jdbc,
      TransactionTemplate transactions) {
    this.stamps = stamps;
    this.store = store;
    this.events = events;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /**
   * A change of the ledger: the ledger after it and the movements it appended.
   *
   * @param ledger the ledger after the operation
   * @param movements the movements it appended, oldest first
   */
  record Change(StockLedger ledger, List<Movement> movements) {
    static Change of(StockLedger before, StockLedger after) {
      return new Change(after, after.movementsAfter(before.movementCount()));
    }
  }

  /**
   * Carries out one of the ledger's operations for an officer, now, and stores its events: all or
   * nothing. A refused operation throws its refusal (422) and stores nothing.
   *
   * <p>The first attempt works from what this service last saw (the ledger in memory, the facility
   * as last read), reads nothing and stores in one statement that checks both versions: one round
   * trip when nothing came between. If another write came first, or the operation was refused, it
   * is carried out again with a new stamp in a transaction that locks the ledger's row and works on
   * the ledger and facility as stored: a refusal is answered only from what is stored.
   *
   * @param actor the acting officer
   * @param operation the operation on the ledger with the write's stamp
   * @return the change
   * @throws ServiceException 409 when the ledger's very first write races another (there is no row
   *     to lock yet; the client may try again)
   */
  public Change apply(Actor actor, BiFunction<StockLedger, Stamp, Outcome<StockLedger>> operation) {
    Stamps.FacilityAt facility = stamps.lastRead();
    StockLedger before = remembered(facility.facility().code());
    Outcome<StockLedger> outcome = operation.apply(before, stamps.of(actor, facility.facility()));
    if (!outcome.isRefused()) {
      StockLedger after = outcome.orElseThrow();
      if (write(before, after, outcome.events(StockEvent.class), facility)) {
        remember(after);
        return Change.of(before, after);
      }
    }
    return transactions.execute(
        status -> {
          Facility now = stamps.facility();
          StockLedger locked = lock(now.code());
          Outcome<StockLedger> again = operation.apply(locked, stamps.of(actor, now));
          StockLedger after = again.orElseThrow();
          store(locked, after, again.events(StockEvent.class));
          return Change.of(locked, after);
        });
  }

  /**
   * The ledger at its current version, locked for the rest of the transaction: call inside the
   * transaction that stores the change with {@link #store}.
   *
   * @param facility the facility code
   * @return the ledger
   */
  StockLedger lock(FacilityCode facility) {
    long version = store.lockVersion(TYPE, facility.toString());
    StockLedger known = held(facility);
    // Under the lock the stored version is final: the memory at it needs no second read.
    return known != null && known.version() == version ? known : current(facility);
  }

  /**
   * The ledger as stored now: the one in memory carried forward by the events stored after its
   * version, read in one statement with the ledger's stored version. When the two do not add up
   * (the database went back under the running service, a restore or a failover), the memory is not
   * a prefix of what is stored, and the ledger is replayed from all of its events instead.
   *
   * @param facility the facility code
   * @return the ledger
   */
  StockLedger current(FacilityCode facility) {
    StockLedger known = held(facility);
    StockLedger from = known != null ? known : StockLedger.empty(facility);
    String id = facility.toString();
    EventStore.Later later = store.later(TYPE, id, from.version());
    if (from.version() + later.payloads().size() == later.version()) {
      StockLedger now = events.replay(from, later.payloads());
      if (now != from) {
        remember(now);
      }
      return now;
    }
    StockLedger replayed =
        events.replay(StockLedger.empty(facility), store.later(TYPE, id, 0).payloads());
    memory.set(replayed); // not remember(): the memory was ahead of what is stored
    return replayed;
  }

  /** The ledger in memory, unread: the optimistic first attempt's. */
  private StockLedger remembered(FacilityCode facility) {
    StockLedger known = held(facility);
    return known != null ? known : current(facility);
  }

  /** The ledger in memory if it is the facility's, none yet otherwise. */
  private @Nullable StockLedger held(FacilityCode facility) {
    StockLedger known = memory.get();
    return known != null && known.facility().equals(facility) ? known : null;
  }

  /** Keeps the newest ledger in memory: writers may finish in either order. */
  private void remember(StockLedger ledger) {
    memory.accumulateAndGet(
        ledger,
        (mine, next) ->
            mine == null
                    || !mine.facility().equals(next.facility())
                    || next.version() > mine.version()
                ? next
                : mine);
  }

  /**
   * Stores a change in the caller's transaction, under the ledger's lock ({@link #lock}); the
   * memory copy follows once it commits. Nothing when the ledger did not change.
   *
   * @param before the ledger as locked
   * @param after the ledger after the operation
   * @param yielded the operation's stock events
   */
  void store(StockLedger before, StockLedger after, List<StockEvent> yielded) {
    if (!write(before, after, yielded, null)) {
      // Under the row's lock no other write can come first, except at the ledger's first write,
      // when there is no row to lock yet and another first write stored its row before this one.
      throw new ServiceException(HttpStatus.CONFLICT, ServiceRule.CONFLICT, TYPE);
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            remember(after);
          }
        });
  }

  /**
   * Stores a change in one statement, only if the ledger's row is still at {@code before}'s version
   * (and the facility's at {@code facility}'s, when given): the events, the levels of the lots it
   * moved and the ledger's row, or nothing. Each part is a data-modifying {@code WITH} that writes
   * only when the ledger's row was written, so the parts cannot come apart; run alone, the
   * statement is its own transaction.
   *
   * @return true when stored (or when there was nothing to store), false when another write came
   *     first
   */
  private boolean write(
      StockLedger before,
      StockLedger after,
      List<StockEvent> yielded,
      Stamps.@Nullable FacilityAt facility) {
    if (after.version() == before.version()) {
      return true;
    }
    String ledger = after.facility().toString();
    OffsetDateTime now = OffsetDateTime.ofInstant(yielded.get(0).stamp().at(), ZoneOffset.UTC);
    String state = "{\"movements\": " + after.movementCount() + "}";
    StringBuilder sql = new StringBuilder("with moved as (");
    List<Object> params = new ArrayList<>();
    // The ledger's row: moved from the version the change started from, or created by the first.
    if (before.version() == 0) {
      sql.append(
          "insert into current_state ("
              + EventStore.STATE_COLUMNS
              + ") select ?, ?, ?::bigint, ?::jsonb, ?::timestamptz");
      params.addAll(List.of(TYPE, ledger, after.version(), state, now));
      sql.append(facility == null ? "" : " where " + FACILITY_UNCHANGED);
      sql.append(" on conflict do nothing returning 1)");
    } else {
      sql.append(
          "update current_state set version = ?, state = ?::jsonb, updated_at = ?"
              + " where aggregate_type = ? and aggregate_id = ? and version = ?");
      params.addAll(List.of(after.version(), state, now, TYPE, ledger, before.version()));
      sql.append(facility == null ? "" : " and " + FACILITY_UNCHANGED);
      sql.append(" returning 1)");
    }
    if (facility != null) {
      params.addAll(
          List.of(FacilityController.FACILITY, FacilityController.CURRENT, facility.version()));
    }
    for (int i = 0; i < yielded.size(); i++) {
      StockEvent e = yielded.get(i);
      sql.append(", event")
          .append(i)
          .append(" as (insert into events (" + EventStore.EVENT_COLUMNS + ") select ")
          .append(EventStore.EVENT_VALUES)
          .append(" from moved)");
      params.addAll(EventStore.eventValues(TYPE, ledger, e, events.payload(e)));
    }
    Set<LotCode> moved = new LinkedHashSet<>();
    for (Movement m : after.movementsAfter(before.movementCount())) {
      moved.add(m.lotCode());
    }
    int j = 0;
    for (LotCode lot : moved) {
      sql.append(", level").append(j++).append(" as (").append(LEVEL_UPSERT).append(")");
      params.addAll(levelValues(ledger, after.version(), after.lot(lot).orElseThrow()));
    }
    sql.append(" select count(*) from moved");
    try {
      return jdbc.sql(sql.toString()).params(params).query(Long.class).single() == 1;
    } catch (DuplicateKeyException e) {
      // The events' unique key: a version the ledger's row did not know of. Not this write's turn.
      return false;
    }
  }

  /** The facility's row still at the version a stamp was made from (three parameters). */
  private static final String FACILITY_UNCHANGED =
      "exists (select 1 from current_state where aggregate_type = ? and aggregate_id = ?"
          + " and version = ?)";

  /**
   * One lot's counts at a version of its ledger (V3__stock_levels.sql), written only when the
   * ledger's row was ({@code from moved}).
   */
  private static final String LEVEL_UPSERT =
      "insert into stock_levels (ledger, lot_code, sku, expiry_date, version, on_hand, reserved,"
          + " sold, returned, written_off) select ?, ?, ?, ?::date, ?::bigint, ?::bigint,"
          + " ?::bigint, ?::bigint, ?::bigint, ?::bigint from moved"
          + " on conflict (ledger, lot_code) do update set version = excluded.version,"
          + " on_hand = excluded.on_hand, reserved = excluded.reserved, sold = excluded.sold,"
          + " returned = excluded.returned, written_off = excluded.written_off";

  private static List<Object> levelValues(String ledger, long version, LotStock s) {
    List<Object> values = new ArrayList<>(10);
    values.add(ledger);
    values.add(s.lot().lotCode().toString());
    values.add(s.lot().sku().toString());
    // A lot of goods that do not expire has no date: a null value, which List.of does not take.
    values.add(s.lot().expiryDate().orElse(null));
    values.addAll(
        List.of(version, s.onHand(), s.reserved(), s.sold(), s.returned(), s.writtenOff()));
    return values;
  }
}
