package org.bengkel.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.inventory.Fixture.KK_A;
import static org.bengkel.inventory.Fixture.KK_B;
import static org.bengkel.inventory.Fixture.KK_C;
import static org.bengkel.inventory.Fixture.KUE;
import static org.bengkel.inventory.Fixture.PERAHU;
import static org.bengkel.inventory.Fixture.P_1;
import static org.bengkel.inventory.Fixture.P_2;
import static org.bengkel.inventory.Fixture.T0;
import static org.bengkel.inventory.Fixture.accept;
import static org.bengkel.inventory.Fixture.rid;
import static org.bengkel.inventory.Fixture.stocked;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bengkel.Empties;
import org.bengkel.Stamps;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.outcome.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The edges mutation testing found untested in {@code inventory}: a ledger rebuilt from its events,
 * the events' facts, equality of ledgers, quantities checked before anything else, the end of the
 * calendar, and the values' own range checks.
 */
class InventoryMutationEdgesTest {

  static void refused(Executable call, String code, String field) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  static Stamp at(int minutes) {
    return T0.plusMinutes(minutes);
  }

  /** Accepts the outcome and keeps its events. */
  static StockLedger step(Outcome<StockLedger> r, List<StockEvent> events) {
    r.events().forEach(e -> events.add((StockEvent) e));
    return accept(r);
  }

  /** Every kind of operation, each event kept in order. */
  static StockLedger lived(List<StockEvent> events) {
    StockLedger l = StockLedger.empty(Stamps.FACILITY);
    for (StockLot lot : new StockLot[] {P_2, P_1, KK_C, KK_A, KK_B}) {
      l = step(l.receive(lot, Stamps.at(lot.receivedAt())), events);
    }
    // 12 kue first-expired-first-out: all 5 of KK-C (made 20 Sep), then 7 of KK-A
    l = step(l.reserve(rid("R-1"), KUE, 12, at(1)), events);
    l = step(l.reserveFromLot(rid("R-2"), P_1.lotCode(), 2, at(2)), events);
    l = step(l.cancelReservation(rid("R-2"), at(3)), events);
    l = step(l.sellReserved(rid("R-1"), at(4)), events);
    l = step(l.sell(PERAHU, 1, at(5)), events);
    l = step(l.returnToLot(KK_C.lotCode(), 1, at(6)), events);
    l = step(l.returnToLot(rid("SO-1-1"), KK_A.lotCode(), 1, at(7)), events);
    l = step(l.writeOff(KK_B.lotCode(), 2, WriteOffReason.DAMAGED, at(8)), events);
    l = step(l.reserve(rid("R-3"), PERAHU, 2, at(9)), events);
    return step(l.sellReserved(rid("R-3"), 1, at(10)), events);
  }

  @Test
  void aLedgerReplayedFromItsEventsIsTheLedger() {
    List<StockEvent> events = new ArrayList<>();
    StockLedger ledger = lived(events);
    // 5 receipts and 10 operations, one event each
    assertThat(events).hasSize(15);
    assertThat(ledger.version()).isEqualTo(15);
    StockLedger replayed = StockLedger.replay(Stamps.FACILITY, events);
    assertThat(replayed).isEqualTo(ledger);
    assertThat(replayed.version()).isEqualTo(15);
    assertThat(replayed.reservations()).isEqualTo(ledger.reservations());
  }

  @Test
  void aLedgerCatchesUpByTheEventsAfterItsVersion() {
    List<StockEvent> events = new ArrayList<>();
    StockLedger ledger = lived(events);
    StockLedger atSix = StockLedger.replay(Stamps.FACILITY, events.subList(0, 6));
    assertThat(atSix.version()).isEqualTo(6);
    StockLedger caughtUp = StockLedger.replay(atSix, events.subList(6, 15));
    assertThat(caughtUp).isEqualTo(ledger);
    assertThat(caughtUp.reservations()).isEqualTo(ledger.reservations());
    assertThat(StockLedger.replay(caughtUp, List.of())).isSameAs(caughtUp);
    // an event the ledger already has, or one after a gap, does not follow from version 6; the
    // index is the event's place in the list given
    refused(
        () -> StockLedger.replay(atSix, events.subList(5, 15)),
        "audit.event.inconsistent",
        "events[0]");
    refused(
        () -> StockLedger.replay(atSix, events.subList(7, 15)),
        "audit.event.inconsistent",
        "events[0]");
    refused(
        () -> StockLedger.replay(atSix, List.of(events.get(6), events.get(8))),
        "audit.event.inconsistent",
        "events[1]");
  }

  @Test
  void eventsThatDoNotFollowFromTheLedgerAreRefusedByIndex() {
    List<StockEvent> events = new ArrayList<>();
    lived(events);
    // without the reservation of 12 kue (index 5), the reservation of boats gets version 6, not 7
    List<StockEvent> gap = new ArrayList<>(events);
    gap.remove(5);
    refused(
        () -> StockLedger.replay(Stamps.FACILITY, gap), "audit.event.inconsistent", "events[5]");
    // a sale of a boat into an empty ledger is refused by the ledger
    refused(
        () -> StockLedger.replay(Stamps.FACILITY, List.of(events.get(9))),
        "audit.event.inconsistent",
        "events[0]");
  }

  @Test
  void eventsNameTheirFactsAndKind() {
    List<StockEvent> events = new ArrayList<>();
    lived(events);
    assertThat(events)
        .extracting(StockEvent::type)
        .containsExactly(
            "inventory.stock-received",
            "inventory.stock-received",
            "inventory.stock-received",
            "inventory.stock-received",
            "inventory.stock-received",
            "inventory.stock-reserved",
            "inventory.stock-reserved",
            "inventory.reservation-cancelled",
            "inventory.stock-sold",
            "inventory.stock-sold",
            "inventory.stock-returned",
            "inventory.stock-returned",
            "inventory.stock-written-off",
            "inventory.stock-reserved",
            "inventory.stock-sold");
    assertThat(events).extracting(StockEvent::aggregateId).containsOnly("LAPAS-PAMEKASAN");
    Disclosure d = Disclosure.NO_TRAINEES;
    assertThat(events.get(5).auditFacts(d))
        .containsExactly(12L, "KUE-KERING-500G", "KK-C, KK-A", "R-1");
    // 2 boats of P-1 back from R-2
    assertThat(events.get(7).auditFacts(d)).containsExactly(2L, "R-2", "P-1");
    assertThat(events.get(10).auditFacts(d)).containsExactly(1L, "KK-C");
  }

  @Test
  void eventsCheckTheirVersionAndMovements() {
    Movement m = stocked().movements().get(0);
    refused(
        () ->
            new StockEvent.StockReturned(Stamps.FACILITY, 0, T0, null, m.lotCode(), 1, List.of(m)),
        "value.out-of-range",
        "version");
    // an empty list is refused with the rule of a missing value, as an invalid one: the field is
    // there, with nothing in it
    Empties.refusedAsEmpty(
        () -> new StockEvent.StockReturned(Stamps.FACILITY, 1, T0, null, m.lotCode(), 1, List.of()),
        "movements");
  }

  @Test
  void ledgersAreEqualByFacilityAndMovements() {
    StockLedger here = StockLedger.empty(Stamps.FACILITY);
    assertThat(here)
        .isEqualTo(StockLedger.empty(Stamps.FACILITY))
        .isNotEqualTo(StockLedger.empty(FacilityCode.of("LAPAS-SUMENEP")));
    // the same lot received a minute apart: the same stock, another history
    StockLedger early = accept(here.receive(KK_A, at(0)));
    StockLedger late = accept(here.receive(KK_A, at(1)));
    assertThat(early.lots()).isEqualTo(late.lots());
    assertThat(early).isNotEqualTo(late);
    assertThat(stocked()).hasSameHashCodeAs(stocked());
    assertThat(stocked().hashCode()).isNotEqualTo(early.hashCode());
    assertThat(stocked().version()).isEqualTo(5); // five receipts
  }

  @Test
  void aQuantityOutOfRangeIsRefusedBeforeTheDateIsLookedAt() {
    StockLedger ledger = stocked();
    // 1 October, before the ledger's last receipt (KK-B, 15 October 16:00): the date would be
    // refused, the quantity is checked first
    Stamp backdated = Stamps.at(2026, 10, 1, 8, 0);
    refused(() -> ledger.reserve(rid("R-1"), KUE, 0, backdated), "value.out-of-range", "quantity");
    refused(() -> ledger.sell(KUE, 0, backdated), "value.out-of-range", "quantity");
    refused(() -> ledger.pick(KUE, 0, T0.localDate()), "value.out-of-range", "quantity");
    // a SKU the ledger never held: no lot to pick from, the quantity is still refused by name
    refused(
        () -> ledger.pick(org.bengkel.catalog.Sku.of("JAHE-INSTAN-30"), 0, T0.localDate()),
        "value.out-of-range",
        "quantity");
  }

  @Test
  void nearExpiryAtTheEndOfTheCalendarLooksToTheLastDay() {
    LocalDate last = LocalDate.MAX.minusDays(1);
    // every fixture lot has expired by then; the horizon stops at LocalDate.MAX without overflow
    assertThat(stocked().nearExpiry(last, 30)).isEmpty();
  }

  @Test
  void valuesCheckTheirOwnRanges() {
    // 10 received, 1 sold the wrong way: sold -1 would give 11 on hand
    refused(() -> lotStock(11, 0, -1, 0, 0), "value.out-of-range", "sold");
    refused(() -> lotStock(11, 0, 0, 0, -1), "value.out-of-range", "writtenOff");
    // 15 sold of 10: 10 - 15 = -5 on hand
    refused(() -> lotStock(-5, 0, 15, 0, 0), "value.out-of-range", "onHand");
    refused(
        () -> movement(MovementType.RECEIVED).sequence(1).version(2).build(),
        "value.out-of-range",
        "version");
    refused(
        () ->
            movement(MovementType.WRITTEN_OFF)
                .sequence(1)
                .version(1)
                .reservation(rid("R-1"))
                .writeOffReason(WriteOffReason.DAMAGED)
                .build(),
        "inventory.movement.inconsistent",
        "reservation");
    assertThat(rid("R-1"))
        .isNotEqualTo((Object) "R-1")
        .isNotEqualTo(rid("R-2"))
        .isEqualTo(rid("R-1"));
    assertThat(rid("R-1").hashCode()).isNotEqualTo(rid("R-2").hashCode());
  }

  static LotStock lotStock(long onHand, long reserved, long sold, long returned, long writtenOff) {
    return LotStock.builder()
        .lot(KK_A)
        .onHand(onHand)
        .reserved(reserved)
        .sold(sold)
        .returned(returned)
        .writtenOff(writtenOff)
        .build();
  }

  static Movement.Builder movement(MovementType type) {
    Movement.Builder b = Movement.builder();
    b.type(type).stamp(T0).sku(KUE).lotCode(KK_A.lotCode()).quantity(1);
    return b;
  }
}
