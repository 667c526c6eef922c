package org.bengkel.inventory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The stock of one lot derived from the ledger (<i>posisi stok per lot</i>).
 *
 * <p>On hand is what is physically there (<i>stok fisik</i>): received + returned − sold − written
 * off. Reserved is held for open reservations; available (<i>stok tersedia</i>) = on hand −
 * reserved. The ledger guarantees 0 ≤ reserved ≤ on hand and returned ≤ sold; whether the units may
 * be sold on a date also depends on {@link StockLot#isExpiredOn}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LotStock {

  LotStock() {}

  /**
   * The lot.
   *
   * @return the lot, never null
   */
  @NotNull
  public abstract StockLot lot();

  /**
   * Units physically in stock.
   *
   * @return the quantity, zero or more
   */
  @PositiveOrZero
  public abstract long onHand();

  /**
   * Units held for open reservations.
   *
   * @return the quantity, 0 to {@link #onHand()}
   */
  @PositiveOrZero
  public abstract long reserved();

  /**
   * Units sold from the lot so far.
   *
   * @return the quantity, zero or more
   */
  @PositiveOrZero
  public abstract long sold();

  /**
   * Units returned into the lot so far.
   *
   * @return the quantity, 0 to {@link #sold()}
   */
  @PositiveOrZero
  public abstract long returned();

  /**
   * Units written off from the lot so far.
   *
   * @return the quantity, zero or more
   */
  @PositiveOrZero
  public abstract long writtenOff();

  /**
   * Units on hand and not reserved.
   *
   * @return {@code onHand() - reserved()}, zero or more
   */
  public long available() {
    return onHand() - reserved();
  }

  @Value.Check
  void check() {
    Checks.requireRange(sold(), "sold", 0, Long.MAX_VALUE);
    Checks.requireRange(returned(), "returned", 0, sold());
    Checks.requireRange(writtenOff(), "writtenOff", 0, Long.MAX_VALUE);
    long expected = lot().quantity() + returned() - sold() - writtenOff();
    if (onHand() != expected) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "onHand", onHand(), expected, expected);
    }
    Checks.requireRange(onHand(), "onHand", 0, Long.MAX_VALUE);
    Checks.requireRange(reserved(), "reserved", 0, onHand());
  }

  /**
   * The stock of a lot just received: all its units on hand, nothing reserved.
   *
   * @param lot the lot, not null
   * @return the stock, never null
   */
  static LotStock received(StockLot lot) {
    return ImmutableLotStock.builder()
        .lot(lot)
        .onHand(lot.quantity())
        .reserved(0)
        .sold(0)
        .returned(0)
        .writtenOff(0)
        .build();
  }

  /**
   * The stock after a movement of this lot.
   *
   * @param m the movement, of this lot
   * @return the new stock, never null
   * @throws InvalidValueException if the movement would break an invariant
   */
  LotStock after(Movement m) {
    ImmutableLotStock.Builder b =
        ImmutableLotStock.builder()
            .from(this)
            .onHand(onHand() + m.onHandChange())
            .reserved(reserved() + m.reservedChange());
    switch (m.type()) {
      case SOLD -> b.sold(sold() + m.quantity());
      case RETURNED -> b.returned(returned() + m.quantity());
      case WRITTEN_OFF -> b.writtenOff(writtenOff() + m.quantity());
      case RECEIVED, RESERVED, RESERVATION_CANCELLED -> {}
    }
    return b.build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LotStock}; not thread-safe. */
  public static final class Builder extends ImmutableLotStock.Builder {
    Builder() {}
  }
}
