package org.bengkel.sales;

import java.util.EnumSet;
import java.util.Set;
import org.bengkel.error.Displayable;
import org.bengkel.internal.Checks;

/**
 * The state of a {@link SalesOrder} (<i>status pesanan</i>).
 *
 * <p>The lifecycle: {@link #QUOTED} → {@link #CONFIRMED} → {@link #PAID} → {@link #FULFILLED};
 * {@link #CANCELLED} from quoted, confirmed or paid. Fulfilled and cancelled are final (a return of
 * fulfilled goods is recorded on the fulfilled order, it is not a state). Delivery before payment
 * (as government buyers often pay after delivery) is not modelled: such a buyer's order is paid
 * when the institution commits to pay, then fulfilled.
 *
 * <p>Immutable and thread-safe.
 */
public enum OrderStatus implements Displayable {
  /** Priced and offered, nothing reserved (<i>penawaran</i>). */
  QUOTED,
  /** Accepted by the buyer; stock reserved for every goods line (<i>dikonfirmasi</i>). */
  CONFIRMED,
  /** Paid (<i>lunas</i>); stock still reserved. */
  PAID,
  /** Delivered (<i>diserahkan</i>): the reserved stock is sold. Final. */
  FULFILLED,
  /** Cancelled (<i>dibatalkan</i>): every reservation cancelled. Final. */
  CANCELLED;

  /**
   * Whether the lifecycle allows a move from this state to another.
   *
   * @param next the requested state, not null
   * @return true for quoted → confirmed, confirmed → paid, paid → fulfilled and quoted, confirmed
   *     or paid → cancelled; false otherwise
   * @throws org.bengkel.error.MissingValueException if {@code next} is null
   */
  public boolean canMoveTo(OrderStatus next) {
    Checks.required(next, "next");
    return successors().contains(next);
  }

  /**
   * The states the lifecycle allows next.
   *
   * @return an unmodifiable set, never null, empty for final states
   */
  public Set<OrderStatus> successors() {
    return switch (this) {
      case QUOTED -> Set.copyOf(EnumSet.of(CONFIRMED, CANCELLED));
      case CONFIRMED -> Set.copyOf(EnumSet.of(PAID, CANCELLED));
      case PAID -> Set.copyOf(EnumSet.of(FULFILLED, CANCELLED));
      case FULFILLED, CANCELLED -> Set.of();
    };
  }

  /**
   * Whether the order holds stock reservations in this state.
   *
   * @return true for confirmed and paid
   */
  public boolean holdsReservations() {
    return this == CONFIRMED || this == PAID;
  }
}
