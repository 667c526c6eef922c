/**
 * bengkel-core: the domain model of a correctional-facility rehabilitation workshop (<i>bengkel
 * kerja</i>) and its rules.
 *
 * <p>Every type is an immutable value and every rule a pure function; the module has no state, no
 * I/O and no dependency at run time but {@code jakarta.validation} (for the Bean Validation
 * annotations that describe field rules to hosts that run a {@code Validator}).
 */
module org.bengkel.core {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.bengkel.error;
  exports org.bengkel.outcome;
  exports org.bengkel.money;
  exports org.bengkel.facility;
  exports org.bengkel.audit;
  exports org.bengkel.trainee;
  exports org.bengkel.programme;
  exports org.bengkel.catalog;
  exports org.bengkel.material;
  exports org.bengkel.foodsafety;
  exports org.bengkel.production;
  exports org.bengkel.inventory;
  exports org.bengkel.sales;
  exports org.bengkel.pricing;
  exports org.bengkel.proceeds;
  exports org.bengkel.report;
}
