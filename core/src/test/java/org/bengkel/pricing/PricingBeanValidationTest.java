package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.pricing.PricingFixtures.KUE;
import static org.bengkel.pricing.PricingFixtures.rp;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.BeanValidationAgreement;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

/**
 * The Bean Validation annotations on the pricing values' accessors agree with their builders'
 * checks, shown by running Hibernate Validator (with a strategy that reads record-style accessors,
 * which it otherwise silently skips) on candidate values of each property.
 */
class PricingBeanValidationTest {

  private static final Validator VALIDATOR = BeanValidationAgreement.validator();

  @Test
  void validValuesHaveNoViolations() {
    PricingItem item = PricingFixtures.item(KUE, "FOOD", 3, 35_000);
    assertThat(VALIDATOR.validate(item)).isEmpty();
    assertThat(VALIDATOR.getConstraintsForClass(PricingItem.class).getConstrainedProperties())
        .isNotEmpty();
    assertThat(VALIDATOR.validate(listing().build())).isEmpty();
    assertThat(VALIDATOR.validate(PriceRule.forAll("ALL-10").markup(Rate.percent(10)).build()))
        .isEmpty();
  }

  @Test
  void pricingItemAnnotationsAgreeWithTheChecks() {
    agree(
        PricingItem.class,
        "quantity",
        Arrays.asList(-1L, 0L, 1L, 500L),
        q -> PricingFixtures.item(KUE, "COOKIES", q));
    agree(
        PricingItem.class,
        "description",
        Arrays.asList("", " ", "Kue kering", "x".repeat(200), "x".repeat(201)),
        d ->
            PricingItem.builder()
                .from(PricingFixtures.item(KUE, "COOKIES", 1))
                .description(d)
                .build());
  }

  @Test
  void priceRuleAndListingAnnotationsAgreeWithTheChecks() {
    agree(
        PriceRule.class,
        "minQuantity",
        Arrays.asList(0L, 1L, 10L),
        q -> PriceRule.forAll("R").minQuantity(q).build());
    agree(
        PriceRule.class,
        "id",
        Arrays.asList("R-1", "r-1", "R--1", "R".repeat(41)),
        id -> PriceRule.forAll(id).build());
    agree(
        EKatalogListing.class,
        "minimumOrder",
        Arrays.asList(0L, 1L, 12L),
        m -> listing().minimumOrder(m).build());
    agree(
        EKatalogListing.class,
        "zone",
        Arrays.asList("JATIM-1", "jatim", ""),
        z -> listing().zone(z).build());
  }

  private static EKatalogListing.Builder listing() {
    return EKatalogListing.builder()
        .sku(KUE)
        .unit(org.bengkel.catalog.Unit.JAR)
        .zone("JATIM-1")
        .price(rp(90_000))
        .minimumOrder(10)
        .localContent(Rate.percent(40))
        .producerScale(ProducerScale.SMALL);
  }

  private static <V> void agree(
      Class<?> type, String property, List<V> candidates, Consumer<V> build) {
    assertThat(VALIDATOR.getConstraintsForClass(type).getConstraintsForProperty(property))
        .as("%s.%s is constrained", type.getSimpleName(), property)
        .isNotNull();
    List<String> disagreements = new ArrayList<>();
    int refused = 0;
    for (V candidate : candidates) {
      boolean validatorRefuses = !VALIDATOR.validateValue(type, property, candidate).isEmpty();
      boolean builderRefuses;
      try {
        build.accept(candidate);
        builderRefuses = false;
      } catch (InvalidValueException e) {
        assertThat(e.field()).isEqualTo(property);
        builderRefuses = true;
      }
      refused += builderRefuses ? 1 : 0;
      if (validatorRefuses != builderRefuses) {
        disagreements.add(
            candidate + ": builder " + builderRefuses + ", validator " + validatorRefuses);
      }
    }
    assertThat(disagreements).as("%s.%s", type.getSimpleName(), property).isEmpty();
    // the table must hold both valid and invalid values, or it proves nothing
    assertThat(refused).as("refused candidates").isPositive().isLessThan(candidates.size());
  }
}
