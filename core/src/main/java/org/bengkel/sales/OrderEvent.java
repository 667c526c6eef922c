package org.bengkel.sales;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * One move of a {@link SalesOrder}'s lifecycle (<i>riwayat status</i>): the state reached and when.
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
   * When.
   *
   * @return the date-time, never null
   */
  @NotNull
  @Value.Parameter
  public abstract LocalDateTime at();

  /**
   * A move.
   *
   * @param status the state reached, not null
   * @param at when, not null
   * @return the event, never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static OrderEvent of(OrderStatus status, LocalDateTime at) {
    return ImmutableOrderEvent.of(status, at);
  }
}
