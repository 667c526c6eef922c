package org.bengkel.sales;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxStatus;
import org.immutables.value.Value;

/**
 * An invoice, receipt or credit note (<i>faktur, kuitansi, nota kredit</i>): what the buyer of a
 * {@link SalesOrder} receives.
 *
 * <p><b>Amounts.</b> Each line's total is unit price × quantity; the {@link #subtotal()} is the
 * exact sum of the line totals; the {@link #total()} is the subtotal plus the taxes added to it
 * (taxes {@linkplain InvoiceTax#included() included} in the prices are shown but not added).
 * Everything is whole rupiah and exact: the totals equal the sum of the lines to the rupiah. For an
 * order made from a quote ({@link SalesOrder#fromQuote}) the tax is the quote's ({@link
 * #invoiceWithQuotedTax}, {@link #receiptWithQuotedTax}), and taxes given by the caller that
 * disagree with it are refused ({@link SalesRule#INVOICE_TAX_MISMATCH}); otherwise tax amounts are
 * given by the caller (the pricing package's tax policy computes PPN). The taxes included in the
 * prices may not exceed the subtotal. A credit note's amounts are what is credited to the buyer,
 * shown as positive amounts. An invoice or receipt always covers the whole order; goods returned
 * later are credited by credit notes, never by changing the invoice.
 *
 * <p><b>Personal data.</b> A buyer's document never carries trainee identity: lines are built from
 * the order lines' SKU, description, quantity and price only, never from a service job's trainees
 * (UU 27/2022; a buyer may learn that the workshop made the goods, never who). The customer's own
 * name, for an individual, is on the document but never in {@link #toString()}.
 *
 * <p>Immutable and thread-safe. Building an invalid document throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class Invoice {

  Invoice() {}

  /**
   * The kind of document.
   *
   * @return the kind, never null
   */
  @NotNull
  public abstract InvoiceKind kind();

  /**
   * The document number, such as {@code INV-2026-0001}.
   *
   * @return upper-case letters and digits in groups joined by hyphens, at most 40 characters
   */
  @NotNull
  @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  @Size(max = Checks.CODE_MAX)
  public abstract String number();

  /**
   * The date of issue.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * The number of the order the document is for.
   *
   * @return the order number, never null
   */
  @NotNull
  @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  @Size(max = SalesOrder.MAX_NUMBER)
  public abstract String orderNumber();

  /**
   * The channel of the order.
   *
   * @return the channel, never null
   */
  @NotNull
  public abstract Channel channel();

  /**
   * The buyer.
   *
   * @return the customer, never null
   */
  @NotNull
  public abstract Customer customer();

  /**
   * The lines.
   *
   * @return the lines, never null or empty
   */
  @NotEmpty
  public abstract List<@NotNull InvoiceLine> lines();

  /**
   * The tax lines; empty when the seller charges no tax (not a PKP).
   *
   * @return the taxes, never null
   */
  @NotNull
  public abstract List<@NotNull InvoiceTax> taxes();

  /**
   * The sum of the line totals (<i>subtotal</i>).
   *
   * @return the amount, never null
   */
  public Rupiah subtotal() {
    Rupiah sum = Rupiah.ZERO;
    for (InvoiceLine l : lines()) {
      sum = sum.plus(l.lineTotal());
    }
    return sum;
  }

  /**
   * The taxes added to the subtotal (prices exclusive of tax).
   *
   * @return the sum of the added tax lines, Rp0 when none
   */
  public Rupiah taxAdded() {
    return sumTaxes(false);
  }

  /**
   * The price without tax (<i>harga jual</i>, as the tax invoice shows it beside the tax base
   * <i>DPP nilai lain</i> of the tax lines, {@link InvoiceTax#otherTaxBase()}): the subtotal less
   * the taxes included in the prices.
   *
   * @return the amount, never null
   */
  public Rupiah priceExcludingTax() {
    return subtotal().minus(taxIncluded());
  }

  /**
   * The taxes included in the prices (prices inclusive of tax), shown for information.
   *
   * @return the sum of the included tax lines, Rp0 when none
   */
  public Rupiah taxIncluded() {
    return sumTaxes(true);
  }

  /**
   * The amount payable, or credited for a credit note (<i>jumlah</i>): the subtotal plus the added
   * taxes.
   *
   * @return the amount, never null
   */
  public Rupiah total() {
    return subtotal().plus(taxAdded());
  }

  private Rupiah sumTaxes(boolean included) {
    Rupiah sum = Rupiah.ZERO;
    for (InvoiceTax t : taxes()) {
      if (t.included() == included) {
        sum = sum.plus(t.amount());
      }
    }
    return sum;
  }

  @Value.Check
  void check() {
    Checks.requireCode(number(), "number");
    Checks.requireMatch(
        orderNumber(),
        "orderNumber",
        Checks.CODE,
        SalesOrder.MAX_NUMBER,
        "A-Z 0-9 groups joined by -");
    Checks.requireNotEmpty(lines(), "lines");
    total();
    if (taxIncluded().isGreaterThan(subtotal())) {
      throw InvalidValueException.of(
          SalesRule.INVOICE_TAX_INCLUDED, "taxes", taxIncluded(), subtotal());
    }
  }

  /**
   * The invoice of an order (<i>faktur</i>): one line per order line, with the taxes given.
   *
   * @param order the order, not null; confirmed, paid or fulfilled
   * @param number the invoice number, not null
   * @param date the date of issue, not null
   * @param taxes the tax lines as the caller computed them on the order's total, not null; for an
   *     order made from a quote they must carry the quote's PPN (prefer {@link
   *     #invoiceWithQuotedTax(SalesOrder, String, LocalDate, String)} then)
   * @return the invoice, never null
   * @throws InvalidValueException rule {@link SalesRule#INVOICE_ORDER_STATUS} (field {@code
   *     order.status}) for a quoted or cancelled order; {@link SalesRule#INVOICE_TAX_MISMATCH}
   *     (field {@code taxes}) when the order was made from a quote and the taxes disagree with its
   *     tax (another PPN amount, or added where the quote included it or the reverse); {@link
   *     SalesRule#ORDER_DATE_ORDER} (field {@code date}) when dated before the order was confirmed
   *     (in the zone of the confirmation's stamp); or if an argument is null or breaks its rule
   */
  public static Invoice invoiceFor(
      SalesOrder order, String number, LocalDate date, List<InvoiceTax> taxes) {
    Checks.required(order, "order");
    Checks.required(number, "number");
    Checks.required(date, "date");
    Checks.required(taxes, "taxes");
    return document(InvoiceKind.INVOICE, order, number, date, taxes);
  }

  /**
   * The receipt of a paid order (<i>kuitansi</i>): one line per order line, with the taxes given.
   *
   * @param order the order, not null; paid or fulfilled
   * @param number the receipt number, not null
   * @param date the date of issue, not null
   * @param taxes the tax lines as the caller computed them on the order's total, not null; for an
   *     order made from a quote they must carry the quote's PPN
   * @return the receipt, never null
   * @throws InvalidValueException rule {@link SalesRule#INVOICE_ORDER_STATUS} (field {@code
   *     order.status}) for an order not paid; {@link SalesRule#INVOICE_TAX_MISMATCH} (field {@code
   *     taxes}) when the order was made from a quote and the taxes disagree with its tax; {@link
   *     SalesRule#ORDER_DATE_ORDER} (field {@code date}) when dated before the payment was recorded
   *     (in the zone of the payment's stamp); or if an argument is null or breaks its rule
   */
  public static Invoice receiptFor(
      SalesOrder order, String number, LocalDate date, List<InvoiceTax> taxes) {
    Checks.required(order, "order");
    Checks.required(number, "number");
    Checks.required(date, "date");
    Checks.required(taxes, "taxes");
    return document(InvoiceKind.RECEIPT, order, number, date, taxes);
  }

  /**
   * The invoice of an order made from a quote (<i>faktur</i>), with the quote's tax: one tax line
   * labelled {@code taxLabel} holding the quote's PPN and its tax base (<i>DPP nilai lain</i>,
   * {@link TaxBreakdown#otherTaxBase()}), included in the prices or added to them as the quote had
   * it, or no tax line when the seller charges no PPN (not a PKP). The total is then exactly what
   * the quote said the buyer pays, and {@link #priceExcludingTax()} the quote's price without PPN.
   *
   * @param order the order, not null; confirmed, paid or fulfilled, made from a quote ({@link
   *     SalesOrder#quotedTax()} present)
   * @param number the invoice number, not null
   * @param date the date of issue, not null
   * @param taxLabel how the tax line is printed, such as {@code PPN 12% x DPP 11/12}, not null
   * @return the invoice, never null
   * @throws InvalidValueException rule {@code value.required} (field {@code order.quotedTax}) for
   *     an order not made from a quote; {@link SalesRule#INVOICE_ORDER_STATUS} for a quoted or
   *     cancelled order; {@link SalesRule#ORDER_DATE_ORDER} (field {@code date}) when dated before
   *     the order was confirmed; or if an argument is null or breaks its rule
   */
  public static Invoice invoiceWithQuotedTax(
      SalesOrder order, String number, LocalDate date, String taxLabel) {
    Checks.required(order, "order");
    Checks.required(number, "number");
    Checks.required(date, "date");
    Checks.required(taxLabel, "taxLabel");
    return document(InvoiceKind.INVOICE, order, number, date, quotedTaxes(order, taxLabel));
  }

  /**
   * The receipt of a paid order made from a quote (<i>kuitansi</i>), with the quote's tax as for
   * {@link #invoiceWithQuotedTax(SalesOrder, String, LocalDate, String)}.
   *
   * @param order the order, not null; paid or fulfilled, made from a quote
   * @param number the receipt number, not null
   * @param date the date of issue, not null
   * @param taxLabel how the tax line is printed, not null
   * @return the receipt, never null
   * @throws InvalidValueException as {@link #invoiceWithQuotedTax}, {@link
   *     SalesRule#INVOICE_ORDER_STATUS} for an order not paid, and {@link
   *     SalesRule#ORDER_DATE_ORDER} (field {@code date}) when dated before the payment was recorded
   * @throws MissingValueException if an argument is null
   */
  public static Invoice receiptWithQuotedTax(
      SalesOrder order, String number, LocalDate date, String taxLabel) {
    Checks.required(order, "order");
    Checks.required(number, "number");
    Checks.required(date, "date");
    Checks.required(taxLabel, "taxLabel");
    return document(InvoiceKind.RECEIPT, order, number, date, quotedTaxes(order, taxLabel));
  }

  private static List<InvoiceTax> quotedTaxes(SalesOrder order, String taxLabel) {
    if (order == null || taxLabel == null) {
      throw MissingValueException.of(order == null ? "order" : "taxLabel");
    }
    TaxBreakdown tax = Checks.requirePresent(order.quotedTax().orElse(null), "order.quotedTax");
    return InvoiceTax.ofQuote(tax, taxLabel, tax.ppn(), tax.otherTaxBase());
  }

  /**
   * Refuses taxes that disagree with the quote the order was made from. An invoice is a document
   * built from an order, not an operation on it: nothing changes and there is nothing to continue
   * with, so a disagreeing tax makes an invalid document ({@link InvalidValueException}), like any
   * invalid value, rather than a refused operation.
   */
  private static void requireQuotedTax(SalesOrder order, List<InvoiceTax> taxes) {
    if (order.quotedTax().isEmpty()) {
      return;
    }
    TaxBreakdown tax = order.quotedTax().get();
    boolean pkp = tax.status() == TaxStatus.PKP;
    boolean inclusive = tax.inclusion() == PriceInclusion.INCLUSIVE;
    Rupiah added = Rupiah.ZERO;
    Rupiah included = Rupiah.ZERO;
    for (InvoiceTax t : taxes) {
      if (t == null) {
        throw MissingValueException.of("taxes");
      }
      Rupiah base = t.otherTaxBase();
      if (base != null && !(pkp && base.equals(tax.otherTaxBase()))) {
        throw InvalidValueException.of(
            SalesRule.INVOICE_TAX_MISMATCH,
            "taxes",
            base,
            tax.ppn(),
            tax.inclusion(),
            tax.status(),
            tax.otherTaxBase());
      }
      if (t.included()) {
        included = included.plus(t.amount());
      } else {
        added = added.plus(t.amount());
      }
    }
    Rupiah ppn = pkp ? tax.ppn() : Rupiah.ZERO;
    boolean agrees =
        inclusive ? included.equals(ppn) && added.isZero() : added.equals(ppn) && included.isZero();
    if (!agrees) {
      throw InvalidValueException.of(
          SalesRule.INVOICE_TAX_MISMATCH,
          "taxes",
          inclusive ? included : added,
          ppn,
          tax.inclusion(),
          tax.status(),
          tax.otherTaxBase());
    }
  }

  /**
   * The credit note of a return recorded on an order (<i>nota kredit</i>): one line, the returned
   * units at the line's unit price, with the return's taxes; numbered and dated by the return.
   *
   * @param order the fulfilled order, not null
   * @param goodsReturn one of the order's {@link SalesOrder#returns()}, not null
   * @return the credit note, never null
   * @throws InvalidValueException rule {@link SalesRule#INVOICE_KIND} (field {@code goodsReturn})
   *     if the return is not recorded on the order
   */
  public static Invoice creditNoteFor(SalesOrder order, GoodsReturn goodsReturn) {
    if (order == null || goodsReturn == null) {
      throw MissingValueException.of(order == null ? "order" : "goodsReturn");
    }
    if (!order.returns().contains(goodsReturn)) {
      throw InvalidValueException.of(
          SalesRule.INVOICE_KIND, "goodsReturn", goodsReturn.creditNoteNumber());
    }
    OrderLine line = order.line(goodsReturn.line());
    return builder()
        .kind(InvoiceKind.CREDIT_NOTE)
        .number(goodsReturn.creditNoteNumber())
        .date(goodsReturn.stamp().localDate())
        .orderNumber(order.number())
        .channel(order.channel())
        .customer(order.customer())
        .addLines(
            InvoiceLine.of(
                line.sku(), line.description(), goodsReturn.quantity(), line.unitPrice()))
        .taxes(goodsReturn.taxes())
        .build();
  }

  private static Invoice document(
      InvoiceKind kind, SalesOrder order, String number, LocalDate date, List<InvoiceTax> taxes) {
    if (order == null) {
      throw MissingValueException.of("order");
    }
    boolean allowed =
        switch (order.status()) {
          case CONFIRMED -> kind == InvoiceKind.INVOICE;
          case PAID, FULFILLED -> true;
          case QUOTED, CANCELLED -> false;
        };
    if (!allowed) {
      throw InvalidValueException.of(
          SalesRule.INVOICE_ORDER_STATUS, "order.status", order.status(), kind);
    }
    // An invoice bills a confirmed order and a receipt acknowledges a payment: neither can be
    // dated before the move that allows it, in the zone of that move's stamp.
    LocalDate earliest =
        order
            .reachedOn(kind == InvoiceKind.INVOICE ? OrderStatus.CONFIRMED : OrderStatus.PAID)
            .orElseThrow();
    if (date != null && date.isBefore(earliest)) {
      throw InvalidValueException.of(SalesRule.ORDER_DATE_ORDER, "date", date, date, earliest);
    }
    Builder b =
        builder()
            .kind(kind)
            .number(number)
            .date(date)
            .orderNumber(order.number())
            .channel(order.channel())
            .customer(order.customer());
    for (OrderLine l : order.lines()) {
      b.addLines(InvoiceLine.of(l));
    }
    if (taxes == null) {
      throw MissingValueException.of("taxes");
    }
    requireQuotedTax(order, taxes);
    return b.taxes(taxes).build();
  }

  /**
   * The credit note's refunded amount as an optional, for callers that treat all documents alike.
   *
   * @return the total when this is a credit note, empty otherwise
   */
  public Optional<Rupiah> credited() {
    return kind() == InvoiceKind.CREDIT_NOTE ? Optional.of(total()) : Optional.empty();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Invoice}; not thread-safe. */
  public static final class Builder extends ImmutableInvoice.Builder {
    Builder() {}
  }
}
