package org.bengkel.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.bengkel.catalog.Sku;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The sales of one product in a period (<i>penjualan per produk</i>): units and revenue (line
 * totals before tax) of the goods lines of the orders fulfilled in the period.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProductSales {

  ProductSales() {}

  /**
   * The product.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * Units sold.
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long units();

  /**
   * Revenue (<i>pendapatan</i>), before tax.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah revenue();

  @Value.Check
  void check() {
    Checks.requireRange(units(), "units", 0, Long.MAX_VALUE);
  }

  /**
   * A row.
   *
   * @param sku the product, not null
   * @param units units sold, zero or more
   * @param revenue the revenue, not null
   * @return the row, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code value.out-of-range} for a
   *     negative count; {@code value.required} for a null argument
   */
  public static ProductSales of(Sku sku, long units, Rupiah revenue) {
    return builder().sku(sku).units(units).revenue(revenue).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductSales}; not thread-safe. */
  public static final class Builder extends ImmutableProductSales.Builder {
    Builder() {}
  }
}
