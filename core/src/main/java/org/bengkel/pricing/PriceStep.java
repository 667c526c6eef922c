package org.bengkel.pricing;

import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;
import org.immutables.value.Value;

/**
 * One applied step of a price's computation (<i>langkah perhitungan harga</i>), kept so that a
 * price can be explained to an auditor: which list or rule applied it, what kind of step it was,
 * what it did, and the unit price before and after.
 *
 * <p>What it did is a value, not prose: a {@link StepCode} and its parameters in canonical text
 * ({@code pricing.step.markup} with {@code rate = 10%}), put into words in the reader's language
 * only when shown, by {@link #message(Locale)}.
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
   * What the step did.
   *
   * @return the code, never null; its {@link StepCode#kind()} is this step's kind (or any, for
   *     {@link StepCode#TEXT})
   */
  @NotNull
  public abstract StepCode code();

  /**
   * The parameters of {@link #code()}, by name, as canonical texts ({@code Rp92.500}, {@code 10%},
   * {@code GALLERY}); exactly the code's {@linkplain StepCode#parameterNames() parameters}, in that
   * order.
   *
   * @return the parameters, never null
   */
  @NotNull
  public abstract Map<String, String> params();

  /**
   * What the step did, in words, in the reader's language, such as {@code Rp92.500 x (1 + 10%) =
   * Rp101.750, rounded half up to whole rupiah} or {@code Rp92.500 x (1 + 10 %) = Rp101.750,
   * dibulatkan setengah ke atas ke rupiah penuh}.
   *
   * @param locale the reader's language, not null; Indonesian, or else English
   * @return the text, never null
   */
  public String message(Locale locale) {
    Checks.required(locale, "locale");
    return Messages.format(
        Messages.pattern(PriceStep.class, code().code(), locale),
        code().arguments(before(), after(), params(), locale));
  }

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
    List<String> names = code().parameterNames();
    if (!List.copyOf(params().keySet()).equals(names)) {
      throw InvalidValueException.of(
          PricingRule.STEP_PARAMS,
          "params",
          String.join(", ", params().keySet()),
          code().code(),
          String.join(", ", names));
    }
    code().check(params());
    if (code().kind().isPresent() && code().kind().get() != kind()) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT, "code", code().code(), "a " + kind() + " step");
    }
    if (kind() == StepKind.BASE && !before().equals(after())) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT, "after", after(), "a base step keeps " + before());
    }
  }

  /**
   * A step from all its attributes.
   *
   * @param source the list or rule identifier, not null
   * @param code what it did, not null; its kind is the step's kind ({@link StepCode#TEXT}: see
   *     {@link #builder()} to give another kind)
   * @param before the unit price before, not null
   * @param after the unit price after, not null
   * @param params the values of the code's parameters, in their declared order, each written as its
   *     canonical text ({@code toString()}), not null
   * @return the step, never null
   * @throws InvalidValueException if an attribute breaks its rule, for example {@link
   *     PricingRule#STEP_PARAMS} when the number of parameters is not the code's
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static PriceStep of(
      String source, StepCode code, Rupiah before, Rupiah after, Object... params) {
    Checks.required(source, "source");
    Checks.required(before, "before");
    Checks.required(after, "after");
    Checks.required(params, "params");
    Checks.required(code, "code");
    List<String> names = code.parameterNames();
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(names.size(), params.length); i++) {
      map.put(names.get(i), String.valueOf(Checks.required(params[i], "params." + names.get(i))));
    }
    if (params.length != names.size()) {
      throw InvalidValueException.of(
          PricingRule.STEP_PARAMS, "params", params.length, code.code(), String.join(", ", names));
    }
    return builder()
        .source(source)
        .kind(code.kind().orElse(StepKind.BASE))
        .code(code)
        .params(map)
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
