package org.bengkel.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.inventory.Fixture.KK_A;
import static org.bengkel.inventory.Fixture.KUE;
import static org.bengkel.inventory.Fixture.T0;
import static org.bengkel.inventory.Fixture.code;
import static org.bengkel.inventory.Fixture.rid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.Empties;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.RuleBundles;
import org.bengkel.outcome.Refusal;
import org.junit.jupiter.api.Test;

class InventoryValuesTest {

  private static void assertRule(ThrowingCallable call, String field, String code) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException ive = (InvalidValueException) e;
              assertThat(ive.ruleCode()).isEqualTo(code);
              assertThat(ive.field()).isEqualTo(field);
            });
  }

  // ------------------------------------------------------------ StockLot

  @Test
  void lotIsExpiredOnItsExpiryDateAndAfter() {
    // KK-A: best before 1 Dec 2026
    assertThat(KK_A.isExpiredOn(LocalDate.of(2026, 11, 30))).isFalse();
    assertThat(KK_A.isExpiredOn(LocalDate.of(2026, 12, 1))).isTrue();
    assertThat(KK_A.isExpiredOn(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(Fixture.P_1.isExpiredOn(LocalDate.of(2099, 1, 1))).isFalse();
  }

  @Test
  void aLotIsOnSaleForItsShelfLifeCountingTheProductionDay() {
    // docs/domain.md, "Best before": expired on the best-before date, so the days of sale are the
    // days from the production date to the best-before date, the shelf life
    LocalDate bestBefore = KK_A.expiryDate().orElseThrow();
    long onSale =
        KK_A.productionDate()
            .datesUntil(bestBefore.plusDays(10))
            .filter(d -> !KK_A.isExpiredOn(d))
            .count();
    assertThat(onSale).isEqualTo(ChronoUnit.DAYS.between(KK_A.productionDate(), bestBefore));
    assertThat(KK_A.isExpiredOn(bestBefore.minusDays(1))).isFalse();
  }

  @Test
  void lotExpiryMayNotPrecedeProduction() {
    assertRule(
        () -> StockLot.builder().from(KK_A).expiryDate(LocalDate.of(2026, 9, 30)).build(),
        "expiryDate",
        "value.date-order");
    // expiring on the production day is allowed (and is expired at once)
    StockLot sameDay = StockLot.builder().from(KK_A).expiryDate(KK_A.productionDate()).build();
    assertThat(sameDay.isExpiredOn(KK_A.productionDate())).isTrue();
  }

  @Test
  void lotCannotEnterStockBeforeItIsProduced() {
    assertRule(
        () ->
            StockLot.builder()
                .from(KK_A)
                .receivedAt(KK_A.productionDate().plusDays(-1).atTime(23, 59))
                .build(),
        "receivedAt",
        "value.date-order");
  }

  @Test
  void lotQuantityIsPositiveWholeUnits() {
    for (long bad : new long[] {0, -5, StockLot.MAX_QUANTITY + 1}) {
      assertRule(
          () -> StockLot.builder().from(KK_A).quantity(bad).build(),
          "quantity",
          "value.out-of-range");
    }
    assertThat(StockLot.builder().from(KK_A).quantity(StockLot.MAX_QUANTITY).build().quantity())
        .isEqualTo(StockLot.MAX_QUANTITY);
  }

  @Test
  void lotRequiresItsAttributes() {
    assertThatThrownBy(
            () -> StockLot.of(null, KUE, LocalDate.of(2026, 1, 1), null, 1, T0.localDateTime()))
        .isInstanceOf(MissingValueException.class);
  }

  // ------------------------------------------------------------ ReservationId

  @Test
  void reservationIdIsACodeAndReadsBack() {
    ReservationId id = ReservationId.of("SO-2026-0001-1");
    assertThat(ReservationId.parse(id.toString())).isEqualTo(id).hasSameHashCodeAs(id);
    assertThat(id.value()).isEqualTo("SO-2026-0001-1");
    assertThat(ReservationId.forLine("SO-2026-0001", 1)).isEqualTo(id);
    assertThat(id.compareTo(ReservationId.of("SO-2026-0001-2"))).isNegative();
    assertThat(id).isNotEqualTo("SO-2026-0001-1");
    assertRule(() -> ReservationId.of("so 1"), "reservationId", "value.malformed");
    assertRule(() -> ReservationId.of(null), "reservationId", "value.required");
    assertRule(() -> ReservationId.forLine(null, 1), "orderReference", "value.required");
    assertRule(() -> ReservationId.forLine("SO-1", 0), "line", "value.out-of-range");
  }

  // ------------------------------------------------------------ Movement

  private static Movement.Builder movement(MovementType type) {
    Movement.Builder b = Movement.builder();
    b.sequence(1).type(type).stamp(T0).version(1).sku(KUE).lotCode(KK_A.lotCode()).quantity(2);
    return b;
  }

  @Test
  void movementAttributesMustFitItsType() {
    assertRule(
        () -> movement(MovementType.RESERVED).build(),
        "reservation",
        "inventory.movement.inconsistent");
    assertRule(
        () -> movement(MovementType.RESERVATION_CANCELLED).build(),
        "reservation",
        "inventory.movement.inconsistent");
    assertRule(
        () -> movement(MovementType.RECEIVED).reservation(rid("SO-1")).build(),
        "reservation",
        "inventory.movement.inconsistent");
    assertRule(
        () -> movement(MovementType.WRITTEN_OFF).build(),
        "writeOffReason",
        "inventory.movement.inconsistent");
    assertRule(
        () -> movement(MovementType.SOLD).writeOffReason(WriteOffReason.DAMAGED).build(),
        "writeOffReason",
        "inventory.movement.inconsistent");
    assertRule(
        () -> movement(MovementType.SOLD).sequence(0).build(), "sequence", "value.out-of-range");
    assertRule(
        () -> movement(MovementType.SOLD).quantity(0).build(), "quantity", "value.out-of-range");
  }

  @Test
  void movementChangesOnHandAndReservedByItsType() {
    // type: on hand, reserved
    assertThat(movement(MovementType.RECEIVED).build().onHandChange()).isEqualTo(2);
    assertThat(movement(MovementType.RECEIVED).build().reservedChange()).isZero();
    Movement reserved = movement(MovementType.RESERVED).reservation(rid("SO-1")).build();
    assertThat(reserved.onHandChange()).isZero();
    assertThat(reserved.reservedChange()).isEqualTo(2);
    Movement unreserved =
        movement(MovementType.RESERVATION_CANCELLED).reservation(rid("SO-1")).build();
    assertThat(unreserved.onHandChange()).isZero();
    assertThat(unreserved.reservedChange()).isEqualTo(-2);
    assertThat(movement(MovementType.SOLD).build().onHandChange()).isEqualTo(-2);
    assertThat(movement(MovementType.SOLD).build().reservedChange()).isZero();
    Movement returned = movement(MovementType.RETURNED).reservation(rid("SO-1")).build();
    assertThat(returned.onHandChange()).isEqualTo(2);
    assertThat(returned.reservedChange()).isZero();
    Movement off =
        movement(MovementType.WRITTEN_OFF).writeOffReason(WriteOffReason.EXPIRED).build();
    assertThat(off.onHandChange()).isEqualTo(-2);
    assertThat(off.reservedChange()).isZero();
  }

  // ------------------------------------------------------------ derived values

  @Test
  void pickingCannotPickMoreThanRequestedNorALotTwice() {
    Picking.Builder b = Picking.builder().sku(KUE).date(T0.localDate()).requested(3);
    assertRule(
        () -> Picking.builder().from(b.build()).addPicks(Pick.of(code("A"), 4)).build(),
        "picks",
        "value.out-of-range");
    assertRule(
        () ->
            Picking.builder()
                .from(b.build())
                .addPicks(Pick.of(code("A"), 1), Pick.of(code("A"), 1))
                .build(),
        "picks.lotCode",
        "value.duplicate");
    assertRule(
        () -> Picking.builder().from(b.build()).requested(0).build(),
        "requested",
        "value.out-of-range");
    assertRule(
        () -> Pick.builder().lotCode(code("A")).quantity(0).build(),
        "quantity",
        "value.out-of-range");
  }

  @Test
  void reservationHoldsAtLeastOneLotOnce() {
    Reservation.Builder b = Reservation.builder().id(rid("SO-1")).sku(KUE).reservedAt(T0.at());
    Empties.refusedAsEmpty(b::build, "picks");
    assertRule(
        () ->
            Reservation.builder()
                .id(rid("SO-1"))
                .sku(KUE)
                .reservedAt(T0.at())
                .addPicks(Pick.of(code("A"), 1), Pick.of(code("A"), 2))
                .build(),
        "picks.lotCode",
        "value.duplicate");
  }

  @Test
  void lotStockKeepsItsBalance() {
    // on hand must be received + returned - sold - written off: 10 + 0 - 3 - 0 = 7
    LotStock.Builder ok =
        LotStock.builder().lot(KK_A).onHand(7).reserved(2).sold(3).returned(0).writtenOff(0);
    assertThat(ok.build().available()).isEqualTo(5);
    assertRule(
        () -> LotStock.builder().from(ok.build()).onHand(8).build(),
        "onHand",
        "value.out-of-range");
    assertRule(
        () -> LotStock.builder().from(ok.build()).reserved(8).build(),
        "reserved",
        "value.out-of-range");
    assertRule(
        () -> LotStock.builder().from(ok.build()).returned(4).onHand(11).build(),
        "returned",
        "value.out-of-range");
    assertRule(() -> SkuStock.of(KUE, 1, 2), "reserved", "value.out-of-range");
    assertRule(
        () -> SkuStock.builder().sku(KUE).onHand(-1).reserved(0).build(),
        "onHand",
        "value.out-of-range");
  }

  @Test
  void refusalFormsItsMessageFromItsParts() {
    Refusal r = Refusal.of(InventoryRule.RESERVATION_EXISTS, "SO-1", 3);
    assertThat(r.message(java.util.Locale.ROOT))
        .isEqualTo("reservation SO-1 is already open [inventory.reservation.exists]");
    assertThat(r.details()).isEmpty();
  }

  // ------------------------------------------------------------ messages

  @Test
  void everyRuleHasAnEnglishAndIndonesianMessage() {
    Properties en = RuleBundles.assertBothLanguages(InventoryRule.class, "inventory.");
    // the rules' messages, and one audit-trail sentence per stock event type (event.<type>)
    assertThat(en)
        .hasSize(InventoryRule.values().length + StockEvent.class.getPermittedSubclasses().length);
  }

  @Test
  void movementCarriesTheReceivedAt() {
    Stamp at = Stamps.at(KK_A.receivedAt());
    assertThat(
            StockLedger.empty(Stamps.FACILITY)
                .receive(KK_A, Stamps.at(KK_A.receivedAt()))
                .orElseThrow()
                .movements()
                .get(0)
                .stamp())
        .isEqualTo(at);
  }
}
