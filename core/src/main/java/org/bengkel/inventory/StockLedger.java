package org.bengkel.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.Checks;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.production.LotCode;
import org.jspecify.annotations.Nullable;

/**
 * The stock ledger (<i>buku persediaan</i>): an append-only history of stock {@link Movement}s of
 * received lots, and the on-hand, reserved and available quantities derived from it per product and
 * per lot.
 *
 * <h2>Operations</h2>
 *
 * <p>Every operation returns an {@link Outcome}: accepted, with the new ledger, or refused, with a
 * {@link Refusal} whose rule is an {@link InventoryRule}, and this ledger unchanged. The ledger
 * itself never changes. Operations are all or nothing. The movements an accepted operation appended
 * are {@code after.movementsAfter(before.movementCount())} ({@link #movementsAfter(long)}).
 *
 * <p>Every operation takes a {@link Stamp}: who made the change and when, in the facility's zone
 * (expiry is judged on the stamp's local date). An accepted operation yields one {@link StockEvent}
 * in its outcome, carrying the ledger's {@link #facility()} and its new {@link #version()}, which
 * each accepted operation increments by one; a refused one yields none. {@link
 * #replay(FacilityCode, List)} rebuilds a ledger from its events (docs/audit.md).
 *
 * <ul>
 *   <li>{@link #receive(StockLot, Stamp)}: the lot of a released batch enters stock (the only way
 *       stock comes in);
 *   <li>{@link #reserve(ReservationId, Sku, long, Stamp)}: hold units for an order line, picked
 *       first-expired-first-out across lots; {@link #reserveFromLot} holds units of one named lot;
 *   <li>{@link #cancelReservation(ReservationId, Stamp)}: cancel a reservation;
 *   <li>{@link #sellReserved(ReservationId, long, Stamp)}: sell reserved units; {@link #sell(Sku,
 *       long, Stamp)}: sell unreserved units directly (FEFO);
 *   <li>{@link #returnToLot(LotCode, long, Stamp)}: sold units come back into their lot;
 *   <li>{@link #writeOff(LotCode, long, WriteOffReason, Stamp)}: expired or damaged units leave
 *       stock.
 * </ul>
 *
 * <h2>Refusals and exceptions</h2>
 *
 * <p>A <em>refusal</em> is a business answer that depends on the ledger's state: not enough
 * available stock ({@link InventoryRule#AVAILABLE_INSUFFICIENT}), an expired lot ({@link
 * InventoryRule#LOT_EXPIRED}), an unknown or already open reservation, selling more than is
 * reserved, returning more than was sold, writing off a lot "as expired" before it expires, a lot
 * received twice, a lot code that was never received into this ledger ({@link
 * InventoryRule#LOT_UNKNOWN}), or an operation dated before the latest movement ({@link
 * InventoryRule#BACKDATED}). An <em>exception</em> is a broken contract that no state of the ledger
 * could make right: a null argument ({@link MissingValueException}) or a quantity below 1 or above
 * {@link StockLot#MAX_QUANTITY} ({@link InvalidValueException} with rule {@code
 * value.out-of-range}). Contract checks come first, then {@code BACKDATED}, then the operation's
 * own rules ({@code LOT_UNKNOWN} first among them).
 *
 * <h2>Invariants</h2>
 *
 * <p>For every lot: 0 ≤ reserved ≤ on hand (so available = on hand − reserved is never negative),
 * returned ≤ sold, and on hand = received + returned − sold − written off = the sum of {@link
 * Movement#onHandChange()} over its movements. No expired lot is ever reserved or sold: expiry is
 * judged on the date of the operation's date-time ({@link StockLot#isExpiredOn}). Movements are in
 * non-decreasing time order.
 *
 * <h2>Picking order</h2>
 *
 * <p>First-expired-first-out ({@link StockLot#FEFO}): lots with an expiry date first, earliest
 * expiry first; then lots without an expiry date; ties by production date (oldest first), then lot
 * code. Lots expired on the date are never picked.
 *
 * <h2>Complexity</h2>
 *
 * <p>The derived quantities are maintained incrementally in persistent (path-copying) balanced
 * trees, so that an operation shares almost all of its structure with the ledger it came from. With
 * n lots in the ledger, n<sub>s</sub> lots of the SKU concerned and k lots picked: picking and
 * reserving or selling by SKU cost O(log n<sub>s</sub> + k log n) (expired lots are skipped by a
 * tree descent, sold-out lots are not in the picking tree at all); every other operation and the
 * lookups {@link #lot}, {@link #stock(Sku)} and {@link #reservation} cost O(log n) per movement;
 * {@link #nearExpiry} and {@link #expiredWithStock} cost O(log n + r) for r lots reported. The
 * history is a persistent linked list: appending is O(1); {@link #movements()} and its filtered
 * forms walk the whole history, O(m) for m movements.
 *
 * <p>Immutable and thread-safe.
 */
public final class StockLedger {

  /** The stock of one SKU: totals and its lots in FEFO order. */
  private static final class SkuState {
    final long onHand;
    final long reserved;

    /** Lots with available units, FEFO. */
    final PersistentTree<StockLot, LotCode> available;

    /** All lots ever received, FEFO. */
    final PersistentTree<StockLot, LotCode> all;

    SkuState(
        long onHand,
        long reserved,
        PersistentTree<StockLot, LotCode> available,
        PersistentTree<StockLot, LotCode> all) {
      this.onHand = onHand;
      this.reserved = reserved;
      this.available = available;
      this.all = all;
    }
  }

  /** A node of the history, newest first. */
  private static final class History {
    final Movement movement;
    final @Nullable History previous;

    History(Movement movement, @Nullable History previous) {
      this.movement = movement;
      this.previous = previous;
    }
  }

  private final PersistentTree<LotCode, LotStock> lots;
  private final PersistentTree<Sku, SkuState> skus;
  private final PersistentTree<ReservationId, Reservation> reservations;

  /** Lots with an expiry date and units on hand, FEFO: the expiry reports walk it. */
  private final PersistentTree<StockLot, LotCode> expiring;

  private final @Nullable History history;
  private final long count;
  private final @Nullable Instant latest;
  private final FacilityCode facility;
  private final long version;

  private StockLedger(
      FacilityCode facility,
      long version,
      PersistentTree<LotCode, LotStock> lots,
      PersistentTree<Sku, SkuState> skus,
      PersistentTree<ReservationId, Reservation> reservations,
      PersistentTree<StockLot, LotCode> expiring,
      @Nullable History history,
      long count,
      @Nullable Instant latest) {
    this.facility = facility;
    this.version = version;
    this.lots = lots;
    this.skus = skus;
    this.reservations = reservations;
    this.expiring = expiring;
    this.history = history;
    this.count = count;
    this.latest = latest;
  }

  /**
   * The ledger of a facility without any movement, at version 0.
   *
   * @param facility the facility whose stock it is, not null: the ledger's identity, the aggregate
   *     id of its events
   * @return the empty ledger, never null
   * @throws MissingValueException if {@code facility} is null
   */
  public static StockLedger empty(FacilityCode facility) {
    return new StockLedger(
        Checks.required(facility, "facility"),
        0,
        PersistentTree.empty(Comparator.naturalOrder()),
        PersistentTree.empty(Comparator.naturalOrder()),
        PersistentTree.empty(Comparator.naturalOrder()),
        PersistentTree.empty(StockLot.FEFO),
        null,
        0,
        null);
  }

  /**
   * The facility whose stock this is: the ledger's identity.
   *
   * @return the facility code, never null
   */
  public FacilityCode facility() {
    return facility;
  }

  /**
   * The number of operations accepted since the ledger was empty: each accepted operation adds one,
   * a refused one none. A host stores it beside the ledger and appends the next event only when its
   * stored version is still the one the operation started from (optimistic concurrency).
   *
   * @return the version, 0 for an empty ledger
   */
  public long version() {
    return version;
  }

  /**
   * Rebuilds a ledger from its events (<i>memutar ulang peristiwa</i>), as a host reads them from
   * its event store: each event's operation is carried out again with the event's stamp, through
   * the ledger's own operations, so every rule is checked again, and must yield exactly the
   * recorded event (version, movements and all).
   *
   * @param facility the ledger's facility, not null
   * @param events the ledger's events, in version order from 1, not null, no null element
   * @return the ledger at the last event's version, never null
   * @throws MissingValueException if an argument or an event is null
   * @throws InvalidValueException naming {@code events[i]} with rule {@link
   *     AuditRule#EVENT_INCONSISTENT} when its operation is refused or yields another event
   *     (another ledger, version or movements)
   */
  public static StockLedger replay(FacilityCode facility, List<? extends StockEvent> events) {
    return replay(empty(facility), events);
  }

  /**
   * Carries a ledger forward by the events recorded after its version (<i>menyusul peristiwa</i>),
   * as a host that keeps a ledger in memory catches up with what other writers stored, without
   * replaying the whole history: each event's operation is carried out again as {@link
   * #replay(FacilityCode, List)} does, which is {@code replay(empty(facility), events)}. Static, as
   * the other replays: a history that does not follow is invalid input, not a refused operation.
   *
   * <p>The events are checked against the ledger's version, not against its history: a ledger held
   * at the same version but with another history (a copy restored and written to on both sides) is
   * carried forward by events that apply to it, and the result is neither side's ledger. A host
   * that can diverge so compares the stored event at {@code from.version()} with the last one it
   * holds before carrying forward (the {@code stock-movements} document carries its previous
   * movement for that reason).
   *
   * @param from the ledger as held, not null
   * @param events the events after its version, in version order from {@code from.version() + 1},
   *     not null, no null element; empty gives {@code from}
   * @return the ledger at the last event's version, never null
   * @throws MissingValueException if an argument or an event is null
   * @throws InvalidValueException naming {@code events[i]} with rule {@link
   *     AuditRule#EVENT_INCONSISTENT} when its operation is refused or yields another event
   *     (another ledger, version or movements: an event of a version already in the ledger, or one
   *     after a gap, is refused)
   */
  public static StockLedger replay(StockLedger from, List<? extends StockEvent> events) {
    StockLedger ledger = Checks.required(from, "from");
    Checks.required(events, "events");
    for (int i = 0; i < events.size(); i++) {
      StockEvent e = Checks.required(events.get(i), "events[" + i + "]");
      Outcome<StockLedger> next = ledger.apply(e);
      if (next.isRefused() || !next.events().equals(List.of(e))) {
        throw InvalidValueException.of(
            AuditRule.EVENT_INCONSISTENT, "events[" + i + "]", e.version(), e.type());
      }
      ledger = next.orElseThrow();
    }
    return ledger;
  }

  /** Carries out the operation an event records, with its stamp. */
  private Outcome<StockLedger> apply(StockEvent e) {
    Stamp at = e.stamp();
    if (e instanceof StockEvent.StockReceived r) {
      return receive(r.lot(), at);
    } else if (e instanceof StockEvent.StockReserved r) {
      LotCode lot = r.fromLot();
      return lot == null
          ? reserve(r.reservation(), r.sku(), r.quantity(), at)
          : reserveFromLot(r.reservation(), lot, r.quantity(), at);
    } else if (e instanceof StockEvent.ReservationCancelled c) {
      return cancelReservation(c.reservation(), at);
    } else if (e instanceof StockEvent.StockSold sold) {
      ReservationId id = sold.reservation();
      return id == null
          ? sell(sold.sku(), sold.quantity(), at)
          : sellReserved(id, sold.quantity(), at);
    } else if (e instanceof StockEvent.StockReturned r) {
      return returnToLot(r.lot(), r.quantity(), at, r.orderLine());
    } else {
      StockEvent.StockWrittenOff w = (StockEvent.StockWrittenOff) e;
      return writeOff(w.lot(), w.quantity(), w.reason(), at);
    }
  }

  /**
   * Rebuilds a ledger from its recorded history (<i>menyusun ulang buku persediaan</i>), for
   * example one read back from storage or JSON: the movements of each operation (consecutive
   * movements of one {@linkplain Movement#version() version}) are re-applied as that operation,
   * with their stamp, through the ledger's own operations ({@link #receive}, {@link #reserve} or
   * {@link #reserveFromLot}, {@link #cancelReservation}, {@link #sellReserved(ReservationId, long,
   * Stamp)} or {@link #sell}, {@link #returnToLot}, {@link #writeOff}), so every rule and invariant
   * is checked again. The history is accepted only when the operations append exactly the recorded
   * movements, sequence numbers and versions included.
   *
   * @param facility the ledger's facility, not null
   * @param lots the lots received into the ledger, in any order, not null, no null element; each
   *     must be received by exactly one {@link MovementType#RECEIVED} movement
   * @param movements the history, oldest first, not null, no null element
   * @return the ledger whose {@link #movements()} equal {@code movements}, never null
   * @throws MissingValueException if an argument or an element is null
   * @throws InvalidValueException naming {@code movements[i]} (the first movement that does not
   *     replay) with the rule of the refusal the operation met (for example {@link
   *     InventoryRule#AVAILABLE_INSUFFICIENT} or {@link InventoryRule#BACKDATED}), with {@link
   *     InventoryRule#LOT_UNKNOWN} for a lot not received before it or not in {@code lots}, or with
   *     {@link InventoryRule#MOVEMENT_INCONSISTENT} when the operation was accepted but appended
   *     other movements; naming {@code lots[j]} with {@link InventoryRule#LOT_ALREADY_RECEIVED} for
   *     a lot code listed twice or {@link InventoryRule#LOT_UNKNOWN} for a lot the history never
   *     receives
   */
  public static StockLedger replay(
      FacilityCode facility, List<StockLot> lots, List<Movement> movements) {
    Checks.required(lots, "lots");
    Checks.required(movements, "movements");
    Map<LotCode, StockLot> byCode = new HashMap<>();
    for (int j = 0; j < lots.size(); j++) {
      StockLot lot = lots.get(j);
      Checks.required(lot, "lots[" + j + "]");
      if (byCode.putIfAbsent(lot.lotCode(), lot) != null) {
        throw InvalidValueException.of(
            InventoryRule.LOT_ALREADY_RECEIVED, "lots[" + j + "]", lot.lotCode());
      }
    }
    for (int i = 0; i < movements.size(); i++) {
      Checks.required(movements.get(i), "movements[" + i + "]");
    }
    StockLedger ledger = empty(facility);
    int i = 0;
    while (i < movements.size()) {
      Movement m = movements.get(i);
      String field = "movements[" + i + "]";
      if (m.type() == MovementType.RECEIVED) {
        StockLot lot = byCode.get(m.lotCode());
        if (lot == null) {
          throw InvalidValueException.of(
              InventoryRule.LOT_UNKNOWN, field + ".lotCode", m.lotCode());
        }
        ledger = ledger.replayed(ledger.receive(lot, m.stamp()), movements, i, field);
      } else if (ledger.lots.get(m.lotCode()) == null) {
        throw InvalidValueException.of(InventoryRule.LOT_UNKNOWN, field + ".lotCode", m.lotCode());
      } else {
        ledger = ledger.replayed(ledger.replayGroup(movements, i), movements, i, field);
      }
      i = (int) ledger.count;
    }
    for (int j = 0; j < lots.size(); j++) {
      if (ledger.lots.get(lots.get(j).lotCode()) == null) {
        throw InvalidValueException.of(
            InventoryRule.LOT_UNKNOWN, "lots[" + j + "]", lots.get(j).lotCode());
      }
    }
    return ledger;
  }

  /**
   * The ledger after an operation replayed on this one, or the exception naming the movement it
   * broke.
   */
  private StockLedger replayed(
      Outcome<StockLedger> outcome, List<Movement> movements, int i, String field) {
    Movement m = movements.get(i);
    if (outcome.isRefused()) {
      throw outcome.refusals().get(0).toInvalidValue(field);
    }
    StockLedger next = outcome.orElseThrow();
    List<Movement> appended = next.movementsAfter(count);
    if (i + appended.size() > movements.size()
        || !movements.subList(i, i + appended.size()).equals(appended)) {
      throw InvalidValueException.of(
          InventoryRule.MOVEMENT_INCONSISTENT, field, m.sequence(), m.type());
    }
    return next;
  }

  /**
   * Replays the operation that starts at movement {@code i} (not a receipt): the movements of its
   * version, which one operation appended.
   */
  private Outcome<StockLedger> replayGroup(List<Movement> movements, int i) {
    Movement m = movements.get(i);
    long quantity = 0;
    int k = 0;
    while (i + k < movements.size()
        && movements.get(i + k).version() == m.version()
        && quantity + movements.get(i + k).quantity() <= StockLot.MAX_QUANTITY) {
      quantity += movements.get(i + k).quantity();
      k++;
    }
    ReservationId id = m.reservation().orElse(null);
    Stamp at = m.stamp();
    return switch (m.type()) {
      case RESERVED ->
          k == 1
              ? reserveFromLot(Checks.present(id), m.lotCode(), quantity, at)
              : reserve(Checks.present(id), m.sku(), quantity, at);
      case RESERVATION_CANCELLED -> cancelReservation(Checks.present(id), at);
      case SOLD -> id == null ? sell(m.sku(), quantity, at) : sellReserved(id, quantity, at);
      case RETURNED -> returnToLot(m.lotCode(), quantity, at, id);
      case WRITTEN_OFF -> writeOff(m.lotCode(), quantity, m.writeOffReason().orElseThrow(), at);
      case RECEIVED -> throw new IllegalStateException("a receipt is replayed by receive(lot)");
    };
  }

  // ---------------------------------------------------------------- operations

  /**
   * Receives the lot of a released batch into stock (<i>barang masuk</i>): appends one {@link
   * MovementType#RECEIVED} movement of all its units, stamped {@code at}.
   *
   * @param lot the lot, not null
   * @param at who received it and when, not null
   * @return accepted, or refused with {@link InventoryRule#LOT_ALREADY_RECEIVED} when a lot with
   *     the same code is in the ledger, or {@link InventoryRule#BACKDATED}; never null
   * @throws MissingValueException if {@code lot} is null
   */
  public Outcome<StockLedger> receive(StockLot lot, Stamp at) {
    Checks.required(lot, "lot");
    Checks.required(at, "at");
    if (lots.get(lot.lotCode()) != null) {
      return refuse(InventoryRule.LOT_ALREADY_RECEIVED, lot.lotCode(), lot.quantity());
    }
    Refusal backdated = backdated(lot.lotCode(), at);
    if (backdated != null) {
      return Outcome.refused(backdated);
    }
    Movement m =
        movement(
            version + 1,
            MovementType.RECEIVED,
            at,
            lot.sku(),
            lot.lotCode(),
            lot.quantity(),
            null,
            null);
    StockLedger next = append(m, lot);
    return Outcome.accepted(
        next, new StockEvent.StockReceived(facility, next.version, at, lot, List.of(m)));
  }

  /**
   * Reserves units of a product for an order line (<i>memesan stok</i>), picked
   * first-expired-first-out across lots not expired on {@code at}'s date; all or nothing. Appends
   * one {@link MovementType#RESERVED} movement per lot picked.
   *
   * @param id the order line, not null; must not be an open reservation
   * @param sku the product, not null
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   * @return accepted, or refused with {@link InventoryRule#RESERVATION_EXISTS}, {@link
   *     InventoryRule#BACKDATED} or {@link InventoryRule#AVAILABLE_INSUFFICIENT} (details: the
   *     units available in lots not expired); never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a bad quantity
   */
  public Outcome<StockLedger> reserve(ReservationId id, Sku sku, long quantity, Stamp at) {
    Checks.required(id, "id");
    Checks.required(sku, "sku");
    requireQuantity(quantity);
    Checks.required(at, "at");
    Refusal refusal = backdated(id, at);
    if (refusal != null) {
      return Outcome.refused(refusal);
    }
    if (reservations.get(id) != null) {
      return refuse(InventoryRule.RESERVATION_EXISTS, id, quantity);
    }
    Picking picking = pick(sku, quantity, at.localDate());
    if (!picking.isComplete()) {
      return refuse(InventoryRule.AVAILABLE_INSUFFICIENT, sku, quantity, picking.picked());
    }
    StockLedger next = appendPicks(MovementType.RESERVED, picking, at, id);
    return Outcome.accepted(
        next,
        new StockEvent.StockReserved(
            facility, next.version, at, id, sku, quantity, null, next.movementsAfter(count)));
  }

  /**
   * Reserves units of one named lot for an order line, for a buyer who asks for that lot. Appends
   * one {@link MovementType#RESERVED} movement.
   *
   * @param id the order line, not null; must not be an open reservation
   * @param lotCode the lot, not null; received into this ledger
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   * @return accepted, or refused with {@link InventoryRule#BACKDATED}, {@link
   *     InventoryRule#LOT_UNKNOWN} (a lot not in this ledger; subject and value the lot code),
   *     {@link InventoryRule#RESERVATION_EXISTS}, {@link InventoryRule#LOT_EXPIRED} or {@link
   *     InventoryRule#AVAILABLE_INSUFFICIENT}; never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a bad quantity
   */
  public Outcome<StockLedger> reserveFromLot(
      ReservationId id, LotCode lotCode, long quantity, Stamp at) {
    Checks.required(id, "id");
    Checks.required(lotCode, "lotCode");
    requireQuantity(quantity);
    Checks.required(at, "at");
    Refusal refusal = backdated(id, at);
    if (refusal != null) {
      return Outcome.refused(refusal);
    }
    LotStock stock = lots.get(lotCode);
    if (stock == null) {
      return unknownLot(lotCode);
    }
    if (reservations.get(id) != null) {
      return refuse(InventoryRule.RESERVATION_EXISTS, id, quantity);
    }
    refusal = sellable(stock, quantity, at.localDate());
    if (refusal != null) {
      return Outcome.refused(refusal);
    }
    Movement m =
        movement(
            version + 1, MovementType.RESERVED, at, stock.lot().sku(), lotCode, quantity, id, null);
    StockLedger next = append(m, null);
    return Outcome.accepted(
        next,
        new StockEvent.StockReserved(
            facility, next.version, at, id, m.sku(), quantity, lotCode, List.of(m)));
  }

  /**
   * Cancels an open reservation (<i>membatalkan pemesanan</i>): all units it still holds become
   * available again. Appends one {@link MovementType#RESERVATION_CANCELLED} movement per lot.
   *
   * @param id the reservation, not null
   * @param at who and when, not null
   * @return accepted, or refused with {@link InventoryRule#BACKDATED} or {@link
   *     InventoryRule#RESERVATION_UNKNOWN} (never opened, or already sold or cancelled); never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<StockLedger> cancelReservation(ReservationId id, Stamp at) {
    Checks.required(id, "id");
    Checks.required(at, "at");
    Refusal refusal = backdated(id, at);
    if (refusal != null) {
      return Outcome.refused(refusal);
    }
    Reservation r = reservations.get(id);
    if (r == null) {
      return refuse(InventoryRule.RESERVATION_UNKNOWN, id, at.at());
    }
    Picking all =
        Picking.builder()
            .sku(r.sku())
            .date(at.localDate())
            .requested(r.quantity())
            .addAllPicks(r.picks())
            .build();
    StockLedger next = appendPicks(MovementType.RESERVATION_CANCELLED, all, at, id);
    return Outcome.accepted(
        next,
        new StockEvent.ReservationCancelled(
            facility, next.version, at, id, next.movementsAfter(count)));
  }

  /**
   * Sells all units a reservation still holds (<i>menjual pesanan</i>); see {@link
   * #sellReserved(ReservationId, long, Stamp)}.
   *
   * @param id the reservation, not null
   * @param at who and when, not null
   * @return as {@link #sellReserved(ReservationId, long, Stamp)}, never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<StockLedger> sellReserved(ReservationId id, Stamp at) {
    Checks.required(id, "id");
    Checks.required(at, "at");
    Reservation r = reservations.get(id);
    if (r == null) {
      Refusal refusal = backdated(id, at);
      return Outcome.refused(
          refusal != null ? refusal : Refusal.of(InventoryRule.RESERVATION_UNKNOWN, id, at.at()));
    }
    return sellReserved(id, r.quantity(), at);
  }

  /**
   * Sells units of an open reservation, taking its lots in FEFO order. A reservation whose units
   * are all sold is closed. Units in a lot that has expired since it was reserved are never sold:
   * if the unexpired units do not cover the quantity the sale is refused, and the caller cancels
   * the reservation (and writes the expired units off). Appends one {@link MovementType#SOLD}
   * movement, carrying the reservation, per lot.
   *
   * @param id the reservation, not null
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   * @return accepted, or refused with {@link InventoryRule#BACKDATED}, {@link
   *     InventoryRule#RESERVATION_UNKNOWN}, {@link InventoryRule#RESERVATION_EXCEEDED} or {@link
   *     InventoryRule#LOT_EXPIRED} (naming the first expired lot of the reservation); never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a bad quantity
   */
  public Outcome<StockLedger> sellReserved(ReservationId id, long quantity, Stamp at) {
    Checks.required(id, "id");
    requireQuantity(quantity);
    Checks.required(at, "at");
    Refusal refusal = backdated(id, at);
    if (refusal != null) {
      return Outcome.refused(refusal);
    }
    Reservation r = reservations.get(id);
    if (r == null) {
      return refuse(InventoryRule.RESERVATION_UNKNOWN, id, quantity);
    }
    if (quantity > r.quantity()) {
      return refuse(InventoryRule.RESERVATION_EXCEEDED, id, quantity, r.quantity());
    }
    LocalDate date = at.localDate();
    List<Pick> picks = new ArrayList<>();
    StockLot firstExpired = null;
    long remaining = quantity;
    for (Pick p : r.picks()) {
      StockLot lot = Checks.present(lots.get(p.lotCode())).lot();
      if (lot.isExpiredOn(date)) {
        firstExpired = firstExpired == null ? lot : firstExpired;
      } else if (remaining > 0) {
        long take = Math.min(remaining, p.quantity());
        picks.add(Pick.of(p.lotCode(), take));
        remaining -= take;
      }
    }
    if (remaining > 0) {
      StockLot expired = Checks.present(firstExpired);
      return refuse(
          InventoryRule.LOT_EXPIRED, expired.lotCode(), date, expired.expiryDate().orElseThrow());
    }
    Picking picking =
        Picking.builder().sku(r.sku()).date(date).requested(quantity).addAllPicks(picks).build();
    StockLedger next = appendPicks(MovementType.SOLD, picking, at, id);
    return Outcome.accepted(
        next,
        new StockEvent.StockSold(
            facility, next.version, at, id, r.sku(), quantity, next.movementsAfter(count)));
  }

  /**
   * Sells unreserved units directly (<i>penjualan langsung</i>, such as at the gallery counter),
   * picked first-expired-first-out across lots not expired on {@code at}'s date; all or nothing.
   * Appends one {@link MovementType#SOLD} movement, without reservation, per lot.
   *
   * @param sku the product, not null
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   * @return accepted, or refused with {@link InventoryRule#BACKDATED} or {@link
   *     InventoryRule#AVAILABLE_INSUFFICIENT}; never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a bad quantity
   */
  public Outcome<StockLedger> sell(Sku sku, long quantity, Stamp at) {
    Checks.required(sku, "sku");
    requireQuantity(quantity);
    Checks.required(at, "at");
    Refusal refusal = backdated(sku, at);
    if (refusal != null) {
      return Outcome.refused(refusal);
    }
    Picking picking = pick(sku, quantity, at.localDate());
    if (!picking.isComplete()) {
      return refuse(InventoryRule.AVAILABLE_INSUFFICIENT, sku, quantity, picking.picked());
    }
    StockLedger next = appendPicks(MovementType.SOLD, picking, at, null);
    return Outcome.accepted(
        next,
        new StockEvent.StockSold(
            facility, next.version, at, null, sku, quantity, next.movementsAfter(count)));
  }

  /**
   * Sold units come back into the lot they were sold from (<i>retur</i>), for example a buyer's
   * return of an undamaged item. Appends one {@link MovementType#RETURNED} movement. Returned units
   * of an expired lot count on hand and show in {@link #expiredWithStock(LocalDate)}.
   *
   * @param lotCode the lot, not null; received into this ledger
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   * @return accepted, or refused with {@link InventoryRule#BACKDATED}, {@link
   *     InventoryRule#LOT_UNKNOWN} (a lot not in this ledger; subject and value the lot code) or
   *     {@link InventoryRule#RETURN_EXCEEDS_SOLD}; never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a bad quantity
   */
  public Outcome<StockLedger> returnToLot(LotCode lotCode, long quantity, Stamp at) {
    return returnToLot(lotCode, quantity, at, null);
  }

  /**
   * As {@link #returnToLot(LotCode, long, Stamp)}, recording the order line the units were sold for
   * on the movement.
   *
   * @param orderLine the order line of the sale, not null (it need not be an open reservation)
   * @param lotCode the lot, not null; received into this ledger
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   * @return as {@link #returnToLot(LotCode, long, Stamp)}, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException as {@link #returnToLot(LotCode, long, Stamp)}
   */
  public Outcome<StockLedger> returnToLot(
      ReservationId orderLine, LotCode lotCode, long quantity, Stamp at) {
    Checks.required(orderLine, "orderLine");
    return returnToLot(lotCode, quantity, at, orderLine);
  }

  private Outcome<StockLedger> returnToLot(
      LotCode lotCode, long quantity, Stamp at, @Nullable ReservationId orderLine) {
    Checks.required(lotCode, "lotCode");
    requireQuantity(quantity);
    Checks.required(at, "at");
    Refusal refusal = backdated(lotCode, at);
    if (refusal != null) {
      return Outcome.refused(refusal);
    }
    LotStock stock = lots.get(lotCode);
    if (stock == null) {
      return unknownLot(lotCode);
    }
    long returnable = stock.sold() - stock.returned();
    if (quantity > returnable) {
      return refuse(InventoryRule.RETURN_EXCEEDS_SOLD, lotCode, quantity, returnable);
    }
    Movement m =
        movement(
            version + 1,
            MovementType.RETURNED,
            at,
            stock.lot().sku(),
            lotCode,
            quantity,
            orderLine,
            null);
    StockLedger next = append(m, null);
    return Outcome.accepted(
        next,
        new StockEvent.StockReturned(
            facility, next.version, at, orderLine, lotCode, quantity, List.of(m)));
  }

  /**
   * Writes units of a lot off (<i>penghapusan</i>): expired stock, or damaged, spoiled or lost
   * units. Only available units can be written off: cancel a reservation first. Appends one {@link
   * MovementType#WRITTEN_OFF} movement with the reason.
   *
   * @param lotCode the lot, not null; received into this ledger
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param reason why, not null; {@link WriteOffReason#EXPIRED} only for a lot expired on {@code
   *     at}'s date
   * @param at who and when, not null
   * @return accepted, or refused with {@link InventoryRule#BACKDATED}, {@link
   *     InventoryRule#LOT_UNKNOWN} (a lot not in this ledger; subject and value the lot code),
   *     {@link InventoryRule#WRITE_OFF_NOT_EXPIRED} or {@link
   *     InventoryRule#AVAILABLE_INSUFFICIENT}; never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a bad quantity
   */
  public Outcome<StockLedger> writeOff(
      LotCode lotCode, long quantity, WriteOffReason reason, Stamp at) {
    Checks.required(lotCode, "lotCode");
    requireQuantity(quantity);
    Checks.required(reason, "reason");
    Checks.required(at, "at");
    Refusal refusal = backdated(lotCode, at);
    if (refusal != null) {
      return Outcome.refused(refusal);
    }
    LotStock stock = lots.get(lotCode);
    if (stock == null) {
      return unknownLot(lotCode);
    }
    LocalDate date = at.localDate();
    if (reason == WriteOffReason.EXPIRED && !stock.lot().isExpiredOn(date)) {
      return refuse(
          InventoryRule.WRITE_OFF_NOT_EXPIRED,
          lotCode,
          date,
          stock.lot().expiryDate().map(LocalDate::toString).orElse("-"));
    }
    if (quantity > stock.available()) {
      return refuse(InventoryRule.AVAILABLE_INSUFFICIENT, lotCode, quantity, stock.available());
    }
    Movement m =
        movement(
            version + 1,
            MovementType.WRITTEN_OFF,
            at,
            stock.lot().sku(),
            lotCode,
            quantity,
            null,
            reason);
    StockLedger next = append(m, null);
    return Outcome.accepted(
        next,
        new StockEvent.StockWrittenOff(
            facility, next.version, at, lotCode, quantity, reason, List.of(m)));
  }

  // ---------------------------------------------------------------- picking and reports

  /**
   * The lots first-expired-first-out picking would take for a quantity of a product on a date,
   * without changing anything (<i>usulan pengambilan</i>): available units only, never from a lot
   * expired on {@code date}, possibly across several lots. When there is not enough, the picking
   * holds what there is and is {@linkplain Picking#isComplete() incomplete}.
   *
   * @param sku the product, not null
   * @param quantity the units wanted, 1 to {@link StockLot#MAX_QUANTITY}
   * @param date the date on which expiry is judged, not null
   * @return the picking, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a bad quantity
   */
  public Picking pick(Sku sku, long quantity, LocalDate date) {
    Checks.required(sku, "sku");
    requireQuantity(quantity);
    Checks.required(date, "date");
    List<Pick> picks = new ArrayList<>();
    SkuState s = skus.get(sku);
    if (s != null) {
      long[] remaining = {quantity};
      s.available.walk(
          lot -> lot.isExpiredOn(date),
          (lot, code) -> {
            long take = Math.min(remaining[0], Checks.present(lots.get(code)).available());
            picks.add(Pick.of(code, take));
            remaining[0] -= take;
            return remaining[0] > 0;
          });
    }
    return Picking.builder().sku(sku).date(date).requested(quantity).addAllPicks(picks).build();
  }

  /**
   * The units of a product that could be reserved or sold on a date: available units in lots not
   * expired on that date.
   *
   * @param sku the product, not null
   * @param date the date, not null
   * @return the units, zero or more
   * @throws MissingValueException if an argument is null
   */
  public long available(Sku sku, LocalDate date) {
    Checks.required(sku, "sku");
    Checks.required(date, "date");
    SkuState s = skus.get(sku);
    if (s == null) {
      return 0;
    }
    long[] sum = {0};
    s.available.walk(
        lot -> lot.isExpiredOn(date),
        (lot, code) -> {
          sum[0] += Checks.present(lots.get(code)).available();
          return true;
        });
    return sum[0];
  }

  /**
   * The stock of a product over all its lots, expired or not.
   *
   * @param sku the product, not null
   * @return the stock, all zero for a product never received; never null
   * @throws MissingValueException if {@code sku} is null
   */
  public SkuStock stock(Sku sku) {
    Checks.required(sku, "sku");
    SkuState s = skus.get(sku);
    return s == null ? SkuStock.of(sku, 0, 0) : SkuStock.of(sku, s.onHand, s.reserved);
  }

  /**
   * The stock of every product ever received, by SKU.
   *
   * @return the stocks, never null
   */
  public List<SkuStock> stock() {
    List<SkuStock> out = new ArrayList<>(skus.size());
    skus.walk(k -> false, (sku, s) -> out.add(SkuStock.of(sku, s.onHand, s.reserved)));
    return Collections.unmodifiableList(out);
  }

  /**
   * The stock of one lot.
   *
   * @param lotCode the lot, not null
   * @return the lot's stock, empty when the lot was never received into this ledger
   * @throws MissingValueException if {@code lotCode} is null
   */
  public Optional<LotStock> lot(LotCode lotCode) {
    Checks.required(lotCode, "lotCode");
    return Optional.ofNullable(lots.get(lotCode));
  }

  /**
   * The stock of every lot of a product, in FEFO order, including sold-out and expired lots.
   *
   * @param sku the product, not null
   * @return the lots, never null, empty for a product never received
   * @throws MissingValueException if {@code sku} is null
   */
  public List<LotStock> lots(Sku sku) {
    Checks.required(sku, "sku");
    SkuState s = skus.get(sku);
    if (s == null) {
      return List.of();
    }
    return lotStocks(s.all.values());
  }

  /**
   * The stock of every lot, by lot code.
   *
   * @return the lots, never null
   */
  public List<LotStock> lots() {
    return Collections.unmodifiableList(lots.values());
  }

  /**
   * Lots near expiry (<i>mendekati kedaluwarsa</i>): lots with units on hand that are not expired
   * on {@code date} but will be within {@code days} days, that is whose expiry date is after {@code
   * date} and at most {@code date + days}; in FEFO order. With {@code days = 0} the list is empty.
   *
   * @param date the date, not null
   * @param days the horizon in days, 0 to 36 500
   * @return the lots, never null
   * @throws MissingValueException if {@code date} is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a bad horizon
   */
  public List<LotStock> nearExpiry(LocalDate date, int days) {
    Checks.required(date, "date");
    Checks.requireRange(days, "days", 0, 36_500);
    // Near the end of the calendar every later date is within the horizon.
    LocalDate horizon =
        date.isAfter(LocalDate.MAX.minusDays(days)) ? LocalDate.MAX : date.plusDays(days);
    List<LotCode> codes = new ArrayList<>();
    expiring.walk(
        lot -> lot.isExpiredOn(date),
        (lot, code) -> {
          if (lot.expiryDate().orElseThrow().isAfter(horizon)) {
            return false;
          }
          codes.add(code);
          return true;
        });
    return lotStocks(codes);
  }

  /**
   * Expired lots still holding stock (<i>stok kedaluwarsa</i>): candidates for a write-off as
   * {@link WriteOffReason#EXPIRED}; in FEFO order. Units of such a lot may still be reserved by a
   * reservation made before it expired: cancel that first.
   *
   * @param date the date, not null
   * @return the lots with units on hand that are expired on {@code date}, never null
   * @throws MissingValueException if {@code date} is null
   */
  public List<LotStock> expiredWithStock(LocalDate date) {
    Checks.required(date, "date");
    List<LotCode> codes = new ArrayList<>();
    expiring.walk(
        lot -> false,
        (lot, code) -> {
          if (!lot.isExpiredOn(date)) {
            return false;
          }
          codes.add(code);
          return true;
        });
    return lotStocks(codes);
  }

  /**
   * An open reservation.
   *
   * @param id the reservation, not null
   * @return the reservation with the units it still holds, empty when not open
   * @throws MissingValueException if {@code id} is null
   */
  public Optional<Reservation> reservation(ReservationId id) {
    Checks.required(id, "id");
    return Optional.ofNullable(reservations.get(id));
  }

  /**
   * All open reservations, by id.
   *
   * @return the reservations, never null
   */
  public List<Reservation> reservations() {
    return Collections.unmodifiableList(reservations.values());
  }

  /**
   * The whole history, oldest first.
   *
   * @return the movements, never null
   */
  public List<Movement> movements() {
    Movement[] out = new Movement[(int) count];
    int i = out.length;
    for (History h = history; h != null; h = h.previous) {
      out[--i] = h.movement;
    }
    return List.of(out);
  }

  /**
   * The history of one lot, oldest first.
   *
   * @param lotCode the lot, not null
   * @return the movements, never null, empty for a lot not in this ledger
   * @throws MissingValueException if {@code lotCode} is null
   */
  public List<Movement> movements(LotCode lotCode) {
    Checks.required(lotCode, "lotCode");
    return movements().stream().filter(m -> m.lotCode().equals(lotCode)).toList();
  }

  /**
   * The history of one reservation or order line (reserved, cancelled, sold, returned), oldest
   * first.
   *
   * @param id the reservation, not null
   * @return the movements, never null
   * @throws MissingValueException if {@code id} is null
   */
  public List<Movement> movements(ReservationId id) {
    Checks.required(id, "id");
    return movements().stream()
        .filter(m -> m.reservation().filter(id::equals).isPresent())
        .toList();
  }

  /**
   * The movements numbered after {@code sequence}, oldest first: with the movement count of the
   * ledger an operation was called on, the movements that operation appended ({@code
   * after.movementsAfter(before.movementCount())}), such as the lots a sale took. Costs O(k) for k
   * movements returned.
   *
   * @param sequence a sequence number, 0 to {@link #movementCount()}
   * @return the movements, never null; empty for {@code movementCount()}
   * @throws InvalidValueException rule {@code value.out-of-range} for a sequence outside that range
   */
  public List<Movement> movementsAfter(long sequence) {
    Checks.requireRange(sequence, "sequence", 0, count);
    Movement[] out = new Movement[(int) (count - sequence)];
    int i = out.length;
    History h = history;
    while (i > 0) {
      History at = Checks.present(h);
      out[--i] = at.movement;
      h = at.previous;
    }
    return List.of(out);
  }

  /**
   * The number of movements.
   *
   * @return the count, zero or more
   */
  public long movementCount() {
    return count;
  }

  /**
   * When the latest movement happened; operations dated earlier are refused.
   *
   * @return the instant, empty for an empty ledger
   */
  public Optional<Instant> latestMovementAt() {
    return Optional.ofNullable(latest);
  }

  /**
   * Two ledgers are equal when they hold the same lots and the same history; the history then
   * determines every derived quantity and reservation. Costs O(m + n).
   *
   * @param other the object to compare, may be null
   * @return whether {@code other} is a ledger with equal lots and movements
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof StockLedger that
        && facility.equals(that.facility)
        && version == that.version
        && count == that.count
        && lots().equals(that.lots())
        && movements().equals(that.movements());
  }

  /**
   * A hash of the history, consistent with {@link #equals(Object)}. Costs O(m).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return movements().hashCode();
  }

  @Override
  public String toString() {
    return "StockLedger{"
        + facility
        + " v"
        + version
        + ", movements="
        + count
        + ", lots="
        + lots.size()
        + ", skus="
        + skus.size()
        + ", openReservations="
        + reservations.size()
        + "}";
  }

  // ---------------------------------------------------------------- internals

  private List<LotStock> lotStocks(List<LotCode> codes) {
    return codes.stream().map(lots::get).toList();
  }

  private static void requireQuantity(long quantity) {
    Checks.requireRange(quantity, "quantity", 1, StockLot.MAX_QUANTITY);
  }

  private static Outcome<StockLedger> unknownLot(LotCode lotCode) {
    return refuse(InventoryRule.LOT_UNKNOWN, lotCode, lotCode);
  }

  private static Outcome<StockLedger> refuse(
      InventoryRule rule, Object subject, Object value, Object... details) {
    return Outcome.refused(Refusal.of(rule, subject, value, details));
  }

  private @Nullable Refusal backdated(Object subject, Stamp at) {
    if (latest != null && at.at().isBefore(latest)) {
      return Refusal.of(InventoryRule.BACKDATED, subject, at.at(), latest);
    }
    return null;
  }

  /** Refusal for reserving from one lot: expired, or not enough available. */
  private static @Nullable Refusal sellable(LotStock stock, long quantity, LocalDate date) {
    StockLot lot = stock.lot();
    if (lot.isExpiredOn(date)) {
      return Refusal.of(
          InventoryRule.LOT_EXPIRED, lot.lotCode(), date, lot.expiryDate().orElseThrow());
    }
    if (quantity > stock.available()) {
      return Refusal.of(
          InventoryRule.AVAILABLE_INSUFFICIENT, lot.lotCode(), quantity, stock.available());
    }
    return null;
  }

  private Movement movement(
      long v,
      MovementType type,
      Stamp at,
      Sku sku,
      LotCode lotCode,
      long quantity,
      @Nullable ReservationId reservation,
      @Nullable WriteOffReason reason) {
    return Movement.builder()
        .sequence(count + 1)
        .version(v)
        .type(type)
        .stamp(at)
        .sku(sku)
        .lotCode(lotCode)
        .quantity(quantity)
        .reservation(Optional.ofNullable(reservation))
        .writeOffReason(Optional.ofNullable(reason))
        .build();
  }

  /** Appends one movement per pick, all of the next version. */
  private StockLedger appendPicks(
      MovementType type, Picking picking, Stamp at, @Nullable ReservationId reservation) {
    StockLedger next = this;
    for (Pick p : picking.picks()) {
      Movement m =
          next.movement(
              version + 1, type, at, picking.sku(), p.lotCode(), p.quantity(), reservation, null);
      next = next.append(m, null);
    }
    return next;
  }

  /**
   * Applies one movement whose checks have passed: the only place state changes.
   *
   * @param m the movement, numbered {@code count + 1}
   * @param received the lot entering stock for a {@link MovementType#RECEIVED} movement, else null
   */
  private StockLedger append(Movement m, @Nullable StockLot received) {
    LotCode code = m.lotCode();
    LotStock before = lots.get(code);
    LotStock after = before == null ? LotStock.received(Checks.present(received)) : before.after(m);
    StockLot key = after.lot();

    SkuState s = skus.get(m.sku());
    PersistentTree<StockLot, LotCode> available =
        s == null ? PersistentTree.empty(StockLot.FEFO) : s.available;
    PersistentTree<StockLot, LotCode> all = s == null ? PersistentTree.empty(StockLot.FEFO) : s.all;
    long onHand = (s == null ? 0 : s.onHand) + m.onHandChange();
    long reserved = (s == null ? 0 : s.reserved) + m.reservedChange();
    boolean wasAvailable = before != null && before.available() > 0;
    if (wasAvailable && after.available() == 0) {
      available = available.remove(key);
    } else if (!wasAvailable && after.available() > 0) {
      available = available.put(key, code);
    }
    if (before == null) {
      all = all.put(key, code);
    }

    PersistentTree<StockLot, LotCode> expiringNext = expiring;
    if (key.expiryDate().isPresent()) {
      boolean wasOnHand = before != null && before.onHand() > 0;
      if (wasOnHand && after.onHand() == 0) {
        expiringNext = expiring.remove(key);
      } else if (!wasOnHand && after.onHand() > 0) {
        expiringNext = expiring.put(key, code);
      }
    }

    PersistentTree<LotCode, LotStock> lotsNext = lots.put(code, after);
    return new StockLedger(
        facility,
        m.version(),
        lotsNext,
        skus.put(m.sku(), new SkuState(onHand, reserved, available, all)),
        reservationsAfter(m, lotsNext),
        expiringNext,
        new History(m, history),
        count + 1,
        m.at());
  }

  private PersistentTree<ReservationId, Reservation> reservationsAfter(
      Movement m, PersistentTree<LotCode, LotStock> lotsNext) {
    if (m.reservedChange() == 0) {
      return reservations;
    }
    ReservationId id = m.reservation().orElseThrow();
    Reservation r = reservations.get(id);
    List<Pick> picks = new ArrayList<>(r == null ? List.of() : r.picks());
    long held = 0;
    int at = -1;
    for (int i = 0; i < picks.size(); i++) {
      if (picks.get(i).lotCode().equals(m.lotCode())) {
        at = i;
        held = picks.get(i).quantity();
      }
    }
    long now = held + m.reservedChange();
    if (at >= 0) {
      picks.remove(at);
    }
    if (now > 0) {
      picks.add(Pick.of(m.lotCode(), now));
      picks.sort(
          Comparator.comparing(
              p -> Checks.present(lotsNext.get(p.lotCode())).lot(), StockLot.FEFO));
    }
    if (picks.isEmpty()) {
      return reservations.remove(id);
    }
    Reservation next =
        r == null
            ? Reservation.builder()
                .id(id)
                .sku(m.sku())
                .reservedAt(m.at())
                .addAllPicks(picks)
                .build()
            : Reservation.builder().from(r).picks(picks).build();
    return reservations.put(id, next);
  }
}
