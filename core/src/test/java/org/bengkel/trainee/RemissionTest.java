package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.trainee.Fixtures.date;

import java.time.Period;
import java.util.Locale;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.junit.jupiter.api.Test;

/** Remissions as granted, in months and days (a month is 30 days, KUHP 1946 Art. 97). */
class RemissionTest {

  @Test
  void grantedInMonthsAndDaysAndShownSo() {
    // remisi 1 bulan 15 hari = 1 x 30 + 15 = 45 days
    Remission r = Remission.of(Period.of(0, 1, 15), date("2025-08-17"), RemissionKind.GENERAL);
    assertThat(r.days()).isEqualTo(45);
    assertThat(r.length()).isEqualTo(Period.of(0, 1, 15));
    assertThat(r.text(Messages.INDONESIAN)).isEqualTo("1 bulan 15 hari");
    assertThat(r.text(Locale.ENGLISH)).isEqualTo("1 month 15 days");
    assertThat(r.toString()).doesNotContain("45").doesNotContain("bulan");
  }

  @Test
  void daysAreShownAsMonthsOfThirtyDays() {
    // 45 days given as days reads the same as 1 month 15 days
    assertThat(
            Remission.of(45, date("2025-08-17"), RemissionKind.GENERAL).text(Messages.INDONESIAN))
        .isEqualTo("1 bulan 15 hari");
    assertThat(
            Remission.of(60, date("2025-08-17"), RemissionKind.GENERAL).text(Messages.INDONESIAN))
        .isEqualTo("2 bulan");
    assertThat(Remission.of(60, date("2025-08-17"), RemissionKind.GENERAL).text(Locale.ENGLISH))
        .isEqualTo("2 months");
    assertThat(
            Remission.of(15, date("2025-12-25"), RemissionKind.SPECIAL).text(Messages.INDONESIAN))
        .isEqualTo("15 hari");
    assertThat(Remission.of(1, date("2025-12-25"), RemissionKind.SPECIAL).text(Locale.ENGLISH))
        .isEqualTo("1 day");
    assertThat(Remission.of(31, date("2025-12-25"), RemissionKind.SPECIAL).text(Locale.ENGLISH))
        .isEqualTo("1 month 1 day");
    // a year of remission (12 x 30 = 360 days) stays in months
    Remission year = Remission.of(Period.ofYears(1), date("2025-08-17"), RemissionKind.OTHER);
    assertThat(year.days()).isEqualTo(360);
    assertThat(year.text(Messages.INDONESIAN)).isEqualTo("12 bulan");
  }

  @Test
  void grantedFormMustCutAtLeastOneDay() {
    assertThatThrownBy(() -> Remission.of(Period.ZERO, date("2025-08-17"), RemissionKind.GENERAL))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.rule()).isEqualTo(TraineeRule.REMISSION_DAYS));
    assertThatThrownBy(
            () -> Remission.of(Period.of(0, 1, -5), date("2025-08-17"), RemissionKind.GENERAL))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.rule()).isEqualTo(TraineeRule.REMISSION_DAYS));
  }
}
