package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.BeanValidationAgreement;
import org.junit.jupiter.api.Test;

/**
 * Regression: the passport's parts carried Bean Validation annotations but no checks, so a passport
 * read from JSON could hold a blank programme name or zero training hours.
 */
class PassportPartsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 30);

  private static CompletedProgramme completed(String name, int hours) {
    return CompletedProgramme.builder()
        .code(ProgrammeCode.of("KULINER-2026"))
        .name(name)
        .field(SkillField.CULINARY)
        .trainingHours(hours)
        .completedOn(DAY)
        .build();
  }

  @Test
  void completedProgrammeNeedsANameAndPositiveHoursLikeItsProgramme() {
    assertThatThrownBy(() -> completed(" ", 160))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.ruleCode()).isEqualTo("value.blank"));
    assertThatThrownBy(() -> completed("Kuliner", 0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.ruleCode())
                    .isEqualTo("value.out-of-range"));
  }

  @Test
  void achievedUnitNeedsAUnitCode() {
    assertThatThrownBy(() -> AchievedUnit.of(ProgrammeCode.of("KULINER-2026"), "", DAY))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("unitCode"));
  }

  @Test
  void beanValidationAgreesWithTheChecks() {
    BeanValidationAgreement.assertAgreement(
        CompletedProgramme.class,
        "name",
        List.of("Kuliner", " ", "", "x".repeat(200), "x".repeat(201)),
        n -> completed(n, 160));
    BeanValidationAgreement.assertAgreement(
        CompletedProgramme.class,
        "trainingHours",
        List.of(1, 160, 10_000, 0, -1, 10_001),
        h -> completed("Kuliner", h));
    BeanValidationAgreement.assertAgreement(
        AchievedUnit.class,
        "unitCode",
        List.of("C.10PMN00.001.1", " ", "x".repeat(60), "x".repeat(61)),
        u -> AchievedUnit.of(ProgrammeCode.of("KULINER-2026"), u, DAY));
  }
}
