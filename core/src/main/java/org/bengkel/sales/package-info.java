/**
 * Sales (<i>penjualan</i>): customers, channels, orders for goods and service jobs, invoices,
 * cancellations and returns.
 *
 * <p>A {@link org.bengkel.sales.SalesOrder} has a {@link org.bengkel.pricing.Channel}, a {@link
 * org.bengkel.sales.Customer} (individual or walk-in, government institution with its <i>satker</i>
 * code, private partner, staff) and lines: {@link org.bengkel.sales.GoodsLine}s taken from stock
 * and {@link org.bengkel.sales.ServiceJob}s (a car or motorcycle wash by vehicle class, with the
 * trainees who did it, never shown). Each line carries the unit price agreed with the buyer: sales
 * does not compute prices, it takes them from a pricing {@link org.bengkel.pricing.Quote} ({@link
 * org.bengkel.sales.SalesOrder#fromQuote}, which also keeps the quote's tax); the pricing package
 * comes before sales.
 *
 * <p><b>Lifecycle.</b> quoted → confirmed → paid → fulfilled, or cancelled from quoted, confirmed
 * or paid; returns after fulfilment (see {@link org.bengkel.sales.SalesOrder}). Every transition
 * takes the current {@link org.bengkel.inventory.StockLedger} and returns an {@link
 * org.bengkel.outcome.Outcome}: accepted, with an {@link org.bengkel.sales.OrderChange} holding the
 * new order and the new ledger, or refused, with one {@link org.bengkel.outcome.Refusal} per reason
 * (a {@link org.bengkel.sales.SalesRule} or the ledger's {@link
 * org.bengkel.inventory.InventoryRule}, located at the order line {@code lines[i]}) and both
 * unchanged. Confirmation reserves every goods line first-expired-first-out or nothing; fulfilment
 * sells every reservation and records the lots on the lines; cancellation cancels them; so no
 * reservation is ever left behind. A move the lifecycle does not allow is refused too ({@code
 * sales.order.transition}).
 *
 * <p><b>Documents.</b> {@link org.bengkel.sales.Invoice} is the invoice, receipt or credit note a
 * buyer receives: lines, subtotal, the {@link org.bengkel.sales.InvoiceTax} lines of the order's
 * quote or the caller's (added to or included in the prices) and total, exact to the rupiah, and
 * never a trainee's identity.
 *
 * <p><b>Selling end to end</b> (what the example and reports call):
 *
 * <pre>{@code
 * Quote quote = priceBook.quote(Channel.GALLERY, day,
 *     List.of(PricingItem.of(kueKering, 12)), taxPolicy);                    // pricing
 * SalesOrder order = SalesOrder.fromQuote("SO-2026-0001", Customer.walkIn(), quote, now);
 * Outcome<OrderChange> confirmed = order.confirm(ledger, now);  // reserves FEFO, or refused whole
 * if (confirmed.isRefused()) { show(confirmed.refusals()); }  // inventory.available.insufficient
 * OrderChange c = confirmed
 *     .flatMap(x -> x.order().pay(x.ledger(), now))
 *     .flatMap(x -> x.order().fulfil(x.ledger(), now))   // sells; lots on each GoodsLine.soldLots()
 *     .orElseThrow();
 * Invoice receipt = Invoice.receiptWithQuotedTax(c.order(), "KW-2026-0001", day,
 *     "PPN 12% x DPP 11/12");                        // the quote's PPN, included or added
 * ledger = c.ledger();
 * }</pre>
 *
 * <p><b>Returns</b> (<i>retur</i>) of a fulfilled order: the credit note gives back the PPN the
 * quote charged on the goods returned, so the order builds the return with those taxes ({@link
 * org.bengkel.sales.SalesOrder#goodsReturn}, through {@link
 * org.bengkel.sales.SalesOrder#returnTaxes}):
 *
 * <pre>{@code
 * GoodsReturn back = order.goodsReturn(1, lot, 1, ReturnDisposition.RESTOCK,  // or WRITE_OFF
 *     at, "NR-2026-0001", "PPN 12% x DPP 11/12");                         // the tax line's label
 * Outcome<OrderChange> returned = order.returnGoods(ledger, back);
 * Invoice creditNote = returned.orElseThrow().creditNote().orElseThrow();
 * }</pre>
 *
 * {@link org.bengkel.sales.GoodsReturn#of GoodsReturn.of(line, lot, quantity, disposition, at,
 * creditNoteNumber)} makes a return without tax lines: it fits an order with no quoted tax or a
 * seller that is not a PKP; for an order whose quote has PPN, {@code returnGoods} throws {@code
 * sales.return.tax-mismatch} for it.
 */
@BengkelStyle
@NullMarked
package org.bengkel.sales;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
