package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.production.Fixtures.ANDI;
import static org.bengkel.production.Fixtures.BUDI;
import static org.bengkel.production.Fixtures.CANDRA;
import static org.bengkel.production.Fixtures.DEDI;
import static org.bengkel.production.Fixtures.DESK;
import static org.bengkel.production.Fixtures.HALAL;
import static org.bengkel.production.Fixtures.KASI;
import static org.bengkel.production.Fixtures.NOV_2;
import static org.bengkel.production.Fixtures.OCT_1;
import static org.bengkel.production.Fixtures.PENGAWAS;
import static org.bengkel.production.Fixtures.PIRT_2025;
import static org.bengkel.production.Fixtures.PIRT_2026;
import static org.bengkel.production.Fixtures.at;
import static org.bengkel.production.Fixtures.refusal;
import static org.bengkel.production.Fixtures.rule;
import static org.bengkel.production.Fixtures.stamp;
import static org.bengkel.production.Fixtures.work;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bengkel.Stamps;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.Product;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.foodsafety.FoodSafetyDecision;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.inventory.StockLot;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
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
    assertThat(b.history().get(0).stamp().actor()).isEqualTo(Actor.officer(KASI.nip()));
    assertThat(b.history().get(0).stamp().localDateTime())
        .isEqualTo(at(LocalDate.of(2026, 10, 28), 9, 0));
    assertThat(b.supervisor()).contains(PENGAWAS);
    assertThat(b.team()).isEmpty();
    assertThat(b.goodUnits()).isZero();
    assertThat(b.releasedAt()).isEmpty();
    // 2 November 2026 + 60 days shelf life = 1 January 2027
    assertThat(b.bestBefore()).contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void productionNeedsASupervisingOfficer() {
    ProductionBatch b =
        ProductionBatch.plan(
                LotCode.of("KK-1"), Fixtures.kueKering(), 40, NOV_2, stamp(KASI, at(NOV_2, 6, 0)))
            .orElseThrow();
    Outcome<ProductionBatch> o =
        b.startProduction(List.of(ANDI), Fixtures.register(), stamp(KASI, at(NOV_2, 7, 30)));
    assertThat(refusal(o)).isEqualTo("production.supervisor.required");
    assertThat(o.refusals().get(0).subject()).isEqualTo("PLANNED");
    assertThat(o.refusals().get(0).value()).contains("IN_PRODUCTION");
    assertThat(o.orElse(b)).isSameAs(b);
  }

  @Test
  void startProductionRecordsTeamAndEvent() {
    ProductionBatch planned = Fixtures.plannedKue();
    ProductionBatch b = Fixtures.kueInProduction();
    assertThat(planned.stage()).as("old batch unchanged").isEqualTo(BatchStage.PLANNED);
    assertThat(b.stage()).isEqualTo(BatchStage.IN_PRODUCTION);
    assertThat(b.team()).containsExactly(ANDI, BUDI);
    assertThat(b.event(BatchStage.IN_PRODUCTION))
        .get()
        .satisfies(e -> assertThat(e.stamp().localDateTime()).isEqualTo(at(NOV_2, 7, 30)))
        .satisfies(e -> assertThat(e.stamp().actor()).isEqualTo(Actor.officer(PENGAWAS.nip())));
    assertThat(b.event(BatchStage.RELEASED)).isEmpty();
  }

  @Test
  void teamMembersMustBeActivelyEnrolledInTheProductsProgrammeOnTheProductionDate() {
    ProductionBatch planned = Fixtures.plannedKue();
    // Dedi is enrolled in wood craft, not in the culinary programme.
    Outcome<ProductionBatch> dedi =
        planned.startProduction(
            List.of(ANDI, DEDI), Fixtures.register(), stamp(PENGAWAS, at(NOV_2, 7, 30)));
    assertThat(refusal(dedi)).isEqualTo("production.team.not-enrolled");
    Refusal r = dedi.refusals().get(0);
    assertThat(r.isPersonal()).isTrue();
    assertThat(r.subject()).isEqualTo("team");
    assertThat(r.value()).isEmpty();
    assertThat(r.message(Locale.ENGLISH)).doesNotContain("104/2025").contains("KULINER-2026");
    assertThat(r.message(Locale.forLanguageTag("id")))
        .doesNotContain("104/2025")
        .contains("tidak terdaftar aktif");
    assertThat(r.toString()).doesNotContain("104/2025");
    // Candra withdrew on 1 November: no longer active on 2 November.
    TrainingRegister withdrawn =
        Fixtures.register()
            .withdraw(
                Fixtures.KULINER,
                CANDRA,
                Stamps.on(LocalDate.of(2026, 11, 1)),
                EnrolmentReason.TRANSFER)
            .orElseThrow();
    assertThat(
            refusal(
                planned.startProduction(
                    List.of(CANDRA), withdrawn, stamp(PENGAWAS, at(NOV_2, 7, 30)))))
        .isEqualTo("production.team.not-enrolled");
    // The function form is asked for the product's programme on the production date.
    EnrolmentCheck onlyOnNov2 =
        (rn, programme, date) -> programme.equals(Fixtures.KULINER) && date.equals(NOV_2);
    assertThat(
            planned
                .startProduction(List.of(DEDI), onlyOnNov2, stamp(PENGAWAS, at(NOV_2, 7, 30)))
                .orElseThrow()
                .team())
        .containsExactly(DEDI);
  }

  @Test
  void productionNeedsATeam() {
    assertThat(
            refusal(
                Fixtures.plannedKue()
                    .startProduction(
                        List.of(), Fixtures.register(), stamp(PENGAWAS, at(NOV_2, 7, 30)))))
        .isEqualTo("production.team.empty");
    assertThatThrownBy(
            () ->
                Fixtures.plannedKue()
                    .startProduction(
                        Arrays.asList(ANDI, null),
                        Fixtures.register(),
                        stamp(PENGAWAS, at(NOV_2, 7, 30))))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void productionStartsOnTheProductionDateOrTheBatchIsRescheduled() {
    ProductionBatch planned = Fixtures.plannedKue();
    Outcome<ProductionBatch> nextDay =
        planned.startProduction(
            List.of(ANDI), Fixtures.register(), stamp(PENGAWAS, at(NOV_2.plusDays(1), 7, 30)));
    assertThat(refusal(nextDay)).isEqualTo("production.start.date");
    assertThat(nextDay.refusals().get(0).details()).containsExactly("2026-11-02");
    ProductionBatch moved = planned.reschedule(NOV_2.plusDays(1), DESK).orElseThrow();
    assertThat(
            moved
                .startProduction(
                    List.of(ANDI),
                    Fixtures.register(),
                    stamp(PENGAWAS, at(NOV_2.plusDays(1), 7, 30)))
                .orElseThrow()
                .productionDate())
        .isEqualTo(NOV_2.plusDays(1));
    Outcome<ProductionBatch> late = Fixtures.kueInProduction().reschedule(NOV_2, DESK);
    assertThat(refusal(late)).isEqualTo("production.batch.closed");
    assertThat(late.refusals().get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "a batch in stage in production can no longer change its productionDate"
                + " [production.batch.closed]");
  }

  @Test
  void movesAreNeverDatedBeforeThePreviousMove() {
    Outcome<ProductionBatch> o =
        Fixtures.kueInProduction().startPackaging(10, stamp(PENGAWAS, at(NOV_2, 7, 0)));
    assertThat(refusal(o)).isEqualTo(CoreRule.DATE_ORDER.code());
    assertThat(o.refusals().get(0).subject()).isEqualTo("at");
    assertThat(o.refusals().get(0).details()).containsExactly("2026-11-02T07:30");
    assertThat(
            refusal(
                Fixtures.plannedKue()
                    .startProduction(
                        List.of(ANDI),
                        Fixtures.register(),
                        stamp(PENGAWAS, at(NOV_2.minusDays(6), 7, 30)))))
        .isEqualTo(CoreRule.DATE_ORDER.code());
  }

  @Test
  void overlappingHoursOfATraineeAreRefused() {
    EnrolmentCheck register = Fixtures.register()::isActivelyEnrolled;
    ProductionBatch b =
        Fixtures.kueInProduction()
            .recordWork(work(ANDI, NOV_2, "08:00", "12:00"), register, DESK)
            .orElseThrow();
    Outcome<ProductionBatch> overlap =
        b.recordWork(work(ANDI, NOV_2, "11:00", "13:00"), register, DESK);
    assertThat(refusal(overlap)).isEqualTo("production.hours.overlap");
    assertThat(overlap.refusals().get(0).isPersonal()).isTrue();
    assertThat(overlap.refusals().get(0).subject()).isEqualTo("work");
    assertThat(overlap.refusals().get(0).details()).containsExactly("2026-11-02");
    // inside, around, the same start: all refused against either neighbour
    for (String[] t :
        new String[][] {
          {"09:00", "10:00"}, {"07:00", "13:00"}, {"08:00", "08:30"}, {"07:00", "08:01"}
        }) {
      assertThat(refusal(b.recordWork(work(ANDI, NOV_2, t[0], t[1]), register, DESK)))
          .as(t[0])
          .isEqualTo("production.hours.overlap");
    }
    // Touching intervals and another trainee's same hours are fine.
    ProductionBatch c =
        b.recordWork(work(ANDI, NOV_2, "12:00", "13:00"), register, DESK)
            .flatMap(x -> x.recordWork(work(ANDI, NOV_2, "07:00", "08:00"), register, DESK))
            .flatMap(x -> x.recordWork(work(BUDI, NOV_2, "08:00", "12:00"), register, DESK))
            .orElseThrow();
    assertThat(c.hoursByTrainee())
        .containsEntry(ANDI, Duration.ofHours(6))
        .containsEntry(BUDI, Duration.ofHours(4));
    assertThat(c.totalHours()).isEqualTo(Duration.ofHours(10));
    // kept in order of trainee, then start, whatever the order recorded
    assertThat(c.work())
        .containsExactly(
            work(ANDI, NOV_2, "07:00", "08:00"), work(ANDI, NOV_2, "08:00", "12:00"),
            work(ANDI, NOV_2, "12:00", "13:00"), work(BUDI, NOV_2, "08:00", "12:00"));
  }

  @Test
  void hoursAreForTeamMembersEnrolledOnTheDayFromTheProductionDate() {
    ProductionBatch b = Fixtures.kueInProduction();
    EnrolmentCheck register = EnrolmentCheck.of(Fixtures.register());
    Outcome<ProductionBatch> outsider =
        b.recordWork(work(CANDRA, NOV_2, "08:00", "09:00"), register, DESK);
    assertThat(refusal(outsider)).isEqualTo("production.team.not-member");
    assertThat(outsider.refusals().get(0).message(Locale.ENGLISH)).doesNotContain("103/2025");
    EnrolmentCheck notOnNov3 = (rn, p, d) -> !d.equals(NOV_2.plusDays(1));
    assertThat(
            refusal(b.recordWork(work(ANDI, NOV_2.plusDays(1), "08:00", "09:00"), notOnNov3, DESK)))
        .isEqualTo("production.team.not-enrolled");
    Outcome<ProductionBatch> early =
        b.recordWork(work(ANDI, NOV_2.minusDays(1), "08:00", "09:00"), register, DESK);
    assertThat(refusal(early)).isEqualTo("production.hours.before-production");
    assertThat(early.refusals().get(0).value()).contains("2026-11-01");
    assertThatThrownBy(() -> work(ANDI, NOV_2, "09:00", "09:00"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.hours.times"));
    assertThatThrownBy(() -> b.recordWork(null, register, DESK))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> b.recordWork(work(ANDI, NOV_2, "08:00", "09:00"), null, DESK))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void workIsRecordedOnItsDayOrLaterNeverAhead() {
    ProductionBatch b = Fixtures.kueInProduction();
    EnrolmentCheck anyone = (r, p, d) -> true;
    Stamp evening = stamp(PENGAWAS, at(NOV_2, 17, 0));
    for (LocalDate day : List.of(NOV_2.plusDays(1), LocalDate.of(9999, 12, 31))) {
      Outcome<ProductionBatch> ahead =
          b.recordWork(work(ANDI, day, "08:00", "12:00"), anyone, evening);
      assertThat(refusal(ahead)).isEqualTo("value.dated-after-recording");
      Refusal r = ahead.refusals().get(0);
      assertThat(r.subject()).isEqualTo("work.date");
      assertThat(r.value()).contains(day.toString());
      assertThat(r.details()).containsExactly("2026-11-02");
      assertThat(ahead.orElse(b)).isSameAs(b);
    }
    // on the day itself, or any later day, it is recorded (the day is what counts)
    assertThat(b.recordWork(work(ANDI, NOV_2, "08:00", "12:00"), anyone, evening).isAccepted())
        .isTrue();
    assertThat(
            b.recordWork(
                    work(ANDI, NOV_2, "13:00", "16:00"), anyone, stamp(PENGAWAS, at(NOV_2, 7, 45)))
                .isAccepted())
        .isTrue();
  }

  @Test
  void theBatchLeavesProductionOnOrAfterTheLastDayWorked() {
    EnrolmentCheck anyone = (r, p, d) -> true;
    ProductionBatch packing =
        Fixtures.kuePackaging()
            .recordWork(work(ANDI, NOV_2.plusDays(1), "08:00", "10:00"), anyone, DESK)
            .orElseThrow();
    Stamp sameEvening = stamp(KASI, at(NOV_2, 16, 0));
    for (Outcome<ProductionBatch> early :
        List.of(
            packing.recordQualityCheck(36, 2, sameEvening),
            packing.reject("adonan gosong", sameEvening))) {
      assertThat(refusal(early)).isEqualTo("value.date-order");
      assertThat(early.refusals().get(0).subject()).isEqualTo("at");
      assertThat(early.refusals().get(0).details()).containsExactly("2026-11-03");
    }
    ProductionBatch checked =
        packing.recordQualityCheck(36, 2, stamp(KASI, at(NOV_2.plusDays(1), 11, 0))).orElseThrow();
    assertThat(ProductionBatch.builder().from(checked).build()).isEqualTo(checked);
  }

  @Test
  void aBatchStoredBeforeTheRecordingRulesIsReadAndReplayedAsStored() {
    // events a store written before these rules may hold: work recorded the evening before it was
    // done, and a quality check before the last day worked
    Outcome<ProductionBatch> started =
        ProductionBatch.plan(
                LotCode.of("KK-20261102-01"),
                Fixtures.kueKering(),
                40,
                NOV_2,
                stamp(KASI, at(NOV_2.minusDays(5), 9, 0)))
            .flatMap(x -> x.assignSupervisor(PENGAWAS, DESK))
            .flatMap(
                x ->
                    x.startProduction(
                        List.of(ANDI, BUDI),
                        Fixtures.register(),
                        stamp(PENGAWAS, at(NOV_2, 7, 30))));
    LotCode lot = started.orElseThrow().lotCode();
    List<BatchEvent> events = new ArrayList<>(started.events(BatchEvent.class));
    events.addAll(
        List.of(
            new BatchEvent.WorkRecorded(
                lot,
                4,
                stamp(PENGAWAS, at(NOV_2, 17, 0)),
                work(ANDI, NOV_2.plusDays(1), "08:00", "09:00")),
            new BatchEvent.PackagingStarted(lot, 5, stamp(PENGAWAS, at(NOV_2, 15, 0)), 38),
            new BatchEvent.QualityChecked(
                lot, 6, stamp(KASI, at(NOV_2, 16, 0)), QualityCheck.of(36, 2))));
    ProductionBatch stored = ProductionBatch.replay(lot, events);
    assertThat(stored.stage()).isEqualTo(BatchStage.QUALITY_CHECK);
    assertThat(stored.workLog().lastDay()).contains(NOV_2.plusDays(1));
    // and the batch the store holds is read as stored
    assertThat(ProductionBatch.builder().from(stored).build()).isEqualTo(stored);
    ProductionBatch far =
        ProductionBatch.builder()
            .from(Fixtures.kueChecked())
            .workLog(
                WorkLog.of(
                    List.of(ANDI, BUDI),
                    List.of(work(ANDI, LocalDate.of(9999, 12, 31), "08:00", "09:00")),
                    Map.of()))
            .build();
    assertThat(far.workLog().lastDay()).contains(LocalDate.of(9999, 12, 31));
  }

  @Test
  void workPiecesAndMaterialsAreRecordedOnlyInProductionOrPackaging() {
    MaterialLine flour = MaterialLine.of(Fixtures.TEPUNG, Quantity.of(10, MeasureUnit.KILOGRAM));
    ProductionBatch packing =
        Fixtures.kuePackaging()
            .recordWork(
                work(ANDI, NOV_2, "15:00", "16:00"), EnrolmentCheck.of(Fixtures.register()), DESK)
            .flatMap(b -> b.recordPieces(ANDI, 20, DESK))
            .flatMap(b -> b.recordPieces(ANDI, 5, DESK))
            .flatMap(b -> b.consumeMaterial(flour, DESK))
            .orElseThrow();
    assertThat(packing.pieces()).containsEntry(ANDI, 25L);
    assertThat(packing.materials()).containsExactly(flour);
    assertThat(packing.costing().consumed()).containsExactly(flour);
    for (ProductionBatch b : List.of(Fixtures.plannedKue(), Fixtures.kueChecked())) {
      Outcome<ProductionBatch> closed = b.consumeMaterial(flour, DESK);
      assertThat(refusal(closed)).isEqualTo("production.recording.closed");
      assertThat(closed.refusals().get(0).subject()).isEqualTo(b.stage().name());
      assertThat(closed.refusals().get(0).value()).contains("materials");
      assertThat(refusal(b.recordPieces(ANDI, 1, DESK))).isEqualTo("production.recording.closed");
      assertThat(
              refusal(b.recordWork(work(ANDI, NOV_2, "08:00", "09:00"), (r, p, d) -> true, DESK)))
          .isEqualTo("production.recording.closed");
      assertThat(
              refusal(
                  b.consumeMaterials(
                      Fixtures.kueInProduction().materialCost(Fixtures.boms(), Fixtures.prices()),
                      DESK)))
          .isEqualTo("production.recording.closed");
    }
    assertThat(refusal(Fixtures.kueInProduction().recordPieces(CANDRA, 1, DESK)))
        .isEqualTo("production.team.not-member");
    assertThatThrownBy(() -> Fixtures.kueInProduction().recordPieces(ANDI, -1, DESK))
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.OUT_OF_RANGE.code()));
    ProductionBatch most =
        Fixtures.kueInProduction()
            .recordPieces(ANDI, ProductionBatch.MAX_QUANTITY, DESK)
            .orElseThrow();
    assertThat(refusal(most.recordPieces(ANDI, 1, DESK))).isEqualTo(CoreRule.OUT_OF_RANGE.code());
  }

  @Test
  void materialsFromTheBillAreForThisProductOnly() {
    ProductionBatch b = Fixtures.kueInProduction();
    ProductionBatch miniatures =
        ProductionBatch.plan(
                LotCode.of("AL-1"), Fixtures.arekLancor(), 6, NOV_2, stamp(KASI, at(NOV_2, 6, 0)))
            .orElseThrow();
    Outcome<ProductionBatch> o =
        b.consumeMaterials(miniatures.materialCost(Fixtures.boms(), Fixtures.prices()), DESK);
    assertThat(refusal(o)).isEqualTo("production.mismatch");
    assertThat(o.refusals().get(0).subject()).isEqualTo("cost.product");
    assertThat(o.refusals().get(0).value()).contains("MINIATUR-AREK-LANCOR");
  }

  @Test
  void materialsFromTheBillAreForThePlannedQuantityOnly() {
    ProductionBatch b = Fixtures.kueInProduction();
    MaterialCost forThePlan = b.materialCost(Fixtures.boms(), Fixtures.prices());
    assertThat(forThePlan).isEqualTo(b.costing().plannedCost(Fixtures.boms(), Fixtures.prices()));
    MaterialCost forHalf =
        Fixtures.boms()
            .materialCost(
                b.product().sku(), b.plannedQuantity() / 2, b.productionDate(), Fixtures.prices());
    Outcome<ProductionBatch> half = b.consumeMaterials(forHalf, DESK);
    assertThat(refusal(half)).isEqualTo("production.mismatch");
    assertThat(half.refusals().get(0).subject()).isEqualTo("cost.units");
    assertThat(half.refusals().get(0).message(Locale.ENGLISH))
        .contains(String.valueOf(b.plannedQuantity()));
    // the same bill for the plan, priced on another day: the quantities are the plan's
    MaterialCost otherDay =
        Fixtures.boms()
            .materialCost(
                b.product().sku(),
                b.plannedQuantity(),
                b.productionDate().plusDays(1),
                Fixtures.prices());
    assertThat(b.consumeMaterials(otherDay, DESK).orElseThrow().materials())
        .isEqualTo(b.consumeMaterials(forThePlan, DESK).orElseThrow().materials())
        .isNotEmpty();
  }

  @Test
  void producedUnitsNeverExceedThePlan() {
    Outcome<ProductionBatch> over =
        Fixtures.kueInProduction().startPackaging(41, stamp(PENGAWAS, at(NOV_2, 15, 0)));
    assertThat(refusal(over)).isEqualTo("production.count.over-planned");
    assertThat(over.refusals().get(0).subject()).isEqualTo("producedUnits");
    assertThat(over.refusals().get(0).value()).contains("41");
    assertThat(over.refusals().get(0).details()).containsExactly("40");
    assertThat(
            Fixtures.kueInProduction()
                .startPackaging(40, stamp(PENGAWAS, at(NOV_2, 15, 0)))
                .orElseThrow()
                .producedUnits())
        .contains(40L);
    assertThatThrownBy(
            () -> Fixtures.kueInProduction().startPackaging(-1, stamp(PENGAWAS, at(NOV_2, 15, 0))))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void goodPlusRejectedNeverExceedProduced() {
    ProductionBatch packing = Fixtures.kuePackaging(); // 38 produced
    Outcome<ProductionBatch> over =
        packing.recordQualityCheck(36, 3, stamp(KASI, at(NOV_2, 16, 0)));
    assertThat(refusal(over)).isEqualTo("production.count.over-produced");
    assertThat(over.refusals().get(0).subject()).isEqualTo("qualityCheck");
    assertThat(over.refusals().get(0).value()).contains("36 + 3");
    assertThat(over.refusals().get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "good and rejected units exceed the 38 produced [production.count.over-produced]");
    assertThat(refusal(packing.recordQualityCheck(36, 3, "retak", stamp(KASI, at(NOV_2, 16, 0)))))
        .isEqualTo("production.count.over-produced");
    // 35 + 2 = 37 <= 38: one jar kept as a sample
    ProductionBatch checked =
        packing
            .recordQualityCheck(35, 2, "satu toples contoh", stamp(KASI, at(NOV_2, 16, 0)))
            .orElseThrow();
    assertThat(checked.qualityCheck())
        .get()
        .satisfies(q -> assertThat(q.countedUnits()).isEqualTo(37))
        .satisfies(q -> assertThat(q.notes()).contains("satu toples contoh"));
    assertThat(checked.event(BatchStage.QUALITY_CHECK).orElseThrow().stamp().actor())
        .isEqualTo(Actor.officer(KASI.nip()));
    assertThat(
            packing
                .recordQualityCheck(35, 2, stamp(KASI, at(NOV_2, 16, 0)))
                .orElseThrow()
                .qualityCheck())
        .contains(QualityCheck.of(35, 2));
    assertThatThrownBy(() -> packing.recordQualityCheck(35, 2, " ", stamp(KASI, at(NOV_2, 16, 0))))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.BLANK.code()));
    assertThatThrownBy(() -> packing.recordQualityCheck(35, 2, null, stamp(KASI, at(NOV_2, 16, 0))))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void releaseNeedsTheQualityCheck() {
    for (ProductionBatch b :
        List.of(Fixtures.plannedKue(), Fixtures.kueInProduction(), Fixtures.kuePackaging())) {
      Outcome<ProductionBatch> o = b.release(POLICY, stamp(KASI, at(NOV_2, 17, 0)));
      assertThat(refusal(o)).isEqualTo("production.quality-check.required");
      assertThat(o.refusals().get(0).subject()).isEqualTo(b.stage().name());
      assertThat(o.refusals().get(0).value()).contains("RELEASED");
    }
  }

  @Test
  void releaseRecordsTheOfficerAndTime() {
    ProductionBatch released =
        Fixtures.kueChecked().release(POLICY, stamp(KASI, at(NOV_2, 17, 0))).orElseThrow();
    assertThat(released.stage()).isEqualTo(BatchStage.RELEASED);
    assertThat(released.releasedAt()).contains(at(NOV_2, 17, 0));
    assertThat(released.event(BatchStage.RELEASED).orElseThrow().stamp().actor())
        .isEqualTo(Actor.officer(KASI.nip()));
    StockLot lot = released.toStockLot(StockLot::of).orElseThrow();
    assertThat(lot.quantity()).isEqualTo(36);
    assertThat(lot.expiryDate()).contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void foodWithAnExpiredPirtOnTheProductionDateIsNotReleased() {
    ProductionBatch checked =
        checkedKue(Fixtures.kueKering(FoodSafety.of(PIRT_2025, HALAL)), NOV_2);
    FoodSafetyDecision decision = checked.releaseDecision(POLICY);
    assertThat(decision.isAllowed()).isFalse();
    Outcome<ProductionBatch> o = checked.release(POLICY, stamp(KASI, at(NOV_2, 17, 0)));
    assertThat(refusal(o)).isEqualTo("production.release.food-safety");
    Refusal r = o.refusals().get(0);
    assertThat(r.subject()).isEqualTo("KK-X");
    assertThat(r.value()).contains("KUE-KERING-500G");
    assertThat(r.details())
        .containsExactly("2026-11-02", "catalog.food-safety.pirt-expired (2025-12-31)");
    assertThat(r.message(Locale.ENGLISH)).contains("catalog.food-safety.pirt-expired");
    assertThat(r.message(Locale.forLanguageTag("id")))
        .contains("keamanan pangan menolak rilis lot KK-X (KUE-KERING-500G) pada 2026-11-02");
    assertThatThrownBy(o::orElseThrow)
        .isInstanceOf(RefusalException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.release.food-safety"));
  }

  @Test
  void foodWithoutHalalIsNotReleasedFrom17October2026() {
    Product noHalal = Fixtures.kueKering(FoodSafety.of(PIRT_2026));
    Outcome<ProductionBatch> o =
        checkedKue(noHalal, NOV_2).release(POLICY, stamp(KASI, at(NOV_2, 17, 0)));
    assertThat(refusal(o)).isEqualTo("production.release.food-safety");
    assertThat(o.refusals().get(0).details().get(1))
        .isEqualTo("catalog.food-safety.halal-missing (2026-10-17)");
    // Before the deadline the same product is released.
    assertThat(
            checkedKue(noHalal, OCT_1)
                .release(POLICY, stamp(KASI, at(OCT_1, 17, 0)))
                .orElseThrow()
                .stage())
        .isEqualTo(BatchStage.RELEASED);
    // A product with neither: both reasons are named.
    Product neither = Fixtures.kueKering(FoodSafety.builder().build());
    assertThat(
            checkedKue(neither, NOV_2)
                .release(POLICY, stamp(KASI, at(NOV_2, 17, 0)))
                .refusals()
                .get(0)
                .details()
                .get(1))
        .contains("catalog.food-safety.pirt-missing", "catalog.food-safety.halal-missing");
  }

  @Test
  void aDecisionMustBeForThisProductAndProductionDate() {
    ProductionBatch checked = Fixtures.kueChecked();
    FoodSafetyDecision otherDay = POLICY.decide(checked.product(), OCT_1);
    Outcome<ProductionBatch> day = checked.release(otherDay, stamp(KASI, at(NOV_2, 17, 0)));
    assertThat(refusal(day)).isEqualTo("production.mismatch");
    assertThat(day.refusals().get(0).subject()).isEqualTo("decision.date");
    FoodSafetyDecision otherProduct = POLICY.decide(Fixtures.arekLancor(), NOV_2);
    Outcome<ProductionBatch> product = checked.release(otherProduct, stamp(KASI, at(NOV_2, 17, 0)));
    assertThat(refusal(product)).isEqualTo("production.mismatch");
    assertThat(product.refusals().get(0).subject()).isEqualTo("decision.sku");
    assertThat(
            checked
                .release(POLICY.decide(checked.product(), NOV_2), stamp(KASI, at(NOV_2, 17, 0)))
                .orElseThrow()
                .stage())
        .isEqualTo(BatchStage.RELEASED);
    assertThat(refusal(checked.release(POLICY, stamp(KASI, at(NOV_2, 15, 0)))))
        .isEqualTo(CoreRule.DATE_ORDER.code());
  }

  @Test
  void aBatchWithoutGoodUnitsIsRejectedNotReleased() {
    ProductionBatch allBad =
        Fixtures.kuePackaging()
            .recordQualityCheck(0, 38, "gosong", stamp(KASI, at(NOV_2, 16, 0)))
            .orElseThrow();
    assertThat(refusal(allBad.release(POLICY, stamp(KASI, at(NOV_2, 17, 0)))))
        .isEqualTo("production.release.nothing-good");
    ProductionBatch rejected =
        allBad.reject("seluruh batch gosong", stamp(KASI, at(NOV_2, 17, 0))).orElseThrow();
    assertThat(rejected.stage()).isEqualTo(BatchStage.REJECTED);
    assertThat(rejected.event(BatchStage.REJECTED).orElseThrow().note())
        .contains("seluruh batch gosong");
  }

  @Test
  void rejectionFromProductionPackagingOrQualityCheck() {
    for (ProductionBatch b :
        List.of(Fixtures.kueInProduction(), Fixtures.kuePackaging(), Fixtures.kueChecked())) {
      ProductionBatch r =
          b.reject("adonan terkontaminasi", stamp(PENGAWAS, at(NOV_2, 18, 0))).orElseThrow();
      assertThat(r.stage()).isEqualTo(BatchStage.REJECTED);
      assertThat(r.stage().isFinal()).isTrue();
      Outcome<StockLot> lot = r.toStockLot(StockLot::of);
      assertThat(refusal(lot)).isEqualTo("production.stock.not-released");
      assertThat(lot.refusals().get(0).message(Locale.ENGLISH))
          .isEqualTo(
              "lot KK-20261102-01 is in stage rejected: only a released batch enters stock"
                  + " [production.stock.not-released]");
    }
    assertThatThrownBy(() -> Fixtures.kueInProduction().reject(" ", stamp(KASI, at(NOV_2, 18, 0))))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.BLANK.code()));
  }

  @Test
  void releaseAndRejectFromAWrongStageAreRefused() {
    ProductionBatch released =
        Fixtures.kueChecked().release(POLICY, stamp(KASI, at(NOV_2, 17, 0))).orElseThrow();
    ProductionBatch rejected =
        Fixtures.kueChecked().reject("kemasan bocor", stamp(KASI, at(NOV_2, 17, 0))).orElseThrow();
    for (ProductionBatch done : List.of(released, rejected)) {
      Outcome<ProductionBatch> again = done.release(POLICY, stamp(KASI, at(NOV_2, 18, 0)));
      assertThat(refusal(again)).isEqualTo("production.stage.order");
      assertThat(again.refusals().get(0).subject()).isEqualTo(done.stage().name());
      assertThat(again.refusals().get(0).message(Locale.ENGLISH))
          .isEqualTo(
              "a batch in stage "
                  + done.stage().displayName(Locale.ROOT)
                  + " cannot move to stage released [production.stage.order]");
      assertThat(again.refusals().get(0).message(Locale.forLanguageTag("id")))
          .isEqualTo(
              "batch pada tahap "
                  + done.stage().displayName(Locale.forLanguageTag("id"))
                  + " tidak dapat berpindah ke tahap dirilis [production.stage.order]");
      assertThat(refusal(done.reject("terlambat", stamp(KASI, at(NOV_2, 18, 0)))))
          .isEqualTo("production.stage.order");
      Outcome<ProductionBatch> supervisor = done.assignSupervisor(KASI, DESK);
      assertThat(refusal(supervisor)).isEqualTo("production.batch.closed");
      assertThat(supervisor.refusals().get(0).value()).contains("supervisor");
    }
    assertThat(refusal(Fixtures.plannedKue().reject("batal", stamp(KASI, at(NOV_2, 18, 0)))))
        .isEqualTo("production.stage.order");
    assertThat(refusal(Fixtures.kueChecked().startPackaging(1, stamp(KASI, at(NOV_2, 18, 0)))))
        .isEqualTo("production.stage.order");
    assertThat(
            refusal(
                Fixtures.kueInProduction().recordQualityCheck(1, 0, stamp(KASI, at(NOV_2, 18, 0)))))
        .isEqualTo("production.stage.order");
    assertThat(
            refusal(
                Fixtures.kueInProduction()
                    .startProduction(
                        List.of(ANDI), Fixtures.register(), stamp(KASI, at(NOV_2, 18, 0)))))
        .isEqualTo("production.stage.order");
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
    ProductionBatch b =
        Fixtures.kueInProduction()
            .recordWork(
                work(ANDI, NOV_2, "08:00", "12:00"), EnrolmentCheck.of(Fixtures.register()), DESK)
            .flatMap(x -> x.recordPieces(BUDI, 3, DESK))
            .orElseThrow();
    String all =
        b
            + " "
            + b.work().get(0)
            + " "
            + b.teamHours()
            + " "
            + b.workLog()
            + " "
            + Outcome.accepted(b);
    assertThat(all).doesNotContain("101/2025", "102/2025", "B.I-");
    assertThat(b.toString()).contains("KK-20261102-01");
    assertThat(b.workLog().toString()).isEqualTo("WorkLog{team=2, intervals=1, pieces=1}");
  }

  @Test
  void labelNamesTheWorkshopAndLotNeverATrainee() {
    ProductionBatch b =
        Fixtures.kueChecked().release(POLICY, stamp(KASI, at(NOV_2, 17, 0))).orElseThrow();
    var label = b.label(Fixtures.PAMEKASAN);
    assertThat(label).isEqualTo(b.labelling().label(Fixtures.PAMEKASAN));
    assertThat(b.labelling().bestBefore()).isEqualTo(b.bestBefore());
    assertThat(b.labelling().lotCode()).isEqualTo(b.lotCode());
    assertThat(label.productionCode()).isEqualTo("KK-20261102-01");
    assertThat(label.producer()).isEqualTo("Bengkel Kerja Lapas Kelas IIA Pamekasan");
    assertThat(label.bestBefore()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(label.toString()).doesNotContain("101/2025", "102/2025");
    assertThat(label.pirt()).contains(PIRT_2026);
    assertThatThrownBy(() -> b.label(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void theBuilderRefusesBatchesWhoseDataDoNotFitTheirStage() {
    ProductionBatch planned = Fixtures.plannedKue();
    ProductionBatch started = Fixtures.kueInProduction();
    assertThatThrownBy(
            () ->
                ProductionBatch.builder()
                    .from(planned)
                    .workLog(WorkLog.forTeam(List.of(ANDI)))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(() -> ProductionBatch.builder().from(planned).producedUnits(3L).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(
            () ->
                ProductionBatch.builder().from(started).qualityCheck(QualityCheck.of(1, 0)).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(() -> StageHistory.of(List.of()))
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.REQUIRED.code()));
    assertThatThrownBy(
            () ->
                StageHistory.of(
                    List.of(StageEvent.of(BatchStage.IN_PRODUCTION, stamp(KASI, at(NOV_2, 7, 0))))))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(
            () ->
                StageHistory.builder()
                    .from(planned.stageHistory())
                    .addEvent(StageEvent.of(BatchStage.RELEASED, stamp(KASI, at(NOV_2, 7, 0))))
                    .build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.batch.inconsistent"));
    assertThatThrownBy(
            () -> ProductionBatch.builder().from(started).supervisor(Optional.empty()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.supervisor.required"));
    assertThatThrownBy(
            () -> ProductionBatch.builder().from(started).workLog(WorkLog.empty()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.empty"));
    assertThatThrownBy(() -> WorkLog.of(started.team(), List.of(), Map.of(CANDRA, 1L)))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.not-member"))
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("pieces"));
    assertThatThrownBy(
            () ->
                WorkLog.of(
                    started.team(), List.of(work(CANDRA, NOV_2, "08:00", "09:00")), Map.of()))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.team.not-member"))
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("work"));
    assertThatThrownBy(
            () ->
                WorkLog.of(
                    started.team(),
                    List.of(
                        work(ANDI, NOV_2, "08:00", "09:00"), work(ANDI, NOV_2, "08:30", "10:00")),
                    Map.of()))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.hours.overlap"))
        .satisfies(e -> assertThat(((InvalidValueException) e).isPersonal()).isTrue());
    assertThatThrownBy(
            () ->
                ProductionBatch.builder()
                    .from(started)
                    .workLog(
                        WorkLog.of(
                            started.team(),
                            List.of(work(ANDI, NOV_2.minusDays(1), "08:00", "09:00")),
                            Map.of()))
                    .build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("production.hours.before-production"));
    assertThatThrownBy(
            () ->
                StageHistory.builder()
                    .from(Fixtures.kueChecked().stageHistory())
                    .addEvent(StageEvent.of(BatchStage.REJECTED, stamp(KASI, at(NOV_2, 18, 0))))
                    .build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.REQUIRED.code()));
  }

  @Test
  void aBatchRebuiltFromItsPartsIsEqual() {
    ProductionBatch b =
        Fixtures.kueInProduction()
            .recordWork(work(BUDI, NOV_2, "08:00", "12:00"), (r, p, d) -> true, DESK)
            .flatMap(
                x -> x.recordWork(work(ANDI, NOV_2, "08:00", "12:00"), (r, p, d) -> true, DESK))
            .flatMap(x -> x.recordPieces(ANDI, 4, DESK))
            .orElseThrow();
    List<WorkInterval> backwards = new ArrayList<>(b.work());
    Collections.reverse(backwards);
    ProductionBatch rebuilt =
        ProductionBatch.builder()
            .from(b)
            .workLog(WorkLog.of(List.of(BUDI, ANDI), backwards, b.pieces()))
            .stageHistory(StageHistory.of(b.history()))
            .build();
    assertThat(rebuilt).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(rebuilt.work()).isEqualTo(b.work());
  }

  private static ProductionBatch checkedKue(Product product, LocalDate date) {
    return ProductionBatch.plan(LotCode.of("KK-X"), product, 10, date, stamp(KASI, at(date, 6, 0)))
        .orElseThrow()
        .assignSupervisor(PENGAWAS, DESK)
        .flatMap(
            b ->
                b.startProduction(
                    List.of(ANDI), (rn, p, d) -> true, stamp(PENGAWAS, at(date, 7, 0))))
        .flatMap(b -> b.startPackaging(10, stamp(PENGAWAS, at(date, 14, 0))))
        .flatMap(b -> b.recordQualityCheck(10, 0, stamp(KASI, at(date, 15, 0))))
        .orElseThrow();
  }
}
