package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.production.Fixtures.ANDI;
import static org.bengkel.production.Fixtures.BUDI;
import static org.bengkel.production.Fixtures.CANDRA;
import static org.bengkel.production.Fixtures.DEDI;
import static org.bengkel.production.Fixtures.HALAL;
import static org.bengkel.production.Fixtures.KASI;
import static org.bengkel.production.Fixtures.NOV_2;
import static org.bengkel.production.Fixtures.OCT_1;
import static org.bengkel.production.Fixtures.PENGAWAS;
import static org.bengkel.production.Fixtures.PIRT_2025;
import static org.bengkel.production.Fixtures.PIRT_2026;
import static org.bengkel.production.Fixtures.at;
import static org.bengkel.production.Fixtures.rule;
import static org.bengkel.production.Fixtures.work;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.Product;
import org.bengkel.error.CoreRule;
import org.bengkel.error.IllegalTransitionException;
import org.bengkel.error.InvalidValueException;
import org.bengkel.foodsafety.FoodSafetyDecision;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.inventory.StockLot;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.TrainingRegister;
import org.junit.jupiter.api.Test;

/** Each transition of a batch and each refusal, with its rule code. */
class ProductionBatchTest {

  private static final FoodSafetyPolicy POLICY = FoodSafetyPolicy.defaults();

  @Test
  void planRecordsTheOfficerAndTimeAndStartsPlanned() {
    ProductionBatch b = Fixtures.plannedKue();
    assertThat(b.stage()).isEqualTo(BatchStage.PLANNED);
    assertThat(b.history()).hasSize(1);
    assertThat(b.history().get(0).by()).isEqualTo(KASI);
    assertThat(b.history().get(0).at()).isEqualTo(at(LocalDate.of(2026, 10, 28), 9, 0));
    assertThat(b.supervisor()).contains(PENGAWAS);
    assertThat(b.team()).isEmpty();
    assertThat(b.goodUnits()).isZero();
    assertThat(b.releasedAt()).isEmpty();
    // 2 November 2026 + 60 days shelf life = 1 January 2027
    assertThat(b.bestBefore()).contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void productionNeedsASupervisingOfficer() {
    ProductionBatch b = ProductionBatch.plan(
        LotCode.of("KK-1"), Fixtures.kueKering(), 40, NOV_2, at(NOV_2, 6, 0), KASI);
    assertThatThrownBy(() -> b.startProduction(at(NOV_2, 7, 30), KASI, List.of(ANDI), Fixtures.register()))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.supervisor.required"))
        .satisfies(e -> assertThat(((IllegalTransitionException) e).from()).isEqualTo("PLANNED"))
        .satisfies(e -> assertThat(((IllegalTransitionException) e).to()).isEqualTo("IN_PRODUCTION"));
  }

  @Test
  void startProductionRecordsTeamAndEvent() {
    ProductionBatch planned = Fixtures.plannedKue();
    ProductionBatch b = Fixtures.kueInProduction();
    assertThat(planned.stage()).as("old batch unchanged").isEqualTo(BatchStage.PLANNED);
    assertThat(b.stage()).isEqualTo(BatchStage.IN_PRODUCTION);
    assertThat(b.team()).containsExactly(ANDI, BUDI);
    assertThat(b.event(BatchStage.IN_PRODUCTION)).get()
        .satisfies(e -> assertThat(e.at()).isEqualTo(at(NOV_2, 7, 30)))
        .satisfies(e -> assertThat(e.by()).isEqualTo(PENGAWAS));
    assertThat(b.event(BatchStage.RELEASED)).isEmpty();
  }

  @Test
  void teamMembersMustBeActivelyEnrolledInTheProductsProgrammeOnTheProductionDate() {
    ProductionBatch planned = Fixtures.plannedKue();
    // Dedi is enrolled in wood craft, not in the culinary programme.
    assertThatThrownBy(() -> planned.startProduction(
            at(NOV_2, 7, 30), PENGAWAS, List.of(ANDI, DEDI), Fixtures.register()))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.not-enrolled"))
        .satisfies(e -> assertThat(((InvalidValueException) e).isPersonal()).isTrue())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("104/2025").contains("KULINER-2026"));
    // Candra withdrew on 1 November: no longer active on 2 November.
    TrainingRegister withdrawn = Fixtures.register()
        .withdraw(Fixtures.KULINER, CANDRA, LocalDate.of(2026, 11, 1), EnrolmentReason.TRANSFER).orElseThrow();
    assertThatThrownBy(() -> planned.startProduction(
            at(NOV_2, 7, 30), PENGAWAS, List.of(CANDRA), withdrawn))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.not-enrolled"));
    // The function form is asked for the product's programme on the production date.
    EnrolmentCheck onlyOnNov2 = (rn, programme, date) ->
        programme.equals(Fixtures.KULINER) && date.equals(NOV_2);
    assertThat(planned.startProduction(at(NOV_2, 7, 30), PENGAWAS, List.of(DEDI), onlyOnNov2).team())
        .containsExactly(DEDI);
  }

  @Test
  void productionNeedsATeam() {
    assertThatThrownBy(() -> Fixtures.plannedKue()
            .startProduction(at(NOV_2, 7, 30), PENGAWAS, List.of(), Fixtures.register()))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.empty"));
  }

  @Test
  void productionStartsOnTheProductionDateOrTheBatchIsRescheduled() {
    ProductionBatch planned = Fixtures.plannedKue();
    assertThatThrownBy(() -> planned.startProduction(
            at(NOV_2.plusDays(1), 7, 30), PENGAWAS, List.of(ANDI), Fixtures.register()))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.start.date"));
    ProductionBatch moved = planned.reschedule(NOV_2.plusDays(1));
    assertThat(moved.startProduction(at(NOV_2.plusDays(1), 7, 30), PENGAWAS, List.of(ANDI),
            Fixtures.register()).productionDate())
        .isEqualTo(NOV_2.plusDays(1));
    assertThatThrownBy(() -> Fixtures.kueInProduction().reschedule(NOV_2))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.stage.order"));
  }

  @Test
  void movesAreNeverDatedBeforeThePreviousMove() {
    assertThatThrownBy(() -> Fixtures.kueInProduction().startPackaging(at(NOV_2, 7, 0), PENGAWAS, 10))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.DATE_ORDER.code()));
  }

  @Test
  void overlappingHoursOfATraineeAreRefused() {
    ProductionBatch b = Fixtures.kueInProduction()
        .recordWork(work(ANDI, NOV_2, "08:00", "12:00"), Fixtures.register()::isActivelyEnrolled);
    assertThatThrownBy(() -> b.recordWork(work(ANDI, NOV_2, "11:00", "13:00"),
            Fixtures.register()::isActivelyEnrolled))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.hours.overlap"))
        .satisfies(e -> assertThat(((InvalidValueException) e).isPersonal()).isTrue());
    // Touching intervals and another trainee's same hours are fine.
    ProductionBatch c = b
        .recordWork(work(ANDI, NOV_2, "12:00", "13:00"), Fixtures.register()::isActivelyEnrolled)
        .recordWork(work(BUDI, NOV_2, "08:00", "12:00"), Fixtures.register()::isActivelyEnrolled);
    assertThat(c.hoursByTrainee()).containsEntry(ANDI, Duration.ofHours(5)).containsEntry(BUDI, Duration.ofHours(4));
    assertThat(c.totalHours()).isEqualTo(Duration.ofHours(9));
  }

  @Test
  void hoursAreForTeamMembersEnrolledOnTheDayFromTheProductionDate() {
    ProductionBatch b = Fixtures.kueInProduction();
    EnrolmentCheck register = EnrolmentCheck.of(Fixtures.register());
    assertThatThrownBy(() -> b.recordWork(work(CANDRA, NOV_2, "08:00", "09:00"), register))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.not-member"));
    EnrolmentCheck notOnNov3 = (rn, p, d) -> !d.equals(NOV_2.plusDays(1));
    assertThatThrownBy(() -> b.recordWork(work(ANDI, NOV_2.plusDays(1), "08:00", "09:00"), notOnNov3))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.not-enrolled"));
    assertThatThrownBy(() -> b.recordWork(work(ANDI, NOV_2.minusDays(1), "08:00", "09:00"), register))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.hours.before-production"));
    assertThatThrownBy(() -> work(ANDI, NOV_2, "09:00", "09:00"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.hours.times"));
  }

  @Test
  void workPiecesAndMaterialsAreRecordedOnlyInProductionOrPackaging() {
    MaterialLine flour = MaterialLine.of(Fixtures.TEPUNG, Quantity.of(10, MeasureUnit.KILOGRAM));
    ProductionBatch packing = Fixtures.kuePackaging()
        .recordWork(work(ANDI, NOV_2, "15:00", "16:00"), EnrolmentCheck.of(Fixtures.register()))
        .recordPieces(ANDI, 20)
        .recordPieces(ANDI, 5)
        .consumeMaterial(flour);
    assertThat(packing.pieces()).containsEntry(ANDI, 25L);
    assertThat(packing.materials()).containsExactly(flour);
    for (ProductionBatch b : List.of(Fixtures.plannedKue(), Fixtures.kueChecked())) {
      assertThatThrownBy(() -> b.consumeMaterial(flour))
          .isInstanceOf(IllegalTransitionException.class)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("production.recording.closed"));
      assertThatThrownBy(() -> b.recordPieces(ANDI, 1))
          .satisfies(e -> assertThat(rule(e)).isEqualTo("production.recording.closed"));
      assertThatThrownBy(() -> b.recordWork(work(ANDI, NOV_2, "08:00", "09:00"), (r, p, d) -> true))
          .satisfies(e -> assertThat(rule(e)).isEqualTo("production.recording.closed"));
    }
    assertThatThrownBy(() -> Fixtures.kueInProduction().recordPieces(CANDRA, 1))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.not-member"));
    assertThatThrownBy(() -> Fixtures.kueInProduction().recordPieces(ANDI, -1))
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.OUT_OF_RANGE.code()));
  }

  @Test
  void materialsFromTheBillAreForThisProductOnly() {
    ProductionBatch b = Fixtures.kueInProduction();
    ProductionBatch miniatures = ProductionBatch.plan(LotCode.of("AL-1"), Fixtures.arekLancor(), 6,
        NOV_2, at(NOV_2, 6, 0), KASI);
    assertThatThrownBy(() -> b.consumeMaterials(miniatures.materialCost(Fixtures.boms(), Fixtures.prices())))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.mismatch"));
  }

  @Test
  void materialsFromTheBillAreForThePlannedQuantityOnly() {
    ProductionBatch b = Fixtures.kueInProduction();
    MaterialCost forThePlan = b.materialCost(Fixtures.boms(), Fixtures.prices());
    MaterialCost forHalf =
        Fixtures.boms().materialCost(b.product().sku(), b.plannedQuantity() / 2, b.productionDate(),
            Fixtures.prices());
    assertThatThrownBy(() -> b.consumeMaterials(forHalf))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule().code()).isEqualTo("production.mismatch");
          assertThat(e.field()).isEqualTo("cost.units");
          assertThat(e.getMessage()).contains(String.valueOf(b.plannedQuantity()));
        });
    // the same bill for the plan, priced on another day: the quantities are the plan's
    MaterialCost otherDay =
        Fixtures.boms().materialCost(b.product().sku(), b.plannedQuantity(),
            b.productionDate().plusDays(1), Fixtures.prices());
    assertThat(b.consumeMaterials(otherDay).materials())
        .isEqualTo(b.consumeMaterials(forThePlan).materials())
        .isNotEmpty();
  }

  @Test
  void producedUnitsNeverExceedThePlan() {
    assertThatThrownBy(() -> Fixtures.kueInProduction().startPackaging(at(NOV_2, 15, 0), PENGAWAS, 41))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.count.over-planned"));
    assertThat(Fixtures.kueInProduction().startPackaging(at(NOV_2, 15, 0), PENGAWAS, 40).producedUnits())
        .contains(40L);
  }

  @Test
  void goodPlusRejectedNeverExceedProduced() {
    ProductionBatch packing = Fixtures.kuePackaging(); // 38 produced
    assertThatThrownBy(() -> packing.recordQualityCheck(at(NOV_2, 16, 0), KASI, 36, 3, Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.count.over-produced"));
    // 35 + 2 = 37 <= 38: one jar kept as a sample
    ProductionBatch checked =
        packing.recordQualityCheck(at(NOV_2, 16, 0), KASI, 35, 2, Optional.of("satu toples contoh"));
    assertThat(checked.qualityCheck()).get()
        .satisfies(q -> assertThat(q.countedUnits()).isEqualTo(37))
        .satisfies(q -> assertThat(q.notes()).contains("satu toples contoh"));
    assertThat(checked.event(BatchStage.QUALITY_CHECK).orElseThrow().by()).isEqualTo(KASI);
  }

  @Test
  void releaseNeedsTheQualityCheck() {
    for (ProductionBatch b : List.of(Fixtures.plannedKue(), Fixtures.kueInProduction(), Fixtures.kuePackaging())) {
      assertThatThrownBy(() -> b.release(at(NOV_2, 17, 0), KASI, POLICY))
          .isInstanceOf(IllegalTransitionException.class)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("production.quality-check.required"))
          .satisfies(e -> assertThat(((IllegalTransitionException) e).to()).isEqualTo("RELEASED"));
    }
  }

  @Test
  void releaseRecordsTheOfficerAndTime() {
    ProductionBatch released = Fixtures.kueChecked().release(at(NOV_2, 17, 0), KASI, POLICY);
    assertThat(released.stage()).isEqualTo(BatchStage.RELEASED);
    assertThat(released.releasedAt()).contains(at(NOV_2, 17, 0));
    assertThat(released.event(BatchStage.RELEASED).orElseThrow().by()).isEqualTo(KASI);
    StockLot lot = released.toStockLot(StockLot::of);
    assertThat(lot.quantity()).isEqualTo(36);
    assertThat(lot.expiryDate()).contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void foodWithAnExpiredPirtOnTheProductionDateIsNotReleased() {
    ProductionBatch checked = checkedKue(Fixtures.kueKering(FoodSafety.of(PIRT_2025, HALAL)), NOV_2);
    FoodSafetyDecision decision = checked.releaseDecision(POLICY);
    assertThat(decision.isAllowed()).isFalse();
    assertThatThrownBy(() -> checked.release(at(NOV_2, 17, 0), KASI, POLICY))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.release.food-safety"))
        .satisfies(e -> assertThat(((IllegalTransitionException) e).details())
            .containsExactly("2026-11-02", "catalog.food-safety.pirt-expired (2025-12-31)"))
        .satisfies(e -> assertThat(((IllegalTransitionException) e).message(Locale.ENGLISH))
            .contains("catalog.food-safety.pirt-expired"))
        .satisfies(e -> assertThat(((IllegalTransitionException) e).message(Locale.forLanguageTag("id")))
            .contains("keamanan pangan menolak rilis pada 2026-11-02"));
  }

  @Test
  void foodWithoutHalalIsNotReleasedFrom17October2026() {
    Product noHalal = Fixtures.kueKering(FoodSafety.of(PIRT_2026));
    assertThatThrownBy(() -> checkedKue(noHalal, NOV_2).release(at(NOV_2, 17, 0), KASI, POLICY))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.release.food-safety"))
        .satisfies(e -> assertThat(((IllegalTransitionException) e).details().get(1))
            .isEqualTo("catalog.food-safety.halal-missing (2026-10-17)"));
    // Before the deadline the same product is released.
    assertThat(checkedKue(noHalal, OCT_1).release(at(OCT_1, 17, 0), KASI, POLICY).stage())
        .isEqualTo(BatchStage.RELEASED);
    // A product with neither: both reasons are named.
    Product neither = Fixtures.kueKering(FoodSafety.builder().build());
    assertThatThrownBy(() -> checkedKue(neither, NOV_2).release(at(NOV_2, 17, 0), KASI, POLICY))
        .satisfies(e -> assertThat(((IllegalTransitionException) e).details().get(1))
            .contains("catalog.food-safety.pirt-missing", "catalog.food-safety.halal-missing"));
  }

  @Test
  void aDecisionMustBeForThisProductAndProductionDate() {
    ProductionBatch checked = Fixtures.kueChecked();
    FoodSafetyDecision otherDay = POLICY.decide(checked.product(), OCT_1);
    assertThatThrownBy(() -> checked.release(at(NOV_2, 17, 0), KASI, otherDay))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.mismatch"));
    FoodSafetyDecision otherProduct = POLICY.decide(Fixtures.arekLancor(), NOV_2);
    assertThatThrownBy(() -> checked.release(at(NOV_2, 17, 0), KASI, otherProduct))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.mismatch"));
    assertThat(checked.release(at(NOV_2, 17, 0), KASI, POLICY.decide(checked.product(), NOV_2)).stage())
        .isEqualTo(BatchStage.RELEASED);
  }

  @Test
  void aBatchWithoutGoodUnitsIsRejectedNotReleased() {
    ProductionBatch allBad =
        Fixtures.kuePackaging().recordQualityCheck(at(NOV_2, 16, 0), KASI, 0, 38, Optional.of("gosong"));
    assertThatThrownBy(() -> allBad.release(at(NOV_2, 17, 0), KASI, POLICY))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.release.nothing-good"));
    ProductionBatch rejected = allBad.reject(at(NOV_2, 17, 0), KASI, "seluruh batch gosong");
    assertThat(rejected.stage()).isEqualTo(BatchStage.REJECTED);
    assertThat(rejected.event(BatchStage.REJECTED).orElseThrow().note()).contains("seluruh batch gosong");
  }

  @Test
  void rejectionFromProductionPackagingOrQualityCheck() {
    for (ProductionBatch b : List.of(Fixtures.kueInProduction(), Fixtures.kuePackaging(), Fixtures.kueChecked())) {
      ProductionBatch r = b.reject(at(NOV_2, 18, 0), PENGAWAS, "adonan terkontaminasi");
      assertThat(r.stage()).isEqualTo(BatchStage.REJECTED);
      assertThat(r.stage().isFinal()).isTrue();
      assertThatThrownBy(() -> r.toStockLot(StockLot::of))
          .isInstanceOf(IllegalTransitionException.class)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("production.stock.not-released"));
    }
    assertThatThrownBy(() -> Fixtures.kueInProduction().reject(at(NOV_2, 18, 0), KASI, " "))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.BLANK.code()));
  }

  @Test
  void releaseAndRejectFromAWrongStageAreIllegalTransitions() {
    ProductionBatch released = Fixtures.kueChecked().release(at(NOV_2, 17, 0), KASI, POLICY);
    ProductionBatch rejected = Fixtures.kueChecked().reject(at(NOV_2, 17, 0), KASI, "kemasan bocor");
    for (ProductionBatch done : List.of(released, rejected)) {
      assertThatThrownBy(() -> done.release(at(NOV_2, 18, 0), KASI, POLICY))
          .isInstanceOf(IllegalTransitionException.class)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("production.stage.order"))
          .satisfies(e -> assertThat(((IllegalTransitionException) e).from()).isEqualTo(done.stage().name()));
      assertThatThrownBy(() -> done.reject(at(NOV_2, 18, 0), KASI, "terlambat"))
          .isInstanceOf(IllegalTransitionException.class)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("production.stage.order"));
      assertThatThrownBy(() -> done.assignSupervisor(KASI))
          .satisfies(e -> assertThat(rule(e)).isEqualTo("production.stage.order"));
    }
    assertThatThrownBy(() -> Fixtures.plannedKue().reject(at(NOV_2, 18, 0), KASI, "batal"))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.stage.order"));
    assertThatThrownBy(() -> Fixtures.kueChecked().startPackaging(at(NOV_2, 18, 0), KASI, 1))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.stage.order"));
    assertThatThrownBy(() -> Fixtures.kueInProduction()
            .recordQualityCheck(at(NOV_2, 18, 0), KASI, 1, 0, Optional.empty()))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.stage.order"));
    assertThatThrownBy(() -> Fixtures.kueInProduction()
            .startProduction(at(NOV_2, 18, 0), KASI, List.of(ANDI), Fixtures.register()))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.stage.order"));
  }

  @Test
  void stagesFollowTheLifecycle() {
    assertThat(BatchStage.PLANNED.successors()).containsExactly(BatchStage.IN_PRODUCTION);
    assertThat(BatchStage.QUALITY_CHECK.successors())
        .containsExactlyInAnyOrder(BatchStage.RELEASED, BatchStage.REJECTED);
    assertThat(BatchStage.RELEASED.successors()).isEmpty();
    assertThat(BatchStage.PLANNED.canMoveTo(BatchStage.REJECTED)).isFalse();
    assertThat(BatchStage.PACKAGING.isRecording()).isTrue();
    assertThat(BatchStage.QUALITY_CHECK.isRecording()).isFalse();
  }

  @Test
  void toStringNeverShowsRegistrationNumbers() {
    ProductionBatch b = Fixtures.kueInProduction()
        .recordWork(work(ANDI, NOV_2, "08:00", "12:00"), EnrolmentCheck.of(Fixtures.register()))
        .recordPieces(BUDI, 3);
    String all = b + " " + b.work().get(0) + " " + b.teamHours();
    assertThat(all).doesNotContain("101/2025", "102/2025", "B.I-");
    assertThat(b.toString()).contains("KK-20261102-01");
  }

  @Test
  void labelNamesTheWorkshopAndLotNeverATrainee() {
    ProductionBatch b = Fixtures.kueChecked().release(at(NOV_2, 17, 0), KASI, POLICY);
    var label = b.label(Fixtures.PAMEKASAN);
    assertThat(label.productionCode()).isEqualTo("KK-20261102-01");
    assertThat(label.producer()).isEqualTo("Bengkel Kerja Lapas Kelas IIA Pamekasan");
    assertThat(label.bestBefore()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(label.toString()).doesNotContain("101/2025", "102/2025");
    assertThat(label.pirt()).contains(PIRT_2026);
  }

  @Test
  void theBuilderRefusesBatchesWhoseDataDoNotFitTheirStage() {
    ProductionBatch planned = Fixtures.plannedKue();
    ProductionBatch started = Fixtures.kueInProduction();
    assertThatThrownBy(() -> ProductionBatch.builder().from(planned).addTeam(ANDI).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(planned).producedUnits(3L).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(started).qualityCheck(QualityCheck.of(1, 0)).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(planned).history(List.of()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.REQUIRED.code()));
    assertThatThrownBy(() -> ProductionBatch.builder().from(planned)
            .history(List.of(StageEvent.of(BatchStage.IN_PRODUCTION, at(NOV_2, 7, 0), KASI))).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(planned)
            .addHistory(StageEvent.of(BatchStage.RELEASED, at(NOV_2, 7, 0), KASI)).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(started).supervisor(Optional.empty()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.supervisor.required"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(started).team(List.of()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.empty"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(started).putPiece(CANDRA, 1L).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.not-member"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(started)
            .addWork(work(CANDRA, NOV_2, "08:00", "09:00")).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.not-member"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(Fixtures.kueChecked())
            .addHistory(StageEvent.of(BatchStage.REJECTED, at(NOV_2, 18, 0), KASI)).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.REQUIRED.code()));
  }

  private static ProductionBatch checkedKue(Product product, LocalDate date) {
    return ProductionBatch.plan(LotCode.of("KK-X"), product, 10, date, at(date, 6, 0), KASI)
        .assignSupervisor(PENGAWAS)
        .startProduction(at(date, 7, 0), PENGAWAS, List.of(ANDI), (rn, p, d) -> true)
        .startPackaging(at(date, 14, 0), PENGAWAS, 10)
        .recordQualityCheck(at(date, 15, 0), KASI, 10, 0, Optional.empty());
  }
}
