package org.bengkel.json.document;

import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.SalesRule;

/**
 * The payload of the {@code sales-order} document (<i>pesanan dengan penawaran harga</i>): a sales
 * order and the price quote it was made from, as exchanged with a buyer's or the regional office's
 * system. bengkel-core has no single type holding both, so the document pairs them; the order's
 * service jobs name the trainees who did them (personal data: this is an internal document, the
 * buyer's receipt is {@link org.bengkel.json.privacy.ReceiptView}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param order the order, not null
 * @param quote the quote its prices come from, not null
 */
public record SalesOrderDocument(SalesOrder order, Quote quote) {

  /**
   * Checks the components: an order made from the quote carries the quote's tax ({@link
   * SalesOrder#quotedTax()}), figure for figure.
   *
   * @throws MissingValueException for a null component
   * @throws InvalidValueException rule {@link SalesRule#QUOTE_MISMATCH} (field {@code
   *     order.quotedTax}) for an order whose quoted tax is not the quote's
   */
  public SalesOrderDocument {
    MissingValueException.required(order, "order");
    MissingValueException.required(quote, "quote");
    Optional<TaxBreakdown> tax = order.quotedTax();
    if (tax.isPresent() && !tax.get().equals(quote.tax())) {
      throw InvalidValueException.of(
          SalesRule.QUOTE_MISMATCH, "order.quotedTax", tax.get(), quote.tax());
    }
  }

  /**
   * The payload of an order and its quote.
   *
   * @param order the order, not null
   * @param quote the quote, not null
   * @return the payload, never null
   * @throws MissingValueException for a null argument
   * @throws InvalidValueException as the constructor
   */
  public static SalesOrderDocument of(SalesOrder order, Quote quote) {
    return new SalesOrderDocument(order, quote);
  }

  @Override
  public String toString() {
    return "SalesOrderDocument[" + order.number() + "]";
  }
}
