package org.bengkel.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bengkel.error.Messages;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The outcome of one e-Katalog rule for a listing (<i>hasil pemeriksaan</i>): which rule, whether
 * the listing meets it, and why, in English or Indonesian ({@link #message(Locale)}).
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
   * listing ({@code per toples}, not {@code per JAR}). A finding of {@link EKatalogPolicy#check}
   * has it from its {@linkplain #details() details}: {@link #message(Locale)} in English. JSON
   * carries this text.
   *
   * @return the explanation, never null or blank
   */
  @NotBlank
  @Value.Default
  public String explanation() {
    return Checks.required(details().isEmpty() ? null : message(Locale.ROOT), "explanation");
  }

  /**
   * The values the explanation names, as canonical text, in the order of its message's arguments
   * ({@code pricing.e-katalog.finding.*} in the package's {@code messages} bundle): for the price
   * rule the listed price, the lowest price elsewhere and its source (when an offer matched), then
   * the SKU, unit and zone; for the local-content rule the listing's TKDN and the minimum; for the
   * unit rule the SKU, zone and unit, and the offers in other units. Not part of equality: JSON
   * carries the English explanation only, so a finding read from JSON has none.
   *
   * @return the values, never null; empty for a finding read from JSON
   */
  @Value.Auxiliary
  public abstract List<String> details();

  /**
   * Why, in the reader's language, such as {@code local content (TKDN) 40% meets the minimum 25%}
   * or {@code tingkat komponen dalam negeri (TKDN) 40% memenuhi batas minimum 25%}.
   *
   * @param locale the reader's language, not null; Indonesian, or else English
   * @return the text, never null; the English {@linkplain #explanation() explanation} for a finding
   *     without details (read from JSON)
   * @throws org.bengkel.error.MissingValueException if {@code locale} is null
   */
  public String message(Locale locale) {
    Checks.required(locale, "locale");
    if (details().isEmpty()) {
      return explanation();
    }
    return Messages.format(
        Messages.pattern(EKatalogFinding.class, messageKey(), locale), details().toArray());
  }

  /** The key of the finding's message: its rule and its answer. */
  private String messageKey() {
    String answer;
    if (rule() == PricingRule.EKATALOG_OVER_PRICE) {
      answer = comparedPrice().isEmpty() ? "no-offer" : passed() ? "within-price" : "over-price";
    } else if (rule() == PricingRule.EKATALOG_LOCAL_CONTENT) {
      answer = passed() ? "local-content-met" : "local-content-below";
    } else {
      answer = "unit";
    }
    return "pricing.e-katalog.finding." + answer;
  }

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

  static EKatalogFinding of(PricingRule rule, boolean passed, Object... details) {
    return builder().rule(rule).passed(passed).addDetails(texts(details)).build();
  }

  /** The details as canonical text ({@code toString()}). */
  static String[] texts(Object... details) {
    return Arrays.stream(details).map(String::valueOf).toArray(String[]::new);
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
