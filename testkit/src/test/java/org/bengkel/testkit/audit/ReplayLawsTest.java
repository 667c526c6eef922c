package org.bengkel.testkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.audit.DomainEvent;
import org.bengkel.inventory.StockEvent;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.outcome.Outcome;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.SalesOrderEvent;
import org.bengkel.testkit.InventoryGen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.SalesGen;
import org.junit.jupiter.api.Test;

/**
 * Replay laws (docs/audit.md): for random operation sequences (1,000 by default, {@link
 * Property#SAMPLES_PROPERTY}), the events of the accepted operations rebuild the same state at the
 * same version; a refused operation yields no event and leaves every version as it was; each
 * accepted operation's events carry the aggregate's next versions, with no gap.
 */
class ReplayLawsTest {

  @Test
  void aStockLedgerReplayedFromItsEventsEqualsTheLiveOne() {
    Property.check(
        "replaying a ledger's events gives the same ledger and version",
        InventoryGen.scenarios(),
        scenario -> {
          StockLedger ledger = StockLedger.empty(InventoryGen.LEDGER);
          List<StockEvent> events = new ArrayList<>();
          for (InventoryGen.Operation op : scenario.operations()) {
            StockLedger before = ledger;
            Outcome<StockLedger> r = op.applyTo(before);
            if (r.isRefused()) {
              assertThat(r.events()).as("a refused %s yields no event", op).isEmpty();
              continue;
            }
            ledger = r.orElseThrow();
            List<StockEvent> own = r.events(StockEvent.class);
            assertThat(own).as("events of %s", op).hasSize(1).isEqualTo(r.events());
            StockEvent e = own.get(0);
            assertThat(e.version()).isEqualTo(before.version() + 1).isEqualTo(ledger.version());
            assertThat(e.aggregateId()).isEqualTo(InventoryGen.LEDGER.toString());
            assertThat(e.movements()).isEqualTo(ledger.movementsAfter(before.movementCount()));
            events.add(e);
          }
          StockLedger replayed = StockLedger.replay(InventoryGen.LEDGER, events);
          assertThat(replayed).isEqualTo(ledger);
          assertThat(replayed.version()).isEqualTo(ledger.version()).isEqualTo(events.size());
          assertThat(replayed.movements()).isEqualTo(ledger.movements());
          // the movement history alone rebuilds the same version too (each movement names it)
          List<StockLot> lots = ledger.lots().stream().map(l -> l.lot()).toList();
          StockLedger fromMovements =
              StockLedger.replay(InventoryGen.LEDGER, lots, ledger.movements());
          assertThat(fromMovements.version()).isEqualTo(ledger.version());
          assertThat(fromMovements).isEqualTo(ledger);
        });
  }

  @Test
  void ordersAndTheirLedgerReplayedFromTheirEventsEqualTheLiveOnes() {
    Property.check(
        "replaying orders' and the ledger's events gives the same orders, ledger and versions",
        SalesGen.scenarios(),
        scenario -> {
          // the ledger's receipts, as the scenario made them, are its first events
          StockLedger ledger = StockLedger.empty(InventoryGen.LEDGER);
          List<StockEvent> stock = new ArrayList<>();
          for (StockLot lot : scenario.lots()) {
            Outcome<StockLedger> r = ledger.receive(lot, InventoryGen.receipt(lot));
            stock.addAll(r.events(StockEvent.class));
            ledger = r.orElseThrow();
          }
          assertThat(ledger).isEqualTo(scenario.ledger());
          List<SalesOrder> orders = new ArrayList<>(scenario.orders());
          Map<String, List<SalesOrderEvent>> byOrder = new HashMap<>();
          for (SalesOrder o : orders) {
            assertThat(o.version()).isEqualTo(1);
            byOrder.put(o.number(), new ArrayList<>(o.events()));
          }
          for (SalesGen.OrderOperation op : scenario.operations()) {
            SalesOrder order = orders.get(op.order());
            StockLedger before = ledger;
            Outcome<OrderChange> r = op.applyTo(order, before);
            if (r.isRefused()) {
              assertThat(r.events()).as("a refused %s yields no event", op).isEmpty();
              continue;
            }
            OrderChange change = r.orElseThrow();
            assertThat(change.order().version()).isEqualTo(order.version() + 1);
            List<SalesOrderEvent> own = r.events(SalesOrderEvent.class);
            assertThat(own).hasSize(1);
            assertThat(own.get(0).version()).isEqualTo(change.order().version());
            List<StockEvent> moved = r.events(StockEvent.class);
            assertThat(own.size() + moved.size()).isEqualTo(r.events().size());
            long v = before.version();
            for (StockEvent e : moved) {
              assertThat(e.version()).isEqualTo(++v);
            }
            assertThat(change.ledger().version()).isEqualTo(v);
            assertThat(r.events().get(r.events().size() - 1)).isInstanceOf(SalesOrderEvent.class);
            byOrder.get(order.number()).addAll(own);
            stock.addAll(moved);
            orders.set(op.order(), change.order());
            ledger = change.ledger();
          }
          for (SalesOrder o : orders) {
            List<SalesOrderEvent> events = byOrder.get(o.number());
            assertThat(events).isEqualTo(o.events());
            SalesOrder replayed = SalesOrder.replay(o.number(), events);
            assertThat(replayed).isEqualTo(o);
            assertThat(replayed.version()).isEqualTo(o.version()).isEqualTo(events.size());
          }
          StockLedger replayed = StockLedger.replay(InventoryGen.LEDGER, stock);
          assertThat(replayed).isEqualTo(ledger);
          assertThat(replayed.version()).isEqualTo(ledger.version());
          assertThat(stock).allSatisfy(e -> assertThat(((DomainEvent) e).stamp()).isNotNull());
        });
  }
}
