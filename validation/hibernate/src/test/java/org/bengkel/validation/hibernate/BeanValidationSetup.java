package org.bengkel.validation.hibernate;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The two setups the documentation gives (README "Modules", docs/service.md "Bean Validation",
 * {@link BengkelAccessors}), each validating an officer: {@link BeanValidationSetupTest} calls them
 * with and without an Expression Language implementation on the class path.
 */
public final class BeanValidationSetup {

  private BeanValidationSetup() {}

  /**
   * The one line on Hibernate Validator's configuration; needs an EL implementation.
   *
   * @return the number of violations on a valid officer
   */
  public static int oneLine() {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(new BengkelAccessors())
            .buildValidatorFactory()) {
      return validateOfficer(factory.getValidator());
    }
  }

  /**
   * The same with Hibernate Validator's {@link ParameterMessageInterpolator}; needs no EL.
   *
   * @return the number of violations on a valid officer
   */
  public static int withParameterMessageInterpolator() {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(new BengkelAccessors())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      return validateOfficer(factory.getValidator());
    }
  }

  private static int validateOfficer(Validator validator) {
    return validator.validate(Officer.of(Nip.of("198501012010011001"), "Petugas Uji")).size();
  }
}
