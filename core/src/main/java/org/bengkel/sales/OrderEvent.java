package org.bengkel.sales;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.bengkel.audit.Stamp;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * One move of a {@link SalesOrder}'s lifecycle (<i>riwayat status</i>): the state reached, who
 * moved it and when.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderEvent {

  OrderEvent() {}

  /**
   * The state reached.
   *
   * @return the status, never null
   */
  @NotNull
  @Value.Parameter
  public abstract OrderStatus status();

  /**
   * Who moved the order, and when.
   *
   * @return the stamp, never null
   */
  @NotNull
  @Value.Parameter
  public abstract Stamp stamp();

  /**
   * When: the stamp's instant.
   *
   * @return the instant, never null
   */
  public Instant at() {
    return stamp().at();
  }

  /**
   * A move.
   *
   * @param status the state reached, not null
   * @param at who and when, not null
   * @return the event, never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static OrderEvent of(OrderStatus status, Stamp at) {
    Checks.required(at, "at");
    return ImmutableOrderEvent.of(status, at);
  }
}
