package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bengkel.facility.FacilityCode;
import org.bengkel.inventory.InventoryRule;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.StockLedger;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.production.LotCode;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.SalesOrderEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stock and orders over HTTP: lots received, near expiry and picked first-expired-first-out; an
 * order placed from a quote, confirmed, paid, fulfilled and partly returned, with its invoice and
 * receipt; each step stored as bengkel's own events with the officer, instant and zone.
 */
class StockAndOrdersTest extends HttpTest {

  private static final JsonMapper BENGKEL = BengkelJackson3.mapper();
  private static final String COOKIES = "KUE-KERING-500G";

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void facilityAndPrices() {
    put("/facility", golden("facility.json"));
    put("/price-book", sampleData("price-book.json"));
    put("/tax-policy", sample("tax-policy.json"));
  }

  static String lot(String code, String sku, String expiry, long quantity) {
    return ("{\"lotCode\":\"%s\",\"sku\":\"%s\",\"productionDate\":\"2026-10-01\","
            + "\"expiryDate\":\"%s\",\"quantity\":%d,\"receivedAt\":\"2026-10-02T09:00:00\"}")
        .formatted(code, sku, expiry, quantity);
  }

  @Test
  void lotsAreReceivedPickedFirstExpiredFirstAndSold() {
    String sku = "UJI-FEFO-1";
    assertThat(post("/stock/lots", lot("FEFO-LATE", sku, "2027-06-30", 10)).status())
        .isEqualTo(201);
    Answer early = post("/stock/lots", lot("FEFO-EARLY", sku, "2027-01-15", 5));
    assertThat(early.status()).as(early.body()).isEqualTo(201);
    assertThat(early.json().get(0).get("type").asString()).isEqualTo("RECEIVED");
    // The same lot twice is refused by the ledger and changes nothing.
    Answer twice = post("/stock/lots", lot("FEFO-EARLY", sku, "2027-01-15", 5));
    assertThat(twice.status()).isEqualTo(422);
    assertThat(twice.json().get("code").asString())
        .isEqualTo(InventoryRule.LOT_ALREADY_RECEIVED.code());

    // 7 units on 2026-12-10: the 5 of the lot expiring first, then 2 of the other (5 + 2 = 7).
    JsonNode picking = get("/stock/picking?sku=" + sku + "&quantity=7&on=2026-12-10").json();
    assertThat(picking.get("picks").get(0).get("lotCode").asString()).isEqualTo("FEFO-EARLY");
    assertThat(picking.get("picks").get(0).get("quantity").asLong()).isEqualTo(5);
    assertThat(picking.get("picks").get(1).get("quantity").asLong()).isEqualTo(2);
    assertThat(picking.get("shortfall").asLong()).isZero();
    // Within 60 days of 2026-12-10 (to 2027-02-08) only the early lot expires.
    JsonNode near = get("/stock/near-expiry?on=2026-12-10&days=60").json();
    assertThat(near.findValuesAsString("lotCode"))
        .contains("FEFO-EARLY")
        .doesNotContain("FEFO-LATE");

    Answer sold = post("/stock/sales", "{\"sku\":\"" + sku + "\",\"quantity\":7}");
    assertThat(sold.status()).as(sold.body()).isEqualTo(201);
    assertThat(sold.json().findValuesAsString("lotCode"))
        .containsExactly("FEFO-EARLY", "FEFO-LATE");
    Answer tooMany = post("/stock/sales", "{\"sku\":\"" + sku + "\",\"quantity\":9}");
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.json().get("code").asString()).isEqualTo("inventory.available.insufficient");
    // 15 received, 7 sold: 8 left (0 + 8).
    JsonNode level = levelOf(sku);
    assertThat(level.get("onHand").asLong()).isEqualTo(8);

    // A reservation from a named lot, then sold; a write-off.
    String reservation =
        "{\"id\":\"UJI-RES-1\",\"sku\":\"" + sku + "\",\"quantity\":3,\"lot\":\"FEFO-LATE\"}";
    assertThat(post("/stock/reservations", reservation).status()).isEqualTo(201);
    assertThat(levelOf(sku).get("reserved").asLong()).isEqualTo(3);
    assertThat(post("/stock/reservations/UJI-RES-1/sale", null).status()).isEqualTo(201);
    Answer writeOff =
        post("/stock/write-offs", "{\"lot\":\"FEFO-LATE\",\"quantity\":1,\"reason\":\"DAMAGED\"}");
    assertThat(writeOff.status()).as(writeOff.body()).isEqualTo(201);
    // 8 - 3 sold - 1 written off = 4.
    assertThat(levelOf(sku).get("onHand").asLong()).isEqualTo(4);
  }

  @Test
  void anOrderGoesFromQuoteToReturnAsBengkelsEvents() {
    String receivedLot = "KK-" + System.nanoTime() % 1_000_000;
    assertThat(post("/stock/lots", lot(receivedLot, COOKIES, "2027-03-31", 100)).status())
        .isEqualTo(201);
    String number = "SO-UJI-" + System.nanoTime() % 1_000_000;
    String place =
        "{\"customer\": {\"kind\": \"INDIVIDUAL\"}, \"quote\": {\"channel\": \"GALLERY\","
            + " \"date\": \"2026-10-15\", \"lines\": [{\"sku\": \"KUE-KERING-500G\", \"description\":"
            + " \"Kue kering nastar\", \"category\": \"COOKIES\", \"unit\": \"JAR\", \"quantity\": 12,"
            + " \"cost\": 61250}]}}";
    Answer placed = put("/orders/" + number, place);
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    assertThat(placed.header("ETag")).isEqualTo("\"1\"");
    // The order's quote is the one POST /quotes gives.
    JsonNode quote =
        post("/quotes", PLAIN.writeValueAsString(PLAIN.readTree(place).get("quote"))).json();
    SalesOrder order = BENGKEL.readValue(placed.body(), SalesOrder.class);
    assertThat(PLAIN.readTree(BENGKEL.writeValueAsString(order.quotedTax().orElseThrow())))
        .isEqualTo(quote.get("tax"));
    assertThat(put("/orders/" + number, place).status()).isEqualTo(409);

    assertThat(post("/orders/" + number + "/pay", null).status()).isEqualTo(409);
    assertThat(post("/orders/" + number + "/confirm", null, "If-Match", "\"1\"").status())
        .isEqualTo(200);
    assertThat(post("/orders/" + number + "/pay", null, "If-Match", "\"1\"").status())
        .isEqualTo(409);
    // The service numbers the invoice (IssuedDocumentsTest: from 0001 per year, without gaps).
    Answer invoice = post("/orders/" + number + "/invoice", null);
    assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);
    String invoiceNumber = invoice.json().get("number").asString();
    assertThat(invoiceNumber).matches("INV-\\d{4}-\\d{4}");
    assertThat(get("/orders/" + number + "/invoice").body()).isEqualTo(invoice.body());
    Invoice expected =
        Invoice.invoiceWithQuotedTax(
            BENGKEL.readValue(get("/orders/" + number).body(), SalesOrder.class),
            invoiceNumber,
            java.time.LocalDate.parse(invoice.json().get("date").asString()),
            OrderController.PPN_LABEL);
    assertThat(invoice.body()).isEqualTo(BENGKEL.writeValueAsString(expected));
    assertThat(invoice.json().get("taxes").get(0).get("amount").asLong())
        .isEqualTo(order.quotedTax().orElseThrow().ppn().amount());

    assertThat(post("/orders/" + number + "/pay", null).status()).isEqualTo(200);
    Answer fulfilled = post("/orders/" + number + "/fulfil", null);
    assertThat(fulfilled.status()).as(fulfilled.body()).isEqualTo(200);
    assertThat(fulfilled.body())
        .contains("\"soldLots\":[{\"lotCode\":\"" + receivedLot + "\",\"quantity\":12}]");
    Answer receipt = post("/orders/" + number + "/receipt", null);
    assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
    assertThat(receipt.json().get("kind").asString()).isEqualTo("RECEIPT");
    assertThat(receipt.json().get("number").asString()).matches("KW-\\d{4}-\\d{4}");
    Answer credit =
        post(
            "/orders/" + number + "/returns",
            "{\"line\":1,\"lotCode\":\""
                + receivedLot
                + "\",\"quantity\":2,"
                + "\"disposition\":\"RESTOCK\"}");
    assertThat(credit.status()).as(credit.body()).isEqualTo(201);
    assertThat(credit.json().get("kind").asString()).isEqualTo("CREDIT_NOTE");
    assertThat(credit.json().get("number").asString()).matches("NR-\\d{4}-\\d{4}");
    // 100 received, 12 sold, 2 back: 90 in the lot (100 - 12 + 2).
    JsonNode lots = get("/stock/lots?sku=" + COOKIES).json();
    for (JsonNode l : lots) {
      if (l.get("lot").get("lotCode").asString().equals(receivedLot)) {
        assertThat(l.get("onHand").asLong()).isEqualTo(90);
      }
    }

    // The order's trail is bengkel's events, numbered without gaps, stamped in the facility's zone.
    List<Map<String, Object>> rows =
        jdbc.sql(
                "select version, event_type, actor, zone from events"
                    + " where aggregate_type = 'sales-order' and aggregate_id = ? order by version")
            .param(number)
            .query()
            .listOfRows();
    assertThat(rows)
        .extracting(r -> r.get("event_type"))
        .containsExactly(
            "sales.order-quoted",
            "sales.order-confirmed",
            "sales.order-paid",
            "sales.order-fulfilled",
            "sales.goods-returned");
    assertThat(rows)
        .extracting(r -> ((Number) r.get("version")).longValue())
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(rows).allSatisfy(r -> assertThat(r.get("actor")).isEqualTo(ACTOR));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("zone")).isEqualTo("WIB"));
    assertThat(get("/audit/sales-order/" + number).json().size()).isEqualTo(5);
    // Each payload is bengkel's document of the event, of the kind its type names; replayed, the
    // order's events give the stored order, and the ledger's the ledger the service serves.
    List<String> payloads =
        jdbc.sql(
                "select payload::text from events where aggregate_type = 'sales-order'"
                    + " and aggregate_id = ? order by version")
            .param(number)
            .query(String.class)
            .list();
    List<SalesOrderEvent> events =
        payloads.stream().map(p -> events().event(p, SalesOrderEvent.class)).toList();
    assertThat(events)
        .extracting(SalesOrderEvent::type)
        .containsExactlyElementsOf(rows.stream().map(r -> (String) r.get("event_type")).toList());
    assertThat(SalesOrder.replay(number, events))
        .isEqualTo(BENGKEL.readValue(get("/orders/" + number).body(), SalesOrder.class));
    List<String> ledgerPayloads =
        jdbc.sql(
                "select payload::text from events where aggregate_type = 'stock-ledger'"
                    + " order by version")
            .query(String.class)
            .list();
    StockLedger replayed =
        events().replay(StockLedger.empty(FacilityCode.of("LAPAS-PAMEKASAN")), ledgerPayloads);
    assertThat(replayed.version()).isEqualTo(ledgerPayloads.size());
    assertThat(
            PLAIN.readTree(
                BENGKEL.writeValueAsString(
                    replayed.lots().stream().map(StockLedgers.LotLevel::of).toList())))
        .isEqualTo(get("/stock/lots").json());
    // The stored stock per lot (one row per lot, rewritten only when a write moves the lot) is the
    // replayed ledger's, every lot at the last version that moved it.
    assertThat(
            jdbc.sql(
                    "select lot_code, on_hand, reserved, sold, returned, written_off, version"
                        + " from stock_levels where ledger = 'LAPAS-PAMEKASAN' order by lot_code")
                .query(
                    (rs, n) ->
                        List.of(
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getLong(7)))
                .list())
        .isEqualTo(
            replayed.lots().stream()
                .sorted(Comparator.comparing(l -> l.lot().lotCode().toString()))
                .map(
                    l ->
                        List.<Object>of(
                            l.lot().lotCode().toString(),
                            l.onHand(),
                            l.reserved(),
                            l.sold(),
                            l.returned(),
                            l.writtenOff(),
                            lastMove(replayed, l.lot().lotCode())))
                .toList());
    // No service-made event types for stock and orders any more.
    assertThat(
            jdbc.sql(
                    "select count(*) from events where aggregate_type in ('stock-ledger', 'sales-order')"
                        + " and event_type not like 'inventory.%' and event_type not like 'sales.%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  /** The version of the last movement of a lot. */
  private static long lastMove(StockLedger ledger, LotCode lot) {
    return ledger.movements().stream()
        .filter(m -> m.lotCode().equals(lot))
        .mapToLong(Movement::version)
        .max()
        .orElseThrow();
  }

  private static EventJson events() {
    return new EventJson(BENGKEL);
  }

  private JsonNode levelOf(String sku) {
    for (JsonNode s : get("/stock").json()) {
      if (s.get("sku").asString().equals(sku)) {
        return s;
      }
    }
    throw new AssertionError(sku + " not in stock");
  }
}
