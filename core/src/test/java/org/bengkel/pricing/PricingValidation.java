package org.bengkel.pricing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * A Hibernate Validator that reads record-style accessors, for the pricing tests. Kept out of the
 * test class so that the module read edge is added before the strategy class is loaded.
 */
final class PricingValidation {

  static {
    // Tests run patched into org.bengkel.core, which does not read Hibernate Validator.
    Module self = PricingValidation.class.getModule();
    ModuleLayer.boot().findModule("org.hibernate.validator").ifPresent(self::addReads);
  }

  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .getterPropertySelectionStrategy(new Accessors())
          .buildValidatorFactory()
          .getValidator();

  private PricingValidation() {}

  static Validator validator() {
    return VALIDATOR;
  }

  /** Every no-argument method returning a value is a property of the same name. */
  private static final class Accessors implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      String name = executable.getName();
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || name.equals("hashCode")
          || name.equals("toString")
          || name.equals("getClass")) {
        return Optional.empty();
      }
      return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}
