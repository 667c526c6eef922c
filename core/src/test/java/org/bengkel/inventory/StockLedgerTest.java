package org.bengkel.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.inventory.Fixture.JAHE;
import static org.bengkel.inventory.Fixture.KK_A;
import static org.bengkel.inventory.Fixture.KK_B;
import static org.bengkel.inventory.Fixture.KK_C;
import static org.bengkel.inventory.Fixture.KUE;
import static org.bengkel.inventory.Fixture.PERAHU;
import static org.bengkel.inventory.Fixture.P_1;
import static org.bengkel.inventory.Fixture.P_2;
import static org.bengkel.inventory.Fixture.T0;
import static org.bengkel.inventory.Fixture.accept;
import static org.bengkel.inventory.Fixture.appended;
import static org.bengkel.inventory.Fixture.code;
import static org.bengkel.inventory.Fixture.refused;
import static org.bengkel.inventory.Fixture.rid;
import static org.bengkel.inventory.Fixture.stocked;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
import org.bengkel.production.LotCode;
import org.junit.jupiter.api.Test;

class StockLedgerTest {

  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

  // ------------------------------------------------------------ receive

  @Test
  void receivedLotEntersStockWithAllItsUnits() {
    Outcome<StockLedger> r =
        StockLedger.empty(Stamps.FACILITY).receive(KK_A, Stamps.at(KK_A.receivedAt()));
    List<Movement> rMoved = appended(StockLedger.empty(Stamps.FACILITY), r);
    StockLedger l = accept(r);
    assertThat(rMoved)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.type()).isEqualTo(MovementType.RECEIVED);
              assertThat(m.sequence()).isEqualTo(1);
              assertThat(m.quantity()).isEqualTo(10);
              assertThat(m.stamp()).isEqualTo(Stamps.at(KK_A.receivedAt()));
              assertThat(m.reservation()).isEmpty();
            });
    assertThat(l.stock(KUE)).isEqualTo(SkuStock.of(KUE, 10, 0));
    LotStock lot = l.lot(KK_A.lotCode()).orElseThrow();
    assertThat(lot.onHand()).isEqualTo(10);
    assertThat(lot.available()).isEqualTo(10);
    assertThat(l.latestMovementAt()).contains(Stamps.at(KK_A.receivedAt()).at());
    assertThat(StockLedger.empty(Stamps.FACILITY).latestMovementAt()).isEmpty();
  }

  @Test
  void aLotIsReceivedOnlyOnce() {
    StockLedger l = stocked();
    refused(l, l.receive(KK_A, Stamps.at(KK_A.receivedAt())), InventoryRule.LOT_ALREADY_RECEIVED);
  }

  @Test
  void movementsCannotBeBackdated() {
    StockLedger l = stocked(); // latest: KK-B received 15 Oct 16:00
    StockLot old = Fixture.craft("P-OLD", PERAHU, LocalDate.of(2026, 1, 5), 1);
    Refusal refusal =
        refused(l, l.receive(old, Stamps.at(old.receivedAt())), InventoryRule.BACKDATED);
    assertThat(refusal.details()).containsExactly(Stamps.at(KK_B.receivedAt()).at().toString());
    Stamp before = Stamps.at(KK_B.receivedAt()).plusMinutes(-1);
    refused(l, l.reserve(rid("SO-1"), KUE, 1, before), InventoryRule.BACKDATED);
    refused(l, l.reserveFromLot(rid("SO-1"), KK_A.lotCode(), 1, before), InventoryRule.BACKDATED);
    refused(l, l.sell(KUE, 1, before), InventoryRule.BACKDATED);
    refused(l, l.returnToLot(KK_A.lotCode(), 1, before), InventoryRule.BACKDATED);
    refused(
        l, l.writeOff(KK_A.lotCode(), 1, WriteOffReason.DAMAGED, before), InventoryRule.BACKDATED);
    StockLedger reserved = accept(l.reserve(rid("SO-1"), KUE, 1, T0));
    refused(reserved, reserved.cancelReservation(rid("SO-1"), before), InventoryRule.BACKDATED);
    refused(reserved, reserved.sellReserved(rid("SO-1"), 1, before), InventoryRule.BACKDATED);
    refused(reserved, reserved.sellReserved(rid("SO-2"), before), InventoryRule.BACKDATED);
    // the same instant as the latest movement is fine
    accept(l.sell(KUE, 1, Stamps.at(KK_B.receivedAt())));
  }

  // ------------------------------------------------------------ picking

  @Test
  void fefoPicksEarliestExpiryThenOldestProductionThenLotCode() {
    StockLedger l = stocked();
    // KK-C and KK-A both expire 1 Dec; KK-C was made earlier (20 Sep < 1 Oct), so: C 5, A 10, B 3.
    Picking p = l.pick(KUE, 18, T0.localDate());
    assertThat(p.picks())
        .containsExactly(
            Pick.of(code("KK-C"), 5), Pick.of(code("KK-A"), 10), Pick.of(code("KK-B"), 3));
    assertThat(p.isComplete()).isTrue();
    assertThat(p.shortfall()).isZero();
    // Same expiry and production date: lot code decides.
    StockLot x = Fixture.food("KK-X", KUE, KK_A.productionDate(), DEC_1, 1);
    StockLot w = Fixture.food("KK-W", KUE, KK_A.productionDate(), DEC_1, 1);
    assertThat(StockLot.FEFO.compare(w, x)).isNegative();
    assertThat(StockLot.FEFO.compare(KK_A, w)).isNegative(); // "KK-A" < "KK-W"
  }

  @Test
  void lotsWithoutExpiryComeAfterLotsWithExpiryOldestFirst() {
    StockLot noExpiry = Fixture.craft("J-1", JAHE, LocalDate.of(2026, 1, 1), 5);
    StockLot expiring =
        Fixture.food("J-2", JAHE, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 6, 1), 5);
    StockLedger l =
        accept(
            accept(
                    StockLedger.empty(Stamps.FACILITY)
                        .receive(noExpiry, Stamps.at(noExpiry.receivedAt())))
                .receive(expiring, Stamps.at(expiring.receivedAt())));
    assertThat(l.pick(JAHE, 7, T0.localDate()).picks())
        .containsExactly(Pick.of(code("J-2"), 5), Pick.of(code("J-1"), 2));
    // Without expiry at all, the older production date goes first: P-2 (1 Jul) before P-1 (1 Aug).
    assertThat(stocked().pick(PERAHU, 4, T0.localDate()).picks())
        .containsExactly(Pick.of(P_2.lotCode(), 3), Pick.of(P_1.lotCode(), 1));
    assertThat(stocked().lots(PERAHU))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(P_2.lotCode(), P_1.lotCode());
  }

  @Test
  void expiredLotIsNeverPicked() {
    StockLedger l = stocked();
    // On 1 Dec KK-A and KK-C are expired (a lot is expired on its expiry date): only KK-B's 20.
    Picking p = l.pick(KUE, 25, DEC_1);
    assertThat(p.picks()).containsExactly(Pick.of(KK_B.lotCode(), 20));
    assertThat(p.isComplete()).isFalse();
    assertThat(p.shortfall()).isEqualTo(5);
    // The day before, they are still good.
    assertThat(l.pick(KUE, 25, DEC_1.plusDays(-1)).isComplete()).isTrue();
    assertThat(l.available(KUE, DEC_1)).isEqualTo(20);
    assertThat(l.available(KUE, DEC_1.plusDays(-1))).isEqualTo(35);
    assertThat(l.available(Fixture.JAHE, DEC_1)).isZero();
    // On 15 Dec all kue kering is expired.
    assertThat(l.pick(KUE, 1, LocalDate.of(2026, 12, 15)).picks()).isEmpty();
  }

  @Test
  void pickingSkipsSoldOutAndReservedUnits() {
    StockLedger l = accept(stocked().sell(KUE, 5, T0)); // KK-C sold out
    l = accept(l.reserveFromLot(rid("SO-9"), KK_A.lotCode(), 4, T0)); // KK-A 6 available
    assertThat(l.pick(KUE, 8, T0.localDate()).picks())
        .containsExactly(Pick.of(KK_A.lotCode(), 6), Pick.of(KK_B.lotCode(), 2));
    assertThat(l.pick(Fixture.JAHE, 1, T0.localDate()).picks()).isEmpty();
  }

  // ------------------------------------------------------------ reserve

  @Test
  void reservationPicksFefoAcrossLotsAtomically() {
    StockLedger before = stocked();
    Outcome<StockLedger> r = before.reserve(rid("SO-2026-0001-1"), KUE, 18, T0);
    List<Movement> rMoved = appended(before, r);
    StockLedger l = accept(r);
    assertThat(rMoved).extracting(Movement::type).containsOnly(MovementType.RESERVED);
    assertThat(rMoved)
        .extracting(Movement::lotCode)
        .containsExactly(code("KK-C"), code("KK-A"), code("KK-B"));
    assertThat(rMoved).extracting(Movement::sequence).containsExactly(6L, 7L, 8L);
    assertThat(l.movementCount()).isEqualTo(before.movementCount() + 3);
    // 35 on hand, 18 reserved, 17 available.
    assertThat(l.stock(KUE)).isEqualTo(SkuStock.of(KUE, 35, 18));
    assertThat(l.stock(KUE).available()).isEqualTo(17);
    assertThat(l.lot(KK_B.lotCode()).orElseThrow().reserved()).isEqualTo(3);
    Reservation res = l.reservation(rid("SO-2026-0001-1")).orElseThrow();
    assertThat(res.quantity()).isEqualTo(18);
    assertThat(res.sku()).isEqualTo(KUE);
    assertThat(res.reservedAt()).isEqualTo(T0.at());
    assertThat(res.picks())
        .extracting(Pick::lotCode)
        .containsExactly(code("KK-C"), code("KK-A"), code("KK-B"));
    assertThat(l.reservations()).containsExactly(res);
    // the old ledger is unchanged
    assertThat(before.stock(KUE)).isEqualTo(SkuStock.of(KUE, 35, 0));
    assertThat(before.reservations()).isEmpty();
  }

  @Test
  void reservationRefusedWhenAvailableInsufficientAndNothingChanges() {
    StockLedger l = stocked();
    Refusal refusal =
        refused(l, l.reserve(rid("SO-1"), KUE, 36, T0), InventoryRule.AVAILABLE_INSUFFICIENT);
    assertThat(refusal.subject()).isEqualTo("KUE-KERING-500G");
    assertThat(refusal.value()).contains("36");
    assertThat(refusal.details()).containsExactly("35");
    // a product never received has nothing available
    refused(l, l.reserve(rid("SO-1"), JAHE, 1, T0), InventoryRule.AVAILABLE_INSUFFICIENT);
  }

  @Test
  void reservationNeverTakesExpiredStock() {
    StockLedger l = stocked();
    // On 1 Dec only KK-B (20) is not expired: 21 is refused although 35 are on hand.
    Stamp dec1 = Stamps.at(DEC_1.atTime(9, 0));
    Refusal refusal =
        refused(l, l.reserve(rid("SO-1"), KUE, 21, dec1), InventoryRule.AVAILABLE_INSUFFICIENT);
    assertThat(refusal.details()).containsExactly("20");
    StockLedger ok = accept(l.reserve(rid("SO-1"), KUE, 20, dec1));
    assertThat(ok.reservation(rid("SO-1")).orElseThrow().picks())
        .containsExactly(Pick.of(KK_B.lotCode(), 20));
  }

  @Test
  void reservingAnExpiredLotIsRefused() {
    StockLedger l = stocked();
    Refusal refusal =
        refused(
            l,
            l.reserveFromLot(rid("SO-1"), KK_A.lotCode(), 1, Stamps.at(DEC_1.atStartOfDay())),
            InventoryRule.LOT_EXPIRED);
    assertThat(refusal.subject()).isEqualTo("KK-A");
    assertThat(refusal.details()).containsExactly("2026-12-01");
  }

  @Test
  void reservingFromALotNeedsItsAvailableUnits() {
    StockLedger l = stocked();
    refused(
        l,
        l.reserveFromLot(rid("SO-1"), KK_A.lotCode(), 11, T0),
        InventoryRule.AVAILABLE_INSUFFICIENT);
    StockLedger ok = accept(l.reserveFromLot(rid("SO-1"), KK_A.lotCode(), 10, T0));
    assertThat(ok.lot(KK_A.lotCode()).orElseThrow().available()).isZero();
    assertThat(ok.reservation(rid("SO-1")).orElseThrow().picks())
        .containsExactly(Pick.of(KK_A.lotCode(), 10));
  }

  @Test
  void anOpenReservationIdCannotBeReused() {
    StockLedger l = accept(stocked().reserve(rid("SO-1"), KUE, 1, T0));
    refused(l, l.reserve(rid("SO-1"), KUE, 1, T0), InventoryRule.RESERVATION_EXISTS);
    refused(
        l, l.reserveFromLot(rid("SO-1"), KK_B.lotCode(), 1, T0), InventoryRule.RESERVATION_EXISTS);
    // once closed, the id may be used again
    StockLedger closed = accept(l.cancelReservation(rid("SO-1"), T0));
    accept(closed.reserve(rid("SO-1"), KUE, 1, T0));
  }

  // ------------------------------------------------------------ cancel a reservation

  @Test
  void releasingAReservationMakesItsUnitsAvailableAgain() {
    StockLedger l = accept(stocked().reserve(rid("SO-1"), KUE, 18, T0));
    Outcome<StockLedger> r = l.cancelReservation(rid("SO-1"), T0.plusHours(1));
    List<Movement> rMoved = appended(l, r);
    StockLedger after = accept(r);
    assertThat(rMoved).extracting(Movement::type).containsOnly(MovementType.RESERVATION_CANCELLED);
    assertThat(rMoved).extracting(Movement::quantity).containsExactly(5L, 10L, 3L);
    assertThat(after.stock(KUE)).isEqualTo(SkuStock.of(KUE, 35, 0));
    assertThat(after.reservation(rid("SO-1"))).isEmpty();
    assertThat(after.reservations()).isEmpty();
    assertThat(after.pick(KUE, 35, T0.localDate()).isComplete()).isTrue();
    assertThat(after.movements(rid("SO-1"))).hasSize(6);
  }

  @Test
  void releasingAnUnknownReservationIsRefused() {
    StockLedger l = stocked();
    refused(l, l.cancelReservation(rid("SO-404"), T0), InventoryRule.RESERVATION_UNKNOWN);
    StockLedger sold =
        accept(accept(l.reserve(rid("SO-1"), KUE, 2, T0)).sellReserved(rid("SO-1"), T0));
    // a fully sold reservation is closed
    refused(sold, sold.cancelReservation(rid("SO-1"), T0), InventoryRule.RESERVATION_UNKNOWN);
  }

  // ------------------------------------------------------------ sell

  @Test
  void sellingFromAReservationTakesItsLotsFefoAndKeepsTheRest() {
    StockLedger l = accept(stocked().reserve(rid("SO-1"), KUE, 18, T0));
    Outcome<StockLedger> r = l.sellReserved(rid("SO-1"), 7, T0.plusHours(2));
    List<Movement> rMoved = appended(l, r);
    StockLedger after = accept(r);
    // C 5 then A 2
    assertThat(rMoved).extracting(Movement::lotCode).containsExactly(code("KK-C"), code("KK-A"));
    assertThat(rMoved)
        .allSatisfy(
            m -> {
              assertThat(m.type()).isEqualTo(MovementType.SOLD);
              assertThat(m.reservation()).contains(rid("SO-1"));
              assertThat(m.onHandChange()).isEqualTo(-m.quantity());
              assertThat(m.reservedChange()).isEqualTo(-m.quantity());
            });
    // on hand 35 - 7 = 28, reserved 18 - 7 = 11, available 17 (unchanged)
    assertThat(after.stock(KUE)).isEqualTo(SkuStock.of(KUE, 28, 11));
    assertThat(after.reservation(rid("SO-1")).orElseThrow().picks())
        .containsExactly(Pick.of(code("KK-A"), 8), Pick.of(code("KK-B"), 3));
    assertThat(after.lot(code("KK-C")).orElseThrow().sold()).isEqualTo(5);
    // the rest, in one go
    StockLedger done = accept(after.sellReserved(rid("SO-1"), T0.plusHours(3)));
    assertThat(done.stock(KUE)).isEqualTo(SkuStock.of(KUE, 17, 0));
    assertThat(done.reservation(rid("SO-1"))).isEmpty();
  }

  @Test
  void sellingMoreThanReservedIsRefused() {
    StockLedger l = accept(stocked().reserve(rid("SO-1"), KUE, 3, T0));
    Refusal refusal =
        refused(l, l.sellReserved(rid("SO-1"), 4, T0), InventoryRule.RESERVATION_EXCEEDED);
    assertThat(refusal.details()).containsExactly("3");
  }

  @Test
  void sellingFromAnUnknownReservationIsRefused() {
    StockLedger l = stocked();
    refused(l, l.sellReserved(rid("SO-404"), 1, T0), InventoryRule.RESERVATION_UNKNOWN);
    refused(l, l.sellReserved(rid("SO-404"), T0), InventoryRule.RESERVATION_UNKNOWN);
  }

  @Test
  void reservedUnitsOfALotThatHasSinceExpiredAreNotSold() {
    // Reserved on 10 Nov from KK-C (5) and KK-A (1); on 1 Dec both are expired.
    StockLedger l = accept(stocked().reserve(rid("SO-1"), KUE, 6, T0));
    Stamp dec1 = Stamps.at(DEC_1.atTime(10, 0));
    Refusal refusal = refused(l, l.sellReserved(rid("SO-1"), dec1), InventoryRule.LOT_EXPIRED);
    assertThat(refusal.subject()).isEqualTo("KK-C");
    assertThat(refusal.value()).contains("2026-12-01");
    // With a lot still good in the reservation, only its units can be sold.
    StockLedger mixed = accept(stocked().reserve(rid("SO-2"), KUE, 17, T0)); // C5 A10 B2
    refused(mixed, mixed.sellReserved(rid("SO-2"), 3, dec1), InventoryRule.LOT_EXPIRED);
    Outcome<StockLedger> two = mixed.sellReserved(rid("SO-2"), 2, dec1);
    List<Movement> twoMoved = appended(mixed, two);
    accept(two);
    assertThat(twoMoved)
        .singleElement()
        .satisfies(m -> assertThat(m.lotCode()).isEqualTo(KK_B.lotCode()));
  }

  @Test
  void directSaleTakesUnreservedStockFefo() {
    StockLedger l = accept(stocked().reserveFromLot(rid("SO-1"), KK_C.lotCode(), 5, T0));
    Outcome<StockLedger> r = l.sell(KUE, 12, T0);
    List<Movement> rMoved = appended(l, r);
    StockLedger after = accept(r);
    // KK-C is fully reserved, so A 10 then B 2.
    assertThat(rMoved)
        .extracting(Movement::lotCode)
        .containsExactly(KK_A.lotCode(), KK_B.lotCode());
    assertThat(rMoved)
        .allSatisfy(
            m -> {
              assertThat(m.reservation()).isEmpty();
              assertThat(m.reservedChange()).isZero();
            });
    assertThat(after.stock(KUE)).isEqualTo(SkuStock.of(KUE, 23, 5));
  }

  @Test
  void directSaleRefusedWhenAvailableInsufficient() {
    StockLedger l = accept(stocked().reserve(rid("SO-1"), KUE, 30, T0));
    Refusal refusal = refused(l, l.sell(KUE, 6, T0), InventoryRule.AVAILABLE_INSUFFICIENT);
    assertThat(refusal.details()).containsExactly("5");
    // expired stock is never sold directly either
    StockLedger s = stocked();
    refused(
        s, s.sell(KUE, 21, Stamps.at(DEC_1.atStartOfDay())), InventoryRule.AVAILABLE_INSUFFICIENT);
  }

  // ------------------------------------------------------------ return

  @Test
  void returnedUnitsGoBackIntoTheirLot() {
    StockLedger l = accept(stocked().sell(PERAHU, 3, T0)); // all of P-2
    assertThat(l.lot(P_2.lotCode()).orElseThrow().onHand()).isZero();
    Outcome<StockLedger> r = l.returnToLot(rid("SO-7-1"), P_2.lotCode(), 1, T0.plusDays(1));
    List<Movement> rMoved = appended(l, r);
    StockLedger after = accept(r);
    assertThat(rMoved)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.type()).isEqualTo(MovementType.RETURNED);
              assertThat(m.reservation()).contains(rid("SO-7-1"));
              assertThat(m.onHandChange()).isEqualTo(1);
            });
    LotStock p2 = after.lot(P_2.lotCode()).orElseThrow();
    assertThat(p2.onHand()).isEqualTo(1);
    assertThat(p2.sold()).isEqualTo(3);
    assertThat(p2.returned()).isEqualTo(1);
    assertThat(after.stock(PERAHU)).isEqualTo(SkuStock.of(PERAHU, 5, 0)); // 7 - 3 + 1
    // the returned unit is picked again, first (P-2 is the oldest)
    assertThat(after.pick(PERAHU, 1, T0.localDate()).picks())
        .containsExactly(Pick.of(P_2.lotCode(), 1));
    accept(after.returnToLot(P_2.lotCode(), 2, T0.plusDays(1)));
  }

  @Test
  void returningMoreThanWasSoldIsRefused() {
    StockLedger l = accept(stocked().sell(PERAHU, 3, T0));
    Refusal refusal =
        refused(l, l.returnToLot(P_2.lotCode(), 4, T0), InventoryRule.RETURN_EXCEEDS_SOLD);
    assertThat(refusal.details()).containsExactly("3");
    refused(l, l.returnToLot(P_1.lotCode(), 1, T0), InventoryRule.RETURN_EXCEEDS_SOLD);
  }

  // ------------------------------------------------------------ write-off

  @Test
  void expiredLotIsWrittenOffAsExpired() {
    StockLedger l = stocked();
    Stamp dec1 = Stamps.at(DEC_1.atTime(12, 0));
    Outcome<StockLedger> r = l.writeOff(KK_A.lotCode(), 10, WriteOffReason.EXPIRED, dec1);
    List<Movement> rMoved = appended(l, r);
    StockLedger after = accept(r);
    assertThat(rMoved)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.type()).isEqualTo(MovementType.WRITTEN_OFF);
              assertThat(m.writeOffReason()).contains(WriteOffReason.EXPIRED);
              assertThat(m.onHandChange()).isEqualTo(-10);
            });
    assertThat(after.lot(KK_A.lotCode()).orElseThrow().writtenOff()).isEqualTo(10);
    assertThat(after.stock(KUE)).isEqualTo(SkuStock.of(KUE, 25, 0));
    assertThat(after.expiredWithStock(DEC_1))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(KK_C.lotCode());
  }

  @Test
  void writeOffAsExpiredNeedsAnExpiredLot() {
    StockLedger l = stocked();
    Refusal refusal =
        refused(
            l,
            l.writeOff(KK_A.lotCode(), 1, WriteOffReason.EXPIRED, T0),
            InventoryRule.WRITE_OFF_NOT_EXPIRED);
    assertThat(refusal.details()).containsExactly("2026-12-01");
    Refusal craft =
        refused(
            l,
            l.writeOff(P_1.lotCode(), 1, WriteOffReason.EXPIRED, T0),
            InventoryRule.WRITE_OFF_NOT_EXPIRED);
    assertThat(craft.details()).containsExactly("-");
  }

  @Test
  void damagedUnitsAreWrittenOffWhateverTheExpiry() {
    StockLedger l = accept(stocked().writeOff(P_1.lotCode(), 2, WriteOffReason.DAMAGED, T0));
    assertThat(l.stock(PERAHU)).isEqualTo(SkuStock.of(PERAHU, 5, 0));
  }

  @Test
  void reservedUnitsCannotBeWrittenOff() {
    StockLedger l = accept(stocked().reserveFromLot(rid("SO-1"), KK_A.lotCode(), 8, T0));
    Refusal refusal =
        refused(
            l,
            l.writeOff(KK_A.lotCode(), 3, WriteOffReason.DAMAGED, T0),
            InventoryRule.AVAILABLE_INSUFFICIENT);
    assertThat(refusal.details()).containsExactly("2");
    accept(l.writeOff(KK_A.lotCode(), 2, WriteOffReason.DAMAGED, T0));
  }

  // ------------------------------------------------------------ reports

  @Test
  void nearExpiryReportListsLotsExpiringWithinTheHorizon() {
    StockLedger l = stocked();
    LocalDate nov20 = LocalDate.of(2026, 11, 20);
    // 1 Dec is 11 days after 20 Nov, 15 Dec 25 days.
    assertThat(l.nearExpiry(nov20, 10)).isEmpty();
    assertThat(l.nearExpiry(nov20, 11))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(KK_C.lotCode(), KK_A.lotCode());
    assertThat(l.nearExpiry(nov20, 25))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(KK_C.lotCode(), KK_A.lotCode(), KK_B.lotCode());
    // expired lots are not "near" expiry; lots without expiry never are
    assertThat(l.nearExpiry(DEC_1, 365))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(KK_B.lotCode());
    assertThat(l.nearExpiry(nov20, 0)).isEmpty();
    // a sold-out lot is not reported
    StockLedger soldOut = accept(l.sell(KUE, 5, T0));
    assertThat(soldOut.nearExpiry(nov20, 11))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(KK_A.lotCode());
    assertThatThrownBy(() -> l.nearExpiry(nov20, -1))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("value.out-of-range");
  }

  @Test
  void expiredWithStockListsWriteOffCandidates() {
    StockLedger l = stocked();
    assertThat(l.expiredWithStock(T0.localDate())).isEmpty();
    assertThat(l.expiredWithStock(DEC_1))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(KK_C.lotCode(), KK_A.lotCode());
    assertThat(l.expiredWithStock(LocalDate.of(2027, 1, 1))).hasSize(3);
    // a returned unit puts a sold-out expired lot back on the list
    StockLedger sold = accept(l.sell(KUE, 5, T0));
    assertThat(sold.expiredWithStock(DEC_1))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(KK_A.lotCode());
    StockLedger back = accept(sold.returnToLot(KK_C.lotCode(), 1, Stamps.at(DEC_1.atTime(9, 0))));
    assertThat(back.expiredWithStock(DEC_1))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(KK_C.lotCode(), KK_A.lotCode());
  }

  @Test
  void stockIsReportedPerSkuAndPerLot() {
    StockLedger l = accept(stocked().reserve(rid("SO-1"), PERAHU, 4, T0));
    assertThat(l.stock()).containsExactly(SkuStock.of(KUE, 35, 0), SkuStock.of(PERAHU, 7, 4));
    assertThat(l.stock(JAHE)).isEqualTo(SkuStock.of(JAHE, 0, 0));
    assertThat(l.lots(KUE))
        .extracting(s -> s.lot().lotCode())
        .containsExactly(KK_C.lotCode(), KK_A.lotCode(), KK_B.lotCode());
    assertThat(l.lots(JAHE)).isEmpty();
    assertThat(l.lots())
        .extracting(s -> s.lot().lotCode().value())
        .containsExactly("KK-A", "KK-B", "KK-C", "P-1", "P-2");
    assertThat(l.lot(code("NOPE"))).isEmpty();
    LotStock p1 = l.lot(P_1.lotCode()).orElseThrow();
    assertThat(p1.reserved()).isEqualTo(1); // P-2 3, then P-1 1
  }

  @Test
  void historyIsKeptInOrderAndQueryable() {
    StockLedger l = accept(stocked().reserve(rid("SO-1"), KUE, 6, T0));
    l = accept(l.sellReserved(rid("SO-1"), T0.plusHours(1)));
    List<Movement> all = l.movements();
    assertThat(all).hasSize(9);
    assertThat(all)
        .extracting(Movement::sequence)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(l.movements(KK_C.lotCode()))
        .extracting(Movement::type)
        .containsExactly(MovementType.RECEIVED, MovementType.RESERVED, MovementType.SOLD);
    assertThat(l.movements(code("NOPE"))).isEmpty();
    assertThat(l.movements(rid("SO-1"))).hasSize(4);
    assertThat(StockLedger.empty(Stamps.FACILITY).movements()).isEmpty();
    assertThat(l.toString())
        .isEqualTo(
            "StockLedger{LAPAS-PAMEKASAN v7, movements=9, lots=5, skus=2, openReservations=0}");
  }

  // ------------------------------------------------------------ broken contracts

  @Test
  void anOperationOnAnUnknownLotIsRefusedAndChangesNothing() {
    StockLedger l = stocked();
    LotCode nope = code("NOPE");
    for (Outcome<StockLedger> o :
        List.of(
            l.returnToLot(nope, 1, T0),
            l.returnToLot(rid("SO-1"), nope, 1, T0),
            l.writeOff(nope, 1, WriteOffReason.DAMAGED, T0),
            l.reserveFromLot(rid("SO-1"), nope, 1, T0))) {
      assertThat(o.codes()).containsExactly("inventory.lot.unknown");
      Refusal r = o.refusals().get(0);
      assertThat(r.subject()).isEqualTo("NOPE");
      assertThat(r.value()).contains("NOPE");
      assertThat(r.message(Locale.ROOT))
          .isEqualTo("there is no lot NOPE received into this ledger [inventory.lot.unknown]");
      assertThat(r.message(Locale.forLanguageTag("id"))).contains("lot NOPE");
      assertThat(o.orElse(l)).isSameAs(l);
      assertThatThrownBy(o::orElseThrow).isInstanceOf(RefusalException.class);
    }
  }

  @Test
  void quantityMustBePositiveAndBounded() {
    StockLedger l = stocked();
    for (long bad : new long[] {0, -1, StockLot.MAX_QUANTITY + 1}) {
      for (Runnable call :
          List.<Runnable>of(
              () -> l.reserve(rid("SO-1"), KUE, bad, T0),
              () -> l.reserveFromLot(rid("SO-1"), KK_A.lotCode(), bad, T0),
              () -> l.sellReserved(rid("SO-1"), bad, T0),
              () -> l.sell(KUE, bad, T0),
              () -> l.returnToLot(KK_A.lotCode(), bad, T0),
              () -> l.writeOff(KK_A.lotCode(), bad, WriteOffReason.DAMAGED, T0),
              () -> l.pick(KUE, bad, T0.localDate()))) {
        assertThatThrownBy(call::run)
            .isInstanceOf(InvalidValueException.class)
            .extracting(e -> ((InvalidValueException) e).ruleCode())
            .isEqualTo("value.out-of-range");
      }
    }
  }

  @Test
  void nullArgumentsAreBrokenContracts() {
    StockLedger l = stocked();
    ReservationId id = rid("SO-1");
    LotCode lot = KK_A.lotCode();
    LocalDate d = T0.localDate();
    List<Runnable> calls =
        List.of(
            () -> l.receive(null, Stamps.at(2026, 11, 10, 8, 0)),
            () -> l.reserve(null, KUE, 1, T0),
            () -> l.reserve(id, null, 1, T0),
            () -> l.reserve(id, KUE, 1, null),
            () -> l.reserveFromLot(null, lot, 1, T0),
            () -> l.reserveFromLot(id, null, 1, T0),
            () -> l.reserveFromLot(id, lot, 1, null),
            () -> l.cancelReservation(null, T0),
            () -> l.cancelReservation(id, null),
            () -> l.sellReserved(null, T0),
            () -> l.sellReserved(id, null),
            () -> l.sellReserved(null, 1, T0),
            () -> l.sellReserved(id, 1, null),
            () -> l.sell(null, 1, T0),
            () -> l.sell(KUE, 1, null),
            () -> l.returnToLot(null, 1, T0),
            () -> l.returnToLot(lot, 1, null),
            () -> l.returnToLot(null, lot, 1, T0),
            () -> l.writeOff(null, 1, WriteOffReason.DAMAGED, T0),
            () -> l.writeOff(lot, 1, null, T0),
            () -> l.writeOff(lot, 1, WriteOffReason.DAMAGED, null),
            () -> l.pick(null, 1, d),
            () -> l.pick(KUE, 1, null),
            () -> l.available(null, d),
            () -> l.available(KUE, null),
            () -> l.stock(null),
            () -> l.lot(null),
            () -> l.lots(null),
            () -> l.nearExpiry(null, 1),
            () -> l.expiredWithStock(null),
            () -> l.reservation(null),
            () -> l.movements((LotCode) null),
            () -> l.movements((ReservationId) null));
    for (Runnable call : calls) {
      assertThatThrownBy(call::run)
          .isInstanceOf(MissingValueException.class)
          .extracting(e -> ((MissingValueException) e).ruleCode())
          .isEqualTo("value.required");
    }
  }

  // ------------------------------------------------------------ results

  @Test
  void refusalExplainsItselfInEnglishAndIndonesian() {
    StockLedger l = stocked();
    Refusal refusal = l.reserve(rid("SO-1"), KUE, 36, T0).refusal().orElseThrow();
    assertThat(refusal.subject()).isEqualTo("KUE-KERING-500G");
    assertThat(refusal.value()).contains("36");
    assertThat(refusal.details()).containsExactly("35");
    assertThat(refusal.where()).isEmpty();
    assertThat(refusal.message(Locale.ENGLISH))
        .isEqualTo(
            "only 35 unit(s) of KUE-KERING-500G are available, 36 asked"
                + " [inventory.available.insufficient]");
    assertThat(refusal.message(Locale.forLanguageTag("id")))
        .isEqualTo(
            "hanya 35 unit KUE-KERING-500G yang tersedia, diminta 36"
                + " [inventory.available.insufficient]");
  }

  @Test
  void orElseThrowTurnsARefusalIntoARefusalException() {
    StockLedger l = stocked();
    Outcome<StockLedger> refused = l.reserve(rid("SO-1"), KUE, 36, T0);
    assertThat(refused.codes()).containsExactly("inventory.available.insufficient");
    assertThat(refused.orElse(l)).isSameAs(l);
    assertThatThrownBy(refused::orElseThrow)
        .isInstanceOf(RefusalException.class)
        .satisfies(
            e -> {
              RefusalException re = (RefusalException) e;
              assertThat(re.ruleCode()).isEqualTo("inventory.available.insufficient");
              assertThat(re.refusals()).isEqualTo(refused.refusals());
              assertThat(re.getMessage()).contains("only 35 unit(s) of KUE-KERING-500G");
            });
    Outcome<StockLedger> ok = l.reserve(rid("SO-1"), KUE, 1, T0);
    assertThat(ok.orElse(l)).isSameAs(ok.orElseThrow()).isNotEqualTo(l);
    assertThat(ok.refusals()).isEmpty();
  }

  @Test
  void movementsAfterGivesWhatAnOperationAppended() {
    StockLedger l = stocked();
    StockLedger after = accept(l.sell(KUE, 12, T0));
    assertThat(after.movementsAfter(l.movementCount()))
        .isEqualTo(after.movements().subList(5, 7))
        .extracting(Movement::sequence)
        .containsExactly(6L, 7L);
    assertThat(after.movementsAfter(after.movementCount())).isEmpty();
    assertThat(after.movementsAfter(0)).isEqualTo(after.movements());
    assertThatThrownBy(() -> after.movementsAfter(8))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("value.out-of-range");
    assertThatThrownBy(() -> after.movementsAfter(-1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void releasedBatchConvertsInOneLine() {
    StockLot lot =
        StockLot.of(
            code("KK-20261102-01"),
            KUE,
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2027, 1, 31),
            40,
            LocalDateTime.of(2026, 11, 3, 10, 0));
    StockLedger l =
        accept(StockLedger.empty(Stamps.FACILITY).receive(lot, Stamps.at(lot.receivedAt())));
    assertThat(l.available(KUE, LocalDate.of(2027, 1, 30))).isEqualTo(40);
    assertThat(l.available(KUE, LocalDate.of(2027, 1, 31))).isZero();
  }
}
