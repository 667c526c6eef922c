package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.programme.Fixtures.KAYU;
import static org.bengkel.programme.Fixtures.SUPERVISOR;
import static org.bengkel.programme.Fixtures.programme;

import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class SkillProgrammeTest {

  @Test
  void twentyDayPackageOfOneHundredSixtyTrainingHours() {
    // 20 days x 8 JP = 160 JP
    SkillProgramme p = Fixtures.kayu(10);
    assertThat(p.trainingHours()).isEqualTo(20 * 8);
    assertThat(p.outsideWalls()).isFalse();
    assertThat(p.production()).isTrue();
    assertThat(p.trainsFor("UNIT.001.01")).isTrue();
    assertThat(p.trainsFor("UNIT.999.01")).isFalse();
    assertThat(Fixtures.cuci(4).outsideWalls()).isTrue();
  }

  @Test
  void competencyUnitsMustNotBeEmpty() {
    assertThatThrownBy(
            () ->
                programme(KAYU, SkillField.WOOD_CRAFT, 5)
                    .competencyUnits(java.util.List.of())
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> assertThat(((InvalidValueException) e).field()).isEqualTo("competencyUnits"))
        .extracting(Fixtures::rule)
        .isEqualTo("programme.empty");
  }

  @Test
  void competencyUnitsMustBeDistinctAndNotBlank() {
    assertThatThrownBy(
            () ->
                programme(KAYU, SkillField.WOOD_CRAFT, 5).addCompetencyUnit("UNIT.001.01").build())
        .extracting(Fixtures::rule)
        .isEqualTo("value.duplicate");
    assertThatThrownBy(
            () -> programme(KAYU, SkillField.WOOD_CRAFT, 5).addCompetencyUnit(" ").build())
        .extracting(Fixtures::rule)
        .isEqualTo("value.blank");
  }

  @Test
  void trainingHoursAndCapacityMustBePositive() {
    assertThatThrownBy(() -> programme(KAYU, SkillField.WOOD_CRAFT, 5).trainingHours(0).build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("value.out-of-range");
    assertThatThrownBy(() -> programme(KAYU, SkillField.WOOD_CRAFT, 0).build())
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("capacity"))
        .extracting(Fixtures::rule)
        .isEqualTo("value.out-of-range");
  }

  @Test
  void atLeastOneDistinctSupervisingOfficer() {
    assertThatThrownBy(
            () ->
                programme(KAYU, SkillField.WOOD_CRAFT, 5).supervisors(java.util.List.of()).build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.empty");
    assertThatThrownBy(
            () -> programme(KAYU, SkillField.WOOD_CRAFT, 5).addSupervisor(SUPERVISOR).build())
        .extracting(Fixtures::rule)
        .isEqualTo("value.duplicate");
  }

  @Test
  void nameAndSkkniDecreeAreRequiredText() {
    assertThatThrownBy(() -> programme(KAYU, SkillField.WOOD_CRAFT, 5).name("").build())
        .extracting(Fixtures::rule)
        .isEqualTo("value.blank");
    assertThatThrownBy(
            () -> programme(KAYU, SkillField.WOOD_CRAFT, 5).skkniDecree("x".repeat(201)).build())
        .extracting(Fixtures::rule)
        .isEqualTo("value.too-long");
    assertThatThrownBy(() -> SkillProgramme.builder().code(KAYU).build())
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void skillFieldIsAnOpenSetOfCodes() {
    assertThat(SkillField.of("WOOD-CRAFT")).isSameAs(SkillField.WOOD_CRAFT);
    assertThat(SkillField.of("VEHICLE-WASH")).isSameAs(SkillField.VEHICLE_WASH);
    assertThat(SkillField.of("CULINARY")).isSameAs(SkillField.CULINARY);
    SkillField tailoring = SkillField.of("TAILORING");
    assertThat(tailoring).hasToString("TAILORING").isEqualTo(SkillField.of("TAILORING"));
    assertThat(tailoring.code()).isEqualTo("TAILORING");
    assertThat(tailoring.hashCode()).isEqualTo(SkillField.of("TAILORING").hashCode());
    assertThat(tailoring).isNotEqualTo(SkillField.CULINARY).isNotEqualTo("TAILORING");
    assertThat(SkillField.CULINARY.compareTo(SkillField.WOOD_CRAFT)).isNegative();
    assertThatThrownBy(() -> SkillField.of("wood craft"))
        .extracting(Fixtures::rule)
        .isEqualTo("value.malformed");
    assertThatThrownBy(() -> SkillField.of(null)).isInstanceOf(MissingValueException.class);
  }
}
