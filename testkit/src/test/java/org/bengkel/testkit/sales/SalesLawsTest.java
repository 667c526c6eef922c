package org.bengkel.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bengkel.inventory.LotStock;
import org.bengkel.inventory.Reservation;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.SkuStock;
import org.bengkel.inventory.StockLedger;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.RefusalException;
import org.bengkel.sales.Customer;
import org.bengkel.sales.CustomerKind;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.InvoiceTax;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.InventoryGen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.SalesGen;
import org.junit.jupiter.api.Test;

/**
 * The laws of sales over random order-operation sequences (issue 5): stock never negative, no
 * orphaned reservation, refusals (impossible moves among them) change nothing, invoice totals equal
 * the sum of the lines plus the added taxes.
 */
class SalesLawsTest {

  @Test
  void randomOrderOperationsNeverLeaveStockNegativeOrAReservationOrphaned() {
    Property.check(
        "random order operations keep stock non-negative and every reservation owned",
        SalesGen.scenarios(),
        scenario -> {
          List<SalesOrder> orders = new ArrayList<>(scenario.orders());
          StockLedger ledger = scenario.ledger();
          for (SalesGen.OrderOperation op : scenario.operations()) {
            SalesOrder before = orders.get(op.order());
            StockLedger ledgerBefore = ledger;
            long movementsBefore = ledgerBefore.movementCount();
            Outcome<OrderChange> result = op.applyTo(before, ledgerBefore);
            if (result.isAccepted()) {
              orders.set(op.order(), result.orElseThrow().order());
              ledger = result.orElseThrow().ledger();
            } else {
              assertThat(result.value()).as("refused %s %s", op, result.codes()).isEmpty();
              assertThat(result.refusals()).as("refused %s", op).isNotEmpty();
              assertThat(before.status())
                  .as("refused %s %s changes no order", op, result.codes())
                  .isEqualTo(orders.get(op.order()).status());
              assertThat(ledgerBefore.movementCount())
                  .as("refused %s changes no stock", op)
                  .isEqualTo(movementsBefore);
            }
            assertInvariants(orders, ledger, op);
          }
        });
  }

  private static void assertInvariants(List<SalesOrder> orders, StockLedger ledger, Object op) {
    for (LotStock lot : ledger.lots()) {
      assertThat(lot.onHand())
          .as("on hand of %s after %s", lot.lot().lotCode(), op)
          .isNotNegative();
      assertThat(lot.available())
          .as("available of %s after %s", lot.lot().lotCode(), op)
          .isNotNegative();
    }
    for (SkuStock stock : ledger.stock()) {
      assertThat(stock.available()).as("available of %s after %s", stock.sku(), op).isNotNegative();
    }
    Map<ReservationId, SalesOrder> owners = new HashMap<>();
    for (SalesOrder order : orders) {
      for (int l = 1; l <= order.lines().size(); l++) {
        if (order.line(l) instanceof GoodsLine g) {
          ReservationId id = order.reservationId(l);
          owners.put(id, order);
          if (order.status().holdsReservations()) {
            assertThat(ledger.reservation(id).map(Reservation::quantity))
                .as(
                    "%s order %s line %d holds its quantity after %s",
                    order.status(), order.number(), l, op)
                .contains(g.quantity());
          } else {
            assertThat(ledger.reservation(id))
                .as(
                    "%s order %s line %d holds nothing after %s",
                    order.status(), order.number(), l, op)
                .isEmpty();
          }
        }
      }
    }
    for (Reservation r : ledger.reservations()) {
      SalesOrder owner = owners.get(r.id());
      assertThat(owner).as("reservation %s belongs to an order after %s", r.id(), op).isNotNull();
      assertThat(owner.status().holdsReservations())
          .as("reservation %s belongs to a confirmed or paid order after %s", r.id(), op)
          .isTrue();
    }
  }

  @Test
  void scenariosReachEveryStateAndRefusals() {
    Set<OrderStatus> reached = EnumSet.noneOf(OrderStatus.class);
    Set<String> refusals = new HashSet<>();
    int lifecycle = 0;
    int returns = 0;
    for (SalesGen.Scenario scenario : SalesGen.scenarios().sample(20261127L, 300)) {
      List<SalesOrder> orders = new ArrayList<>(scenario.orders());
      StockLedger ledger = scenario.ledger();
      for (SalesGen.OrderOperation op : scenario.operations()) {
        Outcome<OrderChange> r = op.applyTo(orders.get(op.order()), ledger);
        refusals.addAll(r.codes());
        if (r.codes().contains("sales.order.transition")) {
          lifecycle++;
        }
        if (r.isAccepted()) {
          OrderChange c = r.orElseThrow();
          orders.set(op.order(), c.order());
          ledger = c.ledger();
          returns += c.order().returns().size();
        }
        reached.add(orders.get(op.order()).status());
      }
    }
    assertThat(reached).containsAll(EnumSet.allOf(OrderStatus.class));
    assertThat(refusals).contains("inventory.available.insufficient", "sales.return.exceeds-sold");
    assertThat(lifecycle).isPositive();
    assertThat(returns).isPositive();
  }

  @Test
  void invoiceTotalsEqualTheSumOfTheLinesPlusAddedTax() {
    Gen<Case> cases =
        random -> {
          SalesOrder order = SalesGen.orders().next(random);
          return new Case(order, SalesGen.taxes(order.total()).next(random));
        };
    Property.check(
        "invoice total = sum of unit price x quantity + added taxes",
        cases,
        c -> {
          Rupiah lines = Rupiah.ZERO;
          for (OrderLine l : c.order().lines()) {
            lines = lines.plus(l.unitPrice().times(l.quantity()));
          }
          Rupiah added = Rupiah.ZERO;
          Rupiah included = Rupiah.ZERO;
          for (InvoiceTax t : c.taxes()) {
            if (t.included()) {
              included = included.plus(t.amount());
            } else {
              added = added.plus(t.amount());
            }
          }
          Invoice invoice =
              Invoice.builder()
                  .kind(org.bengkel.sales.InvoiceKind.INVOICE)
                  .number("INV-1")
                  .date(c.order().orderDate())
                  .orderNumber(c.order().number())
                  .channel(c.order().channel())
                  .customer(c.order().customer())
                  .lines(
                      c.order().lines().stream()
                          .map(
                              l ->
                                  org.bengkel.sales.InvoiceLine.of(
                                      l.sku(), l.description(), l.quantity(), l.unitPrice()))
                          .toList())
                  .taxes(c.taxes())
                  .build();
          assertThat(invoice.subtotal()).isEqualTo(lines).isEqualTo(c.order().total());
          assertThat(invoice.taxAdded()).isEqualTo(added);
          assertThat(invoice.taxIncluded()).isEqualTo(included);
          assertThat(invoice.total()).isEqualTo(lines.plus(added));
        });
  }

  private record Case(SalesOrder order, List<InvoiceTax> taxes) {}

  @Test
  void receiptsOfGeneratedOrdersNeverShowTrainees() {
    Property.check(
        "a receipt's lines are the order's lines without trainees",
        SalesGen.scenarios(),
        scenario -> {
          List<SalesOrder> orders = new ArrayList<>(scenario.orders());
          StockLedger ledger = scenario.ledger();
          for (SalesGen.OrderOperation op : scenario.operations()) {
            Outcome<OrderChange> r = op.applyTo(orders.get(op.order()), ledger);
            if (r.isRefused()) {
              continue;
            }
            orders.set(op.order(), r.orElseThrow().order());
            ledger = r.orElseThrow().ledger();
            SalesOrder order = orders.get(op.order());
            if (order.status() == OrderStatus.PAID || order.status() == OrderStatus.FULFILLED) {
              Invoice receipt =
                  Invoice.receiptFor(
                      order, "KW-1", order.reachedOn(OrderStatus.PAID).orElseThrow(), List.of());
              assertThat(receipt.total()).isEqualTo(order.total());
              String shown = receipt.toString();
              for (OrderLine l : order.lines()) {
                if (l instanceof ServiceJob job) {
                  job.trainees().forEach(t -> assertThat(shown).doesNotContain(t.value()));
                }
              }
            }
          }
        });
  }

  @Test
  void generatorsReachEveryKindAndTheEdges() {
    List<Customer> customers = SalesGen.customers().sample(7L, 500);
    assertThat(customers.stream().map(Customer::kind))
        .containsAll(EnumSet.allOf(CustomerKind.class));
    assertThat(customers).anyMatch(Customer::isWalkIn);
    assertThat(customers).anyMatch(c -> c.satkerCode().map(s -> s.length() == 20).orElse(false));
    List<ServiceJob> jobs = SalesGen.serviceJobs().sample(7L, 200);
    assertThat(jobs).allMatch(j -> !j.trainees().isEmpty());
    assertThat(jobs).anyMatch(j -> j.trainees().size() > 1);
    List<GoodsLine> lines = SalesGen.goodsLines().sample(7L, 300);
    assertThat(lines).anyMatch(l -> l.unitPrice().equals(Rupiah.ZERO));
    assertThat(lines).anyMatch(l -> l.quantity() > 20);
    assertThat(SalesGen.orders().sample(7L, 200))
        .anyMatch(o -> o.lines().stream().anyMatch(ServiceJob.class::isInstance))
        .allMatch(o -> o.status() == OrderStatus.QUOTED);
  }

  @Test
  void aRefusedConfirmationReservesNothing() {
    SalesGen.Scenario scenario = SalesGen.scenarios().sample(11L, 1).get(0);
    SalesOrder order = scenario.orders().get(0);
    StockLedger empty = StockLedger.empty(InventoryGen.LEDGER);
    boolean hasGoods = order.lines().stream().anyMatch(GoodsLine.class::isInstance);
    Outcome<OrderChange> r = order.confirm(empty, order.history().get(0).stamp());
    if (hasGoods) {
      assertThat(r.isAccepted()).isFalse();
      assertThat(r.codes()).isNotEmpty().containsOnly("inventory.available.insufficient");
      assertThat(empty.reservations()).isEmpty();
      assertThat(order.status()).isEqualTo(OrderStatus.QUOTED);
    } else {
      assertThat(r.isAccepted()).isTrue();
    }
    Outcome<OrderChange> pay = order.pay(empty, order.history().get(0).stamp());
    assertThat(pay.codes()).containsExactly("sales.order.transition");
    assertThatThrownBy(pay::orElseThrow)
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("sales.order.transition"));
  }
}
