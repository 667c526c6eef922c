package org.bengkel.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Sku;
import org.bengkel.outcome.Outcome;
import org.bengkel.production.LotCode;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of ledger operations with fixed seeds (replay a failure by its seed): the
 * ledger's invariants hold after every step, refused operations change nothing, and picking agrees
 * with a brute-force FEFO over all lots.
 */
class StockLedgerPropertyTest {

  private static final int SEQUENCES = 1000;
  private static final int STEPS = 40;
  private static final Sku[] SKUS = {Fixture.KUE, Fixture.PERAHU, Fixture.JAHE};
  private static final Stamp START = Stamps.at(2026, 10, 1, 8, 0);

  @Test
  void randomOperationSequencesKeepEveryInvariant() {
    int refusals = 0;
    int accepted = 0;
    seenTypes.clear();
    seenRefusals.clear();
    for (long seed = 1; seed <= SEQUENCES; seed++) {
      int[] counts = runSequence(seed);
      accepted += counts[0];
      refusals += counts[1];
    }
    // the generator exercises both outcomes plentifully
    assertThat(accepted).isGreaterThan(SEQUENCES * STEPS / 4);
    assertThat(refusals).isGreaterThan(SEQUENCES * STEPS / 10);
    assertThat(seenTypes).containsExactlyInAnyOrder(MovementType.values());
    assertThat(seenRefusals)
        .containsExactlyInAnyOrder(
            InventoryRule.AVAILABLE_INSUFFICIENT,
            InventoryRule.LOT_EXPIRED,
            InventoryRule.LOT_ALREADY_RECEIVED,
            InventoryRule.RESERVATION_UNKNOWN,
            InventoryRule.RESERVATION_EXISTS,
            InventoryRule.RESERVATION_EXCEEDED,
            InventoryRule.RETURN_EXCEEDS_SOLD,
            InventoryRule.WRITE_OFF_NOT_EXPIRED,
            InventoryRule.BACKDATED);
  }

  private final java.util.Set<MovementType> seenTypes =
      java.util.EnumSet.noneOf(MovementType.class);
  private final java.util.Set<InventoryRule> seenRefusals =
      java.util.EnumSet.noneOf(InventoryRule.class);

  private int[] runSequence(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StockLedger ledger = StockLedger.empty(Stamps.FACILITY);
    Stamp now = START;
    int[] lotCounter = {0};
    List<ReservationId> reservationIds = new ArrayList<>();
    int[] counts = new int[2];
    for (int step = 0; step < STEPS; step++) {
      try {
        now = now.plusHours(rnd.nextInt(0, 72));
        Stamp at = rnd.nextInt(20) == 0 ? now.plusDays(-1) : now; // sometimes backdated
        Outcome<StockLedger> result = randomOperation(rnd, ledger, at, lotCounter, reservationIds);
        check(ledger, result, at);
        counts[result.isAccepted() ? 0 : 1]++;
        long count = ledger.movementCount();
        result
            .value()
            .ifPresent(l -> l.movementsAfter(count).forEach(m -> seenTypes.add(m.type())));
        result.refusals().forEach(r -> seenRefusals.add((InventoryRule) r.rule()));
        ledger = result.orElse(ledger);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + ", step " + step + ": " + e.getMessage(), e);
      }
    }
    return counts;
  }

  private static Outcome<StockLedger> randomOperation(
      SplittableRandom rnd,
      StockLedger ledger,
      Stamp at,
      int[] lotCounter,
      List<ReservationId> ids) {
    List<LotCode> lotCodes = ledger.lots().stream().map(s -> s.lot().lotCode()).toList();
    Sku sku = SKUS[rnd.nextInt(SKUS.length)];
    long quantity = rnd.nextLong(1, 26);
    int op = rnd.nextInt(lotCodes.isEmpty() ? 1 : 10);
    switch (op) {
      case 0, 1 -> {
        if (!lotCodes.isEmpty() && rnd.nextInt(10) == 0) { // a lot received twice
          LotCode again = lotCodes.get(rnd.nextInt(lotCodes.size()));
          StockLot twice = ledger.lot(again).orElseThrow().lot();
          return ledger.receive(twice, Stamps.at(twice.receivedAt()));
        }
        LotCode code = LotCode.of("L-" + lotCounter[0]++);
        LocalDate produced = at.localDate().plusDays(-rnd.nextInt(0, 30));
        Optional<LocalDate> expiry =
            sku.equals(Fixture.PERAHU) || rnd.nextInt(5) == 0
                ? Optional.empty()
                : Optional.of(produced.plusDays(rnd.nextInt(0, 40)));
        return ledger.receive(
            StockLot.of(code, sku, produced, expiry.orElse(null), quantity, at.localDateTime()),
            at);
      }
      case 2, 3 -> {
        ReservationId id = reservationId(rnd, ids);
        return ledger.reserve(id, sku, quantity, at);
      }
      case 4 -> {
        ReservationId id = reservationId(rnd, ids);
        return ledger.reserveFromLot(id, lotCodes.get(rnd.nextInt(lotCodes.size())), quantity, at);
      }
      case 5 -> {
        return ledger.cancelReservation(reservationId(rnd, ids), at);
      }
      case 6 -> {
        ReservationId id = reservationId(rnd, ids);
        return rnd.nextBoolean()
            ? ledger.sellReserved(id, at)
            : ledger.sellReserved(id, rnd.nextLong(1, 10), at);
      }
      case 7 -> {
        return ledger.sell(sku, quantity, at);
      }
      case 8 -> {
        LotCode lot = lotCodes.get(rnd.nextInt(lotCodes.size()));
        return ledger.returnToLot(lot, rnd.nextLong(1, 6), at);
      }
      default -> {
        LotCode lot = lotCodes.get(rnd.nextInt(lotCodes.size()));
        WriteOffReason reason = rnd.nextBoolean() ? WriteOffReason.EXPIRED : WriteOffReason.DAMAGED;
        return ledger.writeOff(lot, rnd.nextLong(1, 10), reason, at);
      }
    }
  }

  private static ReservationId reservationId(SplittableRandom rnd, List<ReservationId> ids) {
    if (ids.isEmpty() || rnd.nextInt(3) == 0) {
      ids.add(ReservationId.of("SO-" + ids.size()));
    }
    return ids.get(rnd.nextInt(ids.size()));
  }

  private static void check(StockLedger before, Outcome<StockLedger> result, Stamp at) {
    List<Movement> beforeHistory = before.movements();
    StockLedger after = result.orElse(before);
    if (!result.isAccepted()) {
      // refused: exactly one reason, no ledger; the caller continues with the very same one
      assertThat(after).isSameAs(before);
      assertThat(result.value()).isEmpty();
      assertThat(result.refusals()).hasSize(1);
      assertThat(result.refusals().get(0).rule()).isInstanceOf(InventoryRule.class);
      assertThat(before.movements()).isEqualTo(beforeHistory);
    } else {
      List<Movement> appended = after.movementsAfter(before.movementCount());
      assertThat(after.movementCount()).isEqualTo(before.movementCount() + appended.size());
      assertThat(appended).isNotEmpty();
      List<Movement> history = after.movements();
      assertThat(history.subList((int) before.movementCount(), history.size())).isEqualTo(appended);
      assertThat(history.subList(0, (int) before.movementCount())).isEqualTo(beforeHistory);
      for (Movement m : appended) {
        assertThat(m.stamp()).isEqualTo(at);
        StockLot lot = after.lot(m.lotCode()).orElseThrow().lot();
        if (m.type() == MovementType.RESERVED || m.type() == MovementType.SOLD) {
          assertThat(lot.isExpiredOn(at.localDate()))
              .as("%s of expired lot %s on %s", m.type(), lot.lotCode(), at)
              .isFalse();
        }
      }
      checkRefusalsWereDue(before, appended, at);
    }
    checkInvariants(after);
    checkPickingIsBruteForceFefo(after, at.localDate());
  }

  /** An accepted reservation or sale by SKU took exactly what brute-force FEFO takes. */
  private static void checkRefusalsWereDue(StockLedger before, List<Movement> appended, Stamp at) {
    Movement first = appended.get(0);
    boolean bySku =
        (first.type() == MovementType.RESERVED && appended.size() > 1)
            || (first.type() == MovementType.SOLD && first.reservation().isEmpty());
    if (bySku) {
      long total = appended.stream().mapToLong(Movement::quantity).sum();
      List<Pick> expected = bruteForcePick(before.lots(), first.sku(), total, at.localDate());
      assertThat(appended.stream().map(m -> Pick.of(m.lotCode(), m.quantity())).toList())
          .isEqualTo(expected);
    }
  }

  private static void checkInvariants(StockLedger l) {
    Map<LotCode, long[]> sums = new HashMap<>();
    for (Movement m : l.movements()) {
      long[] s = sums.computeIfAbsent(m.lotCode(), k -> new long[2]);
      s[0] += m.onHandChange();
      s[1] += m.reservedChange();
    }
    Map<LotCode, Long> reservedByReservations = new HashMap<>();
    for (Reservation r : l.reservations()) {
      for (Pick p : r.picks()) {
        reservedByReservations.merge(p.lotCode(), p.quantity(), Long::sum);
        assertThat(l.lot(p.lotCode()).orElseThrow().lot().sku()).isEqualTo(r.sku());
      }
    }
    Map<Sku, long[]> perSku = new HashMap<>();
    for (LotStock s : l.lots()) {
      long[] sum = sums.get(s.lot().lotCode());
      assertThat(s.onHand()).as("on hand = sum of movements").isEqualTo(sum[0]);
      assertThat(s.reserved()).as("reserved = sum of movements").isEqualTo(sum[1]);
      assertThat(s.available()).as("available").isNotNegative();
      assertThat(s.reserved())
          .isEqualTo(reservedByReservations.getOrDefault(s.lot().lotCode(), 0L));
      long[] t = perSku.computeIfAbsent(s.lot().sku(), k -> new long[2]);
      t[0] += s.onHand();
      t[1] += s.reserved();
    }
    for (SkuStock s : l.stock()) {
      assertThat(s.onHand()).isEqualTo(perSku.get(s.sku())[0]);
      assertThat(s.reserved()).isEqualTo(perSku.get(s.sku())[1]);
      assertThat(s.available()).isNotNegative();
    }
  }

  private static void checkPickingIsBruteForceFefo(StockLedger l, LocalDate date) {
    List<LotStock> all = l.lots();
    // expiry reports agree with a scan of all lots
    assertThat(l.expiredWithStock(date))
        .isEqualTo(
            all.stream()
                .filter(s -> s.onHand() > 0 && s.lot().isExpiredOn(date))
                .sorted(Comparator.comparing(LotStock::lot, StockLot.FEFO))
                .toList());
    assertThat(l.nearExpiry(date, 7))
        .isEqualTo(
            all.stream()
                .filter(
                    s ->
                        s.onHand() > 0
                            && !s.lot().isExpiredOn(date)
                            && s.lot()
                                .expiryDate()
                                .filter(e -> !e.isAfter(date.plusDays(7)))
                                .isPresent())
                .sorted(Comparator.comparing(LotStock::lot, StockLot.FEFO))
                .toList());
    for (Sku sku : SKUS) {
      long sellable =
          l.lots(sku).stream()
              .filter(s -> !s.lot().isExpiredOn(date))
              .mapToLong(LotStock::available)
              .sum();
      assertThat(l.available(sku, date)).isEqualTo(sellable);
      long want = sellable + 1;
      Picking p = l.pick(sku, want, date);
      assertThat(p.picks()).isEqualTo(bruteForcePick(all, sku, want, date));
      assertThat(p.shortfall()).isEqualTo(1);
      for (Pick pick : p.picks()) {
        assertThat(l.lot(pick.lotCode()).orElseThrow().lot().isExpiredOn(date)).isFalse();
      }
    }
  }

  /** FEFO the slow way: sort every lot of the SKU, skip expired and unavailable ones. */
  private static List<Pick> bruteForcePick(
      List<LotStock> all, Sku sku, long quantity, LocalDate date) {
    List<LotStock> lots =
        new ArrayList<>(all.stream().filter(s -> s.lot().sku().equals(sku)).toList());
    lots.sort(Comparator.comparing(LotStock::lot, StockLot.FEFO));
    List<Pick> out = new ArrayList<>();
    long remaining = quantity;
    for (LotStock s : lots) {
      if (remaining == 0) {
        break;
      }
      if (s.lot().isExpiredOn(date) || s.available() == 0) {
        continue;
      }
      long take = Math.min(remaining, s.available());
      out.add(Pick.of(s.lot().lotCode(), take));
      remaining -= take;
    }
    return out;
  }
}
