package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Bean Validation annotations describe the same field rules as the checks: Hibernate Validator
 * (with a strategy for record-style accessors) finds no violation on values the factories built,
 * and finds the violations on hand-made subclasses that bypass the checks.
 */
class BeanValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  /**
   * Starts Hibernate Validator with a getter strategy that treats every public no-argument,
   * non-void method as a property named like the method (record-style accessors).
   *
   * <p>Why reflection: core's tests run patched into the named module {@code org.bengkel.core},
   * which does not read {@code org.hibernate.validator}; core reflection assumes readability, so
   * the provider-specific configuration is reached reflectively and the strategy is a proxy.
   */
  @BeforeAll
  static void start() throws ReflectiveOperationException {
    Class<?> strategyType =
        Class.forName("org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy");
    Class<?> executableType =
        Class.forName("org.hibernate.validator.spi.properties.ConstrainableExecutable");
    Method name = executableType.getMethod("getName");
    Method parameters = executableType.getMethod("getParameterTypes");
    Method returns = executableType.getMethod("getReturnType");
    InvocationHandler handler =
        (proxy, method, args) ->
            switch (method.getName()) {
              case "getProperty" -> {
                String n = (String) name.invoke(args[0]);
                boolean getter =
                    ((Class<?>[]) parameters.invoke(args[0])).length == 0
                        && returns.invoke(args[0]) != void.class
                        && !n.equals("hashCode")
                        && !n.equals("toString");
                yield getter ? Optional.of(n) : Optional.empty();
              }
              case "getGetterMethodNameCandidates" -> List.of(args[0]);
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              default -> "RecordStyleGetters";
            };
    Object strategy =
        Proxy.newProxyInstance(
            strategyType.getClassLoader(), new Class<?>[] {strategyType}, handler);
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    Method set =
        Class.forName("org.hibernate.validator.HibernateValidatorConfiguration")
            .getMethod("getterPropertySelectionStrategy", strategyType);
    set.invoke(configuration, strategy);
    factory = configuration.buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void builtValuesHaveNoViolations() {
    SplitPolicy policy = SplitPolicy.defaultFor(Fixtures.PAMEKASAN, Fixtures.JAN_2024);
    assertThat(validator.validate(policy)).isEmpty();
    assertThat(
            validator.validate(
                PremiEntry.of(
                    Stamps.on(Fixtures.JAN_2024), PremiEntryKind.CREDIT, Rupiah.of(1), "S")))
        .isEmpty();
    assertThat(validator.validate(Contribution.of(Fixtures.ADI, 0))).isEmpty();
  }

  @Test
  void annotationsReportTheSameFieldRulesAsTheChecks() {
    SplitPolicy badCode =
        new SplitPolicy() {
          @Override
          public FacilityCode facilityCode() {
            return null;
          }

          @Override
          public LocalDate effectiveFrom() {
            return Fixtures.JAN_2024;
          }

          @Override
          public Optional<LocalDate> effectiveUntil() {
            return Optional.empty();
          }

          @Override
          public SplitBase base() {
            return SplitBase.NET_PROFIT;
          }

          @Override
          public Rate premiShare() {
            return Rate.percent(50);
          }

          @Override
          public Rate pnbpShare() {
            return null;
          }

          @Override
          public Rate capitalShare() {
            return Rate.percent(35);
          }
        };
    assertThat(paths(validator.validate(badCode))).contains("facilityCode", "pnbpShare");

    PnbpEntry blank =
        new PnbpEntry() {
          @Override
          public Stamp stamp() {
            return Stamps.on(Fixtures.JAN_2024);
          }

          @Override
          public String reference() {
            return " ";
          }

          @Override
          public Rupiah amount() {
            return Rupiah.of(1);
          }
        };
    assertThat(paths(validator.validate(blank))).containsExactly("reference");

    Contribution negative =
        new Contribution() {
          @Override
          public RegistrationNumber registrationNumber() {
            return Fixtures.ADI;
          }

          @Override
          public long quantity() {
            return -1;
          }
        };
    assertThat(paths(validator.validate(negative))).containsExactly("quantity");
  }

  private static <T> Set<String> paths(Set<ConstraintViolation<T>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }
}
