package org.bengkel.sales;

import org.bengkel.catalog.Sku;
import org.bengkel.money.Rupiah;

/**
 * A line of a {@link SalesOrder} (<i>baris pesanan</i>): goods taken from stock ({@link GoodsLine})
 * or one service job ({@link ServiceJob}).
 *
 * <p>A line carries the unit price agreed with the buyer, as the caller got it from the pricing
 * package's quote or the catalogue's service tariff; the order does not compute prices.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface OrderLine permits GoodsLine, ServiceJob {

  /**
   * The product or service sold.
   *
   * @return the SKU, never null
   */
  Sku sku();

  /**
   * The text shown to the buyer on invoices and receipts (<i>uraian</i>); never names a trainee.
   *
   * @return the description, never null or blank
   */
  String description();

  /**
   * The units sold: the goods' quantity, 1 for a service job.
   *
   * @return the quantity, at least 1
   */
  long quantity();

  /**
   * The agreed price of one unit or job (<i>harga satuan</i>).
   *
   * @return the price, never null
   */
  Rupiah unitPrice();

  /**
   * The line's amount: unit price × quantity, exactly.
   *
   * @return the amount, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code money.overflow} if it does not fit
   */
  default Rupiah lineTotal() {
    return unitPrice().times(quantity());
  }
}
