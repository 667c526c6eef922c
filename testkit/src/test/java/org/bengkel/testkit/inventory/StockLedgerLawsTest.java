package org.bengkel.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.catalog.Sku;
import org.bengkel.inventory.InventoryRule;
import org.bengkel.inventory.LotStock;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.MovementType;
import org.bengkel.inventory.Pick;
import org.bengkel.inventory.SkuStock;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.production.LotCode;
import org.bengkel.testkit.InventoryGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The stock ledger's laws over random operation sequences (issue 4, item 5): available stock never
 * negative, on-hand the sum of movements, refusals change nothing, expired lots never picked.
 */
class StockLedgerLawsTest {

  @Test
  void randomOperationSequencesKeepTheLedgerConsistent() {
    Property.check(
        "every operation of a random sequence keeps the ledger consistent",
        InventoryGen.scenarios(),
        scenario -> {
          StockLedger ledger = StockLedger.empty(InventoryGen.LEDGER);
          for (InventoryGen.Operation op : scenario.operations()) {
            StockLedger before = ledger;
            List<Movement> history = before.movements();
            Outcome<StockLedger> result = op.applyTo(before);
            if (result.isAccepted()) {
              ledger = result.orElseThrow();
              List<Movement> appended = ledger.movementsAfter(before.movementCount());
              assertThat(appended).as("an accepted %s appends movements", op).isNotEmpty();
              List<Movement> all = ledger.movements();
              assertThat(all.subList((int) before.movementCount(), all.size())).isEqualTo(appended);
              assertThat(all.subList(0, (int) before.movementCount())).isEqualTo(history);
              for (Movement m : appended) {
                if (m.type() == MovementType.RESERVED || m.type() == MovementType.SOLD) {
                  StockLot lot = ledger.lot(m.lotCode()).orElseThrow().lot();
                  assertThat(lot.isExpiredOn(m.stamp().localDate()))
                      .as(
                          "%s picked lot %s expiring %s on %s",
                          op, lot.lotCode(), lot.expiryDate(), m.at())
                      .isFalse();
                }
              }
            } else {
              assertThat(result.refusals()).as("refused %s: one reason", op).hasSize(1);
              Refusal refusal = result.refusals().get(0);
              assertThat(refusal.rule()).isInstanceOf(InventoryRule.class);
              assertThat(result.value())
                  .as("refused %s (%s) has no ledger", op, refusal.code())
                  .isEmpty();
              assertThat(result.orElse(before)).isSameAs(before);
              assertThat(before.movements())
                  .as("refused %s (%s) changes nothing", op, refusal.code())
                  .isEqualTo(history);
            }
            assertConsistent(ledger, op);
          }
        });
  }

  private static void assertConsistent(StockLedger ledger, InventoryGen.Operation op) {
    if (ledger.movementCount() == 0) {
      return;
    }
    Map<LotCode, long[]> fromMovements = new HashMap<>();
    Map<Sku, long[]> bySku = new HashMap<>();
    for (Movement m : ledger.movements()) {
      long[] lot = fromMovements.computeIfAbsent(m.lotCode(), k -> new long[2]);
      lot[0] += m.onHandChange();
      lot[1] += m.reservedChange();
      long[] sku = bySku.computeIfAbsent(m.sku(), k -> new long[2]);
      sku[0] += m.onHandChange();
      sku[1] += m.reservedChange();
    }
    for (LotStock lot : ledger.lots()) {
      long[] sums = fromMovements.get(lot.lot().lotCode());
      assertThat(lot.onHand())
          .as("on hand of %s after %s", lot.lot().lotCode(), op)
          .isEqualTo(sums[0]);
      assertThat(lot.reserved())
          .as("reserved of %s after %s", lot.lot().lotCode(), op)
          .isEqualTo(sums[1]);
      assertThat(lot.available())
          .as("available of %s after %s", lot.lot().lotCode(), op)
          .isNotNegative();
    }
    assertThat(ledger.lots()).hasSize(fromMovements.size());
    LocalDate today = ledger.movementsAfter(ledger.movementCount() - 1).get(0).stamp().localDate();
    for (SkuStock stock : ledger.stock()) {
      long[] sums = bySku.get(stock.sku());
      assertThat(stock.onHand()).as("on hand of %s after %s", stock.sku(), op).isEqualTo(sums[0]);
      assertThat(stock.reserved()).isEqualTo(sums[1]);
      assertThat(stock.available()).as("available of %s after %s", stock.sku(), op).isNotNegative();
      long fresh =
          ledger.lots(stock.sku()).stream()
              .filter(l -> !l.lot().isExpiredOn(today))
              .mapToLong(LotStock::available)
              .sum();
      assertThat(ledger.available(stock.sku(), today)).isEqualTo(fresh).isNotNegative();
      for (Pick p : ledger.pick(stock.sku(), StockLot.MAX_QUANTITY, today).picks()) {
        StockLot lot = ledger.lot(p.lotCode()).orElseThrow().lot();
        assertThat(lot.isExpiredOn(today))
            .as("pick of expired lot %s on %s", lot.lotCode(), today)
            .isFalse();
        assertThat(p.quantity()).isPositive();
      }
    }
  }

  @Test
  void pickingIsFirstExpiredFirstOut() {
    Property.check(
        "a picking takes lots in first-expired-first-out order and never an expired one",
        InventoryGen.ledgers(),
        ledger -> {
          for (SkuStock stock : ledger.stock()) {
            for (LocalDate date :
                List.of(
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1))) {
              List<Pick> picks = ledger.pick(stock.sku(), StockLot.MAX_QUANTITY, date).picks();
              List<StockLot> lots =
                  picks.stream().map(p -> ledger.lot(p.lotCode()).orElseThrow().lot()).toList();
              assertThat(lots)
                  .isSortedAccordingTo(StockLot.FEFO)
                  .noneMatch(l -> l.isExpiredOn(date));
              long fresh =
                  ledger.lots(stock.sku()).stream()
                      .filter(l -> !l.lot().isExpiredOn(date))
                      .mapToLong(LotStock::available)
                      .sum();
              assertThat(picks.stream().mapToLong(Pick::quantity).sum())
                  .isEqualTo(Math.min(fresh, StockLot.MAX_QUANTITY));
            }
          }
        });
  }

  @Test
  void scenariosReachEveryOperationAndEveryRefusal() {
    Map<String, Integer> outcomes = new HashMap<>();
    for (InventoryGen.Scenario s : InventoryGen.scenarios().sample(7L, 400)) {
      StockLedger ledger = StockLedger.empty(InventoryGen.LEDGER);
      for (InventoryGen.Operation op : s.operations()) {
        Outcome<StockLedger> r = op.applyTo(ledger);
        String key =
            op.getClass().getSimpleName() + ":" + r.refusal().map(Refusal::code).orElse("accepted");
        outcomes.merge(key, 1, Integer::sum);
        ledger = r.orElse(ledger);
      }
    }
    assertThat(outcomes.keySet())
        .contains(
            "Receive:accepted",
            "Receive:inventory.lot.already-released",
            "Reserve:accepted",
            "Reserve:inventory.available.insufficient",
            "Reserve:inventory.reservation.exists",
            "Reserve:inventory.movement.backdated",
            "ReserveFromLot:accepted",
            "ReserveFromLot:inventory.lot.expired",
            "CancelReservation:accepted",
            "CancelReservation:inventory.reservation.unknown",
            "SellReserved:accepted",
            "SellReservedPart:accepted",
            "SellReservedPart:inventory.reservation.exceeded",
            "Sell:accepted",
            "Sell:inventory.available.insufficient",
            "Return:accepted",
            "Return:inventory.return.exceeds-sold",
            "WriteOff:accepted",
            "WriteOff:inventory.write-off.not-expired");
  }

  @Test
  void generatedLotsAndLedgersAreValid() {
    List<StockLot> lots = InventoryGen.stockLots().sample(3L, 500);
    assertThat(lots)
        .anyMatch(l -> l.expiryDate().isEmpty())
        .anyMatch(l -> l.expiryDate().isPresent());
    assertThat(lots).anyMatch(l -> l.quantity() == StockLot.MAX_QUANTITY);
    assertThat(lots).anyMatch(l -> l.expiryDate().filter(l.productionDate()::equals).isPresent());
    assertThat(InventoryGen.lotCodes().sample(3L, 200))
        .anyMatch(c -> c.value().matches("[A-Z]{2}-\\d{6}-\\d{2}"));
    assertThat(InventoryGen.reservationIds().sample(3L, 200))
        .anyMatch(r -> r.value().startsWith("SO-2025-"));
    List<StockLedger> ledgers = InventoryGen.ledgers().sample(3L, 200);
    assertThat(ledgers).anyMatch(l -> l.movementCount() == 0).anyMatch(l -> l.movementCount() >= 5);
    assertThat(InventoryGen.ledgers().sample(3L, 20).toString())
        .isEqualTo(InventoryGen.ledgers().sample(3L, 20).toString());
    assertThat(InventoryGen.scenarios().sample(9L, 5))
        .isEqualTo(InventoryGen.scenarios().sample(9L, 5));
  }
}
