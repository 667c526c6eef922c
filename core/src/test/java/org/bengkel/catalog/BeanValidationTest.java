package org.bengkel.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.catalog.Fixtures.*;
import static org.bengkel.internal.BeanValidationAgreement.violated;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.money.Rupiah;
import org.bengkel.programme.ProgrammeCode;
import org.junit.jupiter.api.Test;

/** The Bean Validation annotations describe the same field rules as the checks. */
class BeanValidationTest {

  static {
    // Tests run inside the named module org.bengkel.core; Hibernate Validator reads this test's own
    // subclasses of the values, so the package opens to it.
    Module core = BeanValidationTest.class.getModule();
    ModuleLayer.boot()
        .findModule("org.hibernate.validator")
        .ifPresent(
            hibernate -> core.addOpens(BeanValidationTest.class.getPackageName(), hibernate));
  }

  @Test
  void validValuesHaveNoViolations() {
    assertThat(violated(kueKering())).isEmpty();
    assertThat(violated(HALAL)).isEmpty();
    assertThat(violated(SUMBER_REJEKI)).isEmpty();
  }

  @Test
  void aTextIsCountedInCodePointsByTheChecksAndInUtf16UnitsBySize() {
    // The one known difference (docs/architecture.md): 200 emoji are 200 characters to core, to
    // the JSON schemas and to PostgreSQL, and 400 UTF-16 units to @Size(max = 200).
    String emoji = "\uD83D\uDE00".repeat(Product.MAX_NAME);
    Product product = Product.builder().from(kueKering()).name(emoji).build();
    assertThat(product.name().codePointCount(0, product.name().length()))
        .isEqualTo(Product.MAX_NAME);
    assertThat(violated(product)).containsExactly("name");
  }

  @Test
  void validatorFindsTheViolationsTheChecksRefuse() {
    // Subclasses bypass the generated builder's checks, so the annotations alone are tested.
    Product blankName =
        new Product() {
          @Override
          public Sku sku() {
            return KUE_KERING;
          }

          @Override
          public String name() {
            return " ";
          }

          @Override
          public ProductCategory category() {
            return ProductCategory.COOKIES;
          }

          @Override
          public Unit unit() {
            return null;
          }

          @Override
          public ProgrammeCode programme() {
            return KULINER;
          }

          @Override
          public Optional<Integer> shelfLifeDays() {
            return Optional.of(60);
          }

          @Override
          public Optional<String> netContent() {
            return Optional.of("500 g");
          }

          @Override
          public List<String> ingredients() {
            return List.of("tepung");
          }

          @Override
          public Optional<FoodSafety> foodSafety() {
            return Optional.empty();
          }
        };
    assertThat(violated(blankName)).contains("name", "unit");
    HalalCertificate badNumber =
        new HalalCertificate() {
          @Override
          public String number() {
            return "XX1";
          }

          @Override
          public LocalDate issued() {
            return LocalDate.of(2026, 1, 1);
          }
        };
    assertThat(violated(badNumber)).containsExactly("number");
    Service noPrices =
        new Service() {
          @Override
          public Sku sku() {
            return Sku.of("CUCI");
          }

          @Override
          public String name() {
            return "Cuci";
          }

          @Override
          public ProgrammeCode programme() {
            return CUCI;
          }

          @Override
          public Map<VehicleClass, Rupiah> pricePerJob() {
            return Map.of();
          }
        };
    assertThat(violated(noPrices)).containsExactly("pricePerJob");
  }
}
