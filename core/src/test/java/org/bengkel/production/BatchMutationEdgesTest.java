package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bengkel.production.Fixtures.ANDI;
import static org.bengkel.production.Fixtures.BUDI;
import static org.bengkel.production.Fixtures.CANDRA;
import static org.bengkel.production.Fixtures.DESK;
import static org.bengkel.production.Fixtures.KASI;
import static org.bengkel.production.Fixtures.NOV_2;
import static org.bengkel.production.Fixtures.PENGAWAS;
import static org.bengkel.production.Fixtures.at;
import static org.bengkel.production.Fixtures.refusal;
import static org.bengkel.production.Fixtures.stamp;
import static org.bengkel.production.Fixtures.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bengkel.Empties;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.error.InvalidValueException;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialCostLine;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.junit.jupiter.api.Test;

/**
 * A production batch's own checks, its events' checks and audit facts, replay's refusals and the
 * work log's equality (edges found by mutation testing, docs/testing.md), each with the count
 * worked out by hand.
 */
class BatchMutationEdgesTest {

  private static final LotCode LOT = LotCode.of("KK-20261102-01");
  private static final Stamp EVENING = stamp(KASI, at(NOV_2, 17, 0));
  private static final WorkInterval MORNING = work(ANDI, NOV_2, "08:00", "12:00");

  private static ProductionBatch released() {
    return Fixtures.kueChecked().release(FoodSafetyPolicy.defaults(), EVENING).orElseThrow();
  }

  private static InvalidValueException invalid(Runnable build) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build::run);
    assertThat(e).as("refused with InvalidValueException").isNotNull();
    return e;
  }

  // ------------------------------------------------------------------ the batch's own check

  @Test
  void aBatchBuiltByHandKeepsItsCountsInOrder() {
    ProductionBatch checked = Fixtures.kueChecked(); // planned 40, produced 38, 36 good + 2 bad
    assertThat(
            invalid(() -> ProductionBatch.builder().from(checked).plannedQuantity(0).build())
                .field())
        .isEqualTo("plannedQuantity");
    assertThat(invalid(() -> ProductionBatch.builder().from(checked).version(0).build()).field())
        .isEqualTo("version");
    // 41 produced of 40 planned
    assertThat(
            invalid(
                    () ->
                        ProductionBatch.builder()
                            .from(Fixtures.kuePackaging())
                            .producedUnits(41L)
                            .build())
                .ruleCode())
        .isEqualTo(ProductionRule.PRODUCED_OVER_PLANNED.code());
    assertThat(
            invalid(
                    () ->
                        ProductionBatch.builder()
                            .from(Fixtures.kuePackaging())
                            .producedUnits(-1L)
                            .build())
                .field())
        .isEqualTo("producedUnits");
    // 36 + 2 = 38 counted of 37 produced
    assertThat(
            invalid(() -> ProductionBatch.builder().from(checked).producedUnits(37L).build())
                .ruleCode())
        .isEqualTo(ProductionRule.COUNTED_OVER_PRODUCED.code());
    // a planned batch has no team, work or materials yet
    assertThat(
            invalid(
                    () ->
                        ProductionBatch.builder()
                            .from(Fixtures.plannedKue())
                            .workLog(WorkLog.forTeam(List.of(ANDI)))
                            .build())
                .field())
        .isEqualTo("team");
    // nor materials
    MaterialLine flour = MaterialLine.of(Fixtures.TEPUNG, Quantity.of(10, MeasureUnit.KILOGRAM));
    assertThat(
            invalid(
                    () ->
                        ProductionBatch.builder()
                            .from(Fixtures.plannedKue())
                            .addMaterials(flour)
                            .build())
                .field())
        .isEqualTo("team");
    // started at 07:30 on 2 November, so its production date cannot be 1 November
    assertThat(
            invalid(
                    () ->
                        ProductionBatch.builder()
                            .from(Fixtures.kueInProduction())
                            .productionDate(NOV_2.minusDays(1))
                            .build())
                .ruleCode())
        .isEqualTo(ProductionRule.START_DATE.code());
  }

  @Test
  void aReleasedBatchHasAtLeastOneGoodUnitAndOneIsEnough() {
    ProductionBatch released = released();
    assertThat(
            invalid(
                    () ->
                        ProductionBatch.builder()
                            .from(released)
                            .qualityCheck(QualityCheck.of(0, 38))
                            .build())
                .ruleCode())
        .isEqualTo(ProductionRule.NOTHING_TO_RELEASE.code());
    assertThat(
            ProductionBatch.builder()
                .from(released)
                .qualityCheck(QualityCheck.of(1, 37))
                .build()
                .goodUnits())
        .isEqualTo(1);
    // released through the operation: 1 good of 38 counted
    ProductionBatch one =
        Fixtures.kuePackaging()
            .recordQualityCheck(1, 37, stamp(KASI, at(NOV_2, 16, 0)))
            .flatMap(b -> b.release(FoodSafetyPolicy.defaults(), EVENING))
            .orElseThrow();
    assertThat(one.stage()).isEqualTo(BatchStage.RELEASED);
    assertThat(one.goodUnits()).isEqualTo(1);
  }

  @Test
  void theDefaultVersionCountsStagesWorkAndMaterials() {
    MaterialLine flour = MaterialLine.of(Fixtures.TEPUNG, Quantity.of(10, MeasureUnit.KILOGRAM));
    ProductionBatch b =
        Fixtures.kueInProduction()
            .recordWork(MORNING, (rn, p, d) -> true, DESK)
            .flatMap(
                x -> x.recordWork(work(BUDI, NOV_2, "08:00", "11:00"), (rn, p, d) -> true, DESK))
            .flatMap(x -> x.consumeMaterial(flour, DESK))
            .orElseThrow();
    // plan, supervisor, start, two work records, one material: version 6
    assertThat(b.version()).isEqualTo(6);
    ProductionBatch byHand =
        ProductionBatch.builder()
            .lotCode(b.lotCode())
            .product(b.product())
            .plannedQuantity(b.plannedQuantity())
            .productionDate(b.productionDate())
            .supervisor(b.supervisor())
            .workLog(b.workLog())
            .materials(b.materials())
            .stageHistory(b.stageHistory())
            .build();
    // without a version given: 2 stages (planned, in production) + 2 intervals + 1 material = 5
    assertThat(byHand.version()).isEqualTo(5);
  }

  // ------------------------------------------------------------------ operations' arguments

  @Test
  void anInvalidArgumentIsRefusedBeforeTheStageIsAsked() {
    ProductionBatch released = released();
    // each would be refused for the stage; the argument is wrong first
    assertThat(invalid(() -> released.recordPieces(ANDI, -1, DESK)).field()).isEqualTo("pieces");
    assertThat(invalid(() -> released.startPackaging(-1, EVENING)).field())
        .isEqualTo("producedUnits");
    assertThat(invalid(() -> released.reject("   ", EVENING)).field()).isEqualTo("reason");
    // Candra is not in the team: that is said before his day (before production) is looked at
    Outcome<ProductionBatch> o =
        Fixtures.kueInProduction()
            .recordWork(
                work(CANDRA, NOV_2.minusDays(1), "08:00", "10:00"), (rn, p, d) -> true, DESK);
    assertThat(refusal(o)).isEqualTo(ProductionRule.NOT_IN_TEAM.code());
  }

  @Test
  void aRefusedReleaseNamesEachFoodSafetyReasonWithItsDetailOnlyWhereThereIsOne() {
    ProductionBatch checked =
        ProductionBatch.plan(
                LotCode.of("KK-X"),
                Fixtures.kueKering(FoodSafety.builder().build()),
                10,
                NOV_2,
                stamp(KASI, at(NOV_2, 6, 0)))
            .flatMap(b -> b.assignSupervisor(PENGAWAS, DESK))
            .flatMap(
                b ->
                    b.startProduction(
                        List.of(ANDI), (rn, p, d) -> true, stamp(PENGAWAS, at(NOV_2, 7, 0))))
            .flatMap(b -> b.startPackaging(10, stamp(PENGAWAS, at(NOV_2, 14, 0))))
            .flatMap(b -> b.recordQualityCheck(10, 0, stamp(KASI, at(NOV_2, 15, 0))))
            .orElseThrow();
    Outcome<ProductionBatch> o = checked.release(FoodSafetyPolicy.defaults(), EVENING);
    // no P-IRT (no detail), no halal certificate (required from 2026-10-17)
    assertThat(o.refusals().get(0).details().get(1))
        .isEqualTo(
            "catalog.food-safety.pirt-missing, catalog.food-safety.halal-missing (2026-10-17)");
  }

  @Test
  void materialLinesOfNothingAreNotConsumed() {
    ProductionBatch b = Fixtures.kueInProduction();
    MaterialCost planned = b.materialCost(Fixtures.boms(), Fixtures.prices());
    MaterialCostLine none =
        MaterialCostLine.of(
            Fixtures.AMPLAS,
            Quantity.of(0, MeasureUnit.SHEET),
            Fixtures.price(Fixtures.AMPLAS, 1_000),
            Rupiah.ZERO);
    MaterialCost withNothing = MaterialCost.builder().from(planned).addLines(none).build();
    ProductionBatch consumed = b.consumeMaterials(withNothing, DESK).orElseThrow();
    // the planned lines, each once; the sandpaper line of 0 sheets is left out
    assertThat(consumed.materials()).hasSize(planned.lines().size());
    assertThat(consumed.materials()).noneMatch(l -> l.material().equals(Fixtures.AMPLAS));
  }

  // ------------------------------------------------------------------ replay

  @Test
  void replayRefusesNothingGapsAndASecondPlan() {
    BatchEvent.BatchPlanned planned =
        new BatchEvent.BatchPlanned(LOT, 1, DESK, Fixtures.kueKering(), 40, NOV_2);
    // no events is a list given empty, not a missing one (it was MissingValueException)
    Empties.refusedAsEmpty(() -> ProductionBatch.replay(LOT, List.of()), "events");
    assertReplayRefused(
        List.of(planned, new BatchEvent.SupervisorAssigned(LOT, 3, DESK, PENGAWAS)), "events[1]");
    assertReplayRefused(
        List.of(
            planned, new BatchEvent.BatchPlanned(LOT, 2, DESK, Fixtures.kueKering(), 40, NOV_2)),
        "events[1]");
    assertReplayRefused(
        List.of(new BatchEvent.SupervisorAssigned(LOT, 1, DESK, PENGAWAS)), "events[0]");
    assertThat(ProductionBatch.replay(LOT, List.of(planned)).stage()).isEqualTo(BatchStage.PLANNED);
  }

  private static void assertReplayRefused(List<BatchEvent> events, String field) {
    InvalidValueException e = invalid(() -> ProductionBatch.replay(LOT, events));
    assertThat(e.ruleCode()).isEqualTo(AuditRule.EVENT_INCONSISTENT.code());
    assertThat(e.field()).isEqualTo(field);
  }

  @Test
  void aRejectedBatchReplays() {
    Outcome<ProductionBatch> story =
        ProductionBatch.plan(
                LOT, Fixtures.kueKering(), 40, NOV_2, stamp(KASI, at(NOV_2.minusDays(5), 9, 0)))
            .flatMap(b -> b.assignSupervisor(PENGAWAS, DESK))
            .flatMap(b -> b.reschedule(NOV_2, DESK))
            .flatMap(
                b ->
                    b.startProduction(
                        List.of(ANDI), (rn, p, d) -> true, stamp(PENGAWAS, at(NOV_2, 7, 30))))
            .flatMap(b -> b.reject("adonan gosong", stamp(KASI, at(NOV_2, 9, 0))));
    ProductionBatch rejected = story.orElseThrow();
    assertThat(rejected.stage()).isEqualTo(BatchStage.REJECTED);
    List<BatchEvent> events = story.events(BatchEvent.class);
    assertThat(events).hasSize(5);
    assertThat(ProductionBatch.replay(LOT, events)).isEqualTo(rejected);
  }

  // ------------------------------------------------------------------ events

  private static final List<Function<Long, BatchEvent>> KINDS =
      List.of(
          v -> new BatchEvent.BatchPlanned(LOT, v, DESK, Fixtures.kueKering(), 40, NOV_2),
          v -> new BatchEvent.SupervisorAssigned(LOT, v, DESK, PENGAWAS),
          v -> new BatchEvent.BatchRescheduled(LOT, v, DESK, NOV_2.plusDays(1)),
          v -> new BatchEvent.ProductionStarted(LOT, v, DESK, List.of(ANDI, BUDI)),
          v -> new BatchEvent.WorkRecorded(LOT, v, DESK, MORNING),
          v -> new BatchEvent.PiecesRecorded(LOT, v, DESK, ANDI, 12),
          v ->
              new BatchEvent.MaterialsConsumed(
                  LOT,
                  v,
                  DESK,
                  List.of(MaterialLine.of(Fixtures.TEPUNG, Quantity.of(10, MeasureUnit.KILOGRAM)))),
          v -> new BatchEvent.PackagingStarted(LOT, v, DESK, 38),
          v -> new BatchEvent.QualityChecked(LOT, v, DESK, QualityCheck.of(36, 2)),
          v -> new BatchEvent.BatchReleased(LOT, v, DESK),
          v -> new BatchEvent.BatchRejected(LOT, v, DESK, "gosong"));

  @Test
  void everyKindOfEventRefusesVersionZeroAndItsOwnBadFields() {
    for (Function<Long, BatchEvent> kind : KINDS) {
      assertThat(invalid(() -> kind.apply(0L)).field()).isEqualTo("version");
      assertThat(kind.apply(4L).aggregateId()).isEqualTo("KK-20261102-01");
    }
    assertThat(invalid(() -> new BatchEvent.PiecesRecorded(LOT, 1, DESK, ANDI, -1)).field())
        .isEqualTo("count");
    assertThat(invalid(() -> new BatchEvent.PackagingStarted(LOT, 1, DESK, -1)).field())
        .isEqualTo("producedUnits");
    assertThat(invalid(() -> new BatchEvent.BatchRejected(LOT, 1, DESK, " ")).field())
        .isEqualTo("reason");
  }

  @Test
  void auditFactsShowTheTraineeOnlyWhenDisclosed() {
    String lot = "KK-20261102-01";
    String andi = ANDI.value();
    List<List<Object>> shown =
        KINDS.stream().map(k -> k.apply(1L).auditFacts(Disclosure.REGISTRATION_NUMBERS)).toList();
    assertThat(shown)
        .containsExactly(
            List.of(lot, 40L, "KUE-KERING-500G", "2026-11-02"),
            List.of(PENGAWAS.nip().toString(), lot),
            List.of(lot, "2026-11-03"),
            List.of(lot, 2), // Andi and Budi
            List.of(1, andi, "2026-11-02", "08:00", "12:00", lot),
            List.of(12L, 1, andi, lot),
            List.of(1, lot), // one material line
            List.of(lot, 38L),
            List.of(lot, 36L, 2L),
            List.of(lot),
            List.of(lot, "gosong"));
    List<List<Object>> withheld =
        KINDS.stream().map(k -> k.apply(1L).auditFacts(Disclosure.NO_TRAINEES)).toList();
    assertThat(withheld.get(4)).isEqualTo(List.of(0, "-", "2026-11-02", "08:00", "12:00", lot));
    assertThat(withheld.get(5)).isEqualTo(List.of(12L, 0, "-", lot));
    for (int i : new int[] {0, 1, 2, 3, 6, 7, 8, 9, 10}) {
      assertThat(withheld.get(i)).isEqualTo(shown.get(i));
    }
  }

  @Test
  void eventsNamingTraineesDescribeThemselvesWithoutThem() {
    assertThat(KINDS.get(3).apply(3L).toString())
        .isEqualTo("ProductionStarted[lotCode=KK-20261102-01, version=3, team=2]");
    assertThat(KINDS.get(4).apply(3L).toString())
        .isEqualTo("WorkRecorded[lotCode=KK-20261102-01, version=3]");
    assertThat(KINDS.get(5).apply(3L).toString())
        .isEqualTo("PiecesRecorded[lotCode=KK-20261102-01, version=3, count=12]");
  }

  // ------------------------------------------------------------------ parts

  @Test
  void stagesChecksAndNotesRefuseWhatDoesNotFit() {
    Stamp s = stamp(KASI, at(NOV_2, 8, 0));
    StageEvent planned = StageEvent.of(BatchStage.PLANNED, s);
    StageEvent started = StageEvent.of(BatchStage.IN_PRODUCTION, s);
    // the third event (index 2) rejects without saying why
    assertThat(
            invalid(
                    () ->
                        StageHistory.of(
                            List.of(planned, started, StageEvent.of(BatchStage.REJECTED, s))))
                .field())
        .isEqualTo("history[2].note");
    // production started at 07:00, before the plan's 08:00
    assertThat(
            invalid(
                    () ->
                        StageHistory.of(
                            List.of(
                                planned,
                                StageEvent.of(
                                    BatchStage.IN_PRODUCTION, stamp(KASI, at(NOV_2, 7, 0))))))
                .field())
        .isEqualTo("history[1].at");
    // a move the lifecycle does not allow is a refused outcome
    Outcome<StageHistory> skip =
        StageHistory.of(List.of(planned)).moveTo(StageEvent.of(BatchStage.RELEASED, s));
    assertThat(refusal(skip)).isEqualTo(ProductionRule.STAGE_ORDER.code());
    assertThat(
            invalid(
                    () ->
                        StageEvent.builder().stage(BatchStage.REJECTED).stamp(s).note("  ").build())
                .field())
        .isEqualTo("note");
    assertThat(invalid(() -> QualityCheck.of(-1, 0)).field()).isEqualTo("goodUnits");
    assertThat(invalid(() -> QualityCheck.of(0, -1)).field()).isEqualTo("rejectedUnits");
    assertThat(LotCode.of("KK-20261102-01")).hasSameHashCodeAs(LOT);
    assertThat(LotCode.of("KK-20261102-02").hashCode()).isNotEqualTo(LOT.hashCode());
  }

  @Test
  void aWorkLogKeepsItsFirstDayAndCountsWhateverTheOrderOfRecording() {
    WorkInterval nov3 = work(ANDI, NOV_2.plusDays(1), "08:00", "10:00");
    WorkLog team = WorkLog.forTeam(List.of(ANDI));
    assertThat(team.record(MORNING).flatMap(l -> l.record(nov3)).orElseThrow().firstDay())
        .contains(NOV_2);
    assertThat(team.record(nov3).flatMap(l -> l.record(MORNING)).orElseThrow().firstDay())
        .contains(NOV_2);
    assertThat(invalid(() -> WorkLog.of(List.of(ANDI), List.of(), Map.of(ANDI, -1L))).field())
        .isEqualTo("pieces");
    assertThat(invalid(() -> team.recordPieces(ANDI, -1)).field()).isEqualTo("pieces");
    assertThat(WorkLog.empty().isEmpty()).isTrue();
    assertThat(team.isEmpty()).isFalse();
  }

  @Test
  void workLogsAreEqualByTeamPiecesAndIntervals() {
    WorkLog a = WorkLog.of(List.of(ANDI, BUDI), List.of(MORNING), Map.of(ANDI, 12L));
    WorkLog same = WorkLog.of(List.of(BUDI, ANDI), List.of(MORNING), Map.of(ANDI, 12L));
    assertThat(a).isEqualTo(a).isEqualTo(same).hasSameHashCodeAs(same);
    List<WorkLog> others = new ArrayList<>();
    others.add(WorkLog.of(List.of(ANDI), List.of(MORNING), Map.of(ANDI, 12L))); // team
    others.add(WorkLog.of(List.of(ANDI, BUDI), List.of(MORNING), Map.of(ANDI, 13L))); // pieces
    others.add(WorkLog.of(List.of(ANDI, BUDI), List.of(), Map.of(ANDI, 12L))); // 0 intervals
    others.add(
        WorkLog.of(
            List.of(ANDI, BUDI),
            List.of(work(ANDI, NOV_2, "08:00", "11:00")),
            Map.of(ANDI, 12L))); // 1 other interval
    for (WorkLog other : others) {
      assertThat(a).isNotEqualTo(other);
      assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
    }
    assertThat(a.equals((Object) "WorkLog")).isFalse();
  }
}
