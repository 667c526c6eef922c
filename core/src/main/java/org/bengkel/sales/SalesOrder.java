package org.bengkel.sales;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.Pick;
import org.bengkel.inventory.Reservation;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.inventory.WriteOffReason;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Event;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.production.LotCode;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A sales order (<i>pesanan penjualan</i>): a buyer, a channel, and lines of goods from stock and
 * service jobs at agreed prices, moving through its lifecycle with the stock ledger.
 *
 * <p>A new order is made from a pricing quote with {@link #fromQuote(String, Customer, Quote,
 * Stamp)}: its lines, unit prices, channel, date and tax ({@link #quotedTax()}) are the quote's, so
 * its invoices carry the quote's tax ({@link Invoice#invoiceWithQuotedTax}). {@link #quoted(String,
 * Channel, Customer, LocalDate, List, Stamp)} makes one from lines priced elsewhere, without a
 * quoted tax.
 *
 * <h2>Lifecycle</h2>
 *
 * <p>{@link OrderStatus#QUOTED} → {@link OrderStatus#CONFIRMED} → {@link OrderStatus#PAID} → {@link
 * OrderStatus#FULFILLED}, or {@link OrderStatus#CANCELLED} from quoted, confirmed or paid. Each
 * transition takes the current {@link StockLedger} and returns an {@link Outcome}: accepted, with
 * an {@link OrderChange} holding the new order and the new ledger, or refused, with one {@link
 * Refusal} per reason, the order and the ledger unchanged (the caller continues with them):
 *
 * <ul>
 *   <li>{@link #confirm}: reserves stock for every goods line (reservation id {@link
 *       #reservationId(int)}, picked first-expired-first-out by the ledger). All or nothing: if any
 *       line cannot be reserved, nothing is reserved and the refusal lists every line that failed
 *       (such as {@code inventory.available.insufficient});
 *   <li>{@link #pay}: records the payment; no stock moves;
 *   <li>{@link #fulfil}: sells every goods line's reservation and records the lots sold on the
 *       lines ({@link GoodsLine#soldLots()}); all or nothing; refused when a reservation no longer
 *       holds exactly the line's quantity ({@link SalesRule#RESERVATION_MISMATCH}) or a reserved
 *       lot has expired since ({@code inventory.lot.expired}: cancel the order, write the lot off);
 *   <li>{@link #cancel}: cancels every reservation the order holds. A paid order may be cancelled:
 *       the refund of the payment is the caller's business (this library holds no cash);
 *   <li>{@link #returnGoods}: after fulfilment, units of one lot of a goods line come back,
 *       restocked into their lot or written off as damaged, and a credit note ({@link Invoice} of
 *       kind {@link InvoiceKind#CREDIT_NOTE}) is produced; refused when more units come back than
 *       were sold from that lot on that line and not yet returned.
 * </ul>
 *
 * A move the lifecycle does not allow, or dated before the order's previous move, is refused
 * ({@link SalesRule#ORDER_TRANSITION}, {@link SalesRule#ORDER_DATE_ORDER}, subject the order
 * number). Stock is touched only through the ledger's own operations, so the ledger's refusals
 * (such as a date-time before its latest movement, {@code inventory.movement.backdated}) reach the
 * caller as refusals, located at the order line they concern: {@code lines[i]}, the index in {@link
 * #lines()} (line number i + 1, as in {@link #reservationId(int)}).
 *
 * <p><b>No orphaned reservation.</b> Only confirmed and paid orders hold reservations, one per
 * goods line; cancelling cancels all of them and fulfilling sells all of them, each in one step
 * that is accepted or refused whole.
 *
 * <p>Service jobs ({@link ServiceJob}) never touch the ledger; their trainees are never shown by
 * {@link #toString()} nor copied onto invoices.
 *
 * <p>Immutable and thread-safe. Building an inconsistent order throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class SalesOrder {

  /** The longest order number: reservation ids ({@code NUMBER-LINE}) must fit in 40 characters. */
  public static final int MAX_NUMBER = 30;

  /** What a return is called where a refusal names the move asked for. */
  private static final String RETURN = "RETURN";

  SalesOrder() {}

  /**
   * The order number, such as {@code SO-2026-0001}.
   *
   * @return upper-case letters and digits in groups joined by hyphens, at most {@value #MAX_NUMBER}
   *     characters
   */
  @NotNull
  @Size(max = MAX_NUMBER)
  @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  public abstract String number();

  /**
   * The channel the order came through.
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
   * The order date (<i>tanggal pesanan</i>), the day prices were agreed.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate orderDate();

  /**
   * The lines, numbered from 1 in this order.
   *
   * @return the lines, never null or empty
   */
  @NotEmpty
  public abstract List<@NotNull OrderLine> lines();

  /**
   * The moves of the lifecycle, oldest first: the first is {@link OrderStatus#QUOTED}, each next
   * one allowed by {@link OrderStatus#canMoveTo}, times never decreasing.
   *
   * @return the history, never null or empty
   */
  @NotEmpty
  public abstract List<@NotNull OrderEvent> history();

  /**
   * Returns of goods after fulfilment, oldest first.
   *
   * @return the returns, never null; empty unless the order is fulfilled
   */
  @NotNull
  public abstract List<@NotNull GoodsReturn> returns();

  /**
   * The tax of the quote the order was made from (<i>PPN penawaran</i>): carried over by {@link
   * #fromQuote(String, Customer, Quote, Stamp)}, it says whether the seller charges PPN, whether
   * the prices include it, and how much it is on {@link #total()}. The order's invoices and
   * receipts carry exactly this tax ({@link Invoice#invoiceWithQuotedTax(SalesOrder, String,
   * LocalDate, String)}).
   *
   * @return the breakdown, its quoted amount equal to {@link #total()}; empty for an order not made
   *     from a quote
   */
  public abstract Optional<TaxBreakdown> quotedTax();

  /**
   * The current state: that of the latest move.
   *
   * @return the status, never null
   */
  public OrderStatus status() {
    return history().get(history().size() - 1).status();
  }

  /**
   * When the order reached a state.
   *
   * @param status the state, not null
   * @return the instant, empty if the order never reached it
   * @throws MissingValueException if {@code status} is null
   */
  public Optional<Instant> reachedAt(OrderStatus status) {
    Checks.required(status, "status");
    return history().stream().filter(e -> e.status() == status).map(OrderEvent::at).findFirst();
  }

  /**
   * The local date on which the order reached a state, in the zone of the stamp of that move: the
   * date calendar rules (a report period) judge it on.
   *
   * @param status the state, not null
   * @return the date, empty if the order never reached it
   * @throws MissingValueException if {@code status} is null
   */
  public Optional<LocalDate> reachedOn(OrderStatus status) {
    Checks.required(status, "status");
    return history().stream()
        .filter(e -> e.status() == status)
        .map(e -> e.stamp().localDate())
        .findFirst();
  }

  /**
   * A line by number.
   *
   * @param number the line number, 1 to the number of lines
   * @return the line, never null
   * @throws InvalidValueException rule {@code value.out-of-range} (field {@code line}) for a number
   *     outside the lines
   */
  public OrderLine line(int number) {
    Checks.requireRange(number, "line", 1, lines().size());
    return lines().get(number - 1);
  }

  /**
   * The stock reservation id of a line: {@code NUMBER-LINE}, such as {@code SO-2026-0001-2}.
   *
   * @param line the line number, from 1
   * @return the id, never null
   * @throws InvalidValueException rule {@code value.out-of-range} for a line below 1
   */
  public ReservationId reservationId(int line) {
    return ReservationId.forLine(number(), line);
  }

  /**
   * The reservation ids of all goods lines, whether or not the order holds them now (it holds them
   * exactly while confirmed or paid).
   *
   * @return the ids in line order, never null
   */
  public List<ReservationId> reservationIds() {
    List<ReservationId> ids = new ArrayList<>();
    for (int i = 0; i < lines().size(); i++) {
      if (lines().get(i) instanceof GoodsLine) {
        ids.add(reservationId(i + 1));
      }
    }
    return List.copyOf(ids);
  }

  /**
   * The sum of the line totals (quantity times agreed unit price), as priced and before returns:
   * with tax-inclusive prices it includes PPN, with tax-exclusive prices it is before PPN (the tax
   * is in the quote's {@link org.bengkel.pricing.TaxBreakdown}).
   *
   * @return the amount, never null
   * @throws InvalidValueException rule {@code money.overflow} if it does not fit
   */
  public Rupiah total() {
    Rupiah sum = Rupiah.ZERO;
    for (OrderLine l : lines()) {
      sum = sum.plus(l.lineTotal());
    }
    return sum;
  }

  /**
   * The units of a lot that may still be returned on a goods line: sold from the lot on the line
   * and not yet returned.
   *
   * @param line the line number, from 1
   * @param lot the lot, not null
   * @return the units, 0 for a service line, an unfulfilled order or a lot not sold on the line
   * @throws InvalidValueException rule {@code value.out-of-range} for a line number outside the
   *     lines
   * @throws MissingValueException if {@code lot} is null
   */
  public long returnable(int line, LotCode lot) {
    Checks.required(lot, "lot");
    if (!(line(line) instanceof GoodsLine g)) {
      return 0;
    }
    long returned =
        returns().stream()
            .filter(r -> r.line() == line && r.lotCode().equals(lot))
            .mapToLong(GoodsReturn::quantity)
            .sum();
    return g.soldFrom(lot) - returned;
  }

  /**
   * The tax lines of the credit note for a return from this order made from a quote (<i>nota
   * kredit</i>, with the PPN the seller gives back): the quote's PPN and DPP nilai lain in
   * proportion to the price of the returned units, one line labelled {@code taxLabel}, included in
   * the prices or added to them as the quote had it; none when the seller charges no PPN (not a
   * PKP). Give them as the return's {@link GoodsReturn#taxes()}: {@link #returnGoods} refuses a
   * return of an order made from a quote whose taxes differ.
   *
   * <p>The share is computed on everything returned so far, so returns never credit more PPN than
   * the invoice charged: with {@code R} the price of the units returned before and {@code R'} after
   * this return, and {@code T} the order's {@link #total()}, the return credits {@code round(PPN ×
   * R'/T) − round(PPN × R/T)}, rounded half up (the same for the DPP nilai lain). Returning every
   * unit, in any number of returns, credits exactly the PPN of the goods' share of the total: the
   * quote's whole PPN for an order of goods only (service jobs are not returned, so their PPN
   * stays). Returning 1 of 12 jars at Rp92.000 (prices without PPN, PPN 12 % × DPP 11/12 =
   * Rp121.440 on Rp1.104.000) credits Rp92.000 + Rp10.120.
   *
   * <p>The share counts the price of every earlier return as given back with its PPN; a return
   * recorded without it (before bengkel computed it) is not made good by later ones.
   *
   * @param line the goods line the units come back on, from 1
   * @param quantity the units returned, 1 to {@link StockLot#MAX_QUANTITY}
   * @param taxLabel how the tax line is printed, such as {@code PPN 12% x DPP 11/12}, not null; the
   *     invoice's label
   * @return the tax lines, an empty list for a seller that is not a PKP; never null
   * @throws InvalidValueException rule {@code value.required} (field {@code quotedTax}) for an
   *     order not made from a quote; {@link SalesRule#RETURN_LINE} (field {@code line}) if the line
   *     is not a goods line of this order; {@code value.out-of-range} (field {@code quantity}) for
   *     a quantity outside its range
   * @throws MissingValueException if {@code taxLabel} is null
   */
  public List<InvoiceTax> returnTaxes(int line, long quantity, String taxLabel) {
    Checks.required(taxLabel, "taxLabel");
    TaxBreakdown tax = Checks.requirePresent(quotedTax().orElse(null), "quotedTax");
    Checks.requireRange(quantity, "quantity", 1, StockLot.MAX_QUANTITY);
    ReturnTax owed = ReturnTax.of(this, tax, returnLine(line), quantity);
    return InvoiceTax.ofQuote(tax, taxLabel, owed.ppn(), owed.otherTaxBase());
  }

  /**
   * A return of units of this order (<i>retur</i>) with the tax lines its credit note must carry,
   * ready for {@link #returnGoods}: for an order made from a quote, the PPN the units give back
   * ({@link #returnTaxes}, labelled {@code taxLabel}); for any other order, none. It counts the
   * returns this order already records, so build it from the order as it is when the units come
   * back.
   *
   * @param line the goods line the units come back on, from 1
   * @param lotCode the lot they were sold from, not null
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param disposition restock or write off, not null
   * @param at who took them back and when, not null
   * @param creditNoteNumber the credit note's number, not null
   * @param taxLabel how the tax line is printed, such as {@code PPN 12% x DPP 11/12}, not null
   * @return the return, never null
   * @throws InvalidValueException {@link SalesRule#RETURN_LINE} (field {@code line}) if the line is
   *     not a goods line of this order, or a rule of {@link GoodsReturn} for a value out of range
   * @throws MissingValueException if an argument is null
   */
  public GoodsReturn goodsReturn(
      int line,
      LotCode lotCode,
      long quantity,
      ReturnDisposition disposition,
      Stamp at,
      String creditNoteNumber,
      String taxLabel) {
    // GoodsReturn.of checks the other arguments (nulls, ranges) before the line is looked up
    GoodsReturn untaxed =
        GoodsReturn.of(line, lotCode, quantity, disposition, at, creditNoteNumber);
    Checks.required(taxLabel, "taxLabel");
    returnLine(line);
    return quotedTax().isEmpty()
        ? untaxed
        : GoodsReturn.builder().from(untaxed).taxes(returnTaxes(line, quantity, taxLabel)).build();
  }

  /** The goods line a return names, or {@link SalesRule#RETURN_LINE}. */
  private GoodsLine returnLine(int line) {
    if (line < 1 || line > lines().size() || !(lines().get(line - 1) instanceof GoodsLine g)) {
      throw InvalidValueException.of(SalesRule.RETURN_LINE, "line", line, lines().size());
    }
    return g;
  }

  /**
   * Refuses a return whose taxes are not the PPN the quote gives back on it ({@link #returnTaxes}):
   * a credit note of an order with PPN that credits none, or another amount, misstates the seller's
   * PPN. Like a disagreeing invoice tax, it is an invalid argument.
   */
  private void requireReturnTax(TaxBreakdown tax, GoodsLine line, GoodsReturn goodsReturn) {
    ReturnTax owed = ReturnTax.of(this, tax, line, goodsReturn.quantity());
    List<InvoiceTax> given = goodsReturn.taxes();
    // The label is the caller's to print; inclusion, amount and base must be the ones owed.
    String label = given.isEmpty() ? "PPN" : given.get(0).label();
    boolean agrees = given.equals(InvoiceTax.ofQuote(tax, label, owed.ppn(), owed.otherTaxBase()));
    if (!agrees) {
      Rupiah credited = Rupiah.ZERO;
      for (InvoiceTax t : given) {
        credited = credited.plus(t.amount());
      }
      throw InvalidValueException.of(
          SalesRule.RETURN_TAX_MISMATCH,
          "taxes",
          credited,
          tax.status() == TaxStatus.PKP ? owed.ppn() : Rupiah.ZERO,
          tax.inclusion(),
          tax.status(),
          owed.otherTaxBase());
    }
  }

  /**
   * The PPN and DPP nilai lain a return gives back: the quote's, in proportion to the price
   * returned, on the cumulative returns so that all of them together give back exactly the quote's
   * (see {@link #returnTaxes}).
   */
  private record ReturnTax(Rupiah ppn, Rupiah otherTaxBase) {

    static ReturnTax of(SalesOrder order, TaxBreakdown tax, GoodsLine line, long quantity) {
      Rupiah before = Rupiah.ZERO;
      for (GoodsReturn r : order.returns()) {
        before = before.plus(order.lines().get(r.line() - 1).unitPrice().times(r.quantity()));
      }
      Rupiah after = before.plus(line.unitPrice().times(quantity));
      long total = order.total().amount();
      return new ReturnTax(
          share(tax.ppn(), after, total).minus(share(tax.ppn(), before, total)),
          share(tax.otherTaxBase(), after, total).minus(share(tax.otherTaxBase(), before, total)));
    }

    private static Rupiah share(Rupiah amount, Rupiah returned, long total) {
      return total == 0
          ? Rupiah.ZERO
          : amount.times(Rate.of(returned.amount(), total), RoundingMode.HALF_UP);
    }
  }

  @Value.Check
  void check() {
    Checks.requireMatch(number(), "number", Checks.CODE, MAX_NUMBER, "A-Z 0-9 groups joined by -");
    Checks.requireNotEmpty(lines(), "lines");
    checkHistory();
    boolean fulfilled = status() == OrderStatus.FULFILLED;
    for (int i = 0; i < lines().size(); i++) {
      if (lines().get(i) instanceof GoodsLine g && g.soldLots().isEmpty() == fulfilled) {
        throw InvalidValueException.of(
            SalesRule.LINE_SOLD_LOTS,
            "lines[" + i + "].soldLots",
            g.soldLots(),
            fulfilled ? g.quantity() : 0);
      }
    }
    checkReturns(fulfilled);
    if (quotedTax().isPresent() && !quotedTax().get().quoted().equals(total())) {
      throw InvalidValueException.of(
          SalesRule.QUOTE_MISMATCH, "quotedTax.quoted", quotedTax().get().quoted(), total());
    }
  }

  private void checkHistory() {
    List<OrderEvent> h = history();
    Checks.requireNotEmpty(h, "history");
    if (h.get(0).status() != OrderStatus.QUOTED) {
      throw InvalidValueException.of(
          SalesRule.ORDER_TRANSITION,
          "history[0].status",
          h.get(0).status(),
          "-",
          h.get(0).status());
    }
    if (h.get(0).stamp().localDate().isBefore(orderDate())) {
      throw InvalidValueException.of(
          SalesRule.ORDER_DATE_ORDER, "history[0].at", h.get(0).at(), h.get(0).at(), orderDate());
    }
    for (int i = 1; i < h.size(); i++) {
      OrderEvent before = h.get(i - 1);
      OrderEvent after = h.get(i);
      if (!before.status().canMoveTo(after.status())) {
        throw InvalidValueException.of(
            SalesRule.ORDER_TRANSITION,
            "history[" + i + "].status",
            after.status(),
            before.status(),
            after.status());
      }
      if (after.at().isBefore(before.at())) {
        throw InvalidValueException.of(
            SalesRule.ORDER_DATE_ORDER,
            "history[" + i + "].at",
            after.at(),
            after.at(),
            before.at());
      }
    }
  }

  private void checkReturns(boolean fulfilled) {
    if (returns().isEmpty()) {
      return;
    }
    if (!fulfilled) {
      throw InvalidValueException.of(
          SalesRule.ORDER_TRANSITION, "returns", status(), status(), RETURN);
    }
    Checks.requireDistinct(
        returns().stream().map(GoodsReturn::creditNoteNumber).toList(), "returns.creditNoteNumber");
    Instant earliest = reachedAt(OrderStatus.FULFILLED).orElseThrow();
    Map<String, Long> returned = new HashMap<>();
    for (int i = 0; i < returns().size(); i++) {
      GoodsReturn r = returns().get(i);
      String field = "returns[" + i + "]";
      if (r.line() > lines().size() || !(lines().get(r.line() - 1) instanceof GoodsLine g)) {
        throw InvalidValueException.of(
            SalesRule.RETURN_LINE, field + ".line", r.line(), lines().size());
      }
      if (r.at().isBefore(earliest)) {
        throw InvalidValueException.of(
            SalesRule.ORDER_DATE_ORDER, field + ".at", r.at(), r.at(), earliest);
      }
      earliest = r.at();
      long total = returned.merge(r.line() + "/" + r.lotCode(), r.quantity(), Long::sum);
      if (total > g.soldFrom(r.lotCode())) {
        throw InvalidValueException.of(
            SalesRule.RETURN_EXCEEDS_SOLD,
            field + ".quantity",
            r.quantity(),
            r.lotCode(),
            g.soldFrom(r.lotCode()) - (total - r.quantity()));
      }
    }
  }

  // ------------------------------------------------------------------ events

  /**
   * The order's version: one for being quoted, one more per accepted move and per return. A host
   * stores it beside the order and accepts the next change only from the version it read
   * (optimistic concurrency).
   *
   * @return the version, 1 or more
   */
  public long version() {
    return history().size() + returns().size();
  }

  /**
   * The order's events, oldest first, versions 1 to {@link #version()}: derived from its history
   * and returns, which record every move with its stamp. The last one is the event of the operation
   * that produced this order.
   *
   * @return the events, never null or empty
   */
  public List<SalesOrderEvent> events() {
    List<SalesOrderEvent> events = new ArrayList<>();
    List<OrderEvent> h = history();
    events.add(new SalesOrderEvent.OrderQuoted(number(), 1, h.get(0).stamp(), asQuoted()));
    for (int i = 1; i < h.size(); i++) {
      Stamp at = h.get(i).stamp();
      long v = i + 1L;
      events.add(
          switch (h.get(i).status()) {
            case CONFIRMED -> new SalesOrderEvent.OrderConfirmed(number(), v, at);
            case PAID -> new SalesOrderEvent.OrderPaid(number(), v, at);
            case FULFILLED -> new SalesOrderEvent.OrderFulfilled(number(), v, at, lines());
            case CANCELLED -> new SalesOrderEvent.OrderCancelled(number(), v, at);
            case QUOTED -> throw new IllegalStateException("quoted only first");
          });
    }
    for (int i = 0; i < returns().size(); i++) {
      events.add(new SalesOrderEvent.GoodsReturned(number(), h.size() + i + 1L, returns().get(i)));
    }
    return List.copyOf(events);
  }

  /** The order as it was quoted: first move only, no lots sold, no returns. */
  private SalesOrder asQuoted() {
    if (history().size() == 1) {
      return this;
    }
    List<OrderLine> quoted =
        lines().stream().map(l -> l instanceof GoodsLine g ? g.recordSold(List.of()) : l).toList();
    return builder()
        .from(this)
        .lines(quoted)
        .history(history().subList(0, 1))
        .returns(List.of())
        .build();
  }

  /**
   * Rebuilds an order from its events (<i>memutar ulang peristiwa</i>), as a host reads them from
   * its event store: the quoted order, then each move and return applied in version order, every
   * rule of the order checked again as it is rebuilt. The stock those moves touched is rebuilt from
   * its own events ({@link StockLedger#replay(org.bengkel.facility.FacilityCode, List)}).
   *
   * @param number the order number, not null
   * @param events the order's events, versions 1, 2, ... in order, not null, no null element
   * @return the order at the last event's version, never null
   * @throws MissingValueException if an argument or an event is null
   * @throws InvalidValueException rule {@code value.required} (field {@code events}) for an empty
   *     list; naming {@code events[i]} with {@link AuditRule#EVENT_INCONSISTENT} when an event is
   *     of another order, out of version order or not first a quote, or the rule the rebuilt order
   *     breaks
   */
  public static SalesOrder replay(String number, List<? extends SalesOrderEvent> events) {
    Checks.required(number, "number");
    Checks.required(events, "events");
    Checks.requireNotEmpty(events, "events");
    SalesOrder order = null;
    for (int i = 0; i < events.size(); i++) {
      String field = "events[" + i + "]";
      SalesOrderEvent e = Checks.required(events.get(i), field);
      if (!e.order().equals(number)
          || e.version() != i + 1L
          || (i == 0) != (e instanceof SalesOrderEvent.OrderQuoted)) {
        throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
      }
      try {
        order = order == null ? ((SalesOrderEvent.OrderQuoted) e).quoted() : order.after(e);
      } catch (InvalidValueException broken) {
        throw broken.within(field);
      }
      if (!order.number().equals(number) || order.version() != e.version()) {
        throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
      }
    }
    return Checks.present(order);
  }

  /** This order with the facts of one later event applied. */
  private SalesOrder after(SalesOrderEvent e) {
    if (e instanceof SalesOrderEvent.OrderConfirmed) {
      return moved(OrderStatus.CONFIRMED, e.stamp());
    } else if (e instanceof SalesOrderEvent.OrderPaid) {
      return moved(OrderStatus.PAID, e.stamp());
    } else if (e instanceof SalesOrderEvent.OrderFulfilled f) {
      return builder()
          .from(this)
          .lines(f.lines())
          .history(appended(OrderStatus.FULFILLED, e.stamp()))
          .build();
    } else if (e instanceof SalesOrderEvent.OrderCancelled) {
      return moved(OrderStatus.CANCELLED, e.stamp());
    } else if (e instanceof SalesOrderEvent.GoodsReturned r) {
      List<GoodsReturn> all = new ArrayList<>(returns());
      all.add(r.goodsReturn());
      return builder().from(this).returns(all).build();
    }
    throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, "event", e.version(), e.type());
  }

  // ------------------------------------------------------------------ transitions

  /**
   * Confirms a quoted order (<i>konfirmasi pesanan</i>): reserves the stock of every goods line,
   * first-expired-first-out, with reservation id {@link #reservationId(int)}. All or nothing.
   *
   * @param ledger the current stock ledger, not null
   * @param at who and when, not null
   * @return accepted with the confirmed order and the ledger holding the reservations; or refused
   *     (nothing reserved) with {@link SalesRule#ORDER_TRANSITION} unless the order is quoted,
   *     {@link SalesRule#ORDER_DATE_ORDER} if {@code at} is before the previous move, or one
   *     refusal per goods line the ledger refused, located at {@code lines[i]} (such as {@code
   *     inventory.available.insufficient}, {@code inventory.reservation.exists} or {@code
   *     inventory.movement.backdated}); never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<OrderChange> confirm(StockLedger ledger, Stamp at) {
    Refusal move = move(ledger, OrderStatus.CONFIRMED, at);
    if (move != null) {
      return Outcome.refused(move);
    }
    StockLedger next = ledger;
    List<Refusal> why = new ArrayList<>();
    List<Event> stock = new ArrayList<>();
    for (int i = 0; i < lines().size(); i++) {
      if (lines().get(i) instanceof GoodsLine g) {
        Outcome<StockLedger> r = next.reserve(reservationId(i + 1), g.sku(), g.quantity(), at);
        next = r.orElse(next);
        stock.addAll(r.events());
        located(why, r, i);
      }
    }
    if (!why.isEmpty()) {
      return Outcome.refused(why);
    }
    return changed(OrderChange.of(moved(OrderStatus.CONFIRMED, at), next), stock);
  }

  /**
   * Records the payment of a confirmed order (<i>pembayaran</i>). No stock moves; the reservations
   * stay.
   *
   * @param ledger the current stock ledger, not null: the one holding the order's reservations; the
   *     accepted change holds it unchanged
   * @param at who and when, not null
   * @return accepted with the paid order and the same ledger; or refused with {@link
   *     SalesRule#ORDER_TRANSITION} unless the order is confirmed, {@link
   *     SalesRule#ORDER_DATE_ORDER} if {@code at} is before the previous move, or {@link
   *     SalesRule#RESERVATION_MISMATCH} located at {@code lines[i]} for each goods line whose
   *     reservation the ledger does not hold with the line's quantity (another ledger, or the
   *     reservation cancelled on the ledger: the buyer would pay for units the order can no longer
   *     hand over); never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<OrderChange> pay(StockLedger ledger, Stamp at) {
    Refusal move = move(ledger, OrderStatus.PAID, at);
    if (move != null) {
      return Outcome.refused(move);
    }
    List<Refusal> why = new ArrayList<>();
    for (int i = 0; i < lines().size(); i++) {
      if (lines().get(i) instanceof GoodsLine g) {
        reservationMismatch(ledger, i, g).ifPresent(why::add);
      }
    }
    if (!why.isEmpty()) {
      return Outcome.refused(why);
    }
    return changed(OrderChange.of(moved(OrderStatus.PAID, at), ledger), List.of());
  }

  /**
   * {@link SalesRule#RESERVATION_MISMATCH} at {@code lines[i]} unless the ledger holds the goods
   * line's reservation with exactly its quantity.
   */
  private Optional<Refusal> reservationMismatch(StockLedger ledger, int i, GoodsLine g) {
    ReservationId id = reservationId(i + 1);
    long held = ledger.reservation(id).map(Reservation::quantity).orElse(0L);
    return held == g.quantity()
        ? Optional.empty()
        : Optional.of(
            Refusal.of(SalesRule.RESERVATION_MISMATCH, id, held, g.quantity()).at(where(i)));
  }

  /**
   * Fulfils a paid order (<i>penyerahan barang</i>): sells every goods line's reservation and
   * records on each line the lots its units came from. All or nothing.
   *
   * @param ledger the current stock ledger, not null
   * @param at who and when, not null
   * @return accepted with the fulfilled order and the ledger after the sales; or refused (nothing
   *     sold) with {@link SalesRule#ORDER_TRANSITION} unless the order is paid, {@link
   *     SalesRule#ORDER_DATE_ORDER} if {@code at} is before the previous move, or one refusal per
   *     goods line that could not be sold, located at {@code lines[i]} ({@link
   *     SalesRule#RESERVATION_MISMATCH} when the ledger's reservation does not hold exactly the
   *     line's quantity, or the ledger's refusal such as {@code inventory.lot.expired} or {@code
   *     inventory.movement.backdated}); never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<OrderChange> fulfil(StockLedger ledger, Stamp at) {
    Refusal move = move(ledger, OrderStatus.FULFILLED, at);
    if (move != null) {
      return Outcome.refused(move);
    }
    StockLedger next = ledger;
    List<Refusal> why = new ArrayList<>();
    List<OrderLine> sold = new ArrayList<>(lines());
    List<Event> stock = new ArrayList<>();
    for (int i = 0; i < lines().size(); i++) {
      if (!(lines().get(i) instanceof GoodsLine g)) {
        continue;
      }
      Optional<Refusal> mismatch = reservationMismatch(next, i, g);
      if (mismatch.isPresent()) {
        why.add(mismatch.get());
        continue;
      }
      Outcome<StockLedger> r = next.sellReserved(reservationId(i + 1), at);
      if (located(why, r, i)) {
        continue;
      }
      StockLedger after = r.orElseThrow();
      stock.addAll(r.events());
      Map<LotCode, Long> lots = new LinkedHashMap<>();
      for (Movement m : after.movementsAfter(next.movementCount())) {
        lots.merge(m.lotCode(), m.quantity(), Long::sum);
      }
      next = after;
      List<Pick> picks =
          lots.entrySet().stream().map(e -> Pick.of(e.getKey(), e.getValue())).toList();
      sold.set(i, g.recordSold(picks));
    }
    if (!why.isEmpty()) {
      return Outcome.refused(why);
    }
    SalesOrder fulfilled =
        builder().from(this).lines(sold).history(appended(OrderStatus.FULFILLED, at)).build();
    return changed(OrderChange.of(fulfilled, next), stock);
  }

  /**
   * Cancels a quoted, confirmed or paid order (<i>pembatalan</i>), cancelling every reservation it
   * holds. All or nothing.
   *
   * @param ledger the current stock ledger, not null
   * @param at who and when, not null
   * @return accepted with the cancelled order and the ledger without its reservations; or refused
   *     (nothing cancelled) with {@link SalesRule#ORDER_TRANSITION} for a fulfilled or cancelled
   *     order, {@link SalesRule#ORDER_DATE_ORDER} if {@code at} is before the previous move, or the
   *     ledger's refusal per goods line, located at {@code lines[i]} (such as {@code
   *     inventory.movement.backdated}); never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<OrderChange> cancel(StockLedger ledger, Stamp at) {
    Refusal move = move(ledger, OrderStatus.CANCELLED, at);
    if (move != null) {
      return Outcome.refused(move);
    }
    StockLedger next = ledger;
    List<Refusal> why = new ArrayList<>();
    List<Event> stock = new ArrayList<>();
    if (status().holdsReservations()) {
      for (int i = 0; i < lines().size(); i++) {
        ReservationId id = reservationId(i + 1);
        if (lines().get(i) instanceof GoodsLine && next.reservation(id).isPresent()) {
          Outcome<StockLedger> r = next.cancelReservation(id, at);
          next = r.orElse(next);
          stock.addAll(r.events());
          located(why, r, i);
        }
      }
    }
    if (!why.isEmpty()) {
      return Outcome.refused(why);
    }
    return changed(OrderChange.of(moved(OrderStatus.CANCELLED, at), next), stock);
  }

  /**
   * Takes back goods of a fulfilled order (<i>retur</i>): the units return into the lot they were
   * sold from and, for {@link ReturnDisposition#WRITE_OFF}, are written off at once as {@link
   * WriteOffReason#DAMAGED}; the return is recorded in {@link #returns()} and a credit note is
   * produced ({@link OrderChange#creditNote()}, see {@link Invoice#creditNoteFor}).
   *
   * @param ledger the current stock ledger, not null
   * @param goodsReturn the return, not null; its line a goods line of this order and its
   *     credit-note number not used by an earlier return
   * @return accepted with the order recording the return, the ledger after the movements and the
   *     credit note; or refused with {@link SalesRule#ORDER_TRANSITION} unless the order is
   *     fulfilled, {@link SalesRule#ORDER_DATE_ORDER} if the return is dated before the fulfilment
   *     or an earlier return, {@link CoreRule#DUPLICATE} (subject {@code "creditNoteNumber"}, value
   *     the number) for a credit-note number an earlier return already used, or, located at the
   *     return's {@code lines[i]}, {@link SalesRule#RETURN_EXCEEDS_SOLD} (more units than were sold
   *     from the lot on the line and not yet returned) or the ledger's refusal; never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException (checked after the lifecycle and the date) rule {@link
   *     SalesRule#RETURN_LINE} (field {@code line}) if the line is not a goods line of this order;
   *     (checked after every refusal, the ledger's too) {@link SalesRule#RETURN_TAX_MISMATCH}
   *     (field {@code taxes}) if the order was made from a quote and the return's taxes are not the
   *     PPN it gives back ({@link #returnTaxes})
   */
  public Outcome<OrderChange> returnGoods(StockLedger ledger, GoodsReturn goodsReturn) {
    Checks.required(ledger, "ledger");
    Checks.required(goodsReturn, "goodsReturn");
    int line = goodsReturn.line();
    if (status() != OrderStatus.FULFILLED) {
      return Outcome.refused(
          Refusal.of(SalesRule.ORDER_TRANSITION, number(), RETURN, status(), RETURN));
    }
    Instant latest =
        returns().isEmpty()
            ? reachedAt(OrderStatus.FULFILLED).orElseThrow()
            : returns().get(returns().size() - 1).at();
    if (goodsReturn.at().isBefore(latest)) {
      return Outcome.refused(
          Refusal.of(
              SalesRule.ORDER_DATE_ORDER, number(), goodsReturn.at(), goodsReturn.at(), latest));
    }
    GoodsLine goods = returnLine(line);
    if (returns().stream()
        .anyMatch(r -> r.creditNoteNumber().equals(goodsReturn.creditNoteNumber()))) {
      return Outcome.refused(
          Refusal.of(CoreRule.DUPLICATE, "creditNoteNumber", goodsReturn.creditNoteNumber()));
    }
    ReservationId id = reservationId(line);
    LotCode lot = goodsReturn.lotCode();
    long returnable = returnable(line, lot);
    if (goodsReturn.quantity() > returnable) {
      return Outcome.refused(
          Refusal.of(SalesRule.RETURN_EXCEEDS_SOLD, id, goodsReturn.quantity(), lot, returnable)
              .at(where(line - 1)));
    }
    Outcome<StockLedger> back =
        ledger.returnToLot(id, lot, goodsReturn.quantity(), goodsReturn.stamp());
    if (goodsReturn.disposition() == ReturnDisposition.WRITE_OFF) {
      back =
          back.flatMap(
              l ->
                  l.writeOff(
                      lot, goodsReturn.quantity(), WriteOffReason.DAMAGED, goodsReturn.stamp()));
    }
    if (back.isRefused()) {
      return Outcome.refused(back.refusals().stream().map(r -> r.at(where(line - 1))).toList());
    }
    // After every refusal: a return refused for its units is refused as that, whatever its taxes.
    quotedTax().ifPresent(tax -> requireReturnTax(tax, goods, goodsReturn));
    List<GoodsReturn> all = new ArrayList<>(returns());
    all.add(goodsReturn);
    SalesOrder next = builder().from(this).returns(all).build();
    return changed(
        OrderChange.returned(next, back.orElseThrow(), Invoice.creditNoteFor(next, goodsReturn)),
        back.events());
  }

  /**
   * The accepted change with its events: the stock ledger's, in order, then the order's new event.
   */
  private static Outcome<OrderChange> changed(OrderChange change, List<Event> stock) {
    List<Event> events = new ArrayList<>(stock);
    List<SalesOrderEvent> own = change.order().events();
    events.add(own.get(own.size() - 1));
    return Outcome.accepted(change, events);
  }

  /** The location of a refusal concerning the line at {@code index} of {@link #lines()}. */
  private static String where(int index) {
    return "lines[" + index + "]";
  }

  /**
   * Adds the ledger's refusals for the line at {@code index}, located there.
   *
   * @return whether the ledger refused
   */
  private static boolean located(List<Refusal> why, Outcome<StockLedger> r, int index) {
    r.refusals().forEach(refusal -> why.add(refusal.at(where(index))));
    return r.isRefused();
  }

  /** The refusal of a lifecycle move, or null when the lifecycle and the dates allow it. */
  private @Nullable Refusal move(StockLedger ledger, OrderStatus to, Stamp at) {
    Checks.required(ledger, "ledger");
    Checks.required(at, "at");
    if (!status().canMoveTo(to)) {
      return Refusal.of(SalesRule.ORDER_TRANSITION, number(), to, status(), to);
    }
    Instant previous = history().get(history().size() - 1).at();
    if (at.at().isBefore(previous)) {
      return Refusal.of(SalesRule.ORDER_DATE_ORDER, number(), at.at(), at.at(), previous);
    }
    return null;
  }

  private List<OrderEvent> appended(OrderStatus to, Stamp at) {
    List<OrderEvent> h = new ArrayList<>(history());
    h.add(OrderEvent.of(to, at));
    return h;
  }

  private SalesOrder moved(OrderStatus to, Stamp at) {
    return builder().from(this).history(appended(to, at)).build();
  }

  /**
   * A new quoted order (<i>penawaran</i>): priced, nothing reserved.
   *
   * @param number the order number, not null, at most {@value #MAX_NUMBER} characters
   * @param channel the channel, not null
   * @param customer the buyer, not null
   * @param orderDate the order date, not null
   * @param lines the lines, not null, at least one, with prices from the pricing quote
   * @param at who quoted it and when, not null, on or after the order date in the stamp's zone
   * @return the order, never null
   * @throws InvalidValueException if an argument is null or breaks its rule
   */
  public static SalesOrder quoted(
      String number,
      Channel channel,
      Customer customer,
      LocalDate orderDate,
      List<? extends OrderLine> lines,
      Stamp at) {
    Checks.required(lines, "lines");
    Checks.required(at, "at");
    return builder()
        .number(number)
        .channel(channel)
        .customer(customer)
        .orderDate(orderDate)
        .lines(lines)
        .addHistory(OrderEvent.of(OrderStatus.QUOTED, at))
        .build();
  }

  /**
   * A new quoted order made from a pricing quote of goods (<i>pesanan dari penawaran</i>): one
   * {@link GoodsLine} per quoted line, in order, with the item's SKU, description and quantity at
   * the quoted unit price; the channel and order date are the quote's and the quote's tax is
   * carried over as {@link #quotedTax()}. Nothing is copied by hand, so the order cannot disagree
   * with its quote.
   *
   * @param number the order number, not null, at most {@value #MAX_NUMBER} characters
   * @param customer the buyer, not null
   * @param quote the quote, not null; of goods only (service jobs need their date and trainees: use
   *     {@link #fromQuote(String, Customer, Quote, List, Stamp)})
   * @param at who quoted it and when, not null, on or after the quote's date in the stamp's zone
   * @return the order, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@link SalesRule#QUOTE_MISMATCH} (field {@code
   *     quote.lines[i]}) for a quoted service job; as {@link #quoted(String, Channel, Customer,
   *     LocalDate, List, Stamp)} otherwise
   */
  public static SalesOrder fromQuote(String number, Customer customer, Quote quote, Stamp at) {
    Checks.required(quote, "quote");
    List<OrderLine> lines = new ArrayList<>(quote.lines().size());
    for (int i = 0; i < quote.lines().size(); i++) {
      try {
        lines.add(GoodsLine.of(quote.lines().get(i)));
      } catch (InvalidValueException e) {
        throw e.within("quote.lines[" + i + "]");
      }
    }
    return fromQuote(number, customer, quote, lines, at);
  }

  /**
   * A new quoted order made from a pricing quote, with lines made from the quoted lines (such as
   * {@link GoodsLine#of(QuotedLine)} and {@link ServiceJob#of(QuotedLine, LocalDate,
   * java.util.Set)}, which add a job's date and trainees): the channel and order date are the
   * quote's and the quote's tax is carried over as {@link #quotedTax()}.
   *
   * @param number the order number, not null, at most {@value #MAX_NUMBER} characters
   * @param customer the buyer, not null
   * @param quote the quote, not null
   * @param lines the lines, not null, one per quoted line in the same order, each with its SKU and
   *     quantity at its unit price, goods for goods and a service job of the vehicle class for a
   *     service job
   * @param at who quoted it and when, not null, on or after the quote's date in the stamp's zone
   * @return the order, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@link SalesRule#QUOTE_MISMATCH} (field {@code lines} for
   *     another number of lines, {@code lines[i].sku}, {@code .quantity}, {@code .unitPrice} or
   *     {@code .vehicleClass} for a line that differs from its quoted line); as {@link
   *     #quoted(String, Channel, Customer, LocalDate, List, Stamp)} otherwise
   */
  public static SalesOrder fromQuote(
      String number, Customer customer, Quote quote, List<? extends OrderLine> lines, Stamp at) {
    Checks.required(number, "number");
    Checks.required(customer, "customer");
    Checks.required(quote, "quote");
    Checks.required(lines, "lines");
    Checks.required(at, "at");
    if (lines.size() != quote.lines().size()) {
      throw InvalidValueException.of(
          SalesRule.QUOTE_MISMATCH, "lines", lines.size(), quote.lines().size());
    }
    for (int i = 0; i < lines.size(); i++) {
      Checks.required(lines.get(i), "lines[" + i + "]");
      requireMatch(lines.get(i), quote.lines().get(i), "lines[" + i + "]");
    }
    return builder()
        .number(number)
        .channel(quote.channel())
        .customer(customer)
        .orderDate(quote.date())
        .lines(lines)
        .addHistory(OrderEvent.of(OrderStatus.QUOTED, at))
        .quotedTax(quote.tax())
        .build();
  }

  private static void requireMatch(OrderLine line, QuotedLine quoted, String field) {
    PricingItem item = quoted.item();
    if (!line.sku().equals(item.sku())) {
      throw InvalidValueException.of(
          SalesRule.QUOTE_MISMATCH, field + ".sku", line.sku(), item.sku());
    }
    if (line.quantity() != quoted.quantity()) {
      throw InvalidValueException.of(
          SalesRule.QUOTE_MISMATCH, field + ".quantity", line.quantity(), quoted.quantity());
    }
    if (!line.unitPrice().equals(quoted.unitPrice())) {
      throw InvalidValueException.of(
          SalesRule.QUOTE_MISMATCH, field + ".unitPrice", line.unitPrice(), quoted.unitPrice());
    }
    Optional<VehicleClass> vehicleClass =
        line instanceof ServiceJob job ? Optional.of(job.vehicleClass()) : Optional.empty();
    if (!vehicleClass.equals(item.vehicleClass())) {
      throw InvalidValueException.of(
          SalesRule.QUOTE_MISMATCH,
          field + ".vehicleClass",
          vehicleClass.orElse(null),
          item.vehicleClass().map(Object::toString).orElse("GOODS"));
    }
  }

  /**
   * A new builder, for reading a stored order back; new orders start with {@link #quoted(String,
   * Channel, Customer, LocalDate, List, Stamp)}.
   *
   * @return an empty builder, never null; {@code build()} throws {@link InvalidValueException} if
   *     the order is inconsistent
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SalesOrder}; not thread-safe. */
  public static final class Builder extends ImmutableSalesOrder.Builder {
    Builder() {}
  }
}
