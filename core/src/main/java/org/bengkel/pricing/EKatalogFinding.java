package org.bengkel.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The outcome of one e-Katalog rule for a listing (<i>hasil pemeriksaan</i>): which rule, whether
 * the listing meets it, and why.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EKatalogFinding {

  EKatalogFinding() {}

  /**
   * The rule checked: {@link PricingRule#EKATALOG_OVER_PRICE}, {@link
   * PricingRule#EKATALOG_LOCAL_CONTENT} or {@link PricingRule#EKATALOG_UNIT}.
   *
   * @return the rule, never null
   */
  @NotNull
  public abstract PricingRule rule();

  /**
   * Whether the listing meets the rule.
   *
   * @return true when met
   */
  public abstract boolean passed();

  /**
   * Why, in English, with the numbers compared; units by the Indonesian terms buyers read on the
   * listing ({@code per toples}, not {@code per JAR}).
   *
   * @return the explanation, never null or blank
   */
  @NotBlank
  public abstract String explanation();

  /**
   * The lowest price offered elsewhere, for the price rule.
   *
   * @return the price, empty for the local-content rule or when no offer matched
   */
  public abstract Optional<Rupiah> comparedPrice();

  /**
   * Where {@link #comparedPrice()} is offered.
   *
   * @return the source, empty when there is no compared price
   */
  public abstract Optional<String> comparedSource();

  static EKatalogFinding of(PricingRule rule, boolean passed, String explanation) {
    return builder().rule(rule).passed(passed).explanation(explanation).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EKatalogFinding}; not thread-safe. */
  public static final class Builder extends ImmutableEKatalogFinding.Builder {
    Builder() {}
  }
}
