/**
 * Sales (<i>penjualan</i>): customers, channels, orders for goods and service jobs, invoices,
 * cancellations and returns.
 *
 * <p>A {@link org.bengkel.sales.SalesOrder} has a {@link org.bengkel.sales.Channel}, a
 * {@link org.bengkel.sales.Customer} (individual or walk-in, government institution with its
 * <i>satker</i> code, private partner, staff) and lines: {@link org.bengkel.sales.GoodsLine}s taken
 * from stock and {@link org.bengkel.sales.ServiceJob}s (a car or motorcycle wash by vehicle class,
 * with the trainees who did it, never shown). Each line carries the unit price agreed with the
 * buyer: sales does not compute prices (the pricing package comes after it and may use it).
 *
 * <p><b>Lifecycle.</b> quoted → confirmed → paid → fulfilled, or cancelled from quoted, confirmed
 * or paid; returns after fulfilment (see {@link org.bengkel.sales.SalesOrder}). Every transition
 * takes the current {@link org.bengkel.inventory.StockLedger} and returns an
 * {@link org.bengkel.sales.OrderResult} with the new order and the new ledger, or the reasons for
 * a refusal ({@link org.bengkel.sales.OrderRefusal}, with a {@link org.bengkel.sales.SalesRule} or
 * the ledger's {@link org.bengkel.inventory.InventoryRule}) and both unchanged. Confirmation
 * reserves every goods line first-expired-first-out or nothing; fulfilment sells every reservation
 * and records the lots on the lines; cancellation releases them; so no reservation is ever left
 * behind. An impossible move throws {@link org.bengkel.error.IllegalTransitionException}.
 *
 * <p><b>Documents.</b> {@link org.bengkel.sales.Invoice} is the invoice, receipt or credit note a
 * buyer receives: lines, subtotal, the caller's {@link org.bengkel.sales.InvoiceTax} lines (added to
 * or included in the prices) and total, exact to the rupiah, and never a trainee's identity.
 *
 * <p><b>Selling end to end</b> (what the example and reports call):
 * <pre>{@code
 * Quote quote = priceBook.quote(Channel.GALLERY, day, items, taxPolicy);      // pricing
 * List<OrderLine> lines = List.of(
 *     GoodsLine.of(kueKering, 12, quote.lines().get(0).unitPrice()),
 *     ServiceJob.of(carWash, VehicleClass.CAR, day, Set.of(andi, budi)));     // tariff price
 * SalesOrder order = SalesOrder.quoted("SO-2026-0001", Channel.GALLERY, Customer.walkIn(),
 *     day, lines, now);
 * OrderResult r = order.confirm(ledger, now);        // reserves FEFO, or refused whole
 * if (!r.isAccepted()) { show(r.refusals()); }       // e.g. inventory.available.insufficient
 * r = r.order().pay(r.ledger(), now);
 * r = r.order().fulfil(r.ledger(), now);             // sells; lots on each GoodsLine.soldLots()
 * TaxBreakdown tax = quote.tax();                    // pricing computed PPN
 * Invoice receipt = Invoice.receiptFor(r.order(), "KW-2026-0001", day,
 *     List.of(InvoiceTax.added("PPN", tax.ppn())));  // or InvoiceTax.included(..) when inclusive
 * ledger = r.ledger();
 * }</pre>
 * Returns: {@code order.returnGoods(ledger, GoodsReturn.of(line, lot, quantity, RESTOCK or
 * WRITE_OFF, at, creditNoteNumber))}, whose result carries the credit note.
 */
@BengkelStyle
@NullMarked
package org.bengkel.sales;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
