package org.bengkel.foodsafety;

import jakarta.validation.constraints.NotNull;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bengkel.catalog.Sku;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The answer to "may this product be released or sold on this date?" as far as food safety goes
 * (<i>keputusan keamanan pangan</i>): allowed, or refused with every reason.
 *
 * <p>Each reason is a {@link FoodSafetyRule} whose code starts {@code catalog.food-safety.}, with a
 * detail (the last valid day of the licence, the category, the halal deadline). Goods that are not
 * food are always allowed, with no reasons. Made by {@link FoodSafetyPolicy#decide}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FoodSafetyDecision {

  FoodSafetyDecision() {}

  /**
   * The product decided on.
   *
   * @return its SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * The date decided for (the production or sale date).
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * Why the product may not be released or sold, each reason with its detail, in the order checked:
   * P-IRT missing or expired, high-risk category, halal missing or not yet issued.
   *
   * @return an unmodifiable map, never null; empty when allowed
   */
  @NotNull
  public abstract Map<FoodSafetyRule, String> reasons();

  /**
   * Whether the product may be released or sold on the date.
   *
   * @return true when there are no reasons against it
   */
  public final boolean isAllowed() {
    return reasons().isEmpty();
  }

  /**
   * The reasons as human messages.
   *
   * @param locale the caller's locale, not null; Indonesian for {@code id}, English otherwise
   * @return an unmodifiable list, never null, one message per reason
   * @throws org.bengkel.error.MissingValueException if {@code locale} is null
   */
  public final List<String> messages(Locale locale) {
    Checks.required(locale, "locale");
    List<String> out = new ArrayList<>();
    for (Map.Entry<FoodSafetyRule, String> e : reasons().entrySet()) {
      out.add(
          new MessageFormat(e.getKey().pattern(locale), Locale.ROOT)
              .format(new Object[] {sku().toString(), date().toString(), e.getValue()}));
    }
    return List.copyOf(out);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableFoodSafetyDecision.Builder {
    Builder() {}
  }
}
