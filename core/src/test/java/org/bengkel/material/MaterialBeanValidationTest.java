package org.bengkel.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.catalog.Fixtures.*;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bengkel.catalog.Sku;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.junit.jupiter.api.Test;

/** The Bean Validation annotations of materials describe the same field rules as the checks. */
class MaterialBeanValidationTest {

  static {
    // Tests run inside the named module org.bengkel.core, which does not read Hibernate Validator
    // (a test-only dependency); a module may add reads and opens for itself at run time.
    Module core = MaterialBeanValidationTest.class.getModule();
    Module hibernate = ModuleLayer.boot().findModule("org.hibernate.validator").orElseThrow();
    core.addReads(hibernate);
    core.addOpens(MaterialBeanValidationTest.class.getPackageName(), hibernate);
  }

  /** Record-style accessors ({@code name()}) are properties too. */
  private static final GetterPropertySelectionStrategy ACCESSORS =
      new GetterPropertySelectionStrategy() {
        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
          return executable.getParameterTypes().length == 0
                  && executable.getReturnType() != void.class
              ? Optional.of(executable.getName())
              : Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
          return List.of(propertyName);
        }
      };

  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .getterPropertySelectionStrategy(ACCESSORS)
          .buildValidatorFactory()
          .getValidator();

  private static Set<String> violated(Object o) {
    return VALIDATOR.validate(o).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void validValuesHaveNoViolations() {
    assertThat(violated(TEPUNG)).isEmpty();
    assertThat(violated(kueKeringBom())).isEmpty();
  }

  @Test
  void validatorFindsTheViolationsTheChecksRefuse() {
    // Subclasses bypass the generated builder's checks, so the annotations alone are tested.
    Material badCode =
        new Material() {
          @Override
          public String code() {
            return "tepung";
          }

          @Override
          public String name() {
            return "Tepung";
          }

          @Override
          public MeasureUnit unit() {
            return MeasureUnit.KILOGRAM;
          }
        };
    assertThat(violated(badCode)).containsExactly("code");
    SubAssemblyLine zero =
        new SubAssemblyLine() {
          @Override
          public Sku sku() {
            return KAKI;
          }

          @Override
          public long units() {
            return 0;
          }
        };
    assertThat(violated(zero)).containsExactly("units");
  }
}
