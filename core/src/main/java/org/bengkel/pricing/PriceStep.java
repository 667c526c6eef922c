package org.bengkel.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;
import org.immutables.value.Value;

/**
 * One applied step of a price's computation (<i>langkah perhitungan harga</i>), kept so that a
 * price can be explained to an auditor: which list or rule applied it, what kind of step it was,
 * what it did, and the unit price before and after.
 *
 * <p>A {@link StepKind#BASE} step has equal before and after amounts (the base price itself).
 *
 * <p>Immutable and thread-safe. Building an invalid step throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class PriceStep {

  PriceStep() {}

  /**
   * The identifier of the price list (for a base step) or price rule that applied the step.
   *
   * @return the identifier, never null
   */
  @NotNull
  public abstract String source();

  /**
   * The kind of step.
   *
   * @return the kind, never null
   */
  @NotNull
  public abstract StepKind kind();

  /**
   * What the step did, in English, with its numbers, such as
   * {@code Rp10.000 x (1 + 25%) = Rp12.500, rounded HALF_UP to whole rupiah}.
   *
   * @return the description, never null or blank
   */
  @NotBlank
  public abstract String description();

  /**
   * The unit price before the step.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah before();

  /**
   * The unit price after the step.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah after();

  /**
   * What the step changed, {@code after − before}.
   *
   * @return the signed change, never null
   */
  public RupiahDelta change() {
    return after().difference(before());
  }

  @Value.Check
  void check() {
    Checks.requireCode(source(), "source");
    Checks.requireText(description(), "description", 500);
    if (kind() == StepKind.BASE && !before().equals(after())) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT, "after", after(), "a base step keeps " + before());
    }
  }

  /**
   * A step from all its attributes.
   *
   * @param source the list or rule identifier, not null
   * @param kind the kind, not null
   * @param description what it did, not null
   * @param before the unit price before, not null
   * @param after the unit price after, not null
   * @return the step, never null
   * @throws InvalidValueException if an attribute breaks its rule
   */
  public static PriceStep of(
      String source, StepKind kind, String description, Rupiah before, Rupiah after) {
    return builder()
        .source(source)
        .kind(kind)
        .description(description)
        .before(before)
        .after(after)
        .build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceStep}; not thread-safe. */
  public static final class Builder extends ImmutablePriceStep.Builder {
    Builder() {}
  }
}
