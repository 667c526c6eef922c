package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.Nip;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.production.LotCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stock ledger's optimistic writes ({@link StockLedgers#apply}): a sale is carried out on the
 * ledger in memory and stored only if nothing was stored since. Here a second {@link StockLedgers}
 * over the same database, with a memory of its own, plays another instance of the service writing
 * behind this one's back; every answer over HTTP must still be the one the stored ledger gives. A
 * database that goes back under a running instance is caught on its next read of the ledger.
 */
class OptimisticLedgerTest extends HttpTest {

  private static final JsonMapper BENGKEL = BengkelJackson3.mapper();
  private static final Actor OFFICER = new Actor(Nip.parse(ACTOR));

  @Autowired Stamps stamps;
  @Autowired EventStore store;
  @Autowired EventJson events;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void writesOfAnotherInstanceAreNeitherLostNorOversold() {
    put("/facility", golden("facility.json"));
    String sku = "UJI-OPTIMIS";
    StockLedgers other = new StockLedgers(stamps, store, events, jdbc, transactions);
    assertThat(post("/stock/lots", StockAndOrdersTest.lot("OPTIMIS-1", sku, "2027-06-30", 10)))
        .extracting(Answer::status)
        .isEqualTo(201);
    assertThat(sell(sku, 1).status()).isEqualTo(201);
    long before = ledgerVersion(jdbc);

    // Stale memory, enough stock: the other sells 3; this one's sale of 2, tried on its memory
    // (9 on hand), is not stored; carried out again on the stored ledger (6), it is.
    other.apply(OFFICER, (l, at) -> l.sell(Sku.parse(sku), 3, at));
    Answer two = sell(sku, 2);
    assertThat(two.status()).as(two.body()).isEqualTo(201);
    assertThat(two.header("ETag")).isEqualTo("\"" + (before + 2) + "\"");
    assertThat(stock(sku, "onHand")).isEqualTo(4);

    // Stale memory that would oversell: this one remembers 4, the stored ledger has 3 after the
    // other's sale of 1; a sale of 4 is refused and stores nothing.
    other.apply(OFFICER, (l, at) -> l.sell(Sku.parse(sku), 1, at));
    Answer four = sell(sku, 4);
    assertThat(four.status()).as(four.body()).isEqualTo(422);
    assertThat(four.json().get("code").asString()).isEqualTo("inventory.available.insufficient");
    assertThat(ledgerVersion(jdbc)).isEqualTo(before + 3);
    assertThat(stock(sku, "onHand")).isEqualTo(3);

    // Stale memory that would refuse: the other receives 5 more; this one remembers 3, so a sale
    // of 6 is refused on its memory, and accepted on the stored ledger (8).
    other.apply(OFFICER, (l, at) -> l.receive(lot("OPTIMIS-2", sku, 5), at));
    Answer six = sell(sku, 6);
    assertThat(six.status()).as(six.body()).isEqualTo(201);
    assertThat(stock(sku, "onHand")).isEqualTo(2);

    // Every write is stored once, versions without a gap, and the stored levels are the replayed
    // ledger's.
    assertThat(
            jdbc.sql(
                    "select version from events where aggregate_type = 'stock-ledger'"
                        + " and version > ? order by version")
                .param(before)
                .query(Long.class)
                .list())
        .containsExactly(before + 1, before + 2, before + 3, before + 4, before + 5);
    assertThat(
            jdbc.sql(
                    "select on_hand from stock_levels where lot_code in ('OPTIMIS-1', 'OPTIMIS-2')"
                        + " order by lot_code")
                .query(Long.class)
                .list())
        .containsExactly(0L, 2L);
  }

  @Test
  void aSaleAfterTheFacilityChangedIsStampedInItsNewZone() {
    String facility = golden("facility.json");
    put("/facility", facility);
    String sku = "UJI-ZONA";
    assertThat(post("/stock/lots", StockAndOrdersTest.lot("ZONA-1", sku, "2027-06-30", 5)))
        .extracting(Answer::status)
        .isEqualTo(201);
    try {
      // The facility moves to WITA after this service last read it; the sale's first attempt,
      // stamped in WIB, is not stored, and the one stored is stamped in WITA.
      assertThat(put("/facility", facility.replace("\"WIB\"", "\"WITA\"")).status()).isEqualTo(200);
      Answer sale = sell(sku, 1);
      assertThat(sale.status()).as(sale.body()).isEqualTo(201);
      assertThat(
              jdbc.sql(
                      "select zone from events where aggregate_type = 'stock-ledger'"
                          + " order by version desc limit 1")
                  .query(String.class)
                  .single())
          .isEqualTo("WITA");
    } finally {
      put("/facility", facility);
    }
  }

  @Test
  void aMemoryAheadOfTheDatabaseIsReplayedFromWhatIsStored() {
    put("/facility", golden("facility.json"));
    String sku = "UJI-MUNDUR";
    assertThat(post("/stock/lots", StockAndOrdersTest.lot("MUNDUR-1", sku, "2027-06-30", 5)))
        .extracting(Answer::status)
        .isEqualTo(201);
    String levelBefore =
        "select version, on_hand, sold from stock_levels where lot_code = 'MUNDUR-1'";
    List<Long> level =
        jdbc.sql(levelBefore)
            .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
            .single();
    StockLedgers other = new StockLedgers(stamps, store, events, jdbc, transactions);
    StockLedgers.Change sold = other.apply(OFFICER, (l, at) -> l.sell(Sku.parse(sku), 2, at));
    long version = sold.ledger().version();
    // The database goes back one write under the running instance (a restore, a failover): the
    // sale's event and rows are gone, and the instance's memory is one version ahead.
    jdbc.sql("delete from events where aggregate_type = 'stock-ledger' and version = ?")
        .param(version)
        .update();
    jdbc.sql("update current_state set version = ? where aggregate_type = 'stock-ledger'")
        .param(version - 1)
        .update();
    jdbc.sql(
            "update stock_levels set version = ?, on_hand = ?, sold = ? where lot_code = 'MUNDUR-1'")
        .params(level)
        .update();
    StockLedger now = other.current(sold.ledger().facility());
    assertThat(now.version()).isEqualTo(version - 1);
    assertThat(now.lot(LotCode.of("MUNDUR-1")).orElseThrow().onHand()).isEqualTo(5);
    // and it writes again from there
    StockLedgers.Change again = other.apply(OFFICER, (l, at) -> l.sell(Sku.parse(sku), 1, at));
    assertThat(again.ledger().version()).isEqualTo(version);
    assertThat(stock(sku, "onHand")).isEqualTo(4);
  }

  private Answer sell(String sku, long quantity) {
    return post("/stock/sales", "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}");
  }

  private static StockLot lot(String code, String sku, long quantity) {
    return BENGKEL.readValue(
        StockAndOrdersTest.lot(code, sku, "2027-09-30", quantity), StockLot.class);
  }
}
