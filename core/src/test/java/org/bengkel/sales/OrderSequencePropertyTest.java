package org.bengkel.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.bengkel.audit.Stamp;
import org.bengkel.inventory.LotStock;
import org.bengkel.inventory.Pick;
import org.bengkel.inventory.Reservation;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.Channel;
import org.bengkel.production.LotCode;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of order operations over one shared stock ledger, with fixed seeds (replay a
 * failure by its seed): stock never goes negative, no reservation is ever orphaned, and what the
 * orders record agrees with the ledger.
 *
 * <p>Each sequence starts from a ledger of kue kering (two lots that expire on 1 and 15 December,
 * so late operations meet expired stock) and boat miniatures, then applies 40 random steps: a new
 * order, or confirm, pay, fulfil, cancel or return on a random order whatever its state (so
 * impossible moves are tried too and must be refused and change nothing). Time moves forward by 0
 * to 24 hours a step.
 */
class OrderSequencePropertyTest {

  private static final int SEQUENCES = 500;
  private static final int STEPS = 40;
  private static final java.util.Set<String> CODES_SEEN =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Test
  void randomOrderSequencesNeverLeaveStockNegativeOrAReservationOrphaned() {
    int accepted = 0;
    int refused = 0;
    int illegal = 0;
    for (long seed = 1; seed <= SEQUENCES; seed++) {
      int[] counts = run(seed);
      accepted += counts[0];
      refused += counts[1];
      illegal += counts[2];
    }
    // the generator must reach every kind of outcome, or the property proves little
    assertThat(accepted).isGreaterThan(SEQUENCES * 10);
    assertThat(refused).isGreaterThan(SEQUENCES / 2);
    assertThat(illegal).isGreaterThan(SEQUENCES);
    assertThat(CODES_SEEN)
        .contains(
            "inventory.available.insufficient",
            "inventory.lot.expired",
            "sales.return.exceeds-sold");
  }

  private static int[] run(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StockLedger ledger = Fixture.stocked();
    List<SalesOrder> orders = new ArrayList<>();
    Stamp now = Fixture.T0;
    int creditNotes = 0;
    int[] counts = new int[3];
    for (int step = 0; step < STEPS; step++) {
      now = now.plusMinutes(random.nextInt(0, 1440));
      String where = "seed " + seed + ", step " + step;
      if (orders.isEmpty() || random.nextInt(100) < 15) {
        orders.add(newOrder(random, "SO-" + seed + "-" + orders.size(), now));
        continue;
      }
      int index = pickOrder(random, orders);
      SalesOrder order = orders.get(index);
      int op = pickOperation(random, order.status());
      GoodsReturn request =
          op == 6 ? randomReturn(random, order, now, "CN-" + seed + "-" + creditNotes++) : null;
      if (op == 6 && request == null) {
        continue; // a fulfilled order of service jobs only has nothing to return
      }
      long movements = ledger.movementCount();
      Outcome<OrderChange> result =
          switch (op) {
            case 1, 2 -> order.confirm(ledger, now);
            case 3 -> order.pay(ledger, now);
            case 4 -> order.fulfil(ledger, now);
            case 5 -> order.cancel(ledger, now);
            default -> order.returnGoods(ledger, request);
          };
      if (result.isAccepted()) {
        counts[0]++;
        OrderChange change = result.orElseThrow();
        assertThat(change.creditNote().isPresent()).as(where).isEqualTo(op == 6);
        ledger = change.ledger();
        orders.set(index, change.order());
      } else if (result.codes().contains("sales.order.transition")) {
        counts[2]++;
        assertThat(result.codes()).as(where).containsExactly("sales.order.transition");
        assertThat(result.refusals().get(0).where()).as(where).isEmpty();
      } else {
        counts[1]++;
        CODES_SEEN.addAll(result.codes());
        assertThat(result.refusals()).as(where).isNotEmpty();
        assertThat(result.value()).as(where).isEmpty();
        // a refusal of the ledger concerns one order line, named by its index
        result.refusals().stream()
            .filter(r -> r.code().startsWith("inventory."))
            .forEach(r -> assertThat(r.where().orElseThrow()).as(where).matches("lines\\[\\d+]"));
      }
      if (result.isRefused()) {
        assertThat(ledger.movementCount())
            .as(where + ": refused, ledger unchanged")
            .isEqualTo(movements);
        assertThat(orders.get(index)).as(where + ": refused, order unchanged").isSameAs(order);
      }
      checkInvariants(where, ledger, orders);
    }
    return counts;
  }

  /** Mostly an order that can still move (or be returned to), sometimes any order. */
  private static int pickOrder(SplittableRandom random, List<SalesOrder> orders) {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      if (orders.get(i).status() != OrderStatus.CANCELLED) {
        open.add(i);
      }
    }
    if (open.isEmpty() || random.nextInt(100) < 20) {
      return random.nextInt(orders.size());
    }
    return open.get(random.nextInt(open.size()));
  }

  /**
   * 1-2 confirm, 3 pay, 4 fulfil, 5 cancel, 6 return: mostly the natural next move, sometimes a
   * cancellation, sometimes any operation (often impossible).
   */
  private static int pickOperation(SplittableRandom random, OrderStatus status) {
    int dice = random.nextInt(100);
    if (dice < 15) {
      return 5;
    }
    if (dice < 35) {
      return random.nextInt(1, 7);
    }
    return switch (status) {
      case QUOTED -> 1;
      case CONFIRMED -> 3;
      case PAID -> 4;
      case FULFILLED, CANCELLED -> 6;
    };
  }

  private static SalesOrder newOrder(SplittableRandom random, String number, Stamp now) {
    List<OrderLine> lines = new ArrayList<>();
    int n = random.nextInt(1, 4);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(3)) {
        case 0 -> lines.add(Fixture.kue(random.nextInt(1, 13)));
        case 1 -> lines.add(Fixture.perahu(random.nextInt(1, 4)));
        default -> lines.add(Fixture.carWash());
      }
    }
    return SalesOrder.quoted(
        number, Channel.GALLERY, Customer.walkIn(), now.localDate(), lines, now);
  }

  /**
   * A return of a lot sold on a goods line, sometimes more than is left to return; null for a
   * fulfilled order without goods.
   */
  private static GoodsReturn randomReturn(
      SplittableRandom random, SalesOrder order, Stamp now, String creditNote) {
    List<Integer> goods = new ArrayList<>();
    for (int i = 1; i <= order.lines().size(); i++) {
      if (order.line(i) instanceof GoodsLine) {
        goods.add(i);
      }
    }
    if (order.status() != OrderStatus.FULFILLED) {
      // the order refuses a return before fulfilment whatever the request
      return GoodsReturn.of(
          1, Fixture.KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, now, creditNote);
    }
    if (goods.isEmpty()) {
      return null;
    }
    int line = goods.get(random.nextInt(goods.size()));
    List<Pick> sold = ((GoodsLine) order.line(line)).soldLots();
    Pick pick = sold.get(random.nextInt(sold.size()));
    long qty = random.nextLong(1, pick.quantity() + 2);
    ReturnDisposition disposition =
        random.nextBoolean() ? ReturnDisposition.RESTOCK : ReturnDisposition.WRITE_OFF;
    return GoodsReturn.of(line, pick.lotCode(), qty, disposition, now, creditNote);
  }

  private static void checkInvariants(String where, StockLedger ledger, List<SalesOrder> orders) {
    // plain checks rather than AssertJ: this runs 30 000 times
    for (LotStock lot : ledger.lots()) {
      if (lot.onHand() < 0
          || lot.reserved() < 0
          || lot.reserved() > lot.onHand()
          || lot.available() < 0) {
        fail(where + ": stock out of bounds " + lot);
      }
    }
    Map<ReservationId, SalesOrder> byReservation = new HashMap<>();
    for (SalesOrder o : orders) {
      for (int i = 1; i <= o.lines().size(); i++) {
        if (!(o.line(i) instanceof GoodsLine g)) {
          continue;
        }
        ReservationId id = o.reservationId(i);
        byReservation.put(id, o);
        Optional<Reservation> held = ledger.reservation(id);
        if (o.status().holdsReservations()
            ? held.map(Reservation::quantity).orElse(0L) != g.quantity()
            : held.isPresent()) {
          fail(where + ": reservation " + id + " of a " + o.status() + " order is " + held);
        }
      }
    }
    for (Reservation r : ledger.reservations()) {
      SalesOrder owner = byReservation.get(r.id());
      if (owner == null || !owner.status().holdsReservations()) {
        fail(where + ": orphaned reservation " + r.id());
      }
    }
    // what the orders record agrees with the ledger, lot by lot (no other sales or write-offs)
    Map<LotCode, long[]> recorded = new TreeMap<>();
    for (SalesOrder o : orders) {
      for (OrderLine l : o.lines()) {
        if (l instanceof GoodsLine g) {
          for (Pick p : g.soldLots()) {
            recorded.computeIfAbsent(p.lotCode(), k -> new long[3])[0] += p.quantity();
          }
        }
      }
      for (GoodsReturn r : o.returns()) {
        long[] c = recorded.computeIfAbsent(r.lotCode(), k -> new long[3]);
        c[1] += r.quantity();
        if (r.disposition() == ReturnDisposition.WRITE_OFF) {
          c[2] += r.quantity();
        }
      }
    }
    for (LotStock lot : ledger.lots()) {
      long[] c = recorded.getOrDefault(lot.lot().lotCode(), new long[3]);
      StockLot l = lot.lot();
      if (lot.sold() != c[0]
          || lot.returned() != c[1]
          || lot.writtenOff() != c[2]
          || lot.onHand() != l.quantity() - c[0] + c[1] - c[2]) {
        fail(
            where
                + ": ledger "
                + lot
                + " disagrees with the orders' sold, returned, written off "
                + java.util.Arrays.toString(c));
      }
    }
  }

  @Test
  void theSameSeedReplaysTheSameSequence() {
    assertThat(run(42)).containsExactly(run(42));
  }
}
