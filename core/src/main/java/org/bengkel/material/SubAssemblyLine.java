package org.bengkel.material;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.bengkel.catalog.Sku;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A line of a bill of materials that uses another product made in the workshop (<i>komponen
 * rakitan</i>), such as four carved legs for a chair, with the number of its units for the bill's
 * batch.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SubAssemblyLine {

  SubAssemblyLine() {}

  /**
   * The product used.
   *
   * @return its SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * How many of its units the bill's batch needs.
   *
   * @return one or more
   */
  @Positive
  public abstract long units();

  @Value.Check
  void check() {
    Checks.requireRange(units(), "units", 1, Long.MAX_VALUE);
  }

  /**
   * A line.
   *
   * @param sku the product used, not null
   * @param units how many units for the batch, one or more
   * @return the line, never null
   * @throws org.bengkel.error.InvalidValueException {@code value.out-of-range} for fewer than one
   *     unit
   */
  public static SubAssemblyLine of(Sku sku, long units) {
    return ImmutableSubAssemblyLine.builder().sku(sku).units(units).build();
  }
}
