package org.bengkel.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bengkel.error.InvalidValueException;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Bean Validation annotations describe the same field rules as the checks. */
class InventoryBeanValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    // Core's tests run inside the org.bengkel.core module, which does not read Hibernate
    // Validator: add the read edge before the first class that implements its SPI is loaded
    // (hence an anonymous class, which JUnit's discovery does not load).
    Module self = InventoryBeanValidationTest.class.getModule();
    ModuleLayer.boot().findModule("org.hibernate.validator").ifPresent(self::addReads);
    // Record-style accessors (quantity()) are properties too.
    GetterPropertySelectionStrategy recordStyle =
        new GetterPropertySelectionStrategy() {
          @Override
          public Optional<String> getProperty(ConstrainableExecutable executable) {
            boolean getter =
                executable.getParameterTypes().length == 0
                    && executable.getReturnType() != void.class
                    && !executable.getName().equals("hashCode")
                    && !executable.getName().equals("toString");
            return getter ? Optional.of(executable.getName()) : Optional.empty();
          }

          @Override
          public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
          }
        };
    factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(recordStyle)
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void validValuesHaveNoViolations() {
    StockLedger l = Fixture.stocked();
    assertThat(validator.validate(Fixture.KK_A)).isEmpty();
    for (LotStock s : l.lots()) {
      assertThat(validator.validate(s)).isEmpty();
    }
    assertThat(validator.validate(l.stock(Fixture.KUE))).isEmpty();
    for (Movement m : l.movements()) {
      assertThat(validator.validate(m)).isEmpty();
    }
  }

  @Test
  void annotationsAndChecksRejectTheSameQuantities() {
    for (long q : new long[] {0, -1, StockLot.MAX_QUANTITY + 1, 1, StockLot.MAX_QUANTITY}) {
      Set<ConstraintViolation<StockLot>> violations =
          validator.validateValue(StockLot.class, "quantity", q);
      boolean rejectedByCheck;
      try {
        StockLot.builder().from(Fixture.KK_A).quantity(q).build();
        rejectedByCheck = false;
      } catch (InvalidValueException e) {
        rejectedByCheck = true;
      }
      assertThat(violations.isEmpty()).as("quantity %d", q).isEqualTo(!rejectedByCheck);
      assertThat(validator.validateValue(Pick.class, "quantity", q).isEmpty())
          .isEqualTo(!rejectedByCheck);
      assertThat(validator.validateValue(Movement.class, "quantity", q).isEmpty())
          .isEqualTo(!rejectedByCheck);
    }
    assertThat(validator.validateValue(SkuStock.class, "onHand", -1L)).isNotEmpty();
    assertThat(validator.validateValue(LotStock.class, "reserved", -1L)).isNotEmpty();
    assertThat(validator.validateValue(StockLot.class, "lotCode", null)).isNotEmpty();
    assertThatThrownBy(() -> SkuStock.of(Fixture.KUE, -1, 0))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void everyPublicValueTypeIsAbstractWithHiddenImplementation() {
    for (Class<?> c :
        List.of(
            StockLot.class,
            LotStock.class,
            SkuStock.class,
            Movement.class,
            Pick.class,
            Picking.class,
            Reservation.class)) {
      assertThat(Modifier.isAbstract(c.getModifiers())).as(c.getName()).isTrue();
      assertThat(validator.getConstraintsForClass(c).isBeanConstrained()).as(c.getName()).isTrue();
    }
  }
}
