package org.bengkel.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.catalog.Fixtures.*;
import static org.bengkel.internal.BeanValidationAgreement.violated;

import org.bengkel.catalog.Sku;
import org.junit.jupiter.api.Test;

/** The Bean Validation annotations of materials describe the same field rules as the checks. */
class MaterialBeanValidationTest {

  static {
    // Tests run inside the named module org.bengkel.core; Hibernate Validator reads this test's own
    // subclasses of the values, so the package opens to it.
    Module core = MaterialBeanValidationTest.class.getModule();
    ModuleLayer.boot()
        .findModule("org.hibernate.validator")
        .ifPresent(
            hibernate ->
                core.addOpens(MaterialBeanValidationTest.class.getPackageName(), hibernate));
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
