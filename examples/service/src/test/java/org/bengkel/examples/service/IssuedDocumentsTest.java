package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.SalesRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invoices, receipts and credit notes numbered by the service: one sequence per kind and year,
 * consecutive from 0001; a second issue answers the stored document, byte for byte; a refused issue
 * consumes no number; each issue is kept with its officer and instant.
 *
 * <p>The test JVM shares one database, so each test numbers documents of a year no other test
 * issues in (a document's year is its date of issue's).
 */
class IssuedDocumentsTest extends HttpTest {

  private static final JsonMapper BENGKEL = BengkelJackson3.mapper();

  /**
   * A SKU of the price book that no other test of the shared application sells, so that orders here
   * reserve only the lots received here and other tests' lots are left alone.
   */
  static final String SKU = "JAHE-INSTAN-30";

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void facilityPricesAndStock() {
    put("/facility", golden("facility.json"));
    put("/price-book", sampleData("price-book.json"));
    put("/tax-policy", sample("tax-policy.json"));
  }

  /** Receives a lot of {@link #SKU} for the test's orders. */
  static void receive(HttpTest t, String lot, long quantity) {
    receive(t, lot, quantity, "2027-06-30");
  }

  /** Receives a lot of {@link #SKU} expiring on a date (sold first when it expires first). */
  static void receive(HttpTest t, String lot, long quantity, String expiry) {
    Answer received = t.post("/stock/lots", StockAndOrdersTest.lot(lot, SKU, expiry, quantity));
    assertThat(received.status()).as(received.body()).isEqualTo(201);
  }

  /** Places an order of one box of {@link #SKU}. */
  static void place(HttpTest t, String number) {
    place(t, number, 1);
  }

  /** Places an order of boxes of {@link #SKU}. */
  static void place(HttpTest t, String number, int boxes) {
    String place =
        "{\"customer\": {\"kind\": \"INDIVIDUAL\"}, \"quote\": {\"channel\": \"GALLERY\","
            + " \"date\": \"2026-10-15\", \"lines\": [{\"sku\": \""
            + SKU
            + "\", \"description\": \"Wedang jahe instan\", \"category\": \"HERBAL-DRINKS\","
            + " \"unit\": \"BOX\","
            + " \"quantity\": "
            + boxes
            + ", \"cost\": 21000}]}}";
    Answer placed = t.put("/orders/" + number, place);
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
  }

  /** Places and confirms an order (one box reserved). */
  static void confirmed(HttpTest t, String number) {
    place(t, number);
    Answer confirmed = t.post("/orders/" + number + "/confirm", null);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
  }

  @Test
  void numbersAreConsecutivePerKindAndYearAndASecondIssueIsTheStoredOne() {
    receive(this, "FAKTUR-1", 10);
    confirmed(this, "SO-FAKTUR-A");
    assertThat(post("/orders/SO-FAKTUR-A/pay", null).status()).isEqualTo(200);
    place(this, "SO-FAKTUR-B"); // quoted only: no invoice, no receipt
    confirmed(this, "SO-FAKTUR-C"); // confirmed, not paid: an invoice, no receipt

    // Nothing issued yet: 404, for an order with no invoice as for an unknown order.
    Answer none = get("/orders/SO-FAKTUR-A/invoice");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.json().get("code").asString()).isEqualTo("service.not-found");
    assertThat(post("/orders/SO-FAKTUR-X/invoice?date=2031-03-01", null).status()).isEqualTo(404);

    // Issuing is a write: without the officer, 401 and nothing issued.
    assertThat(send("POST", "/orders/SO-FAKTUR-A/invoice?date=2031-03-01", null).status())
        .isEqualTo(401);
    Answer first = issue("/orders/SO-FAKTUR-A/invoice", LocalDate.of(2031, 3, 1));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.header("Location")).isEqualTo("/orders/SO-FAKTUR-A/invoice");
    // bengkel's invoice of the order, with the first number of 2031's invoices.
    SalesOrder a = BENGKEL.readValue(get("/orders/SO-FAKTUR-A").body(), SalesOrder.class);
    assertThat(first.body())
        .isEqualTo(
            BENGKEL.writeValueAsString(
                Invoice.invoiceWithQuotedTax(
                    a, "INV-2031-0001", LocalDate.of(2031, 3, 1), OrderController.PPN_LABEL)));
    // Again, even with another date: the stored invoice, the same bytes, 200.
    Answer again = post("/orders/SO-FAKTUR-A/invoice?date=2031-04-01", null);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(get("/orders/SO-FAKTUR-A/invoice").body()).isEqualTo(first.body());

    // Refused by core's Invoice, as before: 422, and no number taken.
    for (String refused :
        List.of(
            "/orders/SO-FAKTUR-B/invoice",
            "/orders/SO-FAKTUR-B/receipt",
            "/orders/SO-FAKTUR-C/receipt")) {
      Answer r = issue(refused, LocalDate.of(2031, 3, 2));
      assertThat(r.status()).as(refused).isEqualTo(422);
      assertThat(r.json().get("code").asString()).isEqualTo(SalesRule.INVOICE_ORDER_STATUS.code());
    }
    assertThat(get("/orders/SO-FAKTUR-B/invoice").status()).isEqualTo(404);
    Answer second = issue("/orders/SO-FAKTUR-C/invoice", LocalDate.of(2031, 3, 2));
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(second.json().get("number").asString()).isEqualTo("INV-2031-0002");

    // Receipts have their own sequence, and so has each year.
    Answer receipt = issue("/orders/SO-FAKTUR-A/receipt", LocalDate.of(2031, 3, 3));
    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    assertThat(receipt.json().get("number").asString()).isEqualTo("KW-2031-0001");
    assertThat(receipt.json().get("kind").asString()).isEqualTo("RECEIPT");
    assertThat(post("/orders/SO-FAKTUR-A/receipt", null).body()).isEqualTo(receipt.body());
    assertThat(get("/orders/SO-FAKTUR-A/receipt").body()).isEqualTo(receipt.body());
    confirmed(this, "SO-FAKTUR-D");
    assertThat(
            issue("/orders/SO-FAKTUR-D/invoice", LocalDate.of(2032, 1, 2))
                .json()
                .get("number")
                .asString())
        .isEqualTo("INV-2032-0001");

    // Kept: the sequences' last numbers, the documents with their officer, and the order's trail.
    assertThat(
            jdbc.sql(
                    "select kind || ' ' || year || ' ' || last_number from document_sequences"
                        + " where year in (2031, 2032) order by kind, year")
                .query(String.class)
                .list())
        .containsExactly("INVOICE 2031 2", "INVOICE 2032 1", "RECEIPT 2031 1");
    List<Map<String, Object>> kept =
        jdbc.sql(
                "select number, order_number, sequence_number, actor, zone, document::text as doc"
                    + " from issued_documents where year = 2031 order by kind, number")
            .query()
            .listOfRows();
    assertThat(kept)
        .extracting(
            r -> r.get("number") + " " + r.get("order_number") + " " + r.get("sequence_number"))
        .containsExactly(
            "INV-2031-0001 SO-FAKTUR-A 1",
            "INV-2031-0002 SO-FAKTUR-C 2",
            "KW-2031-0001 SO-FAKTUR-A 1");
    assertThat(kept).allSatisfy(r -> assertThat(r.get("actor")).isEqualTo(ACTOR));
    assertThat(kept).allSatisfy(r -> assertThat(r.get("zone")).isEqualTo("WIB"));
    assertThat(kept.get(0).get("doc")).isEqualTo(first.body());
    Answer trail = get("/audit/sales-document/SO-FAKTUR-A");
    assertThat(trail.status()).isEqualTo(200);
    assertThat(trail.json().findValuesAsString("type"))
        .containsExactly("InvoiceIssued", "ReceiptIssued");
    assertThat(trail.json().findValuesAsString("actor")).containsOnly(ACTOR);
  }

  /**
   * Issues a document dated on a day of a year no other test issues in, with the service's clock on
   * that day (10:00 WIB) for the request: the orders were confirmed and paid today, before it, and
   * the date of issue is not in the future.
   */
  private Answer issue(String path, LocalDate day) {
    clock.set(day.atTime(10, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
    try {
      return post(path + "?date=" + day, null);
    } finally {
      clock.reset();
    }
  }

  @Test
  void aDocumentIsDatedNeitherAfterTodayNorBeforeTheMoveThatAllowsIt() {
    receive(this, "FAKTUR-4", 2);
    LocalDate before = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    confirmed(this, "SO-FAKTUR-G");
    // Two days on: not today in the facility's zone, whatever the hour (422, no number taken).
    Answer future = post("/orders/SO-FAKTUR-G/invoice?date=" + before.plusDays(2), null);
    assertThat(future.status()).as(future.body()).isEqualTo(422);
    assertThat(future.json().get("code").asString()).isEqualTo("service.date.future");
    assertThat(future.json().get("detail").asString()).contains(before.plusDays(2).toString());
    // The day before the order was confirmed: core's Invoice refuses it.
    Answer early = post("/orders/SO-FAKTUR-G/invoice?date=" + before.minusDays(1), null);
    assertThat(early.status()).as(early.body()).isEqualTo(422);
    assertThat(early.json().get("code").asString()).isEqualTo(SalesRule.ORDER_DATE_ORDER.code());
    assertThat(get("/orders/SO-FAKTUR-G/invoice").status()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from document_sequences where year in (?, ?)"
                        + " and last_number > (select count(*) from issued_documents d"
                        + " where d.kind = document_sequences.kind"
                        + " and d.year = document_sequences.year)")
                .params(before.plusDays(2).getYear(), before.minusDays(1).getYear())
                .query(Long.class)
                .single())
        .as("a refused issue takes no number")
        .isZero();
  }

  @Test
  void withoutADateTheDocumentIsDatedTodayInTheFacilitysZone() {
    receive(this, "FAKTUR-2", 2);
    confirmed(this, "SO-FAKTUR-E");
    LocalDate before = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Answer issued = post("/orders/SO-FAKTUR-E/invoice", null);
    LocalDate after = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    LocalDate date = LocalDate.parse(issued.json().get("date").asString());
    assertThat(date).isIn(before, after);
    assertThat(issued.json().get("number").asString()).startsWith("INV-" + date.getYear() + "-");
  }

  @Test
  void creditNotesAreNumberedByTheServiceAndTheBodyCannotNameOne() {
    // Expiring before the other lots of the SKU: the order's two boxes are sold from it.
    receive(this, "FAKTUR-3", 5, "2027-01-31");
    place(this, "SO-FAKTUR-F", 2);
    assertThat(post("/orders/SO-FAKTUR-F/confirm", null).status()).isEqualTo(200);
    assertThat(post("/orders/SO-FAKTUR-F/pay", null).status()).isEqualTo(200);
    Answer fulfilled = post("/orders/SO-FAKTUR-F/fulfil", null);
    assertThat(fulfilled.body())
        .contains("\"soldLots\":[{\"lotCode\":\"FAKTUR-3\",\"quantity\":2}]");
    String back =
        "{\"line\":1,\"lotCode\":\"FAKTUR-3\",\"quantity\":%d,\"disposition\":\"RESTOCK\"%s}";
    // A client no longer chooses the number: the old property is unknown, 400.
    Answer named =
        post("/orders/SO-FAKTUR-F/returns", back.formatted(1, ",\"creditNoteNumber\":\"NR-X\""));
    assertThat(named.status()).isEqualTo(400);
    assertThat(named.json().get("code").asString()).startsWith("json.");

    Answer one = post("/orders/SO-FAKTUR-F/returns", back.formatted(1, ""));
    assertThat(one.status()).as(one.body()).isEqualTo(201);
    assertThat(one.json().get("kind").asString()).isEqualTo("CREDIT_NOTE");
    String year = one.json().get("date").asString().substring(0, 4);
    String first = one.json().get("number").asString();
    assertThat(first).matches("NR-" + year + "-\\d{4}");
    // Two boxes sold, one back: a second return of two is refused and takes no number, so the
    // next return has the next one. (Other tests' returns share today's year, but test classes
    // run one after the other.)
    assertThat(post("/orders/SO-FAKTUR-F/returns", back.formatted(2, "")).status()).isEqualTo(422);
    Answer two = post("/orders/SO-FAKTUR-F/returns", back.formatted(1, ""));
    assertThat(two.status()).as(two.body()).isEqualTo(201);
    long n = Long.parseLong(first.substring(first.lastIndexOf('-') + 1));
    assertThat(two.json().get("number").asString())
        .isEqualTo(
            Documents.format(
                org.bengkel.sales.InvoiceKind.CREDIT_NOTE, Integer.parseInt(year), n + 1));
    // The order was priced with PPN included: each note gives back the PPN of its box, shown
    // included, and the two together give back exactly the quote's PPN.
    long ppn = get("/orders/SO-FAKTUR-F").json().get("quotedTax").get("ppn").asLong();
    long credited = 0;
    for (Answer note : List.of(one, two)) {
      JsonNode tax = note.json().get("taxes").get(0);
      assertThat(tax.get("included").asBoolean()).isTrue();
      assertThat(tax.get("amount").asLong()).isPositive();
      credited += tax.get("amount").asLong();
    }
    assertThat(ppn).isPositive().isEqualTo(credited);
    // Kept as answered, with the order's return event as its audit record.
    assertThat(
            jdbc.sql(
                    "select document::text from issued_documents where kind = 'CREDIT_NOTE'"
                        + " and order_number = 'SO-FAKTUR-F' order by number")
                .query(String.class)
                .list())
        .containsExactly(one.body(), two.body());
  }
}
