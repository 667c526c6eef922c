package org.bengkel.trainee;

import jakarta.validation.constraints.NotNull;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rate;
import org.immutables.value.Value;

/**
 * A custodial sentence and its arithmetic (<i>masa pidana</i>): the length the verdict states, the
 * detention before it, the first day of the custody that runs to release, and the remissions
 * granted, from which the exact dates of the 1/2 point, the 2/3 point and the expected release
 * follow. The rules and the ambiguities they resolve are gathered in the project's docs/domain.md.
 *
 * <h2>Custody and detention</h2>
 *
 * <ul>
 *   <li><b>Serving from</b> ({@link #servingFrom()}): the first day of the custody that lasts
 *       without a break until release and counts in full: the day the sentence began to be served,
 *       or, for a convict held in a rutan without a break since before the verdict, the first day
 *       of that detention (a rutan day counts in full either way, so the verdict date itself moves
 *       nothing).
 *   <li><b>Detention</b> ({@link #detention()}): the earlier periods of detention, each with its
 *       {@link DetentionKind kind}, in order, not overlapping and ending before {@link
 *       #servingFrom()}. A day of rutan detention counts as a full day served, a day of house
 *       arrest as one third, a day of city arrest as one fifth (KUHAP 1981, Art. 22(4) and (5));
 *       days between periods, and between the last period and {@link #servingFrom()}, count for
 *       nothing.
 *   <li><b>First day of detention</b> ({@link #firstDayOfDetention()}): the first day of the first
 *       period, or {@link #servingFrom()} when there is none.
 * </ul>
 *
 * <h2>Day counting</h2>
 *
 * <ul>
 *   <li><b>Total days.</b> The verdict's length ({@code P2Y6M}, {@code P1Y15D}: years, months and
 *       days as stated, never normalised) is added to the first day of detention by calendar
 *       addition, as {@link LocalDate#plus(java.time.temporal.TemporalAmount)} does: first the
 *       months ({@code years × 12 + months}, keeping the day of month and clamping to the last day
 *       of a shorter month, so 29 February plus one year is 28 February), then the days. The total
 *       is the number of days from the first day to that date: {@link #totalDays()}.
 *   <li><b>Remissions</b> are subtracted as whole days: {@link #effectiveDays()} = total minus the
 *       sum of the remissions' days. A remission is granted while the sentence is served, on or
 *       after the first day of detention and on or before the release it leaves: it may end the
 *       sentence on the day it is granted (the convict walks out that day), never before, and one
 *       granted after the release is refused ({@link TraineeRule#REMISSION_AFTER_RELEASE}). A
 *       general or special remission is granted once on its day: a second of the same kind on the
 *       same date is the same remission recorded twice ({@link TraineeRule#REMISSION_DUPLICATE}).
 *       These two rules are those of a grant, {@link #withRemission}: the builder reads a stored
 *       sentence as stored, so a sentence recorded before them is read as it was.
 *   <li><b>Served time, end-exclusive and exact.</b> On a date {@code D} the convict has served the
 *       days before {@code D}, each weighed by its kind: a day on or after {@link #servingFrom()}
 *       or in a rutan period 1, a house-arrest day 1/3, a city-arrest day 1/5, a day in a gap 0.
 *       The sum is kept exact (in fifteenths of a day), never rounded; {@link
 *       #daysServed(LocalDate)} shows its whole days.
 *   <li><b>Fraction points.</b> The point for a fraction {@code p} is the first date on which the
 *       exact served time reaches {@code effective × p} ({@link #pointAt(Rate)}), exact integer
 *       arithmetic, no floating point. Without detention periods that is {@code servingFrom +
 *       ceil(effective × p)} days: the 1/2 point is {@code first + ceil(effective / 2)}, the 2/3
 *       point {@code first + ceil(effective × 2 / 3)}. Rounding happens once, on the date, and
 *       upward: no point is reached before its fraction is fully served. A fraction of a day of
 *       credit left over is therefore not rounded up in the convict's favour: he serves the whole
 *       day in which the target is reached.
 *   <li><b>Expected release</b> (<i>ekspirasi</i>) is the point of the whole effective length:
 *       without detention periods {@code servingFrom + effective} days, the day the convict walks
 *       out, the last day in custody being the day before.
 * </ul>
 *
 * <p>Example: first day 10 January 2024, two years. 10 January 2026 is 731 days later (2024 has 29
 * February), so the total is 731 days; the 1/2 point is day ceil(731/2) = 366, 10 January 2025;
 * after a remission of 30 days the effective length is 701 days and the 1/2 point moves to day
 * ceil(701/2) = 351, 26 December 2024.
 *
 * <p>The length also classifies the sentence for the register class (B.I, B.IIa, B.IIb), the
 * conditional-leave cap and the narcotics threshold. There the stated length is compared, counting
 * a month as 30 days and a year as twelve months (KUHP 1946, Art. 97), never the calendar: see
 * {@link #nominalDays()}.
 *
 * <p>Personal data: {@link #toString()} shows nothing. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Sentence {

  /**
   * The days in a month when a length is compared or a remission converted: thirty (KUHP 1946, Art.
   * 97, "sebulan ialah waktu tiga puluh hari"); dates are counted by the calendar instead.
   */
  public static final int DAYS_PER_MONTH = 30;

  /** The longest fixed-term imprisonment, 20 years (KUHP 1946, Art. 12). */
  public static final Period MAX_IMPRISONMENT = Period.ofYears(20);

  /** The longest kurungan, one year and four months with extension (KUHP 1946, Art. 18). */
  public static final Period MAX_KURUNGAN = Period.of(1, 4, 0);

  /**
   * The latest first day of serving (and so of detention) that bengkel accepts: any allowed length
   * added to it, and every date derived from it (fraction points, release), stays inside {@link
   * LocalDate}'s calendar, so that the check refuses a far-future date instead of failing in date
   * arithmetic. Twenty-five years before {@link LocalDate#MAX}, beyond the longest fixed term.
   */
  public static final LocalDate LATEST_FIRST_DAY = LocalDate.MAX.minusYears(25);

  Sentence() {}

  /**
   * The kind of sentence.
   *
   * @return the kind, never null
   */
  @NotNull
  @Value.Redacted
  public abstract SentenceKind kind();

  /**
   * The length as the verdict states it, in years, months and days (not normalised).
   *
   * @return the length, never null; positive and at most {@link #MAX_IMPRISONMENT} (or {@link
   *     #MAX_KURUNGAN} for kurungan)
   */
  @NotNull
  @Value.Redacted
  public abstract Period length();

  /**
   * The first day of the custody that lasts without a break until release and counts in full
   * (<i>mulai menjalani pidana</i>): the day the sentence began to be served, or, for a convict
   * held in a rutan without a break since before the verdict, the first day of that detention.
   *
   * @return the date, never null
   */
  @NotNull
  @Value.Redacted
  public abstract LocalDate servingFrom();

  /**
   * The detention before {@link #servingFrom()} (<i>masa penahanan</i>): periods interrupted by a
   * break, and house or city arrest, each counted by its kind (KUHAP 1981 Art. 22(4) and (5)).
   *
   * @return the periods in chronological order, never null, possibly empty; they do not overlap and
   *     each ends before {@link #servingFrom()}
   */
  @NotNull
  @Value.Redacted
  public abstract List<DetentionPeriod> detention();

  /**
   * The first day of detention in the case: the first day of the first {@link #detention()} period,
   * or {@link #servingFrom()} when there is none. Remissions and discipline records cannot be dated
   * before it, and the sentence's length is added to it.
   *
   * @return the date, never null
   */
  public LocalDate firstDayOfDetention() {
    return detention().isEmpty() ? servingFrom() : detention().get(0).firstDay();
  }

  /**
   * The remissions granted, in any order, none before {@link #firstDayOfDetention()}. {@link
   * #withRemission} grants each while the sentence is served, on or before the {@link
   * #expectedRelease()} the remissions leave, so that none cuts days already served, and at most
   * one general and one special remission on a day (see {@link RemissionKind}); the builder does
   * not ask these two rules, so a sentence stored before them is read as stored.
   *
   * @return the remissions, never null, possibly empty
   */
  @NotNull
  @Value.Redacted
  public abstract List<Remission> remissions();

  @Value.Check
  void check() {
    Period max = kind() == SentenceKind.KURUNGAN ? MAX_KURUNGAN : MAX_IMPRISONMENT;
    if (length().isNegative() || length().isZero() || nominalDays(length()) > nominalDays(max)) {
      throw InvalidValueException.personal(TraineeRule.SENTENCE_LENGTH, "length", max);
    }
    // The latest day of the sentence's start bounds every other: detention periods end before it.
    if (servingFrom().isAfter(LATEST_FIRST_DAY)) {
      throw InvalidValueException.personal(CoreRule.DATE_OVERFLOW, "servingFrom", LATEST_FIRST_DAY);
    }
    for (int i = 0; i < detention().size(); i++) {
      LocalDate next =
          i + 1 < detention().size() ? detention().get(i + 1).firstDay() : servingFrom();
      if (!detention().get(i).lastDay().isBefore(next)) {
        throw InvalidValueException.personal(
            TraineeRule.DETENTION_ORDER, "detention[" + i + "].lastDay");
      }
    }
    for (int i = 0; i < remissions().size(); i++) {
      if (remissions().get(i).granted().isBefore(firstDayOfDetention())) {
        throw InvalidValueException.personal(
            TraineeRule.REMISSION_DATE, "remissions[" + i + "].granted");
      }
    }
    if (remissionDays() >= totalDays()) {
      throw InvalidValueException.personal(TraineeRule.REMISSION_EXCEEDS, "remissions");
    }
  }

  /**
   * The length compared as the law compares it: {@code (years × 12 + months) × 30 + days}, a month
   * being 30 days (KUHP 1946, Art. 97). Used only to classify a sentence, never for dates.
   *
   * @return the nominal length in days, one or more
   */
  public long nominalDays() {
    return nominalDays(length());
  }

  static long nominalDays(Period p) {
    return Math.addExact(Math.multiplyExact(p.toTotalMonths(), DAYS_PER_MONTH), p.getDays());
  }

  /**
   * The register class this sentence belongs in: B.III for kurungan; for imprisonment B.I when
   * longer than one year, B.IIa when longer than three months up to one year, B.IIb for three
   * months or less (lengths compared by {@link #nominalDays()}).
   *
   * @return the class, never null
   */
  public RegisterClass registerClass() {
    if (kind() == SentenceKind.KURUNGAN) {
      return RegisterClass.B_III;
    }
    long n = nominalDays();
    if (n > 12L * DAYS_PER_MONTH) {
      return RegisterClass.B_I;
    }
    return n > 3L * DAYS_PER_MONTH ? RegisterClass.B_IIA : RegisterClass.B_IIB;
  }

  /**
   * The sentence in days before remissions: from the first day of detention to the first day plus
   * the length by calendar addition.
   *
   * @return one or more days
   */
  public long totalDays() {
    return ChronoUnit.DAYS.between(firstDayOfDetention(), firstDayOfDetention().plus(length()));
  }

  /**
   * The days of all remissions together.
   *
   * @return zero or more
   */
  public long remissionDays() {
    long sum = 0;
    for (Remission r : remissions()) {
      sum += r.days();
    }
    return sum;
  }

  /**
   * The sentence in days after remissions: {@link #totalDays()} minus {@link #remissionDays()}.
   *
   * @return one or more days
   */
  public long effectiveDays() {
    return totalDays() - remissionDays();
  }

  /**
   * The whole days served on a date, end-exclusive: the days before {@code date} from the first day
   * of detention, each weighed by its kind (rutan and serving 1, house arrest 1/3, city arrest 1/5,
   * gaps 0), summed exactly and then rounded down to whole days.
   *
   * @param date the date, not null
   * @return zero or more (zero on or before the first day)
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public long daysServed(LocalDate date) {
    Checks.required(date, "date");
    return servedFifteenths(date) / DetentionKind.FIFTEENTHS;
  }

  /**
   * The detention credit (<i>pengurangan masa penahanan</i>): the days of {@link #detention()}
   * weighed by their kinds, summed exactly and rounded down to whole days. It is shown, never used
   * in the arithmetic, which keeps the exact sum.
   *
   * @return zero or more
   */
  public long detentionCreditDays() {
    return servedFifteenths(servingFrom()) / DetentionKind.FIFTEENTHS;
  }

  /** The served time before {@code date}, exact, in fifteenths of a day. */
  long servedFifteenths(LocalDate date) {
    long sum = 0;
    for (DetentionPeriod p : detention()) {
      long days = Math.min(p.days(), Math.max(0, ChronoUnit.DAYS.between(p.firstDay(), date)));
      sum = Math.addExact(sum, Math.multiplyExact(days, p.kind().fifteenthsPerDay()));
    }
    long serving = Math.max(0, ChronoUnit.DAYS.between(servingFrom(), date));
    return Math.addExact(sum, Math.multiplyExact(serving, DetentionKind.FIFTEENTHS));
  }

  /**
   * The first date on which the fraction {@code fraction} of the sentence after remissions has been
   * served: the first date whose exact served time (see {@link #daysServed(LocalDate)}) is at least
   * {@code effective days × fraction}. Without detention periods: first day + ceil(effective days ×
   * fraction) days.
   *
   * @param fraction the fraction, not null, at most one
   * @return the date, never null
   * @throws InvalidValueException rule {@link TraineeRule#POLICY_FRACTION} for a fraction above one
   * @throws org.bengkel.error.MissingValueException if {@code fraction} is null
   */
  public LocalDate pointAt(Rate fraction) {
    Checks.required(fraction, "fraction");
    if (fraction.isGreaterThanOne()) {
      throw InvalidValueException.of(TraineeRule.POLICY_FRACTION, "fraction", fraction);
    }
    // Units of 1/(15 × denominator) day: the target and every day's weight are whole numbers. A
    // fraction's terms may be as large as a long (a policy's own fraction), so count exactly in
    // BigInteger; every day count that comes out is at most the effective days.
    BigInteger den = BigInteger.valueOf(fraction.denominator());
    BigInteger target =
        BigInteger.valueOf(effectiveDays())
            .multiply(BigInteger.valueOf(fraction.numerator()))
            .multiply(BigInteger.valueOf(DetentionKind.FIFTEENTHS));
    if (target.signum() <= 0) {
      return firstDayOfDetention();
    }
    BigInteger reached = BigInteger.ZERO;
    for (DetentionPeriod p : detention()) {
      BigInteger perDay = BigInteger.valueOf(p.kind().fifteenthsPerDay()).multiply(den);
      BigInteger all = BigInteger.valueOf(p.days()).multiply(perDay);
      if (reached.add(all).compareTo(target) >= 0) {
        return p.firstDay().plusDays(ceilDiv(target.subtract(reached), perDay));
      }
      reached = reached.add(all);
    }
    BigInteger perDay = BigInteger.valueOf(DetentionKind.FIFTEENTHS).multiply(den);
    return servingFrom().plusDays(ceilDiv(target.subtract(reached), perDay));
  }

  private static long ceilDiv(BigInteger a, BigInteger b) {
    return a.add(b).subtract(BigInteger.ONE).divide(b).longValueExact();
  }

  /**
   * The days of the sentence after remissions that the fraction {@code fraction} amounts to,
   * rounded up: ceil(effective days × fraction). The served time at {@link #pointAt(Rate)}, when
   * the point falls after {@link #servingFrom()} and without a fraction of a day of credit.
   *
   * @param fraction the fraction, not null, at most one
   * @return zero or more
   * @throws InvalidValueException rule {@link TraineeRule#POLICY_FRACTION} for a fraction above one
   * @throws org.bengkel.error.MissingValueException if {@code fraction} is null
   */
  public long fractionDays(Rate fraction) {
    Checks.required(fraction, "fraction");
    if (fraction.isGreaterThanOne()) {
      throw InvalidValueException.of(TraineeRule.POLICY_FRACTION, "fraction", fraction);
    }
    return ceilTimes(effectiveDays(), fraction);
  }

  static long ceilTimes(long days, Rate fraction) {
    // A fraction's terms may be as large as a long (say 2^62 / (2^62 + 1)): multiply exactly in
    // BigInteger. The result is at most days, the fraction being at most one.
    BigInteger den = BigInteger.valueOf(fraction.denominator());
    return BigInteger.valueOf(days)
        .multiply(BigInteger.valueOf(fraction.numerator()))
        .add(den.subtract(BigInteger.ONE))
        .divide(den)
        .longValueExact();
  }

  /**
   * The 1/2 point: the first date with half the effective days served; without detention periods,
   * first day + ceil(effective days / 2).
   *
   * @return the date, never null
   */
  public LocalDate halfPoint() {
    return pointAt(Rate.of(1, 2));
  }

  /**
   * The 2/3 point: the first date with two thirds of the effective days served; without detention
   * periods, first day + ceil(effective days × 2 / 3).
   *
   * @return the date, never null
   */
  public LocalDate twoThirdsPoint() {
    return pointAt(Rate.of(2, 3));
  }

  /**
   * The expected release date (<i>tanggal ekspirasi</i>): the first date with all the effective
   * days served ({@link #pointAt(Rate)} of one); without detention periods, first day + effective
   * days.
   *
   * @return the date, never null
   */
  public LocalDate expectedRelease() {
    return pointAt(Rate.ONE);
  }

  /**
   * The most recently granted remission (the latest date; of two on the same date, the one later in
   * {@link #remissions()}).
   *
   * @return the remission, empty when none was granted
   */
  public Optional<Remission> lastRemission() {
    Remission last = null;
    for (Remission r : remissions()) {
      if (last == null || !r.granted().isBefore(last.granted())) {
        last = r;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * The sentence as known on a date: only the remissions granted on or before {@code date}.
   *
   * @param date the date, not null
   * @return this sentence or a copy with fewer remissions, never null
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public Sentence asOf(LocalDate date) {
    Checks.required(date, "date");
    List<Remission> known = remissions().stream().filter(r -> !r.granted().isAfter(date)).toList();
    return known.size() == remissions().size()
        ? this
        : builder().from(this).remissions(known).build();
  }

  /**
   * This sentence with one more remission, granted now: besides the rules of every sentence, the
   * grant's own (a second general or special remission on its date; a grant after the release the
   * remissions leave), which the builder does not ask of a stored sentence.
   *
   * @param remission the remission, not null
   * @return the new sentence, never null
   * @throws InvalidValueException if the remission does not fit: rule {@link
   *     TraineeRule#REMISSION_DATE} if granted before the first day of detention, {@link
   *     TraineeRule#REMISSION_EXCEEDS} if the remissions would cover the whole sentence, {@link
   *     TraineeRule#REMISSION_DUPLICATE} for a general or special remission of the same kind and
   *     date as one the sentence has (field {@code remissions[n]}, the new one), {@link
   *     TraineeRule#REMISSION_AFTER_RELEASE} if the latest grant is after the release the
   *     remissions with the new one leave (field {@code remissions[i].granted}, the latest)
   * @throws org.bengkel.error.MissingValueException if {@code remission} is null
   */
  public Sentence withRemission(Remission remission) {
    Checks.required(remission, "remission");
    Sentence next = builder().from(this).addRemission(remission).build();
    int added = remissions().size();
    if (remission.kind().isOncePerDay()) {
      for (Remission r : remissions()) {
        if (r.kind() == remission.kind() && r.granted().equals(remission.granted())) {
          throw InvalidValueException.personal(
              TraineeRule.REMISSION_DUPLICATE, "remissions[" + added + "]");
        }
      }
    }
    // Granted while serving: the release the remissions leave is not before any of their grants,
    // so none is granted after the convict walked out, nor cuts days already served. The new
    // remission moves the release for every grant, so the latest grant checks them all.
    List<Remission> all = next.remissions();
    int latest = 0;
    for (int i = 1; i < all.size(); i++) {
      if (!all.get(i).granted().isBefore(all.get(latest).granted())) {
        latest = i;
      }
    }
    if (all.get(latest).granted().isAfter(next.expectedRelease())) {
      throw InvalidValueException.personal(
          TraineeRule.REMISSION_AFTER_RELEASE, "remissions[" + latest + "].granted");
    }
    return next;
  }

  /**
   * Imprisonment without remissions, served in custody without a break since {@code
   * firstDayOfDetention} (rutan detention before the verdict included, no other detention).
   *
   * @param length the length as the verdict states it, not null
   * @param firstDayOfDetention the first day of detention, which becomes {@link #servingFrom()},
   *     not null
   * @return the sentence, never null
   * @throws InvalidValueException rule {@link TraineeRule#SENTENCE_LENGTH} for a zero, negative or
   *     too long length
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static Sentence imprisonment(Period length, LocalDate firstDayOfDetention) {
    Checks.required(firstDayOfDetention, "firstDayOfDetention");
    return builder()
        .kind(SentenceKind.IMPRISONMENT)
        .length(length)
        .servingFrom(firstDayOfDetention)
        .build();
  }

  /**
   * Kurungan without remissions, served in custody without a break since {@code
   * firstDayOfDetention} (rutan detention before the verdict included, no other detention).
   *
   * @param length the length as the verdict states it, not null
   * @param firstDayOfDetention the first day of detention, which becomes {@link #servingFrom()},
   *     not null
   * @return the sentence, never null
   * @throws InvalidValueException rule {@link TraineeRule#SENTENCE_LENGTH} for a zero, negative or
   *     too long length
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static Sentence kurungan(Period length, LocalDate firstDayOfDetention) {
    Checks.required(firstDayOfDetention, "firstDayOfDetention");
    return builder()
        .kind(SentenceKind.KURUNGAN)
        .length(length)
        .servingFrom(firstDayOfDetention)
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

  /** Builds a {@link Sentence}; not thread-safe. */
  public static final class Builder extends ImmutableSentence.Builder {
    Builder() {}
  }
}
