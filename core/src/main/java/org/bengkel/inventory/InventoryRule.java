package org.bengkel.inventory;

import org.bengkel.error.Rule;

/**
 * The rules of the stock ledger (<i>aturan persediaan</i>).
 *
 * <p>Most of them are <em>refusals</em>: a {@link StockLedger} operation that would break one
 * returns a refused {@link org.bengkel.outcome.Outcome} whose {@link org.bengkel.outcome.Refusal}
 * carries the rule, and changes nothing. {@link #MOVEMENT_INCONSISTENT} is a broken contract and is
 * thrown as {@link org.bengkel.error.InvalidValueException}, and so is {@link #LOT_UNKNOWN} in a
 * ledger rebuilt from a history; an operation on an unknown lot is refused.
 *
 * <p>The rules are the workshop's stock practice (project domain notes, "Products and production"):
 * stock comes only from released batches, expired stock (past the best-before date printed on the
 * label, <i>baik digunakan sebelum</i>) is never reserved or sold, and picking is
 * first-expired-first-out. No regulation prescribes the picking order; it is the library's rule.
 *
 * <p>Immutable and thread-safe.
 */
public enum InventoryRule implements Rule {
  /**
   * Refusal: fewer units are available (on hand, not reserved, not expired) than asked for. Message
   * arguments: {@code {0}} SKU or lot, {@code {1}} quantity asked, {@code {2}} units available.
   */
  AVAILABLE_INSUFFICIENT("inventory.available.insufficient"),
  /**
   * Refusal: the lot is expired on the operation's date (on or after its expiry date). Arguments:
   * {@code {0}} lot, {@code {1}} date, {@code {2}} expiry date.
   */
  LOT_EXPIRED("inventory.lot.expired"),
  /**
   * Refusal: a lot with this code was already received into stock. Argument {@code {0}} lot. The
   * code keeps its 0.1 text ({@code already-released}): codes are stable.
   */
  LOT_ALREADY_RECEIVED("inventory.lot.already-released"),
  /** Refusal: no open reservation has this id. Argument {@code {0}} reservation. */
  RESERVATION_UNKNOWN("inventory.reservation.unknown"),
  /** Refusal: an open reservation already has this id. Argument {@code {0}} reservation. */
  RESERVATION_EXISTS("inventory.reservation.exists"),
  /**
   * Refusal: more units asked from a reservation than it still holds. Arguments: {@code {0}}
   * reservation, {@code {1}} quantity asked, {@code {2}} units still reserved.
   */
  RESERVATION_EXCEEDED("inventory.reservation.exceeded"),
  /**
   * Refusal: more units returned to a lot than were sold from it and not yet returned. Arguments:
   * {@code {0}} lot, {@code {1}} quantity returned, {@code {2}} units sold and not returned.
   */
  RETURN_EXCEEDS_SOLD("inventory.return.exceeds-sold"),
  /**
   * Refusal: a write-off for expiry of a lot that is not expired on the write-off date. Arguments:
   * {@code {0}} lot, {@code {1}} date, {@code {2}} expiry date (or {@code -} when it has none).
   */
  WRITE_OFF_NOT_EXPIRED("inventory.write-off.not-expired"),
  /**
   * Refusal: the operation is dated before the ledger's latest movement (the ledger is append-only
   * in time). Arguments: {@code {0}} subject, {@code {1}} date-time asked, {@code {2}} latest
   * movement's date-time.
   */
  BACKDATED("inventory.movement.backdated"),
  /**
   * A movement names a lot that was never received into this ledger: refused by an operation,
   * thrown when a history is rebuilt. Argument {@code {1}} the lot code.
   */
  LOT_UNKNOWN("inventory.lot.unknown"),
  /**
   * Broken contract (thrown): a movement's attributes do not fit its type (a reservation without a
   * reservation id, a write-off without a reason, a reason on another type), or a recorded movement
   * is not what the ledger's operation appends when the history is replayed ({@link
   * StockLedger#replay}). Detail {@code {2}} is the movement type.
   */
  MOVEMENT_INCONSISTENT("inventory.movement.inconsistent");

  private final String code;

  InventoryRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
