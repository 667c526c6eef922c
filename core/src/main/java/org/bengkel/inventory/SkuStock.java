package org.bengkel.inventory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.bengkel.catalog.Sku;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The stock of one product over all its lots (<i>posisi stok per barang</i>): on hand, reserved and
 * available (= on hand − reserved), including units in expired lots that are not yet written off.
 * What may be reserved on a date is {@link StockLedger#available(Sku, java.time.LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SkuStock {

  SkuStock() {}

  /**
   * The product.
   *
   * @return the SKU, never null
   */
  @NotNull
  @Value.Parameter
  public abstract Sku sku();

  /**
   * Units physically in stock over all lots.
   *
   * @return the quantity, zero or more
   */
  @PositiveOrZero
  @Value.Parameter
  public abstract long onHand();

  /**
   * Units held for open reservations.
   *
   * @return the quantity, 0 to {@link #onHand()}
   */
  @PositiveOrZero
  @Value.Parameter
  public abstract long reserved();

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
    Checks.requireRange(onHand(), "onHand", 0, Long.MAX_VALUE);
    Checks.requireRange(reserved(), "reserved", 0, onHand());
  }

  /**
   * The stock of a product.
   *
   * @param sku the product, not null
   * @param onHand the units on hand, zero or more
   * @param reserved the units reserved, 0 to {@code onHand}
   * @return the stock, never null
   * @throws org.bengkel.error.InvalidValueException if a quantity is out of range
   */
  public static SkuStock of(Sku sku, long onHand, long reserved) {
    return ImmutableSkuStock.of(sku, onHand, reserved);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SkuStock}; not thread-safe. */
  public static final class Builder extends ImmutableSkuStock.Builder {
    Builder() {}
  }
}
