package org.bengkel.trainee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A remission granted to a convict (<i>remisi</i>, UU 22/2022 Art. 10): a number of days cut from
 * the sentence, with the date it was granted and its kind.
 *
 * <p>Remissions are granted in months and days ("remisi 1 bulan 15 hari", Keppres 174/1999). A
 * month of remission is 30 days, as the criminal code counts a month (KUHP 1946, Art. 97: "sebulan
 * ialah waktu tiga puluh hari"): {@link #of(Period, LocalDate, RemissionKind)} converts the granted
 * form to days, and {@link #length()} and {@link #text(Locale)} show the days in that form again
 * ("1 bulan 15 hari", "1 month 15 days"). See the project's docs/domain.md.
 *
 * <p>Personal data: {@link #toString()} shows none of the attributes. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Remission {

  Remission() {}

  /**
   * The number of days cut from the sentence.
   *
   * @return one or more
   */
  @Positive
  @Value.Redacted
  public abstract int days();

  /**
   * The date the remission was granted; it counts in eligibility from that date on.
   *
   * @return the date, never null
   */
  @NotNull
  @Value.Redacted
  public abstract LocalDate granted();

  /**
   * The kind of remission.
   *
   * @return the kind, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RemissionKind kind();

  /**
   * The remission in the form it is granted: whole months of 30 days and the remaining days (KUHP
   * 1946, Art. 97); 45 days is one month and 15 days.
   *
   * @return the period with months below or above twelve as they fall and days 0 to 29, never
   *     normalised into years; never null
   */
  public Period length() {
    return Period.of(0, days() / Sentence.DAYS_PER_MONTH, days() % Sentence.DAYS_PER_MONTH);
  }

  /**
   * The remission as a person reads it: "1 bulan 15 hari" in Indonesian, "1 month 15 days" in
   * English; a part that is zero is left out ("2 bulan", "15 hari").
   *
   * @param locale the reader's locale, not null; Indonesian for {@code id}, English otherwise
   * @return the text, never null
   * @throws org.bengkel.error.MissingValueException if {@code locale} is null
   */
  public String text(Locale locale) {
    Checks.required(locale, "locale");
    return monthsAndDays(days(), locale);
  }

  /**
   * A number of days as months of 30 days and days, in words of the locale's language: "1 bulan 15
   * hari", "1 month 15 days". Zero days is "0 hari" / "0 days".
   */
  static String monthsAndDays(long days, Locale locale) {
    boolean id = Messages.isIndonesian(locale);
    long months = days / Sentence.DAYS_PER_MONTH;
    long rest = days % Sentence.DAYS_PER_MONTH;
    StringBuilder b = new StringBuilder();
    if (months > 0) {
      b.append(months).append(id ? " bulan" : months == 1 ? " month" : " months");
    }
    if (rest > 0 || months == 0) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(rest).append(id ? " hari" : rest == 1 ? " day" : " days");
    }
    return b.toString();
  }

  @Value.Check
  void check() {
    if (days() <= 0) {
      throw InvalidValueException.personal(TraineeRule.REMISSION_DAYS, "days");
    }
  }

  /**
   * A remission.
   *
   * @param days the days cut, one or more
   * @param granted the date granted, not null
   * @param kind the kind, not null
   * @return the remission, never null
   * @throws InvalidValueException rule {@link TraineeRule#REMISSION_DAYS} for fewer than one day;
   *     {@link org.bengkel.error.MissingValueException} for a null argument
   */
  public static Remission of(int days, LocalDate granted, RemissionKind kind) {
    return builder().days(days).granted(granted).kind(kind).build();
  }

  /**
   * A remission as granted, in months and days ("remisi 1 bulan 15 hari" is {@code Period.of(0, 1,
   * 15)}), converted to days with a month of 30 days (KUHP 1946, Art. 97): 1 month 15 days is 45
   * days. Years count as twelve months.
   *
   * @param length the months and days granted, not null; no part negative and at least one day in
   *     all
   * @param granted the date granted, not null
   * @param kind the kind, not null
   * @return the remission, never null
   * @throws InvalidValueException rule {@link TraineeRule#REMISSION_DAYS} for a negative part or
   *     less than one day in all; {@link org.bengkel.error.MissingValueException} for a null
   *     argument
   */
  public static Remission of(Period length, LocalDate granted, RemissionKind kind) {
    Checks.required(length, "length");
    if (length.getYears() < 0 || length.getMonths() < 0 || length.getDays() < 0) {
      throw InvalidValueException.personal(TraineeRule.REMISSION_DAYS, "days");
    }
    long days =
        Math.addExact(
            Math.multiplyExact(length.toTotalMonths(), Sentence.DAYS_PER_MONTH), length.getDays());
    if (days > Integer.MAX_VALUE) {
      throw InvalidValueException.personal(TraineeRule.REMISSION_DAYS, "days");
    }
    return of((int) days, granted, kind);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Remission}; not thread-safe. */
  public static final class Builder extends ImmutableRemission.Builder {
    Builder() {}
  }
}
