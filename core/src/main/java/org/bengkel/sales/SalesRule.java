package org.bengkel.sales;

import org.bengkel.error.Rule;

/**
 * The rules of sales (<i>aturan penjualan</i>): customers, the order lifecycle, returns and
 * invoices.
 *
 * <p>Two kinds of use: broken contracts thrown as {@link org.bengkel.error.InvalidValueException}
 * (arguments {@code {0}} field, {@code {1}} value, {@code {2}}.. details); and refusals, business
 * answers of an order's transitions carried by a refused {@link org.bengkel.outcome.Outcome} as
 * {@link org.bengkel.outcome.Refusal}s ({@code {0}} subject, {@code {1}} value asked, {@code {2}}..
 * details), which change nothing. Some rules are both: a refusal when a transition is asked, thrown
 * when building an order whose recorded history breaks it.
 *
 * <p>The lifecycle and its all-or-nothing stock handling are the workshop's sales practice as the
 * project domain notes describe it ("Sales and pricing", issue 5); no regulation prescribes them.
 *
 * <p>Immutable and thread-safe.
 */
public enum SalesRule implements Rule {
  /** Thrown: a customer of this kind needs the field; detail {@code {2}} is the kind. */
  CUSTOMER_FIELD_REQUIRED("sales.customer.field-required"),
  /** Thrown: a customer of this kind does not carry the field; detail {@code {2}} is the kind. */
  CUSTOMER_FIELD_NOT_ALLOWED("sales.customer.field-not-allowed"),
  /**
   * Refusal (or thrown when building an order that records it): the order's lifecycle does not
   * allow this move ({@link OrderStatus#canMoveTo}), or a return before fulfilment. Subject: the
   * order number; value: the state asked ({@code RETURN} for a return); detail {@code {2}} the
   * current state ({@code -} for the first event of a history), {@code {3}} the state asked.
   */
  ORDER_TRANSITION("sales.order.transition"),
  /**
   * Refusal (or thrown when building an order that records it): a move or return dated before the
   * order's previous move (or its first move before the order date). Subject: the order number;
   * value and detail {@code {2}}: the date asked; {@code {3}} the earliest allowed. Also thrown
   * (field {@code date}) for an invoice dated before the order's confirmation or a receipt dated
   * before its payment ({@link Invoice}).
   */
  ORDER_DATE_ORDER("sales.order.date-order"),
  /**
   * Thrown: the lots recorded as sold on a goods line do not fit the order's state: none before
   * fulfilment, exactly the line's quantity after; detail {@code {2}} is the quantity expected.
   */
  LINE_SOLD_LOTS("sales.line.sold-lots"),
  /**
   * Thrown: a line number that is not a goods line of the order; detail {@code {2}} is the count.
   */
  RETURN_LINE("sales.return.line"),
  /**
   * Thrown: a return from an order made from a quote whose taxes are not the PPN the quote gives
   * back on the returned units ({@link SalesOrder#returnTaxes}). Value: the tax credited; detail
   * {@code {2}} the PPN owed back, {@code {3}} inclusion, {@code {4}} tax status, {@code {5}} the
   * DPP nilai lain owed back.
   */
  RETURN_TAX_MISMATCH("sales.return.tax-mismatch"),
  /**
   * Refusal (or thrown when building an order that records it): more units returned from a lot of a
   * line than were sold from it on that line and not yet returned. Subject: the order line; value:
   * the quantity returned; detail {@code {2}} lot, {@code {3}} units still returnable.
   */
  RETURN_EXCEEDS_SOLD("sales.return.exceeds-sold"),
  /**
   * Refusal: at payment or fulfilment, the stock reservation of a goods line no longer holds
   * exactly the line's quantity (it was partly sold or cancelled outside the order, or the ledger
   * given is not the one holding the order's reservations). Subject: the order line; value: the
   * units the ledger holds; detail {@code {2}} the line's quantity.
   */
  RESERVATION_MISMATCH("sales.order.reservation-mismatch"),
  /**
   * Thrown: a service job for a vehicle class the service does not offer; detail {@code {2}} is the
   * service's SKU.
   */
  SERVICE_CLASS_NOT_OFFERED("sales.service.class-not-offered"),
  /**
   * Thrown: an invoice or receipt for an order in a state that has none: an invoice needs a
   * confirmed, paid or fulfilled order, a receipt a paid or fulfilled one; detail {@code {2}} is
   * the document kind.
   */
  INVOICE_ORDER_STATUS("sales.invoice.order-status"),
  /**
   * Thrown: taxes included in the prices add up to more than the subtotal; detail {@code {2}} is
   * the subtotal.
   */
  INVOICE_TAX_INCLUDED("sales.invoice.tax-included"),
  /** Thrown: a credit note must refer to an order's return and nothing else, and vice versa. */
  INVOICE_KIND("sales.invoice.kind"),
  /**
   * An order's lines do not match the quote it is made from (SKU, quantity, unit price, goods or
   * service job), or its quoted tax is not on its total; detail {2} is the quote's value.
   */
  QUOTE_MISMATCH("sales.order.quote-mismatch"),
  /**
   * An invoice's taxes disagree with the tax of the quote its order was made from (another PPN, or
   * a tax line's tax base other than the quote's DPP nilai lain); detail {2} is the quote's PPN,
   * {3} whether the quoted prices include it ({@code INCLUSIVE}) or not ({@code EXCLUSIVE}), {4}
   * whether the seller charges PPN ({@code PKP}, {@code NON_PKP}), {5} the quote's DPP nilai lain
   * (PMK 131/2024).
   */
  INVOICE_TAX_MISMATCH("sales.invoice.tax-mismatch");

  private final String code;

  SalesRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
