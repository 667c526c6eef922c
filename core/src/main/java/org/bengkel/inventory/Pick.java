package org.bengkel.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.production.LotCode;
import org.immutables.value.Value;

/**
 * A quantity taken from one lot (<i>pengambilan dari lot</i>): a line of a {@link Picking} or of a
 * {@link Reservation}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pick {

  Pick() {}

  /**
   * The lot.
   *
   * @return the lot code, never null
   */
  @NotNull
  @Value.Parameter
  public abstract LotCode lotCode();

  /**
   * The units taken, 1 to {@link StockLot#MAX_QUANTITY}.
   *
   * @return the quantity
   */
  @Positive
  @Max(StockLot.MAX_QUANTITY)
  @Value.Parameter
  public abstract long quantity();

  @Value.Check
  void check() {
    Checks.requireRange(quantity(), "quantity", 1, StockLot.MAX_QUANTITY);
  }

  /**
   * A pick.
   *
   * @param lotCode the lot, not null
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @return the pick, never null
   * @throws InvalidValueException if an attribute breaks its rule
   */
  public static Pick of(LotCode lotCode, long quantity) {
    return ImmutablePick.of(lotCode, quantity);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pick}; not thread-safe. */
  public static final class Builder extends ImmutablePick.Builder {
    Builder() {}
  }
}
