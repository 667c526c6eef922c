package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Concurrency: of writes based on the same version, one wins and the others change nothing; sixteen
 * clients selling from one SKU never sell more than is on hand, nor do confirmations (under the
 * ledger's lock) and sales (optimistic) of one SKU at once; two officers confirming one order: one
 * wins, the other gets 409; sixteen clients issuing invoices get consecutive numbers, and eight
 * issuing one order's invoice get one document.
 */
class ConcurrencyTest extends HttpTest {

  private static final int CLIENTS = 16;

  @Autowired JdbcClient jdbc;

  @Test
  void oneOfSixteenWritesOnTheSameVersionWins() throws Exception {
    String nip = "199202022016041003";
    String officer = "{\"nip\": \"" + nip + "\", \"name\": \"Petugas %d\"}";
    String etag = put("/officers/" + nip, officer.formatted(0)).header("ETag");
    List<Future<Answer>> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int i = 1; i <= CLIENTS; i++) {
        String body = officer.formatted(i);
        answers.add(pool.submit(() -> put("/officers/" + nip, body, "If-Match", etag)));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Answer> a : answers) {
        statuses.add(a.get().status());
      }
      assertThat(statuses).containsOnly(200, 409);
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    } finally {
      pool.shutdown();
    }
    // Two events in all (the first write and the winner), and the state is the winner's.
    long events =
        jdbc.sql(
                "select count(*) from events where aggregate_type = 'officer' and aggregate_id = ?")
            .param(nip)
            .query(Long.class)
            .single();
    assertThat(events).isEqualTo(2);
    assertThat(get("/officers/" + nip).header("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void sixteenClientsNeverSellMoreThanIsOnHand() throws Exception {
    put("/facility", golden("facility.json"));
    String sku = "UJI-KONKUREN";
    // 40 units; 16 clients each want 1 + (i % 4) units: 40 in all (4 x (1 + 2 + 3 + 4)), asked
    // three times over so that some must be refused.
    assertThat(
            post("/stock/lots", StockAndOrdersTest.lot("KONKUREN-1", sku, "2027-06-30", 25))
                .status())
        .isEqualTo(201);
    assertThat(
            post("/stock/lots", StockAndOrdersTest.lot("KONKUREN-2", sku, "2027-09-30", 15))
                .status())
        .isEqualTo(201);
    long onHand = 40;
    long before = ledgerVersion(jdbc);
    List<Future<Answer>> answers = new ArrayList<>();
    List<Integer> wanted = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < CLIENTS; i++) {
          int quantity = 1 + i % 4;
          wanted.add(quantity);
          String body = "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}";
          answers.add(pool.submit(() -> post("/stock/sales", body)));
        }
      }
      long sold = 0;
      List<Long> versions = new ArrayList<>();
      int accepted = 0;
      for (int i = 0; i < answers.size(); i++) {
        Answer a = answers.get(i).get();
        assertThat(a.status()).as(a.body()).isIn(201, 422);
        if (a.status() == 201) {
          accepted++;
          sold += wanted.get(i);
          versions.add(Long.parseLong(a.header("ETag").replace("\"", "")));
        } else {
          assertThat(a.json().get("code").asString()).isEqualTo("inventory.available.insufficient");
        }
      }
      assertThat(sold).isLessThanOrEqualTo(onHand);
      assertThat(accepted).isLessThan(answers.size());
      // Every accepted sale is in the ledger once, under the version it answered; the refused
      // ones left no event and no gap.
      assertThat(ledgerVersionsAfter(jdbc, before)).containsExactlyInAnyOrderElementsOf(versions);
      assertThat(stock(sku, "onHand")).isEqualTo(onHand - sold);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void confirmationsAndSalesOfOneSkuAtOnceNeverOversell() throws Exception {
    // An order's confirmation reserves stock under the ledger's lock, in the order's transaction; a
    // sale is an optimistic statement of its own (docs/service.md, "Storage"). Both at once must
    // still take turns: 8 confirmations and 8 sales of 2 jars each want 32 of the 20 available.
    put("/facility", golden("facility.json"));
    put("/price-book", sampleData("price-book.json"));
    put("/tax-policy", sample("tax-policy.json"));
    String sku = "KUE-KERING-500G";
    post("/stock/lots", StockAndOrdersTest.lot("KK-CAMPUR", sku, "2027-04-30", 20));
    long extra = stock(sku, "available") - 20;
    if (extra > 0) {
      String sale = "{\"sku\":\"" + sku + "\",\"quantity\":" + extra + "}";
      assertThat(post("/stock/sales", sale).status()).isEqualTo(201);
    }
    assertThat(stock(sku, "available")).isEqualTo(20);
    String place = kueKeringOrder(2);
    for (int i = 0; i < 8; i++) {
      assertThat(put("/orders/SO-CAMPUR-" + i, place).status()).isEqualTo(201);
    }
    long before = ledgerVersion(jdbc);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Answer>> confirmations = new ArrayList<>();
      List<Future<Answer>> sales = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String number = "SO-CAMPUR-" + i;
        confirmations.add(pool.submit(() -> post("/orders/" + number + "/confirm", null)));
        String sale = "{\"sku\":\"" + sku + "\",\"quantity\":2}";
        sales.add(pool.submit(() -> post("/stock/sales", sale)));
      }
      long taken = 0;
      for (Future<Answer> f : confirmations) {
        Answer a = f.get();
        assertThat(a.status()).as(a.body()).isIn(200, 422);
        taken += a.status() == 200 ? 2 : 0;
      }
      for (Future<Answer> f : sales) {
        Answer a = f.get();
        assertThat(a.status()).as(a.body()).isIn(201, 422);
        taken += a.status() == 201 ? 2 : 0;
      }
      // All 20 taken (each refusal came when fewer than 2 were left), none twice.
      assertThat(taken).isEqualTo(20);
      assertThat(stock(sku, "available")).isZero();
      // One ledger event per accepted request, versions without a gap.
      List<Long> versions = ledgerVersionsAfter(jdbc, before);
      assertThat(versions).hasSize(10);
      assertThat(versions.get(versions.size() - 1) - before).isEqualTo(10);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void twoOfficersConfirmingOneOrderOneWinsOneGets409() throws Exception {
    put("/facility", golden("facility.json"));
    put("/price-book", sampleData("price-book.json"));
    put("/tax-policy", sample("tax-policy.json"));
    post("/stock/lots", StockAndOrdersTest.lot("KK-KONKUREN", "KUE-KERING-500G", "2027-03-31", 50));
    String place = kueKeringOrder(2);
    String[] officers = {ACTOR, "199001012015032001"};
    // With the version both read (If-Match), and without: either way one wins.
    for (boolean ifMatch : new boolean[] {true, false}) {
      String number = "SO-KONKUREN-" + (ifMatch ? "A" : "B");
      assertThat(put("/orders/" + number, place).status()).isEqualTo(201);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Answer>> answers = new ArrayList<>();
        for (String nip : officers) {
          String[] headers =
              ifMatch
                  ? new String[] {Actor.HEADER, nip, "If-Match", "\"1\""}
                  : new String[] {Actor.HEADER, nip};
          answers.add(
              pool.submit(() -> send("POST", "/orders/" + number + "/confirm", null, headers)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Answer> a : answers) {
          statuses.add(a.get().status());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
      } finally {
        pool.shutdown();
      }
      // One confirmation, one reservation.
      assertThat(
              jdbc.sql(
                      "select count(*) from events where aggregate_type = 'sales-order'"
                          + " and aggregate_id = ? and event_type = 'sales.order-confirmed'")
                  .param(number)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
      assertThat(
              jdbc.sql(
                      "select count(*) from events where aggregate_type = 'stock-ledger'"
                          + " and event_type = 'inventory.stock-reserved' and payload::text like ?")
                  .param("%" + number + "-1%")
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
  }

  @Test
  void sixteenClientsIssuingInvoicesGetConsecutiveNumbersWithoutGapsOrRepeats() throws Exception {
    put("/facility", golden("facility.json"));
    put("/price-book", sampleData("price-book.json"));
    put("/tax-policy", sample("tax-policy.json"));
    IssuedDocumentsTest.receive(this, "FAKTUR-KONKUREN", CLIENTS + 1);
    for (int i = 1; i <= CLIENTS; i++) {
      IssuedDocumentsTest.confirmed(this, "SO-FAKTUR-K" + i);
    }
    IssuedDocumentsTest.confirmed(this, "SO-FAKTUR-K0");
    // 2033: a year no other test issues in, so the sequence starts here at 0001; the service's
    // clock on 11 January 2033 so that the dates of issue are not in the future.
    clock.set(java.time.Instant.parse("2033-01-11T03:00:00Z"));
    List<Future<Answer>> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int i = 1; i <= CLIENTS; i++) {
        String path = "/orders/SO-FAKTUR-K" + i + "/invoice?date=2033-01-10";
        answers.add(pool.submit(() -> post(path, null)));
      }
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        Answer a = answers.get(i).get();
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("orderNumber").asString()).isEqualTo("SO-FAKTUR-K" + (i + 1));
        numbers.add(a.json().get("number").asString());
      }
      List<String> expected = new ArrayList<>();
      for (int n = 1; n <= CLIENTS; n++) {
        expected.add("INV-2033-" + String.format("%04d", n));
      }
      assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);

      // Eight clients issuing the invoice of one order at once: one issues it, the others are
      // answered the same document.
      answers.clear();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> post("/orders/SO-FAKTUR-K0/invoice?date=2033-01-11", null)));
      }
      List<Integer> statuses = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      for (Future<Answer> a : answers) {
        statuses.add(a.get().status());
        bodies.add(a.get().body());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(7);
      assertThat(bodies).containsOnly(bodies.get(0));
      assertThat(PLAIN.readTree(bodies.get(0)).get("number").asString()).isEqualTo("INV-2033-0017");
    } finally {
      pool.shutdown();
    }
    assertThat(
            jdbc.sql(
                    "select count(*) || ' ' || max(sequence_number) from issued_documents"
                        + " where kind = 'INVOICE' and year = 2033")
                .query(String.class)
                .single())
        .isEqualTo("17 17");
  }
}
