package org.bengkel.validation.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.programme.ProgrammeCode;
import org.example.host.HostBean;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A validator with {@link BengkelAccessors} finds the constraints on bengkel's record-style
 * accessors; Hibernate Validator's default finds none of them.
 */
class BengkelAccessorsTest {

  private static final ValidatorFactory WITH =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .getterPropertySelectionStrategy(new BengkelAccessors())
          .buildValidatorFactory();
  private static final ValidatorFactory WITHOUT =
      Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();

  private final Validator validator = WITH.getValidator();
  private final Validator byDefault = WITHOUT.getValidator();

  @AfterAll
  static void close() {
    WITH.close();
    WITHOUT.close();
  }

  private static Product kueKering() {
    return Product.builder()
        .sku(Sku.of("KUE-KERING-500"))
        .name("Kue kering nastar 500 g")
        .category(ProductCategory.COOKIES)
        .unit(Unit.JAR)
        .programme(ProgrammeCode.of("KULINER"))
        .shelfLifeDays(60)
        .netContent("500 g")
        .addIngredients("tepung terigu", "mentega")
        .build();
  }

  private static Officer officer() {
    return Officer.of(Nip.of("198501012010011001"), "Petugas Uji");
  }

  @Test
  void builtValuesHaveNoViolation() {
    assertThat(validator.validate(kueKering())).isEmpty();
    assertThat(validator.validate(officer())).isEmpty();
  }

  @Test
  void theStrategyFindsTheAccessorConstraints() {
    Set<String> constrained =
        validator.getConstraintsForClass(Product.class).getConstrainedProperties().stream()
            .map(PropertyDescriptor::getPropertyName)
            .collect(Collectors.toSet());
    assertThat(constrained).contains("sku", "name", "category", "unit", "programme", "ingredients");
    assertThat(constrained).doesNotContain("toString", "hashCode", "builder");
    assertThat(paths(validator.validateValue(Product.class, "name", " "))).containsExactly("name");
    assertThat(validator.validateValue(Product.class, "name", "x".repeat(201))).hasSize(1);
    assertThat(validator.validateValue(Product.class, "unit", null)).hasSize(1);
    assertThat(validator.validateValue(Officer.class, "name", "")).hasSize(1);
    assertThat(validator.validateValue(Officer.class, "position", Optional.of(" "))).hasSize(1);
    assertThat(validator.validateValue(Officer.class, "name", "Petugas")).isEmpty();
  }

  @Test
  void withoutItTheValidatorSeesNoProperty() {
    // The silent failure the artifact exists for: no constrained property, no violation.
    assertThat(byDefault.getConstraintsForClass(Product.class).getConstrainedProperties())
        .isEmpty();
    assertThat(byDefault.getConstraintsForClass(Officer.class).isBeanConstrained()).isFalse();
    assertThatThrownBy(() -> byDefault.validateValue(Product.class, "name", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHostsOwnNoArgumentMethodStaysAMethod() {
    // Through Hibernate Validator's own view of the method: the declaring class is read, so the
    // host's compute() keeps its return-value constraint for method validation.
    assertThat(validator.getConstraintsForClass(HostBean.class).getConstrainedProperties())
        .isEmpty();
    assertThat(validator.getConstraintsForClass(HostBean.class).getConstraintsForMethod("compute"))
        .isNotNull();
  }

  @Test
  void selectsBengkelAccessorsOnly() throws NoSuchMethodException {
    BengkelAccessors s = new BengkelAccessors();
    assertThat(s.getProperty(exec(Product.class.getMethod("name")))).contains("name");
    assertThat(s.getProperty(exec(Officer.class.getMethod("position")))).contains("position");
    // A host's (here the JDK's) no-argument method stays a method, as Hibernate Validator has it.
    assertThat(s.getProperty(exec(String.class.getMethod("trim")))).isEmpty();
    assertThat(s.getProperty(exec(Object.class.getMethod("toString")))).isEmpty();
    assertThat(s.getProperty(exec(Product.class.getMethod("hashCode")))).isEmpty();
    assertThat(s.getProperty(exec(Product.class.getMethod("builder")))).isEmpty();
    // Static: Sku.of(String) has a parameter; a static no-argument bengkel method is no property.
    assertThat(s.getProperty(exec(Officer.class.getMethod("builder")))).isEmpty();
    assertThat(s.getProperty(exec(Product.class.getMethod("equals", Object.class)))).isEmpty();
  }

  @Test
  void keepsTheJavaBeansGetters() throws NoSuchMethodException {
    BengkelAccessors s = new BengkelAccessors();
    assertThat(s.getProperty(exec(Thread.class.getMethod("getName")))).contains("name");
    assertThat(s.getProperty(exec(Thread.class.getMethod("isDaemon")))).contains("daemon");
    assertThat(s.getProperty(named("hasLabel", boolean.class))).contains("label");
    assertThat(s.getProperty(named("getURL", String.class))).contains("URL");
    assertThat(s.getProperty(named("isName", String.class))).contains("isName");
    assertThat(s.getProperty(named("withName", Object.class))).isEmpty();
    assertThat(s.getProperty(named("reset", void.class))).isEmpty();
    assertThat(s.getGetterMethodNameCandidates("name"))
        .containsExactly("name", "getName", "isName", "hasName");
  }

  @Test
  void withoutTheMethodEveryRecordStyleAccessorIsAProperty() {
    // An SPI view that does not hold a Method: bengkel's classes cannot be told apart.
    assertThat(new BengkelAccessors().getProperty(named("trim", String.class))).contains("trim");
  }

  private static <T> Set<String> paths(Set<ConstraintViolation<T>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }

  private static ConstrainableExecutable exec(Method method) {
    return new Reflected(method);
  }

  private static ConstrainableExecutable named(String name, Class<?> returns) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returns;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return new Class<?>[0];
      }
    };
  }

  /** Shaped like Hibernate Validator's own view: it holds the reflected method. */
  private static final class Reflected implements ConstrainableExecutable {
    private final Method method;

    Reflected(Method method) {
      this.method = method;
    }

    @Override
    public Class<?> getReturnType() {
      return method.getReturnType();
    }

    @Override
    public String getName() {
      return method.getName();
    }

    @Override
    public Class<?>[] getParameterTypes() {
      return method.getParameterTypes();
    }
  }
}
