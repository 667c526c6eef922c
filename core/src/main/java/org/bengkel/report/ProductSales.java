package org.bengkel.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.bengkel.catalog.Sku;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The sales of one product in a period (<i>penjualan per produk</i>): units, revenue without PPN
 * and cost of goods sold of the goods lines of the orders fulfilled in the period.
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
   * Revenue (<i>pendapatan</i>) without PPN: each order's price without PPN ({@link
   * org.bengkel.pricing.TaxBreakdown#priceExcludingTax()}) divided over its lines by their totals.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah revenue();

  /**
   * Cost of goods sold (<i>harga pokok penjualan</i>, HPP): the material cost of the units sold,
   * from the lots they were sold from, per good unit of each lot's batch ({@link
   * ProductionFigures#costOfGoodUnits}).
   *
   * @return the cost, never null; zero unless set
   */
  @NotNull
  @Value.Default
  public Rupiah costOfGoodsSold() {
    return Rupiah.ZERO;
  }

  @Value.Check
  void check() {
    Checks.requireRange(units(), "units", 0, Long.MAX_VALUE);
  }

  /**
   * A row without cost of goods sold.
   *
   * @param sku the product, not null
   * @param units units sold, zero or more
   * @param revenue the revenue, not null
   * @return the row, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code value.out-of-range} for a negative
   *     count; {@code value.required} for a null argument
   */
  public static ProductSales of(Sku sku, long units, Rupiah revenue) {
    return builder().sku(sku).units(units).revenue(revenue).build();
  }

  /**
   * A row.
   *
   * @param sku the product, not null
   * @param units units sold, zero or more
   * @param revenue the revenue without PPN, not null
   * @param costOfGoodsSold the cost of the units sold, not null
   * @return the row, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code value.out-of-range} for a negative
   *     count; {@code value.required} for a null argument
   */
  public static ProductSales of(Sku sku, long units, Rupiah revenue, Rupiah costOfGoodsSold) {
    return builder()
        .sku(sku)
        .units(units)
        .revenue(revenue)
        .costOfGoodsSold(costOfGoodsSold)
        .build();
  }

  /**
   * The sum of this row and another of the same product.
   *
   * @param other the other row, not null, of the same SKU
   * @return the sum, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code value.overflow} if the units
   *     overflow, {@code money.overflow} if an amount does
   */
  final ProductSales plus(ProductSales other) {
    return of(
        sku(),
        Checks.addExact(units(), other.units(), "units"),
        revenue().plus(other.revenue()),
        costOfGoodsSold().plus(other.costOfGoodsSold()));
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
