package org.bengkel.trainee;

import jakarta.validation.constraints.NotNull;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * One condition of an eligibility decision and how it came out (<i>syarat dan hasilnya</i>): the
 * condition's {@linkplain TraineeRule rule} (a code such as {@code trainee.eligibility.served} with
 * English and Indonesian text), the {@link Verdict}, and for a time-based condition that does not
 * hold yet the date from which it will.
 *
 * <p>{@link #toString()} shows the code and the verdict only; the date and the details, which
 * derive from the sentence, are redacted. A list of conditions still hints at the kind of crime
 * (special crimes have more conditions): keep it out of logs. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConditionResult {

  ConditionResult() {}

  /**
   * The condition, one of the {@code ELIGIBILITY_*} rules.
   *
   * @return the rule, never null
   */
  @NotNull
  public abstract TraineeRule rule();

  /**
   * Whether the condition holds on the evaluated date.
   *
   * @return the verdict, never null
   */
  @NotNull
  public abstract Verdict verdict();

  /**
   * For a time-based condition that is {@linkplain Verdict#NOT_MET not met}: the first date on
   * which it will hold, assuming no new discipline record. Derived from the sentence: personal.
   *
   * @return the date, empty when the condition holds, needs input, or will never hold by itself
   */
  @Value.Redacted
  public abstract Optional<LocalDate> holdsFrom();

  /**
   * The values the condition's message refers to from {@code {2}} on (a fraction such as {@code
   * 2/3}, a number of months).
   *
   * @return the details, never null, possibly empty
   */
  @NotNull
  @Value.Redacted
  public abstract List<String> details();

  /**
   * The condition's code, such as {@code trainee.eligibility.clean-record}.
   *
   * @return the code, never null
   */
  public String code() {
    return rule().code();
  }

  /**
   * The condition as a sentence in English or Indonesian, such as "must have served at least 1/2 of
   * the sentence, after remissions".
   *
   * @param locale the language, not null: Indonesian for {@code id}, English otherwise
   * @return the text, never null
   * @throws org.bengkel.error.MissingValueException if {@code locale} is null
   */
  public String message(Locale locale) {
    Checks.required(locale, "locale");
    Object[] args = new Object[details().size() + 2];
    args[0] = rule().code();
    args[1] = verdict();
    for (int i = 0; i < details().size(); i++) {
      args[i + 2] = details().get(i);
    }
    return new MessageFormat(rule().pattern(locale), Locale.ROOT).format(args);
  }

  /**
   * A condition result without date or details.
   *
   * @param rule the condition, not null
   * @param verdict the verdict, not null
   * @return the result, never null
   */
  public static ConditionResult of(TraineeRule rule, Verdict verdict) {
    return builder().rule(rule).verdict(verdict).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConditionResult}; not thread-safe. */
  public static final class Builder extends ImmutableConditionResult.Builder {
    Builder() {}
  }
}
