package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Bean Validation annotations on the accessors describe the same field rules as the checks:
 * Hibernate Validator, told to read record-style accessors, accepts what the builders accept and
 * rejects the values they reject.
 */
class ProgrammeBeanValidationTest {

  static {
    // On the module path the patched core module does not read Hibernate Validator (a test-only
    // dependency); on the class path everything is in the unnamed module and this does nothing.
    Module self = ProgrammeBeanValidationTest.class.getModule();
    ModuleLayer.boot().findModule("org.hibernate.validator").ifPresent(self::addReads);
  }

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(accessorStrategy())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  /**
   * Record-style accessors ({@code capacity()}) as properties, as the conventions require. A proxy
   * rather than a nested class: on the module path the patched core module reads Hibernate
   * Validator only after {@link Module#addReads} in the static initializer, and a nested class
   * implementing its interface would be linked before that, during test discovery.
   */
  private static GetterPropertySelectionStrategy accessorStrategy() {
    InvocationHandler handler =
        (proxy, method, args) ->
            switch (method.getName()) {
              case "getProperty" -> {
                ConstrainableExecutable e = (ConstrainableExecutable) args[0];
                yield e.getParameterTypes().length != 0
                        || e.getReturnType() == void.class
                        || e.getName().equals("builder")
                    ? Optional.empty()
                    : Optional.of(e.getName());
              }
              case "getGetterMethodNameCandidates" -> List.of((String) args[0]);
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              default -> "AccessorStrategy";
            };
    return (GetterPropertySelectionStrategy)
        Proxy.newProxyInstance(
            ProgrammeBeanValidationTest.class.getClassLoader(),
            new Class<?>[] {GetterPropertySelectionStrategy.class},
            handler);
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void validValuesHaveNoViolations() {
    SkillProgramme p = Fixtures.kayu(5);
    assertThat(validator.validate(p)).isEmpty();
    assertThat(
            validator.validate(
                Attendance.full(
                    Fixtures.session(Fixtures.KAYU, Fixtures.MON, 8, 12), Fixtures.ANDI, true)))
        .isEmpty();
    assertThat(
            validator.validate(
                CertificateTest.certificate(
                        CertificateTest.ISSUED, CertificateTest.ISSUED.plusYears(3))
                    .build()))
        .isEmpty();
  }

  @Test
  void validatorFindsTheSameFieldRulesAsTheChecks() {
    // the values the builder refuses with value.out-of-range, value.blank, programme.empty
    assertThat(validator.validateValue(SkillProgramme.class, "capacity", 0)).hasSize(1);
    assertThat(validator.validateValue(SkillProgramme.class, "trainingHours", -160)).hasSize(1);
    assertThat(validator.validateValue(SkillProgramme.class, "name", " ")).hasSize(1);
    assertThat(validator.validateValue(SkillProgramme.class, "competencyUnits", List.of()))
        .hasSize(1);
    assertThat(validator.validateValue(SkillProgramme.class, "supervisors", List.of())).hasSize(1);
    assertThat(validator.validateValue(Certificate.class, "number", "")).hasSize(1);
    assertThat(validator.validateValue(CompetencyAssessment.class, "evidence", "x".repeat(1001)))
        .hasSize(1);
    assertThat(validator.validateValue(SkillProgramme.class, "capacity", 30)).isEmpty();
    assertThat(validator.validateValue(Attendance.class, "attended", Duration.ofHours(1)))
        .isEmpty();
  }

  @Test
  void strategyReadsAccessorsNotHelpers() throws NoSuchMethodException {
    Method m = SkillProgramme.class.getMethod("capacity");
    assertThat(m.getAnnotation(jakarta.validation.constraints.Positive.class)).isNotNull();
  }
}
