package org.bengkel.examples.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bengkel.json.privacy.ReceiptView;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.production.LotCode;
import org.bengkel.sales.Customer;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.GoodsReturn;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.ReturnDisposition;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders through every channel (<i>pesanan</i>): placed from a quote priced with the price book and
 * the tax policy, then confirmed (stock reserved first-expired-first-out), paid, fulfilled (the
 * reservations sold), cancelled or partly returned (with a credit note), and the invoice or receipt
 * with the quote's PPN.
 *
 * <p>An order ({@code GET /orders/{number}}) is for officers: bengkel's {@code SalesOrder} carries
 * a service job's trainees. What a buyer receives carries none: an invoice and a credit note are
 * bengkel's {@code Invoice}, which has no field for a trainee, and a receipt is written from the
 * privacy view {@link ReceiptView}.
 */
@RestController
class OrderController {

  /** How the PPN line of an invoice is printed (PPN 12 % on the DPP nilai lain of 11/12). */
  static final String PPN_LABEL = "PPN 12% x DPP 11/12";

  /**
   * An order to place: the buyer, what to quote (as {@code POST /quotes}) and, for the quote's
   * service lines, the jobs done.
   *
   * @param customer the buyer
   * @param quote the channel, the date and the lines to price
   * @param jobs the service jobs (a car wash), each naming its quote line; absent for goods only
   */
  record PlaceOrder(
      @NotNull Customer customer,
      @NotNull @Valid PricingController.QuoteRequest quote,
      @Nullable List<@Valid @NotNull JobRequest> jobs) {}

  /**
   * A service job (<i>pekerjaan jasa</i>) of an order: the quote line it is, the day it was done
   * and the trainees who did it (all of them enrolled in the service's programme).
   *
   * @param line the quote line, from 1
   * @param date the day of the job
   * @param trainees the trainees' registration numbers
   */
  record JobRequest(
      @Positive int line,
      @NotNull LocalDate date,
      @NotEmpty Set<@NotNull RegistrationNumber> trainees) {}

  /**
   * Goods taken back (<i>retur</i>), stamped by the service.
   *
   * @param line the goods line, from 1
   * @param lotCode the lot the units were sold from
   * @param quantity the units
   * @param disposition back into stock, or written off as damaged
   * @param creditNoteNumber the credit note's number
   */
  record ReturnRequest(
      @Positive int line,
      @NotNull LotCode lotCode,
      @Positive long quantity,
      @NotNull ReturnDisposition disposition,
      @NotNull String creditNoteNumber) {}

  private final Orders orders;
  private final PricingController pricing;

  OrderController(Orders orders, PricingController pricing) {
    this.orders = orders;
    this.pricing = pricing;
  }

  /**
   * Places an order from a quote: 201 with the quoted order, 409 if the number is taken.
   *
   * @param number the order number, such as {@code SO-2026-10-001}
   * @param request the buyer and what to quote
   * @param actor the acting officer
   * @return the order
   */
  @PutMapping("/orders/{number}")
  ResponseEntity<SalesOrder> place(
      @PathVariable String number, @Valid @RequestBody PlaceOrder request, Actor actor) {
    Quote quote = pricing.quote(request.quote());
    List<JobRequest> jobs = request.jobs();
    SalesOrder order =
        orders.place(
            number, request.customer(), quote, jobs == null ? null : lines(quote, jobs), actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(Versions.etag(order.version()))
        .body(order);
  }

  @GetMapping("/orders/{number}")
  ResponseEntity<SalesOrder> get(@PathVariable String number) {
    EventStore.Stored stored = orders.find(number);
    return ResponseEntity.ok().eTag(Versions.etag(stored.version())).body(orders.get(number));
  }

  @PostMapping("/orders/{number}/confirm")
  ResponseEntity<SalesOrder> confirm(
      @PathVariable String number,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return answer(orders.change(number, ifMatch, actor, (o, l, at) -> o.confirm(l, at)));
  }

  @PostMapping("/orders/{number}/pay")
  ResponseEntity<SalesOrder> pay(
      @PathVariable String number,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return answer(orders.change(number, ifMatch, actor, (o, l, at) -> o.pay(l, at)));
  }

  @PostMapping("/orders/{number}/fulfil")
  ResponseEntity<SalesOrder> fulfil(
      @PathVariable String number,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return answer(orders.change(number, ifMatch, actor, (o, l, at) -> o.fulfil(l, at)));
  }

  @PostMapping("/orders/{number}/cancel")
  ResponseEntity<SalesOrder> cancel(
      @PathVariable String number,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return answer(orders.change(number, ifMatch, actor, (o, l, at) -> o.cancel(l, at)));
  }

  /**
   * Takes goods back: 201 with the credit note (<i>nota retur</i>).
   *
   * @param number the order number
   * @param r what comes back
   * @param ifMatch the request's {@code If-Match}, or null
   * @param actor the acting officer
   * @return the credit note, with the order's new version as {@code ETag}
   */
  @PostMapping("/orders/{number}/returns")
  ResponseEntity<Invoice> returnGoods(
      @PathVariable String number,
      @Valid @RequestBody ReturnRequest r,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    OrderChange change =
        orders.change(
            number,
            ifMatch,
            actor,
            (o, l, at) ->
                o.returnGoods(
                    l,
                    GoodsReturn.of(
                        r.line(),
                        r.lotCode(),
                        r.quantity(),
                        r.disposition(),
                        at,
                        r.creditNoteNumber())));
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(Versions.etag(change.order().version()))
        .body(change.creditNote().orElseThrow());
  }

  /**
   * The invoice (<i>faktur</i>) of a confirmed, paid or fulfilled order with the quote's PPN:
   * {@code ?number=INV-2026-0001&date=2026-10-15}.
   *
   * @param order the order number
   * @param number the invoice's number
   * @param date its date of issue
   * @return the invoice
   */
  @GetMapping("/orders/{order}/invoice")
  Invoice invoice(
      @PathVariable String order, @RequestParam String number, @RequestParam LocalDate date) {
    return Invoice.invoiceWithQuotedTax(orders.get(order), number, date, PPN_LABEL);
  }

  /**
   * The receipt (<i>kuitansi</i>) of a paid or fulfilled order, from the privacy view: {@code
   * ?number=KW-2026-0001&date=2026-10-15}.
   *
   * @param order the order number
   * @param number the receipt's number
   * @param date its date of issue
   * @return the receipt
   */
  @GetMapping("/orders/{order}/receipt")
  ReceiptView receipt(
      @PathVariable String order, @RequestParam String number, @RequestParam LocalDate date) {
    return ReceiptView.of(Invoice.receiptWithQuotedTax(orders.get(order), number, date, PPN_LABEL));
  }

  /** The quote's lines as order lines: a service job where one names the line, goods otherwise. */
  private static List<OrderLine> lines(Quote quote, List<JobRequest> jobs) {
    Map<Integer, JobRequest> byLine = new HashMap<>();
    for (JobRequest job : jobs) {
      if (job.line() > quote.lines().size() || byLine.put(job.line(), job) != null) {
        throw new ServiceException(
            HttpStatus.BAD_REQUEST,
            ServiceRule.REQUEST_INVALID,
            "jobs.line",
            "each job names a quote line, once: " + job.line());
      }
    }
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < quote.lines().size(); i++) {
      QuotedLine q = quote.lines().get(i);
      JobRequest job = byLine.get(i + 1);
      lines.add(job == null ? GoodsLine.of(q) : ServiceJob.of(q, job.date(), job.trainees()));
    }
    return lines;
  }

  private static ResponseEntity<SalesOrder> answer(OrderChange change) {
    return ResponseEntity.ok().eTag(Versions.etag(change.order().version())).body(change.order());
  }
}
