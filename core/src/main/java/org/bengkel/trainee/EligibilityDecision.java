package org.bengkel.trainee;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The answer to "may this trainee have this entitlement on this date?" (<i>keputusan
 * kelayakan</i>), with its reasons: every condition checked with its outcome, and where the failing
 * time-based conditions will all hold on a computable date, that date.
 *
 * <p>Eligible means every condition is {@linkplain Verdict#MET met}; a condition that {@linkplain
 * Verdict#NEEDS_INPUT needs a human assessment} keeps the trainee not eligible until it is
 * recorded. Decisions are made by {@link EligibilityPolicy#evaluate(Entitlement, Trainee,
 * LocalDate)} from the facts recorded on or before the date.
 *
 * <p>Personal data: {@link #toString()} shows the entitlement, the date and the answer, never the
 * conditions or dates derived from the sentence. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EligibilityDecision {

  EligibilityDecision() {}

  /**
   * What was asked about.
   *
   * @return the entitlement, never null
   */
  @NotNull
  public abstract Entitlement entitlement();

  /**
   * The evaluated date.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * The conditions checked, in a fixed order: custody status first, then time, record and human
   * conditions.
   *
   * @return the results, never null or empty
   */
  @NotEmpty
  @Value.Redacted
  public abstract List<ConditionResult> conditions();

  /**
   * When the decision is negative: the first date on which every failing condition that does not
   * wait for a human assessment will hold (the latest of their {@link ConditionResult#holdsFrom()}
   * dates), assuming no new discipline record. Empty when eligible, when only human assessments are
   * missing, or when some failing condition will never hold by itself (a detainee, the sentence cap
   * of CB, a date after release).
   *
   * @return the date, possibly empty
   */
  @Value.Redacted
  public abstract Optional<LocalDate> earliestDate();

  /**
   * For leave (CB, CMB) when eligible: the longest leave in days that the rules allow, counted as
   * {@link EligibilityPolicy} documents.
   *
   * @return the days, empty for asimilasi, SAE, PB and for negative decisions
   */
  @Value.Redacted
  public abstract Optional<Long> maximumLeaveDays();

  @Value.Check
  void check() {
    Checks.requireNotEmpty(conditions(), "conditions");
  }

  /**
   * Whether the trainee is eligible: every condition met.
   *
   * @return true when all conditions are {@link Verdict#MET}
   */
  @Value.Derived
  public boolean eligible() {
    return conditions().stream().allMatch(c -> c.verdict() == Verdict.MET);
  }

  /**
   * The conditions that are not met or need input.
   *
   * @return the failing results, never null, empty when eligible
   */
  public List<ConditionResult> failing() {
    return conditions().stream().filter(c -> c.verdict() != Verdict.MET).toList();
  }

  /**
   * Whether some condition waits for a human assessment.
   *
   * @return true when any condition is {@link Verdict#NEEDS_INPUT}
   */
  public boolean needsInput() {
    return conditions().stream().anyMatch(c -> c.verdict() == Verdict.NEEDS_INPUT);
  }

  /**
   * The result of one condition.
   *
   * @param rule the condition, not null
   * @return the result, empty when this decision did not check it
   * @throws MissingValueException if {@code rule} is null
   */
  public Optional<ConditionResult> condition(TraineeRule rule) {
    Checks.required(rule, "rule");
    return conditions().stream().filter(c -> c.rule() == rule).findFirst();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EligibilityDecision}; not thread-safe. */
  public static final class Builder extends ImmutableEligibilityDecision.Builder {
    Builder() {}
  }
}
