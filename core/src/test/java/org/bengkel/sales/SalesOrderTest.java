package org.bengkel.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.sales.Fixture.KK_A;
import static org.bengkel.sales.Fixture.KK_B;
import static org.bengkel.sales.Fixture.KUE;
import static org.bengkel.sales.Fixture.PERAHU;
import static org.bengkel.sales.Fixture.P_1;
import static org.bengkel.sales.Fixture.P_2;
import static org.bengkel.sales.Fixture.T0;
import static org.bengkel.sales.Fixture.accepted;
import static org.bengkel.sales.Fixture.at;
import static org.bengkel.sales.Fixture.kue;
import static org.bengkel.sales.Fixture.order;
import static org.bengkel.sales.Fixture.perahu;
import static org.bengkel.sales.Fixture.rp;
import static org.bengkel.sales.Fixture.stocked;

import java.time.LocalDate;
import java.util.Locale;
import org.bengkel.Stamps;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.bengkel.inventory.Pick;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.WriteOffReason;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
import org.junit.jupiter.api.Test;

/** The order lifecycle against the stock ledger: every transition, refusal and impossible move. */
class SalesOrderTest {

  @Test
  void confirmReservesEveryGoodsLineFirstExpiredFirstOut() {
    StockLedger ledger = stocked();
    SalesOrder quoted = order();
    OrderChange r = accepted(quoted.confirm(ledger, at(10)));

    assertThat(r.creditNote()).isEmpty();
    assertThat(r.order().status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(quoted.status()).as("the old order is unchanged").isEqualTo(OrderStatus.QUOTED);
    // 12 kue: all 10 of KK-A (earliest expiry), then 2 of KK-B; 5 boats: P-2 (older) 3, P-1 2.
    assertThat(r.ledger().reservation(quoted.reservationId(1)).orElseThrow().picks())
        .containsExactly(Pick.of(KK_A.lotCode(), 10), Pick.of(KK_B.lotCode(), 2));
    assertThat(r.ledger().reservation(quoted.reservationId(2)).orElseThrow().picks())
        .containsExactly(Pick.of(P_2.lotCode(), 3), Pick.of(P_1.lotCode(), 2));
    assertThat(r.ledger().reservations()).hasSize(2);
    assertThat(r.ledger().available(KUE, T0.localDate())).isEqualTo(18);
    assertThat(ledger.reservations()).as("the old ledger is unchanged").isEmpty();
    assertThat(quoted.reservationIds())
        .extracting(Object::toString)
        .containsExactly("SO-2026-0001-1", "SO-2026-0001-2");
  }

  @Test
  void confirmIsRefusedWholeWhenTheSecondLineLacksStock() {
    StockLedger ledger = stocked();
    // line 1: 12 kue can be reserved; line 2: 8 boats, only 7 in stock.
    SalesOrder quoted = order("SO-2026-0002", kue(12), perahu(8));
    Outcome<OrderChange> r = quoted.confirm(ledger, at(10));

    assertThat(r.isRefused()).isTrue();
    assertThat(r.value()).isEmpty();
    assertThat(r.codes()).containsExactly("inventory.available.insufficient");
    Refusal refusal = r.refusals().get(0);
    assertThat(refusal.where()).contains("lines[1]");
    assertThat(refusal.subject()).isEqualTo("MINIATUR-PERAHU-30");
    assertThat(refusal.details()).containsExactly("7");
    assertThat(refusal.message(Locale.ROOT))
        .isEqualTo(
            "lines[1]: only 7 unit(s) of MINIATUR-PERAHU-30 are available, 8 asked"
                + " [inventory.available.insufficient]");
    assertThat(refusal.message(Messages.INDONESIAN)).startsWith("lines[1]: hanya 7 unit");
    // nothing changed: the caller continues with the very same order and ledger
    assertThat(ledger.reservations()).isEmpty();
    assertThat(ledger.movementCount()).isEqualTo(4);
    assertThat(quoted.status()).isEqualTo(OrderStatus.QUOTED);
    assertThatThrownBy(r::orElseThrow)
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("inventory.available.insufficient");
              assertThat(e.refusals()).isEqualTo(r.refusals());
            });
  }

  @Test
  void confirmListsEveryLineThatCannotBeReserved() {
    SalesOrder quoted = order("SO-2026-0003", kue(31), perahu(8), kue(1));
    Outcome<OrderChange> r = quoted.confirm(stocked(), at(10));
    assertThat(r.refusals())
        .extracting(x -> x.where().orElseThrow())
        .containsExactly("lines[0]", "lines[1]");
    assertThat(r.codes())
        .containsExactly("inventory.available.insufficient", "inventory.available.insufficient");
    // orElseThrow carries every refusal, and its message lists them all
    assertThatThrownBy(r::orElseThrow)
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.refusals()).hasSize(2).isEqualTo(r.refusals());
              assertThat(e.getMessage()).contains("lines[0]: ").contains("; lines[1]: ");
            });
  }

  @Test
  void confirmIsRefusedWhenDatedBeforeTheLedgersLatestMovement() {
    StockLedger ledger = Fixture.accept(stocked().sell(KUE, 1, at(30)));
    Outcome<OrderChange> r = order().confirm(ledger, at(20));
    assertThat(r.codes()).containsOnly("inventory.movement.backdated");
    assertThat(r.value()).isEmpty();
    assertThat(r.refusals())
        .extracting(x -> x.where().orElseThrow())
        .containsExactly("lines[0]", "lines[1]");
  }

  @Test
  void aServiceOnlyOrderIsConfirmedWithoutTouchingTheLedger() {
    StockLedger ledger = stocked();
    SalesOrder wash = order("SO-2026-0004", Fixture.carWash());
    OrderChange r = accepted(wash.confirm(ledger, at(1)));
    assertThat(r.ledger()).isSameAs(ledger);
    assertThat(wash.reservationIds()).isEmpty();
    SalesOrder done =
        r.order()
            .pay(ledger, at(2))
            .flatMap(c -> c.order().fulfil(c.ledger(), at(3)))
            .orElseThrow()
            .order();
    assertThat(done.status()).isEqualTo(OrderStatus.FULFILLED);
  }

  @Test
  void payKeepsTheReservationsAndTheLedger() {
    OrderChange confirmed = accepted(order().confirm(stocked(), at(10)));
    OrderChange paid = accepted(confirmed.order().pay(confirmed.ledger(), at(20)));
    assertThat(paid.order().status()).isEqualTo(OrderStatus.PAID);
    assertThat(paid.ledger()).isSameAs(confirmed.ledger());
    assertThat(paid.order().reachedAt(OrderStatus.PAID)).contains(at(20).at());
    assertThat(paid.order().reachedAt(OrderStatus.FULFILLED)).isEmpty();
  }

  @Test
  void fulfilSellsEveryReservationAndRecordsTheLotsOnTheLines() {
    OrderChange paid = paid(order());
    OrderChange done = accepted(paid.order().fulfil(paid.ledger(), at(30)));

    SalesOrder order = done.order();
    assertThat(order.status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(((GoodsLine) order.line(1)).soldLots())
        .containsExactly(Pick.of(KK_A.lotCode(), 10), Pick.of(KK_B.lotCode(), 2));
    assertThat(((GoodsLine) order.line(2)).soldLots())
        .containsExactly(Pick.of(P_2.lotCode(), 3), Pick.of(P_1.lotCode(), 2));
    assertThat(((GoodsLine) order.line(2)).soldFrom(P_1.lotCode())).isEqualTo(2);
    assertThat(done.ledger().reservations()).isEmpty();
    assertThat(done.ledger().lot(KK_A.lotCode()).orElseThrow().sold()).isEqualTo(10);
    assertThat(done.ledger().stock(PERAHU).onHand()).isEqualTo(2);
    assertThat(order.line(3)).isInstanceOf(ServiceJob.class);
  }

  @Test
  void fulfilIsRefusedWhenAReservationWasPartlySoldOutsideTheOrder() {
    OrderChange paid = paid(order());
    StockLedger tampered =
        Fixture.accept(paid.ledger().sellReserved(paid.order().reservationId(2), 1, at(25)));
    Outcome<OrderChange> r = paid.order().fulfil(tampered, at(30));
    assertThat(r.codes()).containsExactly("sales.order.reservation-mismatch");
    assertThat(r.refusals().get(0).message(Locale.ROOT))
        .isEqualTo(
            "lines[1]: reservation SO-2026-0001-2 holds 4 unit(s), the line needs 5"
                + " [sales.order.reservation-mismatch]");
    // line 1 was sold on a copy only: the ledger still holds its reservation
    assertThat(tampered.reservation(paid.order().reservationId(1))).isPresent();
    assertThat(tampered.lot(KK_A.lotCode()).orElseThrow().sold()).isZero();
  }

  @Test
  void confirmIsRefusedWhenAnotherOrderHoldsTheSameReservationIds() {
    OrderChange first = accepted(order().confirm(stocked(), at(10)));
    SalesOrder sameNumber = order("SO-2026-0001", kue(1));
    Outcome<OrderChange> r = sameNumber.confirm(first.ledger(), at(11));
    assertThat(r.codes()).containsExactly("inventory.reservation.exists");
    assertThat(r.refusals().get(0).where()).contains("lines[0]");
  }

  @Test
  void fulfilIsRefusedWhenAReservationWasCancelledOutsideTheOrder() {
    OrderChange paid = paid(order());
    StockLedger cancelledOutside =
        Fixture.accept(paid.ledger().cancelReservation(paid.order().reservationId(1), at(25)));
    Outcome<OrderChange> r = paid.order().fulfil(cancelledOutside, at(30));
    assertThat(r.codes()).containsExactly("sales.order.reservation-mismatch");
    assertThat(r.refusals().get(0).value()).contains("0");
    // cancelling still works and cancels what is left
    OrderChange cancelled = accepted(paid.order().cancel(cancelledOutside, at(31)));
    assertThat(cancelled.ledger().reservations()).isEmpty();
  }

  @Test
  void fulfilIsRefusedWhenAReservedLotHasExpiredSince() {
    OrderChange paid = paid(order("SO-2026-0005", kue(3)));
    // KK-A expires on 1 December 2026: on that day it is no longer sold.
    Outcome<OrderChange> r =
        paid.order().fulfil(paid.ledger(), Stamps.at(LocalDate.of(2026, 12, 1).atTime(9, 0)));
    assertThat(r.codes()).containsExactly("inventory.lot.expired");
    assertThat(r.refusals().get(0).where()).contains("lines[0]");
    // the way out: cancel, which cancels the reservation.
    OrderChange cancelled =
        accepted(
            paid.order().cancel(paid.ledger(), Stamps.at(LocalDate.of(2026, 12, 1).atTime(9, 5))));
    assertThat(cancelled.ledger().reservations()).isEmpty();
  }

  @Test
  void cancelCancelsEveryReservation() {
    StockLedger start = stocked();
    OrderChange confirmed = accepted(order().confirm(start, at(10)));
    OrderChange cancelled = accepted(confirmed.order().cancel(confirmed.ledger(), at(20)));
    assertThat(cancelled.order().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.ledger().reservations()).isEmpty();
    assertThat(cancelled.ledger().available(KUE, T0.localDate()))
        .isEqualTo(start.available(KUE, T0.localDate()));
    assertThat(cancelled.ledger().available(PERAHU, T0.localDate())).isEqualTo(7);
  }

  @Test
  void cancelOfAPaidOrderCancelsItsReservations() {
    OrderChange paid = paid(order());
    OrderChange cancelled = accepted(paid.order().cancel(paid.ledger(), at(40)));
    assertThat(cancelled.order().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.ledger().reservations()).isEmpty();
  }

  @Test
  void cancelOfAQuotedOrderTouchesNothing() {
    StockLedger ledger = stocked();
    OrderChange r = accepted(order().cancel(ledger, at(5)));
    assertThat(r.order().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(r.ledger()).isSameAs(ledger);
  }

  @Test
  void cancelIsRefusedWholeWhenTheLedgerRefusesACancellation() {
    OrderChange confirmed = accepted(order().confirm(stocked(), at(10)));
    StockLedger later = Fixture.accept(confirmed.ledger().sell(KUE, 1, at(50)));
    Outcome<OrderChange> r = confirmed.order().cancel(later, at(40));
    assertThat(r.codes())
        .containsExactly("inventory.movement.backdated", "inventory.movement.backdated");
    assertThat(r.refusals())
        .extracting(x -> x.where().orElseThrow())
        .containsExactly("lines[0]", "lines[1]");
    assertThat(later.reservations()).hasSize(2);
    assertThat(confirmed.order().status()).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void returnRestocksTheLotAndProducesACreditNote() {
    SalesOrder done = fulfilled();
    StockLedger ledger = doneLedger;
    GoodsReturn back =
        GoodsReturn.of(1, KK_B.lotCode(), 2, ReturnDisposition.RESTOCK, at(60), "CN-2026-0001");
    OrderChange r = accepted(done.returnGoods(ledger, back));

    assertThat(r.order().returns()).containsExactly(back);
    assertThat(r.order().returnable(1, KK_B.lotCode())).isZero();
    assertThat(r.ledger().lot(KK_B.lotCode()).orElseThrow().returned()).isEqualTo(2);
    assertThat(r.ledger().lot(KK_B.lotCode()).orElseThrow().available()).isEqualTo(20);
    Invoice credit = r.creditNote().orElseThrow();
    // 2 jars × Rp90.000 = Rp180.000
    assertThat(credit.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
    assertThat(credit.number()).isEqualTo("CN-2026-0001");
    assertThat(credit.orderNumber()).isEqualTo("SO-2026-0001");
    assertThat(credit.total()).isEqualTo(rp(180_000));
    assertThat(credit.credited()).contains(rp(180_000));
    assertThat(credit.date()).isEqualTo(at(60).localDate());
  }

  @Test
  void returnOfDamagedGoodsWritesThemOff() {
    SalesOrder done = fulfilled();
    GoodsReturn back =
        GoodsReturn.builder()
            .line(2)
            .lotCode(P_2.lotCode())
            .quantity(1)
            .disposition(ReturnDisposition.WRITE_OFF)
            .stamp(at(60))
            .creditNoteNumber("CN-2026-0002")
            .addTaxes(InvoiceTax.added("PPN", rp(11_000)))
            .build();
    OrderChange r = accepted(done.returnGoods(doneLedger, back));

    var lot = r.ledger().lot(P_2.lotCode()).orElseThrow();
    assertThat(lot.returned()).isEqualTo(1);
    assertThat(lot.writtenOff()).isEqualTo(1);
    assertThat(lot.onHand()).isZero();
    assertThat(
            r.ledger()
                .movements(P_2.lotCode())
                .get(r.ledger().movements(P_2.lotCode()).size() - 1)
                .writeOffReason())
        .contains(WriteOffReason.DAMAGED);
    // Rp100.000 + PPN Rp11.000 added = Rp111.000
    assertThat(r.creditNote().orElseThrow().total()).isEqualTo(rp(111_000));
  }

  @Test
  void returnOfMoreThanWasSoldFromTheLotIsRefused() {
    SalesOrder done = fulfilled();
    GoodsReturn tooMany =
        GoodsReturn.of(1, KK_B.lotCode(), 3, ReturnDisposition.RESTOCK, at(60), "CN-2026-0003");
    long movements = doneLedger.movementCount();
    Outcome<OrderChange> r = done.returnGoods(doneLedger, tooMany);
    assertThat(r.codes()).containsExactly("sales.return.exceeds-sold");
    assertThat(r.refusals().get(0).message(Locale.ROOT))
        .isEqualTo(
            "lines[0]: only 2 unit(s) of lot KK-B sold on SO-2026-0001-1 can still be returned,"
                + " 3 returned [sales.return.exceeds-sold]");
    assertThat(r.value()).isEmpty();
    assertThat(doneLedger.movementCount()).isEqualTo(movements);
    assertThat(done.returns()).isEmpty();
    // a lot never sold on the line
    GoodsReturn wrongLot =
        GoodsReturn.of(1, P_1.lotCode(), 1, ReturnDisposition.RESTOCK, at(60), "CN-2026-0003");
    assertThat(done.returnGoods(doneLedger, wrongLot).codes())
        .containsExactly("sales.return.exceeds-sold");
    // a second return of the same units
    GoodsReturn two =
        GoodsReturn.of(1, KK_B.lotCode(), 2, ReturnDisposition.RESTOCK, at(60), "CN-2026-0004");
    OrderChange first = accepted(done.returnGoods(doneLedger, two));
    GoodsReturn again =
        GoodsReturn.of(1, KK_B.lotCode(), 1, ReturnDisposition.RESTOCK, at(61), "CN-2026-0005");
    assertThat(first.order().returnGoods(first.ledger(), again).codes())
        .containsExactly("sales.return.exceeds-sold");
  }

  @Test
  void returnIsRefusedWhenTheLedgerRefuses() {
    SalesOrder done = fulfilled();
    StockLedger later = Fixture.accept(doneLedger.sell(KUE, 1, at(90)));
    Outcome<OrderChange> r =
        done.returnGoods(
            later,
            GoodsReturn.of(
                1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(60), "CN-2026-0006"));
    assertThat(r.codes()).containsExactly("inventory.movement.backdated");
    assertThat(r.refusals().get(0).where()).contains("lines[0]");
  }

  @Test
  void returnOfAServiceLineOrAnUnknownLineIsABrokenContract() {
    SalesOrder done = fulfilled();
    assertThatThrownBy(
            () ->
                done.returnGoods(
                    doneLedger,
                    GoodsReturn.of(
                        3, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(60), "CN-1")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.return.line");
              assertThat(e.field()).isEqualTo("line");
            });
    assertThatThrownBy(
            () ->
                done.returnGoods(
                    doneLedger,
                    GoodsReturn.of(
                        4, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(60), "CN-1")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("sales.return.line"));
  }

  @Test
  void aCreditNoteNumberIsUsedOnce() {
    SalesOrder done = fulfilled();
    OrderChange first =
        accepted(
            done.returnGoods(
                doneLedger,
                GoodsReturn.of(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(60), "CN-1")));
    Outcome<OrderChange> again =
        first
            .order()
            .returnGoods(
                first.ledger(),
                GoodsReturn.of(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(61), "CN-1"));
    assertThat(again.codes()).containsExactly("value.duplicate");
    assertThat(again.refusals().get(0).subject()).isEqualTo("creditNoteNumber");
    assertThat(again.refusals().get(0).value()).contains("CN-1");
    assertThatThrownBy(again::orElseThrow)
        .isInstanceOfSatisfying(
            RefusalException.class, e -> assertThat(e.ruleCode()).isEqualTo("value.duplicate"));
    // A new number is accepted for the same line.
    assertThat(
            first
                .order()
                .returnGoods(
                    first.ledger(),
                    GoodsReturn.of(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(61), "CN-2"))
                .isAccepted())
        .isTrue();
  }

  @Test
  void returnsNeedAFulfilledOrderAndComeAfterIt() {
    OrderChange paid = paid(order());
    GoodsReturn back =
        GoodsReturn.of(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(60), "CN-1");
    Outcome<OrderChange> notYet = paid.order().returnGoods(paid.ledger(), back);
    assertThat(notYet.codes()).containsExactly("sales.order.transition");
    Refusal refusal = notYet.refusals().get(0);
    assertThat(refusal.subject()).isEqualTo("SO-2026-0001");
    assertThat(refusal.details()).containsExactly("PAID", "RETURN");
    assertThat(refusal.where()).isEmpty();
    SalesOrder done = fulfilled();
    GoodsReturn early =
        GoodsReturn.of(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(29), "CN-1");
    assertThat(done.returnGoods(doneLedger, early).codes())
        .containsExactly("sales.order.date-order");
  }

  @Test
  void impossibleTransitionsAreRefusedAndChangeNothing() {
    StockLedger ledger = stocked();
    SalesOrder quoted = order();
    assertTransition(() -> quoted.pay(ledger, at(1)), "QUOTED", "PAID");
    assertTransition(() -> quoted.fulfil(ledger, at(1)), "QUOTED", "FULFILLED");
    OrderChange confirmed = accepted(quoted.confirm(ledger, at(10)));
    assertTransition(
        () -> confirmed.order().confirm(confirmed.ledger(), at(11)), "CONFIRMED", "CONFIRMED");
    assertTransition(
        () -> confirmed.order().fulfil(confirmed.ledger(), at(11)), "CONFIRMED", "FULFILLED");
    SalesOrder done = fulfilled();
    assertTransition(() -> done.cancel(doneLedger, at(60)), "FULFILLED", "CANCELLED");
    assertTransition(() -> done.pay(doneLedger, at(60)), "FULFILLED", "PAID");
    SalesOrder cancelled = accepted(quoted.cancel(ledger, at(2))).order();
    assertTransition(() -> cancelled.confirm(ledger, at(3)), "CANCELLED", "CONFIRMED");
    assertTransition(() -> cancelled.cancel(ledger, at(3)), "CANCELLED", "CANCELLED");
    assertThat(quoted.status()).isEqualTo(OrderStatus.QUOTED);
  }

  @Test
  void payingWithALedgerThatDoesNotHoldTheReservationsIsRefused() {
    OrderChange confirmed = accepted(order().confirm(stocked(), at(10)));
    for (StockLedger other :
        java.util.List.of(
            StockLedger.empty(org.bengkel.facility.FacilityCode.of("RUTAN-SUMENEP")),
            stocked(),
            confirmed
                .ledger()
                .cancelReservation(confirmed.order().reservationId(1), at(11))
                .orElseThrow())) {
      Outcome<OrderChange> r = confirmed.order().pay(other, at(20));
      assertThat(r.codes()).contains("sales.order.reservation-mismatch");
      assertThat(r.refusals().get(0).where()).contains("lines[0]");
      assertThat(r.orElse(confirmed).order()).isSameAs(confirmed.order());
    }
    assertThat(confirmed.order().pay(confirmed.ledger(), at(20)).isAccepted()).isTrue();
  }

  @Test
  void aMoveDatedBeforeThePreviousOneIsRefused() {
    OrderChange confirmed = accepted(order().confirm(stocked(), at(10)));
    Outcome<OrderChange> r = confirmed.order().pay(confirmed.ledger(), at(9));
    assertThat(r.codes()).containsExactly("sales.order.date-order");
    assertThat(r.refusals().get(0).message(Locale.ROOT))
        .isEqualTo(
            at(9).at()
                + " is before "
                + at(10).at()
                + " (the order date or the order's previous move) [sales.order.date-order]");
    assertThatThrownBy(r::orElseThrow)
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> assertThat(e.getMessage()).contains(at(9).at() + " is before " + at(10).at()));
  }

  @Test
  void nullArgumentsAreMissingValues() {
    SalesOrder quoted = order();
    assertThatThrownBy(() -> quoted.confirm(null, at(1)))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("ledger"));
    assertThatThrownBy(() -> quoted.confirm(stocked(), null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("at"));
    assertThatThrownBy(() -> fulfilled().returnGoods(doneLedger, null))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void orderTotalIsTheSumOfItsLines() {
    // 12 × Rp90.000 + 5 × Rp100.000 + 1 × Rp35.000 = 1.080.000 + 500.000 + 35.000 = Rp1.615.000
    assertThat(order().total()).isEqualTo(rp(1_615_000));
    assertThat(order().line(3).lineTotal()).isEqualTo(rp(35_000));
    assertThatThrownBy(() -> order().line(4))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("value.out-of-range"));
    assertThat(order().returnable(3, KK_A.lotCode())).isZero();
    assertThat(order().returnable(1, KK_A.lotCode())).isZero();
  }

  // ------------------------------------------------------------------ helpers

  private StockLedger doneLedger;

  private SalesOrder fulfilled() {
    OrderChange paid = paid(order());
    OrderChange done = accepted(paid.order().fulfil(paid.ledger(), at(30)));
    doneLedger = done.ledger();
    return done.order();
  }

  private static OrderChange paid(SalesOrder quoted) {
    OrderChange confirmed = accepted(quoted.confirm(stocked(), at(10)));
    return accepted(confirmed.order().pay(confirmed.ledger(), at(20)));
  }

  private static void assertTransition(
      java.util.function.Supplier<Outcome<OrderChange>> move, String from, String to) {
    Outcome<OrderChange> r = move.get();
    assertThat(r.codes()).containsExactly("sales.order.transition");
    Refusal refusal = r.refusals().get(0);
    assertThat(refusal.subject()).isEqualTo("SO-2026-0001");
    assertThat(refusal.value()).contains(to);
    assertThat(refusal.details()).containsExactly(from, to);
    // statuses are shown by their names in the reader's language; "-" and RETURN are not statuses
    assertThat(refusal.message(Locale.ROOT))
        .isEqualTo(
            "the order's lifecycle does not allow a move from "
                + shown(from, Locale.ROOT)
                + " to "
                + shown(to, Locale.ROOT)
                + " [sales.order.transition]");
    assertThat(refusal.message(Messages.INDONESIAN))
        .contains(
            "dari " + shown(from, Messages.INDONESIAN) + " ke " + shown(to, Messages.INDONESIAN));
  }

  private static String shown(String code, Locale locale) {
    for (OrderStatus s : OrderStatus.values()) {
      if (s.name().equals(code)) {
        return s.displayName(locale);
      }
    }
    return code;
  }
}
