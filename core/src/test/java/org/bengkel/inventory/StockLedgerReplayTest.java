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
import static org.bengkel.inventory.Fixture.code;
import static org.bengkel.inventory.Fixture.rid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.outcome.Outcome;
import org.bengkel.production.LotCode;
import org.junit.jupiter.api.Test;

/** Rebuilding a ledger from its lots and movements re-runs every rule of the ledger. */
class StockLedgerReplayTest {

  private static List<StockLot> lotsOf(StockLedger l) {
    return l.lots().stream().map(LotStock::lot).toList();
  }

  /** Every kind of operation, including by-SKU picks across several lots. */
  private static StockLedger busy() {
    StockLedger l = Fixture.stocked();
    // FEFO: KK-C (5) then KK-A (3 of 10): two RESERVED movements of one operation
    l = accept(l.reserve(rid("SO-1"), KUE, 8, T0));
    l = accept(l.reserveFromLot(rid("SO-2"), code("KK-B"), 4, T0));
    l = accept(l.sellReserved(rid("SO-1"), 6, T0.plusHours(1)));
    l = accept(l.sellReserved(rid("SO-1"), T0.plusHours(1)));
    l = accept(l.cancelReservation(rid("SO-2"), T0.plusHours(2)));
    l = accept(l.sell(PERAHU, 5, T0.plusHours(3)));
    l = accept(l.returnToLot(rid("SO-1"), code("KK-C"), 2, T0.plusHours(4)));
    l = accept(l.returnToLot(code("P-2"), 1, T0.plusHours(4)));
    l = accept(l.writeOff(code("KK-B"), 1, WriteOffReason.DAMAGED, T0.plusHours(5)));
    return accept(
        l.writeOff(
            code("KK-C"),
            2,
            WriteOffReason.EXPIRED,
            Stamps.at(LocalDate.of(2026, 12, 1).atTime(9, 0))));
  }

  @Test
  void aLedgerReplaysToTheSameMovementsAndStock() {
    StockLedger l = busy();
    StockLedger replayed = StockLedger.replay(Stamps.FACILITY, lotsOf(l), l.movements());
    assertThat(replayed.movements()).isEqualTo(l.movements());
    assertThat(replayed.lots()).isEqualTo(l.lots());
    assertThat(replayed.stock()).isEqualTo(l.stock());
    assertThat(replayed.reservations()).isEqualTo(l.reservations());
    assertThat(replayed.latestMovementAt()).isEqualTo(l.latestMovementAt());
    assertThat(replayed).isEqualTo(l).hasSameHashCodeAs(l).isNotEqualTo(Fixture.stocked());
    assertThat(l).isEqualTo(l).isNotEqualTo("a ledger");
    // same movements, a lot with other dates: not equal
    StockLedger p2 =
        accept(StockLedger.empty(Stamps.FACILITY).receive(P_2, Stamps.at(P_2.receivedAt())));
    StockLot laterP2 =
        StockLot.of(
            P_2.lotCode(),
            PERAHU,
            P_2.productionDate().plusDays(-1),
            null,
            P_2.quantity(),
            P_2.receivedAt());
    assertThat(p2)
        .isNotEqualTo(
            accept(
                StockLedger.empty(Stamps.FACILITY)
                    .receive(laterP2, Stamps.at(laterP2.receivedAt()))));
    // lots in any order
    List<StockLot> reversed = new ArrayList<>(lotsOf(l));
    java.util.Collections.reverse(reversed);
    assertThat(StockLedger.replay(Stamps.FACILITY, reversed, l.movements()).movements())
        .isEqualTo(l.movements());
    assertThat(StockLedger.replay(Stamps.FACILITY, List.of(), List.of()).movementCount()).isZero();
  }

  @Test
  void replayOfAnOpenMultiLotReservationKeepsItsPicks() {
    StockLedger l = accept(Fixture.stocked().reserve(rid("SO-9"), KUE, 20, T0));
    // KK-C 5 + KK-A 10 + KK-B 5, one operation, three movements
    assertThat(l.movements(rid("SO-9"))).hasSize(3);
    StockLedger replayed = StockLedger.replay(Stamps.FACILITY, lotsOf(l), l.movements());
    assertThat(replayed.reservations()).isEqualTo(l.reservations());
  }

  private static InvalidValueException refusal(List<StockLot> lots, List<Movement> movements) {
    try {
      StockLedger.replay(Stamps.FACILITY, lots, movements);
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("replay accepted a history that does not replay");
  }

  @Test
  void aSaleOfMoreThanWasOnHandIsRefusedAvailableInsufficient() {
    StockLedger l = busy();
    List<Movement> tampered = new ArrayList<>(l.movements());
    // movement 11 (index 10) sells 5 boats directly; 7 on hand: make it 9
    int i = indexOf(tampered, MovementType.SOLD, Optional.empty());
    Movement sale = tampered.get(i);
    tampered.set(i, Movement.builder().from(sale).quantity(8).build());
    InvalidValueException e = refusal(lotsOf(l), tampered);
    assertThat(e.ruleCode()).isEqualTo(InventoryRule.AVAILABLE_INSUFFICIENT.code());
    assertThat(e.getMessage()).contains("movements[" + i + "]");
  }

  @Test
  void aMovementTheOperationWouldNotAppendIsRefusedMovementInconsistent() {
    StockLedger l = busy();
    List<Movement> tampered = new ArrayList<>(l.movements());
    // the direct sale took P-2 (older) first: claim it took P-1
    int i = indexOf(tampered, MovementType.SOLD, Optional.empty());
    Movement sale = tampered.get(i);
    tampered.set(i, Movement.builder().from(sale).lotCode(code("P-1")).build());
    InvalidValueException e = refusal(lotsOf(l), tampered);
    assertThat(e.ruleCode()).isEqualTo(InventoryRule.MOVEMENT_INCONSISTENT.code());
    assertThat(e.getMessage()).contains("movements[" + i + "]");
    // a gap in the sequence numbers
    List<Movement> renumbered = new ArrayList<>(l.movements());
    renumbered.set(3, Movement.builder().from(renumbered.get(3)).sequence(40).build());
    assertThat(refusal(lotsOf(l), renumbered).ruleCode())
        .isEqualTo(InventoryRule.MOVEMENT_INCONSISTENT.code());
  }

  @Test
  void aBackdatedOrMissingMovementIsRefusedWithTheLedgersRule() {
    StockLedger l = busy();
    List<Movement> dropped = new ArrayList<>(l.movements());
    dropped.remove(0); // P-2 never received, but the others are renumbered wrongly anyway
    assertThat(refusal(lotsOf(l), dropped).ruleCode())
        .isEqualTo(InventoryRule.MOVEMENT_INCONSISTENT.code());
    List<Movement> backdated = new ArrayList<>(l.movements());
    int last = backdated.size() - 1;
    backdated.set(last, Movement.builder().from(backdated.get(last)).stamp(T0).build());
    InvalidValueException e = refusal(lotsOf(l), backdated);
    assertThat(e.ruleCode()).isEqualTo(InventoryRule.BACKDATED.code());
    assertThat(e.getMessage()).contains("movements[" + last + "]");
  }

  @Test
  void lotsAndMovementsMustAgreeLotUnknown() {
    StockLedger l = busy();
    List<StockLot> withoutKkA = lotsOf(l).stream().filter(s -> !s.equals(KK_A)).toList();
    InvalidValueException e = refusal(withoutKkA, l.movements());
    assertThat(e.ruleCode()).isEqualTo(InventoryRule.LOT_UNKNOWN.code());
    assertThat(e.getMessage()).contains("movements[3].lotCode");

    List<Movement> sells = new ArrayList<>(l.movements());
    // movement 6 (index 5) reserves from KK-B; name a lot never received
    sells.set(5, Movement.builder().from(sells.get(5)).lotCode(LotCode.of("KK-Z")).build());
    assertThat(refusal(lotsOf(l), sells).ruleCode()).isEqualTo(InventoryRule.LOT_UNKNOWN.code());

    StockLot unused = Fixture.craft("P-9", PERAHU, LocalDate.of(2026, 9, 1), 2);
    List<StockLot> extra = new ArrayList<>(lotsOf(l));
    extra.add(unused);
    InvalidValueException x = refusal(extra, l.movements());
    assertThat(x.ruleCode()).isEqualTo(InventoryRule.LOT_UNKNOWN.code());
    assertThat(x.getMessage()).contains("lots[5]");

    List<StockLot> twice = new ArrayList<>(lotsOf(l));
    twice.add(KK_B);
    assertThat(refusal(twice, l.movements()).ruleCode())
        .isEqualTo(InventoryRule.LOT_ALREADY_RECEIVED.code());
    // a receipt movement that does not match its lot
    StockLot other =
        Fixture.food("KK-C", KUE, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 12, 1), 6);
    List<StockLot> changed = new ArrayList<>(lotsOf(l));
    changed.replaceAll(s -> s.equals(KK_C) ? other : s);
    assertThat(refusal(changed, l.movements()).ruleCode())
        .isEqualTo(InventoryRule.MOVEMENT_INCONSISTENT.code());
    assertThat(P_1).isNotEqualTo(P_2);
  }

  @Test
  void nullsAreMissingValues() {
    assertThatThrownBy(() -> StockLedger.replay(Stamps.FACILITY, null, List.of()))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> StockLedger.replay(Stamps.FACILITY, List.of(), null))
        .isInstanceOf(MissingValueException.class);
    List<Movement> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> StockLedger.replay(Stamps.FACILITY, List.of(), withNull))
        .isInstanceOf(MissingValueException.class);
    List<StockLot> lotNull = new ArrayList<>();
    lotNull.add(null);
    assertThatThrownBy(() -> StockLedger.replay(Stamps.FACILITY, lotNull, List.of()))
        .isInstanceOf(MissingValueException.class);
  }

  private static int indexOf(List<Movement> ms, MovementType type, Optional<ReservationId> r) {
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).type() == type && ms.get(i).reservation().equals(r)) {
        return i;
      }
    }
    throw new AssertionError("no " + type);
  }

  // ---------------------------------------------------------------- random ledgers

  private static final Sku[] SKUS = {KUE, PERAHU, Fixture.JAHE};

  @Test
  void everyRandomLedgerReplaysToTheSameMovements() {
    long movements = 0;
    for (long seed = 1; seed <= 200; seed++) {
      StockLedger l = randomLedger(new SplittableRandom(seed));
      StockLedger replayed;
      try {
        replayed = StockLedger.replay(Stamps.FACILITY, lotsOf(l), l.movements());
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
      assertThat(replayed.movements()).as("seed %s", seed).isEqualTo(l.movements());
      assertThat(replayed.lots()).as("seed %s", seed).isEqualTo(l.lots());
      assertThat(replayed.stock()).as("seed %s", seed).isEqualTo(l.stock());
      assertThat(replayed.reservations()).as("seed %s", seed).isEqualTo(l.reservations());
      movements += l.movementCount();
    }
    assertThat(movements).isGreaterThan(200L * 20);
  }

  private static StockLedger randomLedger(SplittableRandom rnd) {
    StockLedger l = StockLedger.empty(Stamps.FACILITY);
    Stamp now = Stamps.at(2026, 10, 1, 8, 0);
    int lots = 0;
    List<ReservationId> ids = new ArrayList<>();
    for (int step = 0; step < 60; step++) {
      now = now.plusHours(rnd.nextInt(0, 3) == 0 ? 0 : rnd.nextInt(1, 72));
      List<LotCode> codes = l.lots().stream().map(s -> s.lot().lotCode()).toList();
      Sku sku = SKUS[rnd.nextInt(SKUS.length)];
      long q = rnd.nextLong(1, 26);
      if (ids.isEmpty() || rnd.nextInt(3) == 0) {
        ids.add(ReservationId.of("SO-" + ids.size()));
      }
      ReservationId id = ids.get(rnd.nextInt(ids.size()));
      LotCode lot = codes.isEmpty() ? null : codes.get(rnd.nextInt(codes.size()));
      int op = rnd.nextInt(codes.isEmpty() ? 1 : 9);
      Outcome<StockLedger> r =
          switch (op) {
            case 0, 1 -> {
              LocalDate produced = now.localDate().plusDays(-rnd.nextInt(0, 30));
              Optional<LocalDate> expiry =
                  sku.equals(PERAHU)
                      ? Optional.empty()
                      : Optional.of(produced.plusDays(rnd.nextInt(0, 40)));
              yield l.receive(
                  StockLot.of(
                      LotCode.of("L-" + lots++),
                      sku,
                      produced,
                      expiry.orElse(null),
                      q,
                      now.localDateTime()),
                  now);
            }
            case 2 -> l.reserve(id, sku, q, now);
            case 3 -> l.reserveFromLot(id, lot, q, now);
            case 4 -> l.cancelReservation(id, now);
            case 5 ->
                rnd.nextBoolean()
                    ? l.sellReserved(id, now)
                    : l.sellReserved(id, rnd.nextLong(1, 10), now);
            case 6 -> l.sell(sku, q, now);
            case 7 -> l.returnToLot(lot, rnd.nextLong(1, 6), now);
            default ->
                l.writeOff(
                    lot,
                    rnd.nextLong(1, 10),
                    rnd.nextBoolean() ? WriteOffReason.EXPIRED : WriteOffReason.DAMAGED,
                    now);
          };
      l = r.orElse(l);
    }
    return l;
  }
}
