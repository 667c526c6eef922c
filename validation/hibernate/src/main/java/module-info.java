/**
 * bengkel-validation-hibernate: lets Hibernate Validator see the Bean Validation constraints that
 * bengkel declares on its record-style accessors ({@code sku()}, {@code name()}).
 *
 * <p>Optional: a host that validates bengkel's values with Hibernate Validator registers {@link
 * org.bengkel.validation.hibernate.BengkelAccessors} with one line; see its Javadoc.
 */
module org.bengkel.validation.hibernate {
  requires transitive jakarta.validation;
  requires transitive org.hibernate.validator;
  requires static org.jspecify;

  exports org.bengkel.validation.hibernate;
}
