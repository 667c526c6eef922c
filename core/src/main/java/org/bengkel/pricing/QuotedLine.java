package org.bengkel.pricing;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * One priced line of a {@link Quote} (<i>baris penawaran</i>): the item, the list and rule used,
 * every step applied, the unit price and the line total.
 *
 * <p>The steps form a chain: the first is a {@link StepKind#BASE} step, each step starts from the
 * amount the previous one ended at, and the last ends at {@link #unitPrice()}. For a chained list
 * the steps of the base channel's list come first, then this list's base step. The line total is
 * exactly {@code unitPrice × quantity}.
 *
 * <p>Immutable and thread-safe. Building an inconsistent line throws {@link InvalidValueException}
 * with rule {@link PricingRule#QUOTE_INCONSISTENT}.
 */
@Value.Immutable
public abstract class QuotedLine {

  QuotedLine() {}

  /**
   * The item priced.
   *
   * @return the item, never null
   */
  @NotNull
  public abstract PricingItem item();

  /**
   * The identifier of the price list used (of the quote's channel).
   *
   * @return the identifier, never null
   */
  @NotNull
  public abstract String listId();

  /**
   * The identifier of the winning rule of that list.
   *
   * @return the identifier, empty when no rule applied
   */
  public abstract Optional<String> ruleId();

  /**
   * The steps applied, in order.
   *
   * @return at least one step, never null
   */
  @NotEmpty
  public abstract List<PriceStep> steps();

  /**
   * The price of one unit.
   *
   * @return the price, never null
   */
  @NotNull
  public abstract Rupiah unitPrice();

  /**
   * The quantity, from the item.
   *
   * @return one or more
   */
  public long quantity() {
    return item().quantity();
  }

  /**
   * The line total, {@code unitPrice × quantity}, exact.
   *
   * @return the total, never null
   * @throws InvalidValueException rule {@code money.overflow} if it exceeds a long
   */
  public Rupiah lineTotal() {
    return unitPrice().times(quantity());
  }

  @Value.Check
  void check() {
    List<PriceStep> steps = steps();
    if (steps.isEmpty() || steps.get(0).kind() != StepKind.BASE) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT, "steps", steps.size(), "the first step is a base step");
    }
    for (int i = 1; i < steps.size(); i++) {
      if (!steps.get(i).before().equals(steps.get(i - 1).after())) {
        throw InvalidValueException.of(
            PricingRule.QUOTE_INCONSISTENT,
            "steps[" + i + "].before",
            steps.get(i).before(),
            "each step starts where the previous ended");
      }
    }
    if (!steps.get(steps.size() - 1).after().equals(unitPrice())) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT, "unitPrice", unitPrice(), "the last step ends at it");
    }
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuotedLine}; not thread-safe. */
  public static final class Builder extends ImmutableQuotedLine.Builder {
    Builder() {}
  }
}
