package org.bengkel.examples.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
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
import org.bengkel.sales.InvoiceKind;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.ReturnDisposition;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

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
   */
  record ReturnRequest(
      @Positive int line,
      @NotNull LotCode lotCode,
      @Positive long quantity,
      @NotNull ReturnDisposition disposition) {}

  private final Orders orders;
  private final Documents documents;
  private final PricingController pricing;
  private final JsonMapper mapper;

  OrderController(
      Orders orders, Documents documents, PricingController pricing, JsonMapper mapper) {
    this.orders = orders;
    this.documents = documents;
    this.pricing = pricing;
    this.mapper = mapper;
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
      @PathVariable OrderNumber number, @Valid @RequestBody PlaceOrder request, Actor actor) {
    String id = number.value();
    Quote quote = pricing.quote(request.quote());
    List<JobRequest> jobs = request.jobs();
    SalesOrder order =
        orders.place(
            id, request.customer(), quote, jobs == null ? null : lines(quote, jobs), actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(Versions.etag(order.version()))
        .body(order);
  }

  @GetMapping("/orders/{number}")
  ResponseEntity<SalesOrder> get(@PathVariable OrderNumber number) {
    String id = number.value();
    EventStore.Stored stored = orders.find(id);
    return ResponseEntity.ok().eTag(Versions.etag(stored.version())).body(orders.get(id));
  }

  @PostMapping("/orders/{number}/confirm")
  ResponseEntity<SalesOrder> confirm(
      @PathVariable OrderNumber number,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return answer(orders.change(number.value(), ifMatch, actor, (o, l, at) -> o.confirm(l, at)));
  }

  @PostMapping("/orders/{number}/pay")
  ResponseEntity<SalesOrder> pay(
      @PathVariable OrderNumber number,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return answer(orders.change(number.value(), ifMatch, actor, (o, l, at) -> o.pay(l, at)));
  }

  @PostMapping("/orders/{number}/fulfil")
  ResponseEntity<SalesOrder> fulfil(
      @PathVariable OrderNumber number,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return answer(orders.change(number.value(), ifMatch, actor, (o, l, at) -> o.fulfil(l, at)));
  }

  @PostMapping("/orders/{number}/cancel")
  ResponseEntity<SalesOrder> cancel(
      @PathVariable OrderNumber number,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return answer(orders.change(number.value(), ifMatch, actor, (o, l, at) -> o.cancel(l, at)));
  }

  /**
   * Takes goods back: 201 with the credit note (<i>nota retur</i>), numbered by the service from
   * its sequence of the return's year ({@code NR-2026-0001}).
   *
   * @param number the order number
   * @param r what comes back
   * @param ifMatch the request's {@code If-Match}, or null
   * @param actor the acting officer
   * @return the credit note, with the order's new version as {@code ETag}
   */
  @PostMapping("/orders/{number}/returns")
  ResponseEntity<Invoice> returnGoods(
      @PathVariable OrderNumber number,
      @Valid @RequestBody ReturnRequest r,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    OrderChange change =
        orders.returnGoods(
            number.value(),
            ifMatch,
            actor,
            // With the PPN given back; an order not fulfilled is refused by returnGoods as that.
            (order, at, creditNote) ->
                order.status() == OrderStatus.FULFILLED
                    ? order.goodsReturn(
                        r.line(),
                        r.lotCode(),
                        r.quantity(),
                        r.disposition(),
                        at,
                        creditNote,
                        PPN_LABEL)
                    : GoodsReturn.of(
                        r.line(), r.lotCode(), r.quantity(), r.disposition(), at, creditNote));
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(Versions.etag(change.order().version()))
        .body(change.creditNote().orElseThrow());
  }

  /**
   * Issues the invoice (<i>faktur</i>) of a confirmed, paid or fulfilled order with the quote's
   * PPN, numbered by the service ({@code INV-2026-0001}): 201 the first time, 200 with the stored
   * invoice, unchanged, after. {@code ?date=2026-10-15} gives the date of issue (today in the
   * facility's zone without it); the number's year is the date's.
   *
   * @param number the order number
   * @param date its date of issue, or null for today
   * @param actor the issuing officer
   * @return the invoice as stored
   */
  @PostMapping("/orders/{number}/invoice")
  ResponseEntity<String> issueInvoice(
      @PathVariable OrderNumber number,
      @RequestParam(required = false) LocalDate date,
      Actor actor) {
    Documents.Issued issued = documents.issue(number.value(), InvoiceKind.INVOICE, date, actor);
    return stored(issued.created() ? HttpStatus.CREATED : HttpStatus.OK, number, "invoice")
        .body(issued.json());
  }

  /**
   * The invoice issued for an order, as stored: 404 before one is issued.
   *
   * @param number the order number
   * @return the invoice
   */
  @GetMapping("/orders/{number}/invoice")
  ResponseEntity<String> invoice(@PathVariable OrderNumber number) {
    return stored(HttpStatus.OK, number, "invoice")
        .body(
            documents
                .find(InvoiceKind.INVOICE, number.value())
                .orElseThrow(() -> ServiceException.notFound("invoice")));
  }

  /**
   * Issues the receipt (<i>kuitansi</i>) of a paid or fulfilled order, numbered by the service
   * ({@code KW-2026-0001}) as {@link #issueInvoice} does, and answers it through the privacy view.
   *
   * @param number the order number
   * @param date its date of issue, or null for today
   * @param actor the issuing officer
   * @return the receipt
   */
  @PostMapping("/orders/{number}/receipt")
  ResponseEntity<ReceiptView> issueReceipt(
      @PathVariable OrderNumber number,
      @RequestParam(required = false) LocalDate date,
      Actor actor) {
    Documents.Issued issued = documents.issue(number.value(), InvoiceKind.RECEIPT, date, actor);
    return stored(issued.created() ? HttpStatus.CREATED : HttpStatus.OK, number, "receipt")
        .body(receiptView(issued.json()));
  }

  /**
   * The receipt issued for an order, through the privacy view: 404 before one is issued.
   *
   * @param number the order number
   * @return the receipt
   */
  @GetMapping("/orders/{number}/receipt")
  ResponseEntity<ReceiptView> receipt(@PathVariable OrderNumber number) {
    String json =
        documents
            .find(InvoiceKind.RECEIPT, number.value())
            .orElseThrow(() -> ServiceException.notFound("receipt"));
    return stored(HttpStatus.OK, number, "receipt").body(receiptView(json));
  }

  private ReceiptView receiptView(String json) {
    return ReceiptView.of(mapper.readValue(json, Invoice.class));
  }

  /** An answer with a stored document: JSON, and where it is read again. */
  private static ResponseEntity.BodyBuilder stored(
      HttpStatus status, OrderNumber order, String kind) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .location(URI.create("/orders/" + order + "/" + kind));
  }

  /** The quote's lines as order lines: a service job where one names the line, goods otherwise. */
  private static List<OrderLine> lines(Quote quote, List<JobRequest> jobs) {
    Map<Integer, JobRequest> byLine = new HashMap<>();
    for (JobRequest job : jobs) {
      if (job.line() > quote.lines().size() || byLine.put(job.line(), job) != null) {
        throw ServiceException.invalid(
            HttpStatus.BAD_REQUEST, "jobs.line", null, Reason.JOB_LINE, "jobs.line", job.line());
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
