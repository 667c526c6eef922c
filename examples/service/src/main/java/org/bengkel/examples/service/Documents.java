package org.bengkel.examples.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Facility;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.InvoiceKind;
import org.bengkel.sales.SalesOrder;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents a buyer receives (<i>faktur, kuitansi, nota kredit</i>), numbered by the service
 * and kept: one sequence per kind and year ({@code INV-2026-0001}, {@code KW-2026-0001}, {@code
 * NR-2026-0001}), each number issued once and stored with the document, the officer and the
 * instant.
 *
 * <p>Why the service numbers them: an auditor and the tax office (PPN) expect one sequence without
 * gaps or repeats, and a client that chose the number could skip or repeat one. A number is taken
 * by incrementing the sequence's row in the transaction that stores the document, so the row stays
 * locked until that commit: concurrent issuers take turns, and a refused issue (core's {@code
 * Invoice} refuses the order) rolls the increment back with the rest, consuming no number.
 *
 * <p>Locks are taken in one order, the order's row first and the sequence's last (after the stock
 * ledger's for a return), so that two writes never wait on each other.
 */
@Component
class Documents {

  /** The aggregate type of an order's issued invoice and receipt in the events table. */
  static final String TYPE = "sales-document";

  /** A number taken from a sequence: its place in the sequence and its text. */
  record Number(InvoiceKind kind, int year, long sequence, String text) {}

  /** A stored document as it was written, and whether this request issued it. */
  record Issued(String json, boolean created) {}

  private final JdbcClient jdbc;
  private final EventStore store;
  private final Stamps stamps;
  private final JsonMapper mapper;

  Documents(JdbcClient jdbc, EventStore store, Stamps stamps, JsonMapper mapper) {
    this.jdbc = jdbc;
    this.store = store;
    this.stamps = stamps;
    this.mapper = mapper;
  }

  /**
   * Issues the invoice or receipt of an order, or answers the one already issued, unchanged.
   *
   * @param order the order number
   * @param kind {@link InvoiceKind#INVOICE} or {@link InvoiceKind#RECEIPT}
   * @param date the date of issue, or null for today in the facility's zone
   * @param actor the issuing officer
   * @return the document as stored, and whether this request issued it
   * @throws ServiceException 404 for an unknown order or before a facility is put; 422 ({@code
   *     service.date.future}) for a date after today in the facility's zone; no number is consumed
   * @throws org.bengkel.error.InvalidValueException when core's {@code Invoice} refuses the order
   *     (not confirmed, or not paid for a receipt; dated before the confirmation, or the payment
   *     for a receipt); no number is consumed
   */
  @Transactional
  public Issued issue(String order, InvoiceKind kind, @Nullable LocalDate date, Actor actor) {
    // The order's row is locked first: two issues for one order take turns (the second finds the
    // first's document), and an order step cannot change the order while its document is built.
    EventStore.Stored stored =
        store.lock(Orders.TYPE, order).orElseThrow(() -> ServiceException.notFound(Orders.TYPE));
    Optional<String> existing = find(kind, order);
    if (existing.isPresent()) {
      return new Issued(existing.get(), false);
    }
    Facility facility = stamps.facility();
    Stamp at = stamps.of(actor, facility);
    LocalDate issued = date == null ? at.localDate() : date;
    if (issued.isAfter(at.localDate())) {
      throw new ServiceException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          ServiceRule.FUTURE_DATE,
          "date",
          issued.toString(),
          at.localDate().toString());
    }
    SalesOrder salesOrder = mapper.readValue(stored.json(), SalesOrder.class);
    Number number = next(kind, issued.getYear());
    Invoice document =
        kind == InvoiceKind.INVOICE
            ? Invoice.invoiceWithQuotedTax(
                salesOrder, number.text(), issued, OrderController.PPN_LABEL)
            : Invoice.receiptWithQuotedTax(
                salesOrder, number.text(), issued, OrderController.PPN_LABEL);
    String json = mapper.writeValueAsString(document);
    keep(number, order, issued, at, json);
    store.appendIssued(
        TYPE, order, kind == InvoiceKind.INVOICE ? "InvoiceIssued" : "ReceiptIssued", at, json);
    return new Issued(json, true);
  }

  /**
   * The document of a kind issued for an order, as it was stored.
   *
   * @param kind {@link InvoiceKind#INVOICE} or {@link InvoiceKind#RECEIPT}
   * @param order the order number
   * @return the document's JSON, empty when none was issued
   */
  Optional<String> find(InvoiceKind kind, String order) {
    return jdbc.sql(
            "select document::text from issued_documents where kind = ? and order_number = ?")
        .params(kind.name(), order)
        .query(String.class)
        .optional();
  }

  /**
   * Takes the next number of a kind's sequence for a year. Call inside the transaction that stores
   * the document: the sequence's row stays locked until it ends, and a rollback gives the number
   * back.
   *
   * @param kind the kind of document
   * @param year the year of the date of issue
   * @return the number, such as {@code INV-2026-0001}
   */
  Number next(InvoiceKind kind, int year) {
    long sequence =
        jdbc.sql(
                "insert into document_sequences (kind, year, last_number) values (?, ?, 1)"
                    + " on conflict (kind, year)"
                    + " do update set last_number = document_sequences.last_number + 1"
                    + " returning last_number")
            .params(kind.name(), year)
            .query(Long.class)
            .single();
    return new Number(kind, year, sequence, format(kind, year, sequence));
  }

  /**
   * Stores an issued document under its number.
   *
   * @param number the number it was issued with
   * @param order the order number
   * @param date the date of issue
   * @param at who issued it, when, in which zone
   * @param json the document as bengkel's JSON
   */
  void keep(Number number, String order, LocalDate date, Stamp at, String json) {
    String actor = at.actor().nip().map(Object::toString).orElse(at.actor().toString());
    jdbc.sql(
            "insert into issued_documents (kind, number, order_number, year, sequence_number,"
                + " issue_date, actor, issued_at, zone, document)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json)")
        .params(
            number.kind().name(),
            number.text(),
            order,
            number.year(),
            number.sequence(),
            date,
            actor,
            OffsetDateTime.ofInstant(at.at(), ZoneOffset.UTC),
            at.zone().name(),
            json)
        .update();
  }

  /**
   * A document number: the kind's prefix, the year and the place in the sequence, at least four
   * digits ({@code INV-2026-0001}); groups of capitals and digits joined by hyphens, as core's
   * {@code Invoice} requires.
   *
   * @param kind the kind
   * @param year the year
   * @param sequence the place in the year's sequence, from 1
   * @return the number
   */
  static String format(InvoiceKind kind, int year, long sequence) {
    String prefix =
        switch (kind) {
          case INVOICE -> "INV";
          case RECEIPT -> "KW";
          case CREDIT_NOTE -> "NR";
        };
    return String.format(java.util.Locale.ROOT, "%s-%04d-%04d", prefix, year, sequence);
  }
}
