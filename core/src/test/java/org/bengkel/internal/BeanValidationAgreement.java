package org.bengkel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bengkel.error.InvalidValueException;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Shows that the Jakarta Bean Validation annotations on a value type's accessors describe the same
 * field rules as its builder's checks, by running Hibernate Validator.
 *
 * <p>An invalid instance can never be built, so agreement is shown field by field: for a table of
 * candidate values of one property, the builder (starting from an otherwise valid instance) must
 * throw {@link InvalidValueException} naming that field exactly when {@link
 * Validator#validateValue} reports a violation for that property. Use it from any package's tests:
 *
 * <pre>{@code
 * BeanValidationAgreement.assertNoViolations(valid);
 * BeanValidationAgreement.assertAgreement(
 *     Facility.class, "name", Arrays.asList(null, "", " ", "Lapas", "x".repeat(201)),
 *     v -> Facility.builder().from(valid).name(v).build());
 * }</pre>
 *
 * <p>Hibernate Validator reads constraints only from JavaBeans getters ({@code getName()}) unless a
 * {@link GetterPropertySelectionStrategy} says otherwise; bengkel's accessors are record-style
 * ({@code name()}), so the validator here accepts every no-argument method that returns a value.
 * Each check first asserts that the validator really sees constraints on the property, so a test
 * cannot pass because the validator silently found nothing.
 */
public final class BeanValidationAgreement {

  static {
    // Tests run on the module path, patched into org.bengkel.core, which does not read Hibernate
    // Validator (a test dependency only). Code of a module may add a read edge for its own module.
    Module self = BeanValidationAgreement.class.getModule();
    ModuleLayer.boot().findModule("org.hibernate.validator").ifPresent(self::addReads);
  }

  private static final ValidatorFactory FACTORY =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .getterPropertySelectionStrategy(new AccessorSelection())
          .buildValidatorFactory();

  private BeanValidationAgreement() {}

  /**
   * The shared validator, which reads record-style accessors.
   *
   * @return the validator
   */
  public static Validator validator() {
    return FACTORY.getValidator();
  }

  /**
   * The properties that Hibernate Validator finds violated on an instance, such as a test's own
   * subclass of a value type that bypasses the builder's checks.
   *
   * @param instance any object
   * @return the property paths, such as {@code name}
   */
  public static Set<String> violated(Object instance) {
    return validator().validate(instance).stream()
        .map(v -> v.getPropertyPath().toString())
        .collect(Collectors.toSet());
  }

  /**
   * Asserts that Hibernate Validator finds no violation on a (necessarily valid) instance, and that
   * it sees at least one constrained property on its type.
   *
   * @param instance a built value
   */
  public static void assertNoViolations(Object instance) {
    assertThat(validator().getConstraintsForClass(instance.getClass()).getConstrainedProperties())
        .as("constrained properties of %s", instance.getClass())
        .isNotEmpty();
    Set<ConstraintViolation<Object>> violations = validator().validate(instance);
    assertThat(violations).as("violations of %s", instance).isEmpty();
  }

  /**
   * Asserts that the validator sees constraints on a property, on the property itself or on its
   * container elements ({@code Optional<@NotBlank String>}).
   *
   * @param type the value type
   * @param property the accessor's name
   */
  public static void assertConstrained(Class<?> type, String property) {
    PropertyDescriptor descriptor =
        validator().getConstraintsForClass(type).getConstraintsForProperty(property);
    assertThat(descriptor).as("constraints of %s.%s", type.getSimpleName(), property).isNotNull();
    boolean elements =
        descriptor.getConstrainedContainerElementTypes().stream()
            .anyMatch(c -> !c.getConstraintDescriptors().isEmpty());
    assertThat(!descriptor.getConstraintDescriptors().isEmpty() || elements)
        .as("%s.%s has constraints the validator can see", type.getSimpleName(), property)
        .isTrue();
  }

  /**
   * Asserts that the builder and the validator accept and refuse the same values of a property.
   *
   * @param type the value type whose accessor carries the annotations
   * @param property the accessor's name, which is also the field named by the builder's exception
   * @param candidates values to try, including null if wanted; at least one must be valid and one
   *     invalid, or the table proves nothing
   * @param build builds an otherwise valid instance with the candidate value in the property
   * @param <V> the property's type
   */
  public static <V> void assertAgreement(
      Class<?> type, String property, List<V> candidates, Consumer<V> build) {
    assertConstrained(type, property);
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    int refused = 0;
    for (V candidate : candidates) {
      boolean validatorRefuses = !validator().validateValue(type, property, candidate).isEmpty();
      boolean builderRefuses;
      try {
        build.accept(candidate);
        builderRefuses = false;
      } catch (InvalidValueException e) {
        if (!e.field().equals(property) && !e.field().startsWith(property + ".")) {
          throw new AssertionError(
              "the builder refused field '"
                  + e.field()
                  + "' while trying "
                  + property
                  + " = "
                  + describe(candidate)
                  + ": the rest of the instance must be valid",
              e);
        }
        builderRefuses = true;
      }
      if (builderRefuses != validatorRefuses) {
        disagreements.add(
            describe(candidate)
                + ": builder "
                + (builderRefuses ? "refuses" : "accepts")
                + ", Bean Validation "
                + (validatorRefuses ? "refuses" : "accepts"));
      }
      if (builderRefuses) {
        refused++;
      } else {
        accepted++;
      }
    }
    assertThat(disagreements).as("%s.%s", type.getSimpleName(), property).isEmpty();
    assertThat(accepted).as("valid candidates for %s", property).isPositive();
    assertThat(refused).as("invalid candidates for %s", property).isPositive();
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value.toString();
    StringBuilder sb = new StringBuilder("\"");
    for (char c : Checks.abbreviate(text).toCharArray()) {
      sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.append("\" (length ").append(text.length()).append(')').toString();
  }

  /** Treats every no-argument, value-returning method as a property accessor of the same name. */
  private static final class AccessorSelection implements GetterPropertySelectionStrategy {

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || executable.getName().equals("hashCode")
          || executable.getName().equals("toString")
          || executable.getName().equals("getClass")) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}
