package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.trainee.Fixtures.date;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Period;
import java.util.Set;
import org.bengkel.Stamps;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The Bean Validation annotations on the accessors describe the same rules as the checks: values
 * that the builders accept raise no violation, and a validator really finds the constraints on the
 * record-style accessors (asked about candidate values, since invalid objects cannot be built).
 */
class BeanValidationTest {

  static {
    // Tests run inside module org.bengkel.core, which does not read Hibernate Validator (a
    // test-only
    // dependency); only the module itself may add the edge, so do it before the strategy class
    // loads.
    ModuleLayer.boot()
        .findModule("org.hibernate.validator")
        .ifPresent(BeanValidationTest.class.getModule()::addReads);
  }

  private final Validator validator =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .getterPropertySelectionStrategy(new RecordStyleGetters())
          .buildValidatorFactory()
          .getValidator();

  @Test
  void validValuesHaveNoViolations() {
    Trainee t =
        Fixtures.assessed(
                Fixtures.convict(CrimeCategory.GENERAL, Period.ofYears(2), "2024-01-10"),
                "2024-12-01",
                Fixtures.ALL_INPUTS)
            .withDisciplineRecord(
                DisciplineRecord.builder().date(date("2024-02-01")).note("x").build())
            .withRemission(
                Remission.of(30, date("2024-08-17"), RemissionKind.GENERAL), Stamps.RECORDED)
            .orElseThrow();
    assertThat(validator.validate(t)).isEmpty();
    assertThat(validator.validate(t.sentence().orElseThrow())).isEmpty();
    assertThat(validator.validate(t.disciplineRecords().get(0))).isEmpty();
    assertThat(validator.validate(EligibilityPolicy.defaults())).isEmpty();
    assertThat(
            validator.validate(
                EligibilityPolicy.defaults().evaluate(Entitlement.SAE, t, date("2025-01-10"))))
        .isEmpty();
  }

  @Test
  void validatorReadsTheAccessorConstraints() {
    // A validator finds the constraints on record-style accessors: ask it about candidate values.
    Set<ConstraintViolation<Trainee>> blank = validator.validateValue(Trainee.class, "name", " ");
    assertThat(blank).extracting(v -> v.getPropertyPath().toString()).containsExactly("name");
    assertThat(validator.validateValue(Trainee.class, "name", "x".repeat(201))).hasSize(1);
    assertThat(validator.validateValue(Trainee.class, "facilityCode", null)).hasSize(1);
    assertThat(validator.validateValue(Remission.class, "days", 0)).hasSize(1);
    assertThat(validator.validateValue(EligibilityPolicy.class, "generalCleanMonths", -1))
        .hasSize(1);
    assertThat(validator.validateValue(EligibilityPolicy.class, "cbSentenceCapMonths", 0))
        .hasSize(1);
    assertThat(validator.validateValue(EligibilityPolicy.class, "narcoticsSpecialFromYears", 21))
        .hasSize(1);
    assertThat(validator.validateValue(Trainee.class, "name", "Siti")).isEmpty();
  }
}
