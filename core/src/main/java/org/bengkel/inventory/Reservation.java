package org.bengkel.inventory;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * An open reservation (<i>pemesanan</i>): units of one SKU held in one or more lots for an order
 * line until they are sold or the reservation is cancelled.
 *
 * <p>{@link #picks()} are the units still held per lot, in FEFO order; selling from the reservation
 * takes them in that order. A reservation that is fully sold or cancelled is closed and no longer
 * listed by the ledger.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reservation {

  Reservation() {}

  /**
   * The reservation's id (the order line).
   *
   * @return the id, never null
   */
  @NotNull
  public abstract ReservationId id();

  /**
   * The product held.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * When the reservation was made.
   *
   * @return the instant, never null
   */
  @NotNull
  public abstract Instant reservedAt();

  /**
   * The units still held, per lot, in FEFO order; one pick per lot.
   *
   * @return the picks, never null or empty
   */
  @NotEmpty
  public abstract List<Pick> picks();

  /**
   * The units still held: the sum of the picks.
   *
   * @return the quantity, at least 1
   */
  public long quantity() {
    return picks().stream().mapToLong(Pick::quantity).sum();
  }

  @Value.Check
  void check() {
    Checks.requireNotEmpty(picks(), "picks");
    Checks.requireDistinct(picks().stream().map(Pick::lotCode).toList(), "picks.lotCode");
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null; {@code build()} throws {@link InvalidValueException} if
   *     an attribute breaks its rule
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reservation}; not thread-safe. */
  public static final class Builder extends ImmutableReservation.Builder {
    Builder() {}
  }
}
