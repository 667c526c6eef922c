package org.bengkel.production;

import static org.bengkel.production.Fixtures.ANDI;
import static org.bengkel.production.Fixtures.KASI;
import static org.bengkel.production.Fixtures.NOV_2;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bengkel.internal.BeanValidationAgreement;
import org.junit.jupiter.api.Test;

/** The Bean Validation annotations of the production values agree with their checks. */
class ProductionBeanValidationTest {

  @Test
  void plannedQuantityIsBetweenOneAndTheMaximum() {
    ProductionBatch valid = Fixtures.kueChecked();
    BeanValidationAgreement.assertNoViolations(valid);
    BeanValidationAgreement.assertAgreement(
        ProductionBatch.class,
        "plannedQuantity",
        List.of(-1L, 0L, 1L, 40L, ProductionBatch.MAX_QUANTITY, ProductionBatch.MAX_QUANTITY + 1),
        v -> ProductionBatch.builder().from(Fixtures.plannedKue()).plannedQuantity(v).build());
  }

  @Test
  void qualityCountsAreZeroOrMoreAndNotesNotBlank() {
    QualityCheck valid =
        QualityCheck.builder().goodUnits(3).rejectedUnits(1).notes("retak").build();
    BeanValidationAgreement.assertNoViolations(valid);
    BeanValidationAgreement.assertAgreement(
        QualityCheck.class,
        "goodUnits",
        List.of(-1L, 0L, 5L, ProductionBatch.MAX_QUANTITY + 1),
        v -> QualityCheck.builder().from(valid).goodUnits(v).build());
    BeanValidationAgreement.assertAgreement(
        QualityCheck.class,
        "rejectedUnits",
        List.of(-5L, 0L, 2L),
        v -> QualityCheck.builder().from(valid).rejectedUnits(v).build());
    BeanValidationAgreement.assertAgreement(
        QualityCheck.class,
        "notes",
        List.<Optional<String>>of(
            Optional.empty(),
            Optional.of(""),
            Optional.of("  "),
            Optional.of("retak"),
            Optional.of("x".repeat(StageEvent.MAX_NOTE)),
            Optional.of("x".repeat(StageEvent.MAX_NOTE + 1))),
        v -> QualityCheck.builder().from(valid).notes(v).build());
  }

  @Test
  void stageNotesAreNotBlankAndShort() {
    StageEvent valid =
        StageEvent.builder()
            .stage(BatchStage.REJECTED)
            .stamp(Fixtures.stamp(KASI, Fixtures.at(NOV_2, 9, 0)))
            .note("gosong")
            .build();
    BeanValidationAgreement.assertNoViolations(valid);
    BeanValidationAgreement.assertAgreement(
        StageEvent.class,
        "note",
        List.<Optional<String>>of(
            Optional.empty(), Optional.of(""), Optional.of("ok"), Optional.of("x".repeat(501))),
        v -> StageEvent.builder().from(valid).note(v).build());
    BeanValidationAgreement.assertAgreement(
        StageEvent.class,
        "stamp",
        Arrays.asList(null, Fixtures.stamp(KASI, Fixtures.at(NOV_2, 9, 0))),
        v -> StageEvent.builder().from(valid).stamp(v).build());
  }

  @Test
  void workIntervalsAndTeamHoursNeedTheirFields() {
    WorkInterval valid = Fixtures.work(ANDI, NOV_2, "08:00", "12:00");
    BeanValidationAgreement.assertNoViolations(valid);
    BeanValidationAgreement.assertAgreement(
        WorkInterval.class,
        "date",
        Arrays.asList(null, NOV_2),
        v -> WorkInterval.builder().from(valid).date(v).build());
    TeamHours hours = TeamHours.of(ANDI, Duration.ofHours(2), 3L);
    BeanValidationAgreement.assertNoViolations(hours);
    BeanValidationAgreement.assertAgreement(
        TeamHours.class,
        "pieces",
        List.<Optional<Long>>of(Optional.empty(), Optional.of(0L), Optional.of(-1L)),
        v -> TeamHours.builder().from(hours).pieces(v).build());
  }
}
