package org.bengkel.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.bengkel.catalog.Sku;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * A line of an {@link Invoice}, receipt or credit note (<i>baris faktur</i>): what the buyer sees
 * of an order line, and nothing more (never who made the goods or did the job).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InvoiceLine {

  InvoiceLine() {}

  /**
   * The product or service.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * The text printed (<i>uraian</i>).
   *
   * @return the description, never null or blank
   */
  @NotBlank
  @Size(max = GoodsLine.MAX_DESCRIPTION)
  public abstract String description();

  /**
   * The units.
   *
   * @return the quantity, at least 1
   */
  @Positive
  public abstract long quantity();

  /**
   * The price of one unit.
   *
   * @return the price, never null
   */
  @NotNull
  public abstract Rupiah unitPrice();

  /**
   * The line's amount (<i>jumlah</i>): unit price × quantity, exactly.
   *
   * @return the amount, never null
   */
  public Rupiah lineTotal() {
    return unitPrice().times(quantity());
  }

  @Value.Check
  void check() {
    Checks.requireText(description(), "description", GoodsLine.MAX_DESCRIPTION);
    Checks.requireRange(quantity(), "quantity", 1, Long.MAX_VALUE);
    lineTotal();
  }

  /**
   * A line.
   *
   * @param sku the product or service, not null
   * @param description the text printed, not blank, at most {@value GoodsLine#MAX_DESCRIPTION}
   *     characters
   * @param quantity the units, at least 1
   * @param unitPrice the price of one unit, not null
   * @return the line, never null
   * @throws org.bengkel.error.InvalidValueException if an argument is null or breaks its rule, or
   *     {@code money.overflow} when the line total does not fit
   */
  public static InvoiceLine of(Sku sku, String description, long quantity, Rupiah unitPrice) {
    return builder()
        .sku(sku)
        .description(description)
        .quantity(quantity)
        .unitPrice(unitPrice)
        .build();
  }

  /**
   * The line a buyer sees for an order line: its SKU, description, quantity and unit price.
   *
   * @param line the order line, not null
   * @return the invoice line, never null
   */
  static InvoiceLine of(OrderLine line) {
    return of(line.sku(), line.description(), line.quantity(), line.unitPrice());
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InvoiceLine}; not thread-safe. */
  public static final class Builder extends ImmutableInvoiceLine.Builder {
    Builder() {}
  }
}
