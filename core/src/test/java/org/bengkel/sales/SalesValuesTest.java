package org.bengkel.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.sales.Fixture.DAY;
import static org.bengkel.sales.Fixture.KK_A;
import static org.bengkel.sales.Fixture.T0;
import static org.bengkel.sales.Fixture.at;
import static org.bengkel.sales.Fixture.rp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.bengkel.inventory.Pick;
import org.bengkel.outcome.Refusal;
import org.bengkel.pricing.Channel;
import org.bengkel.programme.ProgrammeCode;
import org.junit.jupiter.api.Test;

/** The invariants of the sales values, checked when they are built (for instance read back). */
class SalesValuesTest {

  @Test
  void lifecycleAllowsOnlyItsMoves() {
    assertThat(OrderStatus.QUOTED.successors())
        .containsExactlyInAnyOrder(OrderStatus.CONFIRMED, OrderStatus.CANCELLED);
    assertThat(OrderStatus.CONFIRMED.canMoveTo(OrderStatus.PAID)).isTrue();
    assertThat(OrderStatus.CONFIRMED.canMoveTo(OrderStatus.FULFILLED)).isFalse();
    assertThat(OrderStatus.PAID.canMoveTo(OrderStatus.CANCELLED)).isTrue();
    assertThat(OrderStatus.FULFILLED.successors()).isEmpty();
    assertThat(OrderStatus.CANCELLED.successors()).isEmpty();
    assertThat(OrderStatus.PAID.holdsReservations()).isTrue();
    assertThat(OrderStatus.QUOTED.holdsReservations()).isFalse();
  }

  @Test
  void anOrderHistoryStartsQuotedAndFollowsTheLifecycle() {
    SalesOrder quoted = Fixture.order();
    assertInvalid(
        () ->
            SalesOrder.builder()
                .from(quoted)
                .history(List.of(OrderEvent.of(OrderStatus.CONFIRMED, T0)))
                .build(),
        "sales.order.transition",
        "history[0].status");
    assertInvalid(
        () ->
            SalesOrder.builder()
                .from(quoted)
                .addHistory(OrderEvent.of(OrderStatus.PAID, at(5)))
                .build(),
        "sales.order.transition",
        "history[1].status");
    assertInvalid(
        () ->
            SalesOrder.builder()
                .from(quoted)
                .addHistory(OrderEvent.of(OrderStatus.CONFIRMED, at(-5)))
                .build(),
        "sales.order.date-order",
        "history[1].at");
    assertInvalid(
        () -> SalesOrder.builder().from(quoted).orderDate(DAY.plusDays(1)).build(),
        "sales.order.date-order",
        "history[0].at");
    assertInvalid(
        () -> SalesOrder.builder().from(quoted).history(List.of()).build(),
        "value.required",
        "history");
    assertInvalid(
        () -> SalesOrder.builder().from(quoted).lines(List.of()).build(),
        "value.required",
        "lines");
    assertThatThrownBy(
            () ->
                SalesOrder.quoted(
                    "SO-1", Channel.GALLERY, Customer.walkIn(), DAY, List.of(Fixture.kue(1)), null))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void soldLotsAreRecordedExactlyOnFulfilledOrders() {
    SalesOrder quoted = Fixture.order("SO-1", Fixture.kue(2));
    GoodsLine sold =
        GoodsLine.builder().from(Fixture.kue(2)).addSoldLots(Pick.of(KK_A.lotCode(), 2)).build();
    assertInvalid(
        () -> SalesOrder.builder().from(quoted).lines(List.of(sold)).build(),
        "sales.line.sold-lots",
        "lines[0].soldLots");
    SalesOrder fulfilledWithout =
        SalesOrder.builder()
            .from(quoted)
            .addHistory(
                OrderEvent.of(OrderStatus.CONFIRMED, at(1)),
                OrderEvent.of(OrderStatus.PAID, at(2)),
                OrderEvent.of(OrderStatus.FULFILLED, at(3)))
            .lines(List.of(sold))
            .build();
    assertThat(fulfilledWithout.status()).isEqualTo(OrderStatus.FULFILLED);
    assertInvalid(
        () -> SalesOrder.builder().from(fulfilledWithout).lines(List.of(Fixture.kue(2))).build(),
        "sales.line.sold-lots",
        "lines[0].soldLots");
    assertInvalid(
        () ->
            GoodsLine.builder()
                .from(Fixture.kue(2))
                .addSoldLots(Pick.of(KK_A.lotCode(), 1))
                .build(),
        "sales.line.sold-lots",
        "soldLots");
  }

  @Test
  void recordedReturnsMustFitTheOrder() {
    GoodsLine sold =
        GoodsLine.builder().from(Fixture.kue(2)).addSoldLots(Pick.of(KK_A.lotCode(), 2)).build();
    SalesOrder done =
        SalesOrder.builder()
            .from(Fixture.order("SO-1", Fixture.kue(2)))
            .addHistory(
                OrderEvent.of(OrderStatus.CONFIRMED, at(1)),
                OrderEvent.of(OrderStatus.PAID, at(2)),
                OrderEvent.of(OrderStatus.FULFILLED, at(3)))
            .lines(List.of(sold))
            .build();
    GoodsReturn one =
        GoodsReturn.of(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(4), "CN-1");
    SalesOrder returned = SalesOrder.builder().from(done).addReturns(one).build();
    assertThat(returned.returnable(1, KK_A.lotCode())).isEqualTo(1);
    assertThat(Invoice.creditNoteFor(returned, one).total()).isEqualTo(rp(90_000));
    assertInvalid(
        () ->
            SalesOrder.builder()
                .from(returned)
                .addReturns(
                    GoodsReturn.of(1, KK_A.lotCode(), 2, ReturnDisposition.RESTOCK, at(5), "CN-2"))
                .build(),
        "sales.return.exceeds-sold",
        "returns[1].quantity");
    assertInvalid(
        () ->
            SalesOrder.builder()
                .from(returned)
                .addReturns(
                    GoodsReturn.of(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(5), "CN-1"))
                .build(),
        "value.duplicate",
        "returns.creditNoteNumber");
    assertInvalid(
        () ->
            SalesOrder.builder()
                .from(done)
                .addReturns(
                    GoodsReturn.of(2, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(5), "CN-2"))
                .build(),
        "sales.return.line",
        "returns[0].line");
    assertInvalid(
        () ->
            SalesOrder.builder()
                .from(done)
                .addReturns(
                    GoodsReturn.of(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(2), "CN-2"))
                .build(),
        "sales.order.date-order",
        "returns[0].at");
    assertInvalid(
        () ->
            SalesOrder.builder()
                .from(Fixture.order("SO-1", Fixture.kue(2)))
                .addReturns(one)
                .build(),
        "sales.order.transition",
        "returns");
  }

  @Test
  void aServiceJobNeedsAClassTheServiceOffersAndATrainee() {
    Service motorOnly =
        Service.builder()
            .from(Fixture.WASH)
            .pricePerJob(java.util.Map.of(VehicleClass.MOTORCYCLE, rp(15_000)))
            .build();
    assertThatThrownBy(() -> ServiceJob.of(motorOnly, VehicleClass.CAR, DAY, Set.of(Fixture.ANDI)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.service.class-not-offered");
              assertThat(e.field()).isEqualTo("vehicleClass");
              assertThat(e.message(Messages.INDONESIAN))
                  .contains("tidak ditawarkan oleh jasa CUCI-KENDARAAN");
            });
    assertInvalid(
        () -> ServiceJob.of(Fixture.WASH, VehicleClass.CAR, DAY, Set.of()),
        "value.required",
        "trainees");
    assertThatThrownBy(() -> ServiceJob.of(null, VehicleClass.CAR, DAY, Set.of(Fixture.ANDI)))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> ServiceJob.of(Fixture.WASH, VehicleClass.CAR, rp(1), DAY, null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("trainees"));
    // a promotional price agreed instead of the tariff
    ServiceJob promo =
        ServiceJob.of(Fixture.WASH, VehicleClass.CAR, rp(30_000), DAY, Set.of(Fixture.ANDI));
    assertThat(promo.lineTotal()).isEqualTo(rp(30_000));
    assertThat(promo.quantity()).isEqualTo(1);
    assertThat(promo.toString()).doesNotContain("101/2025");
    Service longName = Service.builder().from(Fixture.WASH).name("C".repeat(200)).build();
    assertThat(ServiceJob.of(longName, VehicleClass.CAR, DAY, Set.of(Fixture.ANDI)).description())
        .hasSize(200)
        .endsWith("... (CAR)");
  }

  @Test
  void aGoodsLineFromAProductIsDescribedByItsName() {
    Product boat =
        Product.of(
            Fixture.PERAHU,
            "Miniatur perahu 30 cm",
            ProductCategory.WOOD_MINIATURE,
            Unit.PIECE,
            ProgrammeCode.of("KAYU"));
    GoodsLine line = GoodsLine.of(boat, 3, rp(100_000));
    assertThat(line.description()).isEqualTo("Miniatur perahu 30 cm");
    // 3 × 100.000 = 300.000
    assertThat(line.lineTotal()).isEqualTo(rp(300_000));
    assertThat(line.soldFrom(KK_A.lotCode())).isZero();
    assertThatThrownBy(() -> GoodsLine.of((Product) null, 1, rp(1)))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void refusalsExplainThemselvesInBothLanguages() {
    Refusal r = Refusal.of(SalesRule.RESERVATION_MISMATCH, "SO-1-2", 4, 5).at("lines[1]");
    assertThat(r.code()).isEqualTo("sales.order.reservation-mismatch");
    assertThat(r.message(Locale.ROOT))
        .isEqualTo(
            "lines[1]: reservation SO-1-2 holds 4 unit(s), the line needs 5"
                + " [sales.order.reservation-mismatch]");
    assertThat(r.message(Messages.INDONESIAN))
        .isEqualTo(
            "lines[1]: reservasi SO-1-2 memuat 4 unit, baris memerlukan 5"
                + " [sales.order.reservation-mismatch]");
    Refusal whole = Refusal.of(SalesRule.RESERVATION_MISMATCH, "SO-1-2", 4, 5);
    assertThat(whole.message(Locale.ROOT)).startsWith("reservation SO-1-2");
  }

  @Test
  void customerFieldMessagesNameTheKind() {
    assertThatThrownBy(() -> Customer.builder().kind(CustomerKind.STAFF).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Invalid value for 'staffNip' (no value):"
                          + " is required for a STAFF customer [sales.customer.field-required]");
              assertThat(e.message(Messages.INDONESIAN))
                  .contains("wajib untuk pembeli jenis STAFF");
            });
  }

  private static void assertInvalid(Runnable build, String code, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void aLongServiceNameIsShortenedForTheJobWithoutSplittingACharacter() {
    // 190 letters, an emoji (two chars: 190 and 191), 8 letters: 200 chars. The job's description
    // keeps 200 - " (CAR)".length() - "...".length() = 191 chars of the name, which would end
    // between the emoji's two halves: the cut keeps 190 and drops the emoji whole.
    Service longName =
        Service.builder()
            .from(Fixture.WASH)
            .name("a".repeat(190) + "\uD83D\uDE00" + "b".repeat(8))
            .build();
    String description =
        ServiceJob.of(longName, VehicleClass.CAR, DAY, Set.of(Fixture.ANDI)).description();
    assertThat(description.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE))
        .isEmpty();
    assertThat(description).isEqualTo("a".repeat(190) + "... (" + VehicleClass.CAR + ")");
  }
}
