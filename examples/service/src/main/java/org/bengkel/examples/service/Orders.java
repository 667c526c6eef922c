package org.bengkel.examples.service;

import java.util.List;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Facility;
import org.bengkel.inventory.StockEvent;
import org.bengkel.inventory.StockLedger;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.Quote;
import org.bengkel.sales.Customer;
import org.bengkel.sales.GoodsReturn;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.InvoiceKind;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.SalesOrderEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sales orders (<i>pesanan penjualan</i>) in PostgreSQL: each order's events appended under its
 * number, its current state as bengkel's {@code SalesOrder} JSON (JSONB: an order is a small
 * document, read whole on every step). A step that moves stock (confirm, fulfil, cancel, return)
 * stores the order's and the stock ledger's events in one transaction: both or neither.
 *
 * <p>Locks are taken in one order, the order's row and then the ledger's, so that two steps never
 * wait on each other.
 */
@Component
class Orders {

  /** The aggregate type of a sales order; its id is the order number. */
  static final String TYPE = "sales-order";

  /** One step of an order's lifecycle on the locked order and ledger, with the write's stamp. */
  @FunctionalInterface
  interface Step {
    Outcome<OrderChange> apply(SalesOrder order, StockLedger ledger, Stamp at);
  }

  /**
   * A return to record, given the order it comes back from (whose quote's PPN it gives back), the
   * write's stamp and the credit note's number.
   */
  @FunctionalInterface
  interface Return {
    GoodsReturn of(SalesOrder order, Stamp at, String creditNoteNumber);
  }

  private final EventStore store;
  private final Documents documents;
  private final EventJson events;
  private final StockLedgers ledgers;
  private final Stamps stamps;
  private final JsonMapper mapper;

  Orders(
      EventStore store,
      Documents documents,
      EventJson events,
      StockLedgers ledgers,
      Stamps stamps,
      JsonMapper mapper) {
    this.store = store;
    this.documents = documents;
    this.events = events;
    this.ledgers = ledgers;
    this.stamps = stamps;
    this.mapper = mapper;
  }

  /**
   * Places an order from a quote ({@code SalesOrder.fromQuote}): its first event is {@code
   * sales.order-quoted}.
   *
   * @param number the order number
   * @param customer the buyer
   * @param quote the priced quote
   * @param lines the order's lines made from the quote's (service jobs with their trainees), or
   *     null for goods lines only
   * @param actor the acting officer
   * @return the quoted order
   * @throws ServiceException 409 when the number is taken
   */
  @Transactional
  public SalesOrder place(
      String number, Customer customer, Quote quote, @Nullable List<OrderLine> lines, Actor actor) {
    Stamp at = stamps.of(actor, stamps.facility());
    SalesOrder order =
        lines == null
            ? SalesOrder.fromQuote(number, customer, quote, at)
            : SalesOrder.fromQuote(number, customer, quote, lines, at);
    if (store.lock(TYPE, number).isPresent()) {
      throw new ServiceException(
          HttpStatus.CONFLICT, ServiceRule.STALE_VERSION, TYPE + " " + number, "0");
    }
    for (SalesOrderEvent e : order.events()) {
      store.append(TYPE, e, events.payload(e));
    }
    store.putState(TYPE, number, order.version(), mapper.writeValueAsString(order));
    return order;
  }

  /**
   * Carries out one step of an order and stores the events of the order and of the stock ledger.
   *
   * @param number the order number
   * @param ifMatch the request's {@code If-Match}, or null
   * @param actor the acting officer
   * @param step the step
   * @return the change: the order, the ledger, a credit note for a return
   * @throws ServiceException 404 for an unknown order, 409 for a stale {@code If-Match}
   */
  @Transactional
  public OrderChange change(String number, String ifMatch, Actor actor, Step step) {
    Long expected = Versions.expected(ifMatch);
    EventStore.Stored stored =
        store.lock(TYPE, number).orElseThrow(() -> ServiceException.notFound(TYPE));
    if (expected != null && expected != stored.version()) {
      throw new ServiceException(
          HttpStatus.CONFLICT,
          ServiceRule.STALE_VERSION,
          TYPE + " " + number,
          String.valueOf(expected));
    }
    SalesOrder order = mapper.readValue(stored.json(), SalesOrder.class);
    Facility facility = stamps.facility();
    StockLedger ledger = ledgers.lock(facility.code());
    Outcome<OrderChange> outcome = step.apply(order, ledger, stamps.of(actor, facility));
    OrderChange change = outcome.orElseThrow();
    for (SalesOrderEvent e : outcome.events(SalesOrderEvent.class)) {
      store.append(TYPE, e, events.payload(e));
    }
    store.putState(
        TYPE, number, change.order().version(), mapper.writeValueAsString(change.order()));
    ledgers.store(ledger, change.ledger(), outcome.events(StockEvent.class));
    return change;
  }

  /**
   * Takes goods back with a credit note numbered by the service: the next number of the credit
   * notes' sequence for the return's year ({@code NR-2026-0001}), taken after the order's and the
   * ledger's locks and stored with the note in the same transaction, so a refused return gives the
   * number back.
   *
   * @param number the order number
   * @param ifMatch the request's {@code If-Match}, or null
   * @param actor the acting officer
   * @param goodsReturn the return, given its stamp and credit note number
   * @return the change, with the credit note
   * @throws ServiceException 404 for an unknown order, 409 for a stale {@code If-Match}
   */
  @Transactional
  public OrderChange returnGoods(String number, String ifMatch, Actor actor, Return goodsReturn) {
    // The step runs once, inside this transaction; it hands out the number and stamp it used.
    Documents.Number[] taken = new Documents.Number[1];
    Stamp[] stamped = new Stamp[1];
    OrderChange change =
        change(
            number,
            ifMatch,
            actor,
            (o, l, at) -> {
              taken[0] = documents.next(InvoiceKind.CREDIT_NOTE, at.localDate().getYear());
              stamped[0] = at;
              return o.returnGoods(l, goodsReturn.of(o, at, taken[0].text()));
            });
    Invoice note = change.creditNote().orElseThrow();
    documents.keep(taken[0], number, note.date(), stamped[0], mapper.writeValueAsString(note));
    return change;
  }

  /**
   * An order and its version, or 404.
   *
   * @param number the order number
   * @return the stored order
   */
  EventStore.Stored find(String number) {
    return store.get(TYPE, number);
  }

  /**
   * An order, or 404.
   *
   * @param number the order number
   * @return the order
   */
  SalesOrder get(String number) {
    return mapper.readValue(find(number).json(), SalesOrder.class);
  }
}
