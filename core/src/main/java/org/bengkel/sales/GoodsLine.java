package org.bengkel.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.inventory.Pick;
import org.bengkel.inventory.StockLot;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.QuotedLine;
import org.immutables.value.Value;

/**
 * A line of goods taken from stock (<i>baris barang</i>): a quantity of one product at an agreed
 * unit price.
 *
 * <p>Stock is reserved for the line when its order is confirmed, first-expired-first-out, and sold
 * when the order is fulfilled; {@link #soldLots()} then records which lots the units came from
 * (needed for returns and for allocating premi to the batches' teams). Before fulfilment it is
 * empty.
 *
 * <p>Immutable and thread-safe. Building an invalid line throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract non-sealed class GoodsLine implements OrderLine {

  /** The longest description. */
  public static final int MAX_DESCRIPTION = 200;

  GoodsLine() {}

  @NotNull
  @Override
  @Value.Parameter
  public abstract Sku sku();

  @NotBlank
  @Size(max = MAX_DESCRIPTION)
  @Override
  @Value.Parameter
  public abstract String description();

  /**
   * The units sold, 1 to {@link StockLot#MAX_QUANTITY}.
   *
   * @return the quantity
   */
  @Positive
  @Max(StockLot.MAX_QUANTITY)
  @Override
  @Value.Parameter
  public abstract long quantity();

  @NotNull
  @Override
  @Value.Parameter
  public abstract Rupiah unitPrice();

  /**
   * The lots the units were sold from, one pick per lot, first-expired-first-out; set when the
   * order is fulfilled.
   *
   * @return the picks, never null; empty before fulfilment, summing to {@link #quantity()} after
   */
  @NotNull
  @Value.Parameter
  public abstract List<@NotNull Pick> soldLots();

  /**
   * The units sold from a lot on this line.
   *
   * @param lot the lot, not null
   * @return the quantity, 0 when the lot is not among {@link #soldLots()}
   * @throws org.bengkel.error.MissingValueException if {@code lot} is null
   */
  public long soldFrom(org.bengkel.production.LotCode lot) {
    Checks.required(lot, "lot");
    return soldLots().stream().filter(p -> p.lotCode().equals(lot)).mapToLong(Pick::quantity).sum();
  }

  @Value.Check
  void check() {
    Checks.requireText(description(), "description", MAX_DESCRIPTION);
    Checks.requireRange(quantity(), "quantity", 1, StockLot.MAX_QUANTITY);
    List<Pick> lots = soldLots();
    if (lots.isEmpty()) {
      return; // quoted, confirmed or paid: nothing sold yet (the common case, kept cheap)
    }
    Checks.requireDistinct(lots.stream().map(Pick::lotCode).toList(), "soldLots.lotCode");
    long sold = lots.stream().mapToLong(Pick::quantity).sum();
    if (sold != quantity()) {
      throw InvalidValueException.of(SalesRule.LINE_SOLD_LOTS, "soldLots", sold, quantity());
    }
  }

  /**
   * The same line with the lots its units were sold from (used by fulfilment).
   *
   * @param picks the lots, not null, summing to the quantity
   * @return the line, never null
   * @throws InvalidValueException rule {@link SalesRule#LINE_SOLD_LOTS} if the picks do not sum to
   *     the quantity
   */
  GoodsLine recordSold(List<Pick> picks) {
    return builder().from(this).soldLots(picks).build();
  }

  /**
   * A line for a quantity of a product at an agreed price, described by the product's name.
   *
   * @param product the product, not null
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param unitPrice the agreed price of one unit, not null (from the pricing quote)
   * @return the line, never null
   * @throws InvalidValueException if an argument is null or breaks its rule
   */
  public static GoodsLine of(Product product, long quantity, Rupiah unitPrice) {
    if (product == null) {
      throw org.bengkel.error.MissingValueException.of("product");
    }
    return of(product.sku(), product.name(), quantity, unitPrice);
  }

  /**
   * The line of a quoted line of goods (<i>baris dari penawaran</i>): its item's SKU, description
   * and quantity at the quoted unit price.
   *
   * @param quoted the quoted line, not null; of goods, not a service job
   * @return the line, never null
   * @throws org.bengkel.error.MissingValueException if {@code quoted} is null
   * @throws InvalidValueException rule {@link SalesRule#QUOTE_MISMATCH} (field {@code
   *     vehicleClass}) for a quoted service job; {@code value.out-of-range} for a quantity above
   *     {@link StockLot#MAX_QUANTITY}
   */
  public static GoodsLine of(QuotedLine quoted) {
    if (quoted == null) {
      throw org.bengkel.error.MissingValueException.of("quoted");
    }
    PricingItem item = quoted.item();
    if (item.isService()) {
      throw InvalidValueException.of(
          SalesRule.QUOTE_MISMATCH, "vehicleClass", item.vehicleClass().orElseThrow(), "GOODS");
    }
    return of(item.sku(), item.description(), quoted.quantity(), quoted.unitPrice());
  }

  /**
   * A line for a quantity of a product at an agreed price.
   *
   * @param sku the product, not null
   * @param description the text shown to the buyer, not blank, at most {@value #MAX_DESCRIPTION}
   *     characters
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param unitPrice the agreed price of one unit, not null
   * @return the line, never null
   * @throws InvalidValueException if an argument is null or breaks its rule
   */
  public static GoodsLine of(Sku sku, String description, long quantity, Rupiah unitPrice) {
    // Straight to the constructor, without a builder: JSON readers build a line per product
    return ImmutableGoodsLine.of(sku, description, quantity, unitPrice, List.of());
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoodsLine}; not thread-safe. */
  public static final class Builder extends ImmutableGoodsLine.Builder {
    Builder() {}
  }
}
