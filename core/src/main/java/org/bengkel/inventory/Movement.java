package org.bengkel.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.Optional;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.production.LotCode;
import org.immutables.value.Value;

/**
 * One entry of the stock ledger (<i>mutasi persediaan</i>): a quantity of one lot moving in, out,
 * into or out of a reservation, recorded by an actor at an instant ({@link #stamp()}).
 *
 * <p>Movements are only ever appended: {@link #sequence()} is the movement's position in its ledger
 * (1 for the first). The effect on the lot is {@link #onHandChange()} and {@link
 * #reservedChange()}; summing them over a lot's movements gives its on-hand and reserved
 * quantities.
 *
 * <p>Which optional attributes a type carries: {@link #reservation()} is required for {@link
 * MovementType#RESERVED} and {@link MovementType#RESERVATION_CANCELLED}, present on a {@link
 * MovementType#SOLD} from a reservation (absent on a direct sale), and may carry the order line on
 * {@link MovementType#RETURNED}; it is absent on {@link MovementType#RECEIVED} and {@link
 * MovementType#WRITTEN_OFF}. {@link #writeOffReason()} is present exactly on {@link
 * MovementType#WRITTEN_OFF}.
 *
 * <p>Immutable and thread-safe. Building an inconsistent movement throws {@link
 * InvalidValueException} with rule {@link InventoryRule#MOVEMENT_INCONSISTENT}.
 */
@Value.Immutable
public abstract class Movement {

  Movement() {}

  /**
   * The position of the movement in its ledger, from 1.
   *
   * @return the sequence number
   */
  @Positive
  public abstract long sequence();

  /**
   * The ledger's version after the operation that appended the movement: movements of one operation
   * (a sale that took several lots) share it, and it is the version of the {@link StockEvent} that
   * operation yielded.
   *
   * @return the version, 1 or more
   */
  @Positive
  public abstract long version();

  /**
   * What happened.
   *
   * @return the type, never null
   */
  @NotNull
  public abstract MovementType type();

  /**
   * Who recorded it, when, in which zone.
   *
   * @return the stamp, never null
   */
  @NotNull
  public abstract Stamp stamp();

  /**
   * When it happened: the stamp's instant.
   *
   * @return the instant, never null
   */
  public Instant at() {
    return stamp().at();
  }

  /**
   * Who recorded it: the stamp's actor.
   *
   * @return the actor, never null
   */
  public Actor actor() {
    return stamp().actor();
  }

  /**
   * The product of the lot.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * The lot that moved.
   *
   * @return the lot code, never null
   */
  @NotNull
  public abstract LotCode lotCode();

  /**
   * The units moved, 1 to {@link StockLot#MAX_QUANTITY}.
   *
   * @return the quantity
   */
  @Positive
  @Max(StockLot.MAX_QUANTITY)
  public abstract long quantity();

  /**
   * The reservation (order line) the movement belongs to.
   *
   * @return the reservation id, empty where the type has none
   */
  public abstract Optional<ReservationId> reservation();

  /**
   * Why units were written off.
   *
   * @return the reason, present exactly on {@link MovementType#WRITTEN_OFF}
   */
  public abstract Optional<WriteOffReason> writeOffReason();

  /**
   * The change this movement makes to the lot's on-hand quantity.
   *
   * @return {@code +quantity} for received and returned, {@code -quantity} for sold and written
   *     off, 0 otherwise
   */
  public long onHandChange() {
    return switch (type()) {
      case RECEIVED, RETURNED -> quantity();
      case SOLD, WRITTEN_OFF -> -quantity();
      case RESERVED, RESERVATION_CANCELLED -> 0;
    };
  }

  /**
   * The change this movement makes to the lot's reserved quantity.
   *
   * @return {@code +quantity} for reserved, {@code -quantity} for a cancelled reservation and for a
   *     sale from a reservation, 0 otherwise
   */
  public long reservedChange() {
    return switch (type()) {
      case RESERVED -> quantity();
      case RESERVATION_CANCELLED -> -quantity();
      case SOLD -> reservation().isPresent() ? -quantity() : 0;
      case RECEIVED, RETURNED, WRITTEN_OFF -> 0;
    };
  }

  @Value.Check
  void check() {
    Checks.requireRange(sequence(), "sequence", 1, Long.MAX_VALUE);
    Checks.requireRange(version(), "version", 1, sequence());
    Checks.requireRange(quantity(), "quantity", 1, StockLot.MAX_QUANTITY);
    boolean needsReservation =
        type() == MovementType.RESERVED || type() == MovementType.RESERVATION_CANCELLED;
    boolean forbidsReservation =
        type() == MovementType.RECEIVED || type() == MovementType.WRITTEN_OFF;
    if (needsReservation && reservation().isEmpty()
        || forbidsReservation && reservation().isPresent()) {
      throw InvalidValueException.of(
          InventoryRule.MOVEMENT_INCONSISTENT, "reservation", reservation().orElse(null), type());
    }
    if ((type() == MovementType.WRITTEN_OFF) != writeOffReason().isPresent()) {
      throw InvalidValueException.of(
          InventoryRule.MOVEMENT_INCONSISTENT,
          "writeOffReason",
          writeOffReason().orElse(null),
          type());
    }
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Movement}; not thread-safe. */
  public static final class Builder extends ImmutableMovement.Builder {
    Builder() {}
  }
}
