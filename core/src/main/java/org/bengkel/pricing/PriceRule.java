package org.bengkel.pricing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * A rule of a {@link PriceList} (<i>aturan harga</i>): which items it applies to (scope, minimum
 * quantity, date range) and what it does to their base price.
 *
 * <p><b>Scope.</b> {@link RuleScope#ALL} names neither a SKU nor a category; {@link
 * RuleScope#CATEGORY} names a {@link #category()} only (a catalogue {@link ProductCategory},
 * matched by its code); {@link RuleScope#PRODUCT} names a {@link #sku()} only. The rule applies to
 * a line when the scope matches, the line's quantity is at least {@link #minQuantity()} (a quantity
 * tier, <i>harga grosir</i>), and the pricing date is within {@link #effectiveFrom()}..{@link
 * #effectiveUntil()} (both inclusive, each open when empty).
 *
 * <p><b>Steps</b>, run in this order by {@link PriceBook}: an optional markup or discount (never
 * both; a discount at most 100 %), an optional {@link RoundingStep}, an optional surcharge,
 * optional minimum and maximum margins over cost (the minimum not above the maximum), an optional
 * floor price. A rule with no steps fixes the base price as it is (useful to shadow a broader
 * rule).
 *
 * <p>Immutable and thread-safe. Building an invalid rule throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class PriceRule {

  PriceRule() {}

  /**
   * The rule's identifier, unique within its list, such as {@code GROSIR-10}; it appears in every
   * step the rule applies.
   *
   * @return the identifier, never null
   */
  @NotNull
  @Size(max = Checks.CODE_MAX)
  @jakarta.validation.constraints.Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  public abstract String id();

  /**
   * What items the rule applies to.
   *
   * @return the scope, never null
   */
  @NotNull
  public abstract RuleScope scope();

  /**
   * The category of a {@link RuleScope#CATEGORY} rule; the rule applies to goods whose category has
   * the same {@link ProductCategory#code() code}. Service jobs have no category.
   *
   * @return the category, present exactly for category rules
   */
  public abstract Optional<ProductCategory> category();

  /**
   * The product of a {@link RuleScope#PRODUCT} rule.
   *
   * @return the SKU, present exactly for product rules
   */
  public abstract Optional<Sku> sku();

  /**
   * The smallest line quantity the rule applies to; default 1.
   *
   * @return one or more
   */
  @Positive
  @Value.Default
  public long minQuantity() {
    return 1;
  }

  /**
   * The first day the rule is in force, inclusive.
   *
   * @return the day, empty for no start
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * The last day the rule is in force, inclusive.
   *
   * @return the day, empty for no end
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * A markup on the base price, such as 25 %: price × (1 + markup).
   *
   * @return the markup, empty for none
   */
  public abstract Optional<Rate> markup();

  /**
   * A discount on the base price, such as 10 %: price × (1 − discount); at most 100 %.
   *
   * @return the discount, empty for none
   */
  public abstract Optional<Rate> discount();

  /**
   * The rounding to a step, such as Rp500 {@code UP}.
   *
   * @return the rounding, empty for none (whole rupiah only)
   */
  public abstract Optional<RoundingStep> rounding();

  /**
   * A fixed amount added after rounding, such as packing for a government order.
   *
   * @return the surcharge, empty for none
   */
  public abstract Optional<Rupiah> surcharge();

  /**
   * The lowest margin over cost: the price is raised to at least cost × (1 + minimum), rounded up
   * to whole rupiah. Applied only when the item's cost is known.
   *
   * @return the margin, empty for none
   */
  public abstract Optional<Rate> minMargin();

  /**
   * The highest margin over cost: the price is lowered to at most cost × (1 + maximum), rounded
   * down to whole rupiah. Applied only when the item's cost is known.
   *
   * @return the margin, empty for none
   */
  public abstract Optional<Rate> maxMargin();

  /**
   * The floor price: the final price is never below it. It runs last, so it wins over the maximum
   * margin.
   *
   * @return the floor, empty for none
   */
  public abstract Optional<Rupiah> floor();

  @Value.Check
  void check() {
    Checks.requireCode(id(), "id");
    Checks.requireRange(minQuantity(), "minQuantity", 1, Long.MAX_VALUE);
    boolean wantsCategory = scope() == RuleScope.CATEGORY;
    boolean wantsSku = scope() == RuleScope.PRODUCT;
    if (category().isPresent() != wantsCategory) {
      throw InvalidValueException.of(
          PricingRule.SCOPE_MISMATCH, "category", category().orElse(null), "scope " + scope());
    }
    if (sku().isPresent() != wantsSku) {
      throw InvalidValueException.of(
          PricingRule.SCOPE_MISMATCH, "sku", sku().orElse(null), "scope " + scope());
    }
    if (effectiveFrom().isPresent()
        && effectiveUntil().isPresent()
        && effectiveUntil().get().isBefore(effectiveFrom().get())) {
      throw InvalidValueException.of(
          CoreRule.DATE_ORDER, "effectiveUntil", effectiveUntil().get(), effectiveFrom().get());
    }
    if (markup().isPresent() && discount().isPresent()) {
      throw InvalidValueException.of(PricingRule.MARKUP_AND_DISCOUNT, "discount", discount().get());
    }
    if (discount().isPresent() && discount().get().isGreaterThanOne()) {
      throw InvalidValueException.of(PricingRule.RATE_ABOVE_WHOLE, "discount", discount().get());
    }
    if (minMargin().isPresent()
        && maxMargin().isPresent()
        && minMargin().get().compareTo(maxMargin().get()) > 0) {
      throw InvalidValueException.of(
          PricingRule.MARGIN_ORDER, "minMargin", minMargin().get(), maxMargin().get());
    }
  }

  /**
   * Whether the rule applies on a day to a quantity (its scope is matched by the list's index).
   *
   * @param date the pricing date, not null
   * @param quantity the line's quantity
   * @return true when in force on {@code date} and {@code quantity >= minQuantity()}
   */
  boolean appliesTo(LocalDate date, long quantity) {
    return quantity >= minQuantity()
        && effectiveFrom().map(f -> !date.isBefore(f)).orElse(true)
        && effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * A rule for every item; add steps with {@link Builder}.
   *
   * @param id the identifier, not null
   * @return a builder with the id and scope set, never null
   */
  public static Builder forAll(String id) {
    return builder().id(id).scope(RuleScope.ALL);
  }

  /**
   * A rule for one category; add steps with {@link Builder}.
   *
   * @param id the identifier, not null
   * @param category the category, not null
   * @return a builder with the id, scope and category set, never null
   */
  public static Builder forCategory(String id, ProductCategory category) {
    return builder().id(id).scope(RuleScope.CATEGORY).category(category);
  }

  /**
   * A rule for one product; add steps with {@link Builder}.
   *
   * @param id the identifier, not null
   * @param sku the product, not null
   * @return a builder with the id, scope and SKU set, never null
   */
  public static Builder forProduct(String id, Sku sku) {
    return builder().id(id).scope(RuleScope.PRODUCT).sku(sku);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceRule}; not thread-safe. */
  public static final class Builder extends ImmutablePriceRule.Builder {
    Builder() {}
  }
}
