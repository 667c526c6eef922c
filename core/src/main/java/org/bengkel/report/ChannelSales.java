package org.bengkel.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.immutables.value.Value;

/**
 * The sales of one channel in a period (<i>penjualan per saluran</i>): orders fulfilled, goods
 * units, service jobs and revenue without PPN (the orders' prices without PPN).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChannelSales {

  ChannelSales() {}

  /**
   * The channel.
   *
   * @return the channel, never null
   */
  @NotNull
  public abstract Channel channel();

  /**
   * Orders fulfilled (<i>pesanan diserahkan</i>).
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long orders();

  /**
   * Goods units sold.
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long goodsUnits();

  /**
   * Service jobs done (<i>pekerjaan jasa</i>).
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long serviceJobs();

  /**
   * Revenue (<i>pendapatan</i>) without PPN: the sum of the orders' prices without PPN ({@link
   * org.bengkel.pricing.TaxBreakdown#priceExcludingTax()}).
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah revenue();

  @Value.Check
  void check() {
    Checks.requireRange(orders(), "orders", 0, Long.MAX_VALUE);
    Checks.requireRange(goodsUnits(), "goodsUnits", 0, Long.MAX_VALUE);
    Checks.requireRange(serviceJobs(), "serviceJobs", 0, Long.MAX_VALUE);
  }

  /**
   * A row.
   *
   * @param channel the channel, not null
   * @param orders orders fulfilled, zero or more
   * @param goodsUnits goods units, zero or more
   * @param serviceJobs service jobs, zero or more
   * @param revenue the revenue, not null
   * @return the row, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code value.out-of-range} for a negative
   *     count; {@code value.required} for a null argument
   */
  public static ChannelSales of(
      Channel channel, long orders, long goodsUnits, long serviceJobs, Rupiah revenue) {
    return builder()
        .channel(channel)
        .orders(orders)
        .goodsUnits(goodsUnits)
        .serviceJobs(serviceJobs)
        .revenue(revenue)
        .build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChannelSales}; not thread-safe. */
  public static final class Builder extends ImmutableChannelSales.Builder {
    Builder() {}
  }
}
