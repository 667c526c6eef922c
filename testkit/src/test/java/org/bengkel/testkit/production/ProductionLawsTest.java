package org.bengkel.testkit.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.inventory.StockLot;
import org.bengkel.production.BatchStage;
import org.bengkel.production.EnrolmentCheck;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.QualityCheck;
import org.bengkel.production.StageHistory;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.bengkel.production.WorkLog;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.ProductionGen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.TraineeGen;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Laws of production batches, checked on the batches {@link ProductionGen} makes. */
class ProductionLawsTest {

  @ParameterizedTest
  @EnumSource(BatchStage.class)
  void generatedBatchesAreValidAndRebuildEqualThroughTheirBuilder(BatchStage stage) {
    Property.check(
        "a generated " + stage + " batch rebuilds equal from its attributes",
        ProductionGen.batches(stage),
        batch -> {
          assertThat(batch.stage()).isEqualTo(stage);
          ProductionBatch rebuilt =
              ProductionBatch.builder()
                  .lotCode(batch.lotCode())
                  .product(batch.product())
                  .plannedQuantity(batch.plannedQuantity())
                  .productionDate(batch.productionDate())
                  .supervisor(batch.supervisor())
                  .workLog(WorkLog.of(batch.team(), batch.work(), batch.pieces()))
                  .materials(batch.materials())
                  .producedUnits(batch.producedUnits())
                  .qualityCheck(batch.qualityCheck())
                  .stageHistory(StageHistory.of(batch.history()))
                  .version(batch.version())
                  .build();
          assertThat(rebuilt).isEqualTo(batch).hasSameHashCodeAs(batch);
          assertThat(ProductionBatch.builder().from(batch).build()).isEqualTo(batch);
        });
  }

  @Test
  void teamIsEnrolledAndStartedBatchesHaveASupervisor() {
    Property.check(
        "the team is accepted by the batch's enrolment check, an outsider is not",
        Gen.zip(
            ProductionGen.batches(),
            TraineeGen.registrationNumbers(),
            (b, r) -> new Object[] {b, r}),
        pair -> {
          ProductionBatch batch = (ProductionBatch) pair[0];
          RegistrationNumber outsider = (RegistrationNumber) pair[1];
          EnrolmentCheck enrolment = ProductionGen.enrolmentFor(batch);
          LocalDate day = batch.productionDate();
          assertThat(batch.team())
              .allSatisfy(
                  t ->
                      assertThat(enrolment.isActivelyEnrolled(t, batch.product().programme(), day))
                          .isTrue())
              .allSatisfy(t -> assertThat(t.registerClass().isConvict()).isTrue());
          assertThat(enrolment.isActivelyEnrolled(outsider, batch.product().programme(), day))
              .isEqualTo(batch.team().contains(outsider));
          if (batch.stage() != BatchStage.PLANNED) {
            assertThat(batch.supervisor()).isPresent();
            assertThat(batch.team()).isNotEmpty();
            assertThat(batch.history().get(1).stamp().localDate()).isEqualTo(day);
          }
        });
  }

  @Test
  void workNeverOverlapsForOneTraineeAndCountsFit() {
    Property.check(
        "work per trainee never overlaps; produced <= planned; good + rejected <= produced",
        ProductionGen.batches(),
        batch -> {
          List<WorkInterval> work = batch.work();
          for (int i = 0; i < work.size(); i++) {
            for (int j = i + 1; j < work.size(); j++) {
              assertThat(work.get(i).overlaps(work.get(j))).as("%s and %s", i, j).isFalse();
            }
          }
          batch
              .producedUnits()
              .ifPresent(p -> assertThat(p).isBetween(0L, batch.plannedQuantity()));
          batch
              .qualityCheck()
              .ifPresent(
                  q ->
                      assertThat(q.countedUnits())
                          .isLessThanOrEqualTo(batch.producedUnits().orElseThrow()));
          assertThat(batch.pieces().keySet()).isSubsetOf(batch.team());
        });
  }

  @Test
  void teamHoursAreTheUnionOfTheIntervalsPerTrainee() {
    Property.check(
        "team hours = minutes covered by the union of each trainee's intervals",
        ProductionGen.batches(),
        batch -> {
          // oracle: the set of minutes each trainee's intervals cover, counted once
          Map<RegistrationNumber, Set<LocalDateTime>> minutes = new HashMap<>();
          batch.team().forEach(t -> minutes.put(t, new HashSet<>()));
          for (WorkInterval w : batch.work()) {
            for (LocalDateTime m = w.startsAt(); m.isBefore(w.endsAt()); m = m.plusMinutes(1)) {
              minutes.get(w.trainee()).add(m);
            }
          }
          List<TeamHours> hours = batch.teamHours();
          assertThat(hours)
              .extracting(TeamHours::trainee)
              .containsExactlyInAnyOrderElementsOf(batch.team());
          for (TeamHours h : hours) {
            assertThat(h.worked()).isEqualTo(Duration.ofMinutes(minutes.get(h.trainee()).size()));
            assertThat(h.pieces())
                .isEqualTo(java.util.Optional.ofNullable(batch.pieces().get(h.trainee())));
          }
          assertThat(batch.totalHours())
              .isEqualTo(Duration.ofMinutes(minutes.values().stream().mapToLong(Set::size).sum()));
        });
  }

  @Test
  void touchingIntervalsAreGeneratedAndCountedOnce() {
    // the law above is only strong if the union ever joins intervals: some generated work touches
    List<Boolean> touching = new ArrayList<>();
    Property.check(
        "some generated work intervals touch",
        ProductionGen.batches(BatchStage.IN_PRODUCTION),
        batch ->
            touching.add(
                batch.work().stream()
                    .anyMatch(
                        a ->
                            batch.work().stream()
                                .anyMatch(
                                    b ->
                                        a.trainee().equals(b.trainee())
                                            && a.endsAt().equals(b.startsAt())))));
    assertThat(touching).contains(true);
  }

  @Test
  void releasedBatchBecomesAStockLotOfItsGoodUnitsExpiringAtBestBefore() {
    Property.check(
        "a released batch's stock lot holds its good units and expires at its best-before",
        ProductionGen.batches(BatchStage.RELEASED),
        batch -> {
          StockLot lot = batch.toStockLot(StockLot::of).orElseThrow();
          assertThat(lot.quantity()).isEqualTo(batch.goodUnits()).isPositive();
          assertThat(lot.expiryDate()).isEqualTo(batch.bestBefore());
          assertThat(lot.lotCode()).isEqualTo(batch.lotCode());
          assertThat(lot.sku()).isEqualTo(batch.product().sku());
          assertThat(lot.productionDate()).isEqualTo(batch.productionDate());
          assertThat(lot.receivedAt()).isEqualTo(batch.releasedAt().orElseThrow());
        });
  }

  @Test
  void releasedFoodIsSafeOnItsProductionDate() {
    Property.check(
        "a released batch passes the default food-safety policy on its production date",
        ProductionGen.batches(BatchStage.RELEASED),
        batch ->
            assertThat(batch.releaseDecision(FoodSafetyPolicy.defaults()).isAllowed()).isTrue());
  }

  @Test
  void qualityChecksFitTheirProducedUnits() {
    Property.check(
        "qualityChecks(produced, minGood) counts at most produced, at least minGood good",
        Gen.longs(1, ProductionBatch.MAX_QUANTITY)
            .flatMap(
                p ->
                    ProductionGen.qualityChecks(p, 1)
                        .map(q -> new long[] {p, q.goodUnits(), q.countedUnits()})),
        c -> {
          assertThat(c[2]).isLessThanOrEqualTo(c[0]);
          assertThat(c[1]).isPositive();
        });
    Property.check(
        "quality checks are within range",
        ProductionGen.qualityChecks(),
        (QualityCheck q) ->
            assertThat(q.countedUnits()).isBetween(0L, 2 * ProductionBatch.MAX_QUANTITY));
  }

  @Test
  void workIntervalsEndAfterTheyStartWithinTheGeneratedDays() {
    Property.check(
        "a work interval ends after it starts",
        ProductionGen.workIntervals(),
        w -> {
          assertThat(w.end()).isAfter(w.start());
          assertThat(w.date()).isBetween(ProductionGen.FIRST_DAY, ProductionGen.LAST_DAY);
        });
  }

  @Test
  void lotCodesOfADateCarryTheDate() {
    LocalDate day = LocalDate.of(2026, 11, 2);
    Property.check(
        "lotCodes(date) writes the date as yyyyMMdd",
        ProductionGen.lotCodes(day),
        lot -> assertThat(lot.value()).matches("[A-Z]{2}-20261102-[0-9]{2}"));
    Property.check(
        "lotCodes() are valid",
        ProductionGen.lotCodes(),
        lot -> assertThat(lot.value()).isNotBlank());
  }

  @Test
  void generatorReachesItsEdges() {
    List<ProductionBatch> rejected =
        ProductionGen.batches(BatchStage.REJECTED).sample(20261102L, 300);
    assertThat(rejected)
        .extracting(b -> b.history().get(b.history().size() - 2).stage())
        .contains(BatchStage.IN_PRODUCTION, BatchStage.PACKAGING, BatchStage.QUALITY_CHECK);
    List<ProductionBatch> released =
        ProductionGen.batches(BatchStage.RELEASED).sample(20261102L, 300);
    assertThat(released).extracting(b -> b.product().isFood()).contains(true, false);
    assertThat(released)
        .extracting(ProductionBatch::plannedQuantity)
        .contains(ProductionBatch.MAX_QUANTITY);
    assertThat(released)
        .extracting(
            b -> b.qualityCheck().orElseThrow().countedUnits() == b.producedUnits().orElseThrow())
        .contains(true, false);
    List<ProductionBatch> planned =
        ProductionGen.batches(BatchStage.PLANNED).sample(20261102L, 100);
    assertThat(planned).extracting(b -> b.supervisor().isPresent()).contains(true, false);
    assertThat(ProductionGen.batches(BatchStage.IN_PRODUCTION).sample(20261102L, 100))
        .extracting(b -> b.materials().isEmpty() + "/" + b.pieces().isEmpty())
        .contains("true/true", "false/false");
  }
}
