package org.bengkel.pricing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.catalog.Sku;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The price list of one sales channel for a period (<i>daftar harga</i>): where its prices start
 * ({@link PriceBasis}) and the {@link PriceRule}s that adjust them.
 *
 * <p>A list is in force from {@link #effectiveFrom()} to {@link #effectiveUntil()}, both inclusive
 * (no end when empty). Its basis is the item's cost (cost-plus), its own {@link #listPrices()} per
 * SKU (for a service job without a list price, the service's tariff for the vehicle class), or the
 * price computed by the list of {@link #baseChannel()} in force on the same day (a chained list). A
 * {@link PriceBook} refuses lists of one channel that overlap and chains that form a cycle.
 *
 * <p><b>Which rule wins.</b> Of the rules that apply to a line (scope matches, quantity at least
 * the rule's minimum, date in its range), exactly one is used, chosen in this order:
 *
 * <ol>
 *   <li>the most specific scope: {@link RuleScope#PRODUCT} over {@link RuleScope#CATEGORY} over
 *       {@link RuleScope#ALL};
 *   <li>then the highest {@link PriceRule#minQuantity()} (the largest tier the quantity reaches);
 *   <li>then the latest {@link PriceRule#effectiveFrom()} (a rule with no start counts as
 *       earliest);
 *   <li>then the smallest {@link PriceRule#id()} in string order, so the choice is stable.
 * </ol>
 *
 * When no rule applies, the price is the base price. Rules are indexed by SKU and category, so
 * finding a line's rule never scans the rules of other products or categories.
 *
 * <p>Immutable and thread-safe. Building an invalid list throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class PriceList {

  /** The order in which applicable rules win; the first wins. */
  static final Comparator<PriceRule> PRECEDENCE =
      Comparator.comparing(PriceRule::scope, Comparator.reverseOrder())
          .thenComparing(PriceRule::minQuantity, Comparator.reverseOrder())
          .thenComparing(r -> r.effectiveFrom().orElse(LocalDate.MIN), Comparator.reverseOrder())
          .thenComparing(PriceRule::id);

  PriceList() {}

  /**
   * The list's identifier, such as {@code GALERI-2026}; it appears in the base step of every price.
   *
   * @return the identifier, never null
   */
  @NotNull
  @Size(max = Checks.CODE_MAX)
  @jakarta.validation.constraints.Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  public abstract String id();

  /**
   * The channel the list prices for.
   *
   * @return the channel, never null
   */
  @NotNull
  public abstract Channel channel();

  /**
   * The first day the list is in force, inclusive.
   *
   * @return the day, never null
   */
  @NotNull
  public abstract LocalDate effectiveFrom();

  /**
   * The last day the list is in force, inclusive.
   *
   * @return the day, empty for no end
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * Where the list's prices start.
   *
   * @return the basis, never null
   */
  @NotNull
  public abstract PriceBasis basis();

  /**
   * The channel whose computed price a {@link PriceBasis#CHANNEL} list starts from.
   *
   * @return the channel, present exactly for chained lists, never this list's own channel
   */
  public abstract Optional<Channel> baseChannel();

  /**
   * The list price per SKU of a {@link PriceBasis#LIST_PRICE} list (ignored by other bases); a
   * service job whose SKU has no list price starts from its {@link PricingItem#tariff()}.
   *
   * @return the prices, never null, possibly empty
   */
  public abstract Map<Sku, Rupiah> listPrices();

  /**
   * The rules, with distinct identifiers.
   *
   * @return the rules, never null, possibly empty
   */
  public abstract List<PriceRule> rules();

  @Value.Check
  void check() {
    Checks.requireCode(id(), "id");
    if (effectiveUntil().isPresent() && effectiveUntil().get().isBefore(effectiveFrom())) {
      throw InvalidValueException.of(
          CoreRule.DATE_ORDER, "effectiveUntil", effectiveUntil().get(), effectiveFrom());
    }
    if (baseChannel().isPresent() != (basis() == PriceBasis.CHANNEL)) {
      throw InvalidValueException.of(
          PricingRule.BASE_CHANNEL, "baseChannel", baseChannel().orElse(null), "basis " + basis());
    }
    if (baseChannel().isPresent() && baseChannel().get() == channel()) {
      throw InvalidValueException.of(
          PricingRule.LIST_CYCLE, "baseChannel", baseChannel().get(), id() + " -> " + channel());
    }
    Checks.requireDistinct(rules().stream().map(PriceRule::id).toList(), "rules.id");
  }

  /**
   * Whether the list is in force on a day.
   *
   * @param date the day, not null
   * @return true when {@code effectiveFrom() <= date <= effectiveUntil()}
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public boolean isInForceOn(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(effectiveFrom())
        && effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * Whether this list and another are in force on at least one common day.
   *
   * @param other the other list, not null
   * @return true when their periods overlap
   */
  boolean overlaps(PriceList other) {
    boolean thisStartsBeforeOtherEnds =
        other.effectiveUntil().map(u -> !effectiveFrom().isAfter(u)).orElse(true);
    boolean otherStartsBeforeThisEnds =
        effectiveUntil().map(u -> !other.effectiveFrom().isAfter(u)).orElse(true);
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * The rule that wins for an item on a day, by the order documented on this class.
   *
   * @param item the item, not null
   * @param date the pricing date, not null
   * @return the winning rule, empty when none applies
   * @throws org.bengkel.error.MissingValueException if {@code item} or {@code date} is null
   */
  public Optional<PriceRule> ruleFor(PricingItem item, LocalDate date) {
    Checks.required(item, "item");
    Checks.required(date, "date");
    RuleIndex index = index();
    PriceRule best = null;
    best = better(best, index.bySku.get(item.sku()), item, date);
    if (item.category().isPresent()) {
      best = better(best, index.byCategory.get(item.category().get().code()), item, date);
    }
    best = better(best, index.forAll, item, date);
    return Optional.ofNullable(best);
  }

  private static @Nullable PriceRule better(
      @Nullable PriceRule best,
      @Nullable List<PriceRule> candidates,
      PricingItem item,
      LocalDate date) {
    if (candidates == null) {
      return best;
    }
    for (PriceRule r : candidates) {
      if (r.appliesTo(date, item.quantity()) && (best == null || PRECEDENCE.compare(r, best) < 0)) {
        best = r;
      }
    }
    return best;
  }

  /**
   * The rules indexed by SKU and category, built once per list.
   *
   * @return the index, never null
   */
  @Value.Lazy
  RuleIndex index() {
    return new RuleIndex(rules());
  }

  /**
   * This list with one more rule; this list is unchanged.
   *
   * @param rule the rule to add, not null
   * @return the new list, never null
   * @throws InvalidValueException rule {@code value.duplicate} if a rule has the same id
   * @throws org.bengkel.error.MissingValueException if {@code rule} is null
   */
  public PriceList withRule(PriceRule rule) {
    Checks.required(rule, "rule");
    return builder().from(this).addRule(rule).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceList}; not thread-safe. */
  public static final class Builder extends ImmutablePriceList.Builder {
    Builder() {}
  }

  /** Rules grouped by scope key; immutable after construction. */
  static final class RuleIndex {
    final Map<Sku, List<PriceRule>> bySku = new HashMap<>();
    final Map<String, List<PriceRule>> byCategory = new HashMap<>();
    final List<PriceRule> forAll = new ArrayList<>();

    RuleIndex(List<PriceRule> rules) {
      for (PriceRule r : rules) {
        switch (r.scope()) {
          case PRODUCT ->
              bySku.computeIfAbsent(r.sku().orElseThrow(), k -> new ArrayList<>()).add(r);
          case CATEGORY ->
              byCategory
                  .computeIfAbsent(r.category().orElseThrow().code(), k -> new ArrayList<>())
                  .add(r);
          case ALL -> forAll.add(r);
        }
      }
    }
  }
}
