package org.bengkel.trainee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility rules for asimilasi, SAE work, parole (PB), conditional leave (CB) and
 * pre-release leave (CMB) (<i>syarat pemberian asimilasi dan integrasi</i>), with every number
 * configurable. Sources: UU 22/2022 on Pemasyarakatan (Art. 10, the rights of convicts);
 * Permenkumham 3/2018 on remission, asimilasi, family visit leave, parole, pre-release leave and
 * conditional leave, as amended by Permenkumham 7/2022. The defaults are those listed in the
 * project's docs/eligibility.md, and the choices made where the regulations are silent in its
 * docs/domain.md; regulations change and facilities differ, so set what your facility applies.
 *
 * <h2>Conditions checked by {@link #evaluate(Entitlement, Trainee, LocalDate)}</h2>
 *
 * <table>
 *   <caption>Conditions per entitlement (defaults)</caption>
 *   <tr><th>entitlement</th><th>general crimes</th><th>special crimes</th></tr>
 *   <tr><td>Asimilasi, SAE</td>
 *       <td>1/2 served; no discipline record in 6 months; participation; TPP approval</td>
 *       <td>2/3 served and the 2/3 at least 9 months; 9 months clean; participation; TPP;
 *           crime-specific conditions</td></tr>
 *   <tr><td>PB, CMB</td>
 *       <td colspan="2">2/3 served and the 2/3 at least 9 months; 9 months clean; participation;
 *           TPP; Litmas; for special crimes the crime-specific conditions. CMB also needs a
 *           remission, which it replaces.</td></tr>
 *   <tr><td>CB</td>
 *       <td>sentence at most 18 months; 2/3 served; 6 months clean; participation; TPP;
 *           Litmas</td>
 *       <td>the same with 9 months clean and the crime-specific conditions</td></tr>
 * </table>
 *
 * <p>Every entitlement first needs a convict in custody (a detainee is never eligible) and a date
 * before the expected release. Time is counted as {@link Sentence} documents (end-exclusive whole
 * days, remissions subtracted, fractions rounded up exactly). A discipline record dated {@code r}
 * blocks every date before {@code r} plus the clean-record months (calendar addition) and clears on
 * that date. Facts (remissions, records, assessments) count from their date: an evaluation on
 * {@code D} ignores anything dated after {@code D}. Human assessments are never guessed: without a
 * record the condition is {@link Verdict#NEEDS_INPUT}. SAE work is a form of asimilasi: the TPP's
 * approval of asimilasi covers it unless {@link #saeNeedsOwnApproval()}, and a refusal of asimilasi
 * refuses it.
 *
 * <p>Special crimes are {@link CrimeCategory}s other than {@code GENERAL}; narcotics only with a
 * sentence of at least {@link #narcoticsSpecialFromYears()} years (nominal length, see {@link
 * Sentence#nominalDays()}).
 *
 * <p>Leave lengths in {@link EligibilityDecision#maximumLeaveDays()}: for CB the days from the
 * evaluated date to that date plus {@link #cbMaximumLeaveMonths()}, but not past the expected
 * release; for CMB the days of the last remission, at most the days from the expected release minus
 * {@link #cmbMaximumMonths()} to the release (the leave ends at release).
 *
 * <p>Build with {@link #defaults()} or {@link #builder()} (unset numbers take their defaults).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EligibilityPolicy {

  private static final EligibilityPolicy DEFAULTS = builder().build();
  static final int MAX_MONTHS = 240;

  EligibilityPolicy() {}

  /**
   * The fraction to serve for asimilasi and SAE, general crimes (Permenkumham 3/2018 as amended by
   * 7/2022).
   *
   * @return default 1/2, above zero and at most one
   */
  @NotNull
  @Value.Default
  public Rate asimilasiFraction() {
    return Rate.of(1, 2);
  }

  /**
   * The fraction to serve for asimilasi and SAE, special crimes (Permenkumham 3/2018 as amended by
   * 7/2022).
   *
   * @return default 2/3, above zero and at most one
   */
  @NotNull
  @Value.Default
  public Rate specialAsimilasiFraction() {
    return Rate.of(2, 3);
  }

  /**
   * The fraction to serve for PB, CB and CMB (Permenkumham 3/2018 as amended by 7/2022).
   *
   * @return default 2/3, above zero and at most one
   */
  @NotNull
  @Value.Default
  public Rate integrationFraction() {
    return Rate.of(2, 3);
  }

  /**
   * Months without a discipline record for asimilasi, SAE and CB, general crimes (Permenkumham
   * 3/2018 as amended by 7/2022). The period runs from the latest record dated on or before the
   * evaluated date (docs/domain.md).
   *
   * @return default 6
   */
  @Min(0)
  @Max(MAX_MONTHS)
  @Value.Default
  public int generalCleanMonths() {
    return 6;
  }

  /**
   * Months without a discipline record for asimilasi, SAE and CB, special crimes (Permenkumham
   * 3/2018 as amended by 7/2022).
   *
   * @return default 9
   */
  @Min(0)
  @Max(MAX_MONTHS)
  @Value.Default
  public int specialCleanMonths() {
    return 9;
  }

  /**
   * Months without a discipline record for PB and CMB (Permenkumham 3/2018 as amended by 7/2022);
   * the period runs from the latest record dated on or before the evaluated date (docs/domain.md).
   *
   * @return default 9
   */
  @Min(0)
  @Max(MAX_MONTHS)
  @Value.Default
  public int integrationCleanMonths() {
    return 9;
  }

  /**
   * The least the served fraction must amount to, in months, for special-crime asimilasi, PB and
   * CMB ("2/3 of the sentence, at least 9 months"; Permenkumham 3/2018 as amended by 7/2022). The
   * fraction's days rounded up ({@link Sentence#fractionDays(Rate)}) are compared with the days
   * from the first day of detention to that day plus these months (calendar addition).
   *
   * @return default 9
   */
  @Min(0)
  @Max(MAX_MONTHS)
  @Value.Default
  public int minimumMonths() {
    return 9;
  }

  /**
   * The longest sentence for which CB may be given, in months (nominal length, a month being 30
   * days, KUHP 1946 Art. 97) (Permenkumham 3/2018 as amended by 7/2022).
   *
   * @return default 18
   */
  @Min(1)
  @Max(MAX_MONTHS)
  @Value.Default
  public int cbSentenceCapMonths() {
    return 18;
  }

  /**
   * The longest conditional leave (CB), in months. The sources disagree (4 or 6 months, see
   * docs/eligibility.md); the default takes the lower figure so that a host left at defaults never
   * proposes a leave longer than either reading allows. Set 6 where the facility follows that
   * reading.
   *
   * @return default 4
   */
  @Min(1)
  @Max(MAX_MONTHS)
  @Value.Default
  public int cbMaximumLeaveMonths() {
    return 4;
  }

  /**
   * The longest pre-release leave (CMB), in months; its length is the last remission, capped
   * (Permenkumham 3/2018 as amended by 7/2022).
   *
   * @return default 6
   */
  @Min(1)
  @Max(MAX_MONTHS)
  @Value.Default
  public int cmbMaximumMonths() {
    return 6;
  }

  /**
   * The sentence in years from which narcotics counts as a special crime (Permenkumham 3/2018 as
   * amended by 7/2022) (nominal length, a year being 360 days, KUHP 1946 Art. 97).
   *
   * @return default 5
   */
  @Min(0)
  @Max(20)
  @Value.Default
  public int narcoticsSpecialFromYears() {
    return 5;
  }

  /**
   * Whether SAE work needs a TPP approval of its own (<i>persetujuan TPP tersendiri untuk SAE</i>).
   * Work at an assimilation and education site (<i>Sarana Asimilasi dan Edukasi, SAE</i>) is a form
   * of asimilasi: Permenkumham 3/2018 on remission, asimilasi, family visit leave, parole,
   * pre-release leave and conditional leave, as amended by Permenkumham 7/2022, lists work and
   * training in or with the community among the forms asimilasi takes, so the TPP's approval of
   * asimilasi covers it. Some facilities still hold a separate TPP hearing before a trainee works
   * outside the walls; they set this to true.
   *
   * <p>For the {@link TraineeRule#ELIGIBILITY_TPP} condition of {@link Entitlement#SAE}: when false
   * (the default) a {@code TPP_APPROVAL} record about {@link Entitlement#ASIMILASI} counts for SAE
   * as well, beside those about SAE and those about every entitlement (the latest of them counts);
   * when true only records about SAE or every entitlement count. On the same date a record about
   * SAE counts before the others, and of others of one date the one recorded later (as {@link
   * Trainee#assessment(AssessmentKind, Entitlement, LocalDate)}). Either way an asimilasi refusal
   * in force (the asimilasi TPP condition is {@link Verdict#NOT_MET}) refuses SAE work, which is a
   * form of it; and an approval of SAE never approves asimilasi.
   *
   * @return default false: the asimilasi approval covers SAE work
   */
  @Value.Default
  public boolean saeNeedsOwnApproval() {
    return false;
  }

  /**
   * This policy with {@link #saeNeedsOwnApproval()} set.
   *
   * @param value true when SAE work needs a TPP approval of its own
   * @return the policy with every other setting kept (this policy when the value is the same),
   *     never null
   */
  // Immutables implements it (the generated copy method, checked like any built policy): a body
  // here would never run
  public abstract EligibilityPolicy withSaeNeedsOwnApproval(boolean value);

  @Value.Check
  void check() {
    checkFraction(asimilasiFraction(), "asimilasiFraction");
    checkFraction(specialAsimilasiFraction(), "specialAsimilasiFraction");
    checkFraction(integrationFraction(), "integrationFraction");
    Checks.requireRange(generalCleanMonths(), "generalCleanMonths", 0, MAX_MONTHS);
    Checks.requireRange(specialCleanMonths(), "specialCleanMonths", 0, MAX_MONTHS);
    Checks.requireRange(integrationCleanMonths(), "integrationCleanMonths", 0, MAX_MONTHS);
    Checks.requireRange(minimumMonths(), "minimumMonths", 0, MAX_MONTHS);
    Checks.requireRange(cbSentenceCapMonths(), "cbSentenceCapMonths", 1, MAX_MONTHS);
    Checks.requireRange(cbMaximumLeaveMonths(), "cbMaximumLeaveMonths", 1, MAX_MONTHS);
    Checks.requireRange(cmbMaximumMonths(), "cmbMaximumMonths", 1, MAX_MONTHS);
    Checks.requireRange(narcoticsSpecialFromYears(), "narcoticsSpecialFromYears", 0, 20);
  }

  private static void checkFraction(Rate r, String field) {
    if (r.isZero() || r.isGreaterThanOne()) {
      throw InvalidValueException.of(TraineeRule.POLICY_FRACTION, field, r);
    }
  }

  /**
   * Whether the trainee's crime counts as special: any category but general, narcotics only with a
   * sentence of at least {@link #narcoticsSpecialFromYears()} years.
   *
   * @param trainee the trainee, not null
   * @return true for a special crime; false for narcotics without a sentence yet
   * @throws MissingValueException if {@code trainee} is null
   */
  public boolean isSpecialCrime(Trainee trainee) {
    Checks.required(trainee, "trainee");
    return switch (trainee.crimeCategory()) {
      case GENERAL -> false;
      case NARCOTICS ->
          trainee
              .sentence()
              .map(
                  s ->
                      s.nominalDays()
                          >= 12L * Sentence.DAYS_PER_MONTH * narcoticsSpecialFromYears())
              .orElse(false);
      default -> true;
    };
  }

  /**
   * Decides whether a trainee may have an entitlement on a date, from the facts recorded on or
   * before that date, with every condition's outcome and the earliest date the failing time-based
   * conditions will hold.
   *
   * @param entitlement what is asked for, not null
   * @param trainee the trainee, not null
   * @param date the date, not null
   * @return the decision, never null
   * @throws MissingValueException if an argument is null
   */
  public EligibilityDecision evaluate(Entitlement entitlement, Trainee trainee, LocalDate date) {
    Checks.required(entitlement, "entitlement");
    Checks.required(trainee, "trainee");
    Checks.required(date, "date");
    EligibilityDecision.Builder decision =
        EligibilityDecision.builder().entitlement(entitlement).date(date);
    if (trainee.status() != TraineeStatus.CONVICT || trainee.sentence().isEmpty()) {
      return decision
          .addCondition(ConditionResult.of(TraineeRule.ELIGIBILITY_CONVICT, Verdict.NOT_MET))
          .build();
    }
    List<ConditionResult> cs = new ArrayList<>();
    cs.add(ConditionResult.of(TraineeRule.ELIGIBILITY_CONVICT, Verdict.MET));
    Sentence s = trainee.sentence().get().asOf(date);
    LocalDate release = s.expectedRelease();
    boolean special = isSpecialCrime(trainee);
    cs.add(
        ConditionResult.of(
            TraineeRule.ELIGIBILITY_BEFORE_RELEASE,
            date.isBefore(release) ? Verdict.MET : Verdict.NOT_MET));
    if (entitlement == Entitlement.CB) {
      boolean within = s.nominalDays() <= (long) Sentence.DAYS_PER_MONTH * cbSentenceCapMonths();
      cs.add(result(TraineeRule.ELIGIBILITY_CB_SENTENCE, within, null, cbSentenceCapMonths()));
    }
    Rate fraction = fraction(entitlement, special);
    LocalDate point = s.pointAt(fraction);
    cs.add(result(TraineeRule.ELIGIBILITY_SERVED, !date.isBefore(point), point, text(fraction)));
    if ((entitlement.isAsimilasi() && special)
        || entitlement == Entitlement.PB
        || entitlement == Entitlement.CMB) {
      // the fraction's days, rounded up, against the minimum's days counted by calendar from
      // the first day of detention: with no detention periods the same as comparing the point's
      // date with first day + minimum months; with them, gaps and partial credit do not inflate
      // the amount (docs/domain.md, the nine-month minimum)
      LocalDate first = s.firstDayOfDetention();
      long minimumDays = ChronoUnit.DAYS.between(first, plusMonths(first, minimumMonths()));
      boolean enough = s.fractionDays(fraction) >= minimumDays;
      cs.add(
          result(TraineeRule.ELIGIBILITY_MINIMUM, enough, null, text(fraction), minimumMonths()));
    }
    int cleanMonths = cleanMonths(entitlement, special);
    Optional<LocalDate> clears =
        trainee.lastDisciplineRecord(date).map(r -> plusMonths(r.date(), cleanMonths));
    cs.add(
        result(
            TraineeRule.ELIGIBILITY_CLEAN_RECORD,
            clears.map(c -> !date.isBefore(c)).orElse(true),
            clears.orElse(null),
            cleanMonths));
    if (entitlement == Entitlement.CMB) {
      cs.add(result(TraineeRule.ELIGIBILITY_CMB_REMISSION, s.lastRemission().isPresent(), null));
    }
    cs.add(human(trainee, AssessmentKind.ACTIVE_PARTICIPATION, entitlement, date));
    cs.add(tpp(trainee, entitlement, date));
    if (!entitlement.isAsimilasi()) {
      cs.add(human(trainee, AssessmentKind.LITMAS, entitlement, date));
    }
    if (special) {
      cs.add(human(trainee, AssessmentKind.CRIME_SPECIFIC_CONDITIONS, entitlement, date));
    }
    decision.conditions(cs);
    boolean eligible = cs.stream().allMatch(c -> c.verdict() == Verdict.MET);
    if (eligible) {
      leaveDays(entitlement, s, date, release).ifPresent(decision::maximumLeaveDays);
    } else {
      earliest(cs, release).ifPresent(decision::earliestDate);
    }
    return decision.build();
  }

  /**
   * Evaluates every entitlement on a date.
   *
   * @param trainee the trainee, not null
   * @param date the date, not null
   * @return a decision per entitlement, in the order of {@link Entitlement}; never null
   * @throws MissingValueException if an argument is null
   */
  public Map<Entitlement, EligibilityDecision> evaluateAll(Trainee trainee, LocalDate date) {
    Map<Entitlement, EligibilityDecision> all = new EnumMap<>(Entitlement.class);
    for (Entitlement e : Entitlement.values()) {
      all.put(e, evaluate(e, trainee, date));
    }
    return all;
  }

  /**
   * A date plus months, held at the calendar's first or last day: a record cleared or a cap ending
   * beyond {@link LocalDate#MAX} is never reached, so evaluating on any date gives an answer
   * instead of a {@link java.time.DateTimeException}.
   */
  private static LocalDate plusMonths(LocalDate date, long months) {
    long month = date.getYear() * 12L + date.getMonthValue() - 1 + months;
    if (month > LocalDate.MAX.getYear() * 12L + 11) {
      return LocalDate.MAX;
    }
    if (month < LocalDate.MIN.getYear() * 12L) {
      return LocalDate.MIN;
    }
    return date.plusMonths(months);
  }

  private Rate fraction(Entitlement entitlement, boolean special) {
    if (entitlement.isAsimilasi()) {
      return special ? specialAsimilasiFraction() : asimilasiFraction();
    }
    return integrationFraction();
  }

  private int cleanMonths(Entitlement entitlement, boolean special) {
    if (entitlement.isAsimilasi() || entitlement == Entitlement.CB) {
      return special ? specialCleanMonths() : generalCleanMonths();
    }
    return integrationCleanMonths();
  }

  private Optional<Long> leaveDays(
      Entitlement entitlement, Sentence s, LocalDate date, LocalDate release) {
    if (entitlement == Entitlement.CB) {
      long cap = ChronoUnit.DAYS.between(date, plusMonths(date, cbMaximumLeaveMonths()));
      return Optional.of(Math.min(cap, ChronoUnit.DAYS.between(date, release)));
    }
    if (entitlement == Entitlement.CMB) {
      long cap = ChronoUnit.DAYS.between(plusMonths(release, -cmbMaximumMonths()), release);
      return Optional.of(Math.min(cap, s.lastRemission().orElseThrow().days()));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> earliest(List<ConditionResult> cs, LocalDate release) {
    LocalDate latest = null;
    for (ConditionResult c : cs) {
      if (c.verdict() == Verdict.NOT_MET) {
        if (c.holdsFrom().isEmpty()) {
          return Optional.empty();
        }
        LocalDate h = c.holdsFrom().get();
        latest = latest == null || h.isAfter(latest) ? h : latest;
      }
    }
    return latest == null || !latest.isBefore(release) ? Optional.empty() : Optional.of(latest);
  }

  /**
   * The TPP condition. For SAE: an asimilasi refusal in force refuses SAE; otherwise the latest
   * record about SAE or every entitlement counts, and, unless {@link #saeNeedsOwnApproval()}, also
   * the records about asimilasi; on the same date a record about SAE itself counts before the
   * others, and of the others the one recorded later, as for every other condition.
   */
  private ConditionResult tpp(Trainee t, Entitlement entitlement, LocalDate date) {
    if (entitlement != Entitlement.SAE) {
      return human(t, AssessmentKind.TPP_APPROVAL, entitlement, date);
    }
    Optional<AssessmentRecord> asimilasi =
        t.assessment(AssessmentKind.TPP_APPROVAL, Entitlement.ASIMILASI, date);
    if (asimilasi.isPresent() && !asimilasi.get().positive()) {
      return ConditionResult.of(TraineeRule.ELIGIBILITY_TPP, Verdict.NOT_MET);
    }
    // One pass over the records rather than the latest SAE-or-general record against the latest
    // asimilasi-or-general one: that comparison let a record about every entitlement win a
    // same-day tie as if it were about SAE, so SAE could be refused by a general record that
    // asimilasi itself had seen superseded, and a general record could outrank one about SAE.
    AssessmentRecord counted = null;
    for (AssessmentRecord r : t.assessments()) {
      boolean counts =
          r.appliesTo(Entitlement.SAE)
              || (!saeNeedsOwnApproval() && r.appliesTo(Entitlement.ASIMILASI));
      if (r.kind() != AssessmentKind.TPP_APPROVAL || r.date().isAfter(date) || !counts) {
        continue;
      }
      if (counted == null
          || r.date().isAfter(counted.date())
          || (r.date().isEqual(counted.date()) && (isAboutSae(r) || !isAboutSae(counted)))) {
        counted = r;
      }
    }
    Verdict verdict =
        counted == null ? Verdict.NEEDS_INPUT : counted.positive() ? Verdict.MET : Verdict.NOT_MET;
    return ConditionResult.of(TraineeRule.ELIGIBILITY_TPP, verdict);
  }

  private static boolean isAboutSae(AssessmentRecord r) {
    return r.entitlement().filter(Entitlement.SAE::equals).isPresent();
  }

  private static ConditionResult human(
      Trainee t, AssessmentKind kind, Entitlement entitlement, LocalDate date) {
    TraineeRule rule =
        switch (kind) {
          case TPP_APPROVAL -> TraineeRule.ELIGIBILITY_TPP;
          case LITMAS -> TraineeRule.ELIGIBILITY_LITMAS;
          case ACTIVE_PARTICIPATION -> TraineeRule.ELIGIBILITY_PARTICIPATION;
          case CRIME_SPECIFIC_CONDITIONS -> TraineeRule.ELIGIBILITY_CRIME_SPECIFIC;
        };
    Verdict verdict =
        t.assessment(kind, entitlement, date)
            .map(r -> r.positive() ? Verdict.MET : Verdict.NOT_MET)
            .orElse(Verdict.NEEDS_INPUT);
    return ConditionResult.of(rule, verdict);
  }

  private static ConditionResult result(
      TraineeRule rule, boolean met, @Nullable LocalDate holdsFrom, Object... details) {
    ConditionResult.Builder b =
        ConditionResult.builder().rule(rule).verdict(met ? Verdict.MET : Verdict.NOT_MET);
    if (!met && holdsFrom != null) {
      b.holdsFrom(holdsFrom);
    }
    for (Object d : details) {
      b.addDetail(String.valueOf(d));
    }
    return b.build();
  }

  private static String text(Rate r) {
    return r.numerator() + "/" + r.denominator();
  }

  /**
   * The policy with every default listed in docs/eligibility.md.
   *
   * @return the shared default policy, never null
   */
  public static EligibilityPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A new builder; numbers not set take their defaults.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EligibilityPolicy}; not thread-safe. */
  public static final class Builder extends ImmutableEligibilityPolicy.Builder {
    Builder() {}
  }
}
