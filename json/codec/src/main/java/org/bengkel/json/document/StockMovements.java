package org.bengkel.json.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.inventory.InventoryRule;
import org.bengkel.inventory.LotStock;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.MovementType;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.JsonRule;
import org.bengkel.production.LotCode;
import org.jspecify.annotations.Nullable;

/**
 * The payload of the {@code stock-movements} document (<i>mutasi stok sejak</i>): a facility's
 * stock movements after a given sequence number, with the lots those movements receive, so that a
 * host stores a ledger's history incrementally (one document per batch of operations) and replays
 * it: {@link #applyTo(StockLedger)} on the ledger at sequence {@link #after()} gives the ledger the
 * movements were taken from ({@link #of(StockLedger, long)}).
 *
 * <p>The lots travel with their receipts because a {@link MovementType#RECEIVED} movement names its
 * lot but does not carry the lot's dates, which replaying the receipt needs.
 *
 * <p>Immutable and thread-safe.
 */
public final class StockMovements {

  private final FacilityCode facility;
  private final long after;
  private final @Nullable Movement previous;
  private final List<StockLot> lots;
  private final List<Movement> movements;

  private StockMovements(
      FacilityCode facility,
      long after,
      @Nullable Movement previous,
      List<StockLot> lots,
      List<Movement> movements) {
    this.facility = facility;
    this.after = after;
    this.previous = previous;
    this.lots = lots;
    this.movements = movements;
  }

  /**
   * The movements of a ledger after a sequence number, with the lots they receive.
   *
   * @param ledger the ledger, not null
   * @param after a sequence number, 0 to the ledger's {@link StockLedger#movementCount()}
   * @return the movements, never null (no movement for the ledger's count)
   * @throws MissingValueException if {@code ledger} is null
   * @throws InvalidValueException rule {@code value.out-of-range} (field {@code after}) for a
   *     sequence outside that range
   */
  public static StockMovements of(StockLedger ledger, long after) {
    MissingValueException.required(ledger, "ledger");
    // checked here, not by movementsAfter, so that the error names this method's parameter
    if (after < 0 || after > ledger.movementCount()) {
      throw InvalidValueException.of(
          CoreRule.OUT_OF_RANGE, "after", after, 0, ledger.movementCount());
    }
    // the movements from the one numbered after (the previous), in one walk of the history
    List<Movement> fromPrevious = ledger.movementsAfter(Math.max(0, after - 1));
    Movement previous = after == 0 ? null : fromPrevious.get(0);
    List<Movement> movements =
        after == 0 ? fromPrevious : fromPrevious.subList(1, fromPrevious.size());
    List<StockLot> lots = new ArrayList<>();
    for (Movement m : movements) {
      if (m.type() == MovementType.RECEIVED) {
        lots.add(ledger.lot(m.lotCode()).map(LotStock::lot).orElseThrow());
      }
    }
    return of(ledger.facility(), after, previous, lots, movements);
  }

  /**
   * Movements from their parts, as read.
   *
   * @param facility the ledger's facility, not null
   * @param after the sequence number the movements follow, 0 or more
   * @param lots the lots the movements receive, not null, no null element; each received by exactly
   *     one {@link MovementType#RECEIVED} movement of {@code movements}
   * @param movements the movements, oldest first, numbered from {@code after + 1} without a gap,
   *     not null, no null element
   * @return the movements, never null
   * @throws MissingValueException if an argument or an element is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a negative {@code after};
   *     {@code json.document.mismatch} naming {@code movements[i].sequence} for a sequence number
   *     out of turn; {@code inventory.lot.unknown} naming {@code lots[j]} for a lot no movement
   *     receives, or {@code movements[i].lotCode} for a receipt without its lot; {@code
   *     inventory.lot.already-released} naming {@code lots[j]} for a lot listed twice
   */
  public static StockMovements of(
      FacilityCode facility, long after, List<StockLot> lots, List<Movement> movements) {
    return of(facility, after, null, lots, movements);
  }

  /**
   * Movements from their parts, as read, with the movement they follow: the last one of the ledger
   * they continue, which {@link #applyTo(StockLedger)} compares with the ledger's own.
   *
   * @param facility the ledger's facility, not null
   * @param after the sequence number the movements follow, 0 or more
   * @param previous the movement numbered {@code after}, null for none (for {@code after} 0, or
   *     from a document written before it was carried)
   * @param lots as {@link #of(FacilityCode, long, List, List)}
   * @param movements as {@link #of(FacilityCode, long, List, List)}
   * @return the movements, never null
   * @throws MissingValueException if an argument other than {@code previous}, or an element, is
   *     null
   * @throws InvalidValueException as {@link #of(FacilityCode, long, List, List)}; {@code
   *     json.document.mismatch} naming {@code previous.sequence} for a previous movement not
   *     numbered {@code after}
   */
  public static StockMovements of(
      FacilityCode facility,
      long after,
      @Nullable Movement previous,
      List<StockLot> lots,
      List<Movement> movements) {
    MissingValueException.required(facility, "facility");
    if (after < 0) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "after", after, 0, Long.MAX_VALUE);
    }
    if (previous != null && previous.sequence() != after) {
      throw InvalidValueException.of(
          JsonRule.DOCUMENT_MISMATCH, "previous.sequence", previous.sequence(), after);
    }
    List<StockLot> allLots = List.copyOf(MissingValueException.required(lots, "lots"));
    List<Movement> all = List.copyOf(MissingValueException.required(movements, "movements"));
    Set<LotCode> received = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Movement m = all.get(i);
      long expected = after + 1 + i;
      if (m.sequence() != expected) {
        throw InvalidValueException.of(
            JsonRule.DOCUMENT_MISMATCH, "movements[" + i + "].sequence", m.sequence(), expected);
      }
      if (m.type() == MovementType.RECEIVED) {
        received.add(m.lotCode());
      }
    }
    Set<LotCode> listed = new HashSet<>();
    for (int j = 0; j < allLots.size(); j++) {
      LotCode code = allLots.get(j).lotCode();
      if (!listed.add(code)) {
        throw InvalidValueException.of(InventoryRule.LOT_ALREADY_RECEIVED, "lots[" + j + "]", code);
      }
      if (!received.contains(code)) {
        throw InvalidValueException.of(InventoryRule.LOT_UNKNOWN, "lots[" + j + "]", code);
      }
    }
    for (int i = 0; i < all.size(); i++) {
      Movement m = all.get(i);
      if (m.type() == MovementType.RECEIVED && !listed.contains(m.lotCode())) {
        throw InvalidValueException.of(
            InventoryRule.LOT_UNKNOWN, "movements[" + i + "].lotCode", m.lotCode());
      }
    }
    return new StockMovements(facility, after, previous, allLots, all);
  }

  /**
   * The ledger these movements continue, carried on: every movement is replayed through the
   * ledger's own operations ({@link StockLedger#replay(FacilityCode, List, List)}), so every rule
   * is checked again.
   *
   * @param ledger the ledger at sequence {@link #after()} of the same facility, not null
   * @return the ledger with these movements, never null
   * @throws MissingValueException if {@code ledger} is null
   * @throws InvalidValueException rule {@code json.document.mismatch} naming {@code facility} for
   *     another facility's ledger, {@code after} for a ledger with another number of movements, or
   *     {@code previous} for a ledger whose last movement is not the one these follow; else as
   *     {@link StockLedger#replay(FacilityCode, List, List)}, naming the movement of the whole
   *     history that does not replay
   */
  public StockLedger applyTo(StockLedger ledger) {
    MissingValueException.required(ledger, "ledger");
    if (!ledger.facility().equals(facility)) {
      throw InvalidValueException.of(
          JsonRule.DOCUMENT_MISMATCH, "facility", facility, ledger.facility());
    }
    if (ledger.movementCount() != after) {
      throw InvalidValueException.of(
          JsonRule.DOCUMENT_MISMATCH, "after", after, ledger.movementCount());
    }
    if (previous != null) {
      // the same count is not the same history: a ledger that went another way (a copy restored
      // and written to on both sides) would take these movements on top of its own
      Movement held = ledger.movementsAfter(after - 1).get(0);
      if (!held.equals(previous)) {
        throw InvalidValueException.of(
            JsonRule.DOCUMENT_MISMATCH, "previous", describe(previous), describe(held));
      }
    }
    if (movements.isEmpty()) {
      return ledger;
    }
    // the whole history again: the ledger's replay checks each operation against the recorded
    // movements; it only replays from empty, so this costs the ledger's history, not only these
    List<StockLot> allLots = new ArrayList<>();
    ledger.lots().forEach(l -> allLots.add(l.lot()));
    allLots.addAll(lots);
    List<Movement> history = new ArrayList<>(ledger.movements());
    history.addAll(movements);
    return StockLedger.replay(facility, allLots, history);
  }

  /**
   * The ledger's facility.
   *
   * @return the facility code, never null
   */
  public FacilityCode facility() {
    return facility;
  }

  /**
   * The sequence number the movements follow: the movement count of the ledger they continue.
   *
   * @return the sequence number, 0 or more
   */
  public long after() {
    return after;
  }

  /**
   * The movement these follow, numbered {@link #after()}: the last one of the ledger they continue.
   *
   * @return the movement, empty for {@code after()} 0 or a document written without it
   */
  public Optional<Movement> previous() {
    return Optional.ofNullable(previous);
  }

  // a movement in an error's details: what tells two histories apart, no actor
  private static String describe(Movement m) {
    return m.sequence() + " " + m.type() + " " + m.lotCode() + " " + m.quantity() + " " + m.at();
  }

  /**
   * The lots the movements receive, in their receipts' order.
   *
   * @return an unmodifiable list, never null
   */
  public List<StockLot> lots() {
    return lots;
  }

  /**
   * The movements, oldest first, numbered from {@code after() + 1}.
   *
   * @return an unmodifiable list, never null
   */
  public List<Movement> movements() {
    return movements;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StockMovements s
        && s.facility.equals(facility)
        && s.after == after
        && java.util.Objects.equals(s.previous, previous)
        && s.lots.equals(lots)
        && s.movements.equals(movements);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(facility, after, previous, lots, movements);
  }

  @Override
  public String toString() {
    return "StockMovements[" + facility + " after " + after + ", " + movements.size() + "]";
  }
}
