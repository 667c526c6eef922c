package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.trainee.Fixtures.date;

import java.time.Period;
import org.assertj.core.api.ThrowableAssert;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

class SentenceTest {

  // First day 2024-01-10, two years: 2024-01-10 -> 2025-01-10 is 366 days (29 Feb 2024 inside),
  // 2025-01-10 -> 2026-01-10 is 365 days, total 731.
  private final Sentence twoYears = Sentence.imprisonment(Period.ofYears(2), date("2024-01-10"));

  @Test
  void totalDaysCountTheLeapDayByCalendarAddition() {
    assertThat(twoYears.totalDays()).isEqualTo(731);
    assertThat(twoYears.effectiveDays()).isEqualTo(731);
    assertThat(twoYears.expectedRelease()).isEqualTo(date("2026-01-10"));
  }

  @Test
  void halfPointIsFirstDayPlusCeilingOfHalfTheDays() {
    // ceil(731 / 2) = 366; 2024-01-10 + 366 days = 2025-01-10.
    assertThat(twoYears.halfPoint()).isEqualTo(date("2025-01-10"));
    // On the half point 366 days are served (>= 365.5); the day before only 365.
    assertThat(twoYears.daysServed(date("2025-01-10"))).isEqualTo(366);
    assertThat(twoYears.daysServed(date("2025-01-09"))).isEqualTo(365);
  }

  @Test
  void twoThirdsPointIsFirstDayPlusCeilingOfTwoThirds() {
    // ceil(731 * 2 / 3) = ceil(487.33) = 488; 2024-01-10 + 366 = 2025-01-10, + 122 more:
    // Jan 21, Feb 28 (49), Mar 31 (80), Apr 30 (110), May 12 (122) -> 2025-05-12.
    assertThat(twoYears.twoThirdsPoint()).isEqualTo(date("2025-05-12"));
    assertThat(twoYears.pointAt(Rate.of(2, 3))).isEqualTo(date("2025-05-12"));
    assertThat(twoYears.pointAt(Rate.ONE)).isEqualTo(twoYears.expectedRelease());
  }

  @Test
  void remissionsMoveEveryDateEarlier() {
    Sentence s =
        twoYears.withRemission(Remission.of(30, date("2024-08-17"), RemissionKind.GENERAL));
    // effective = 731 - 30 = 701
    assertThat(s.remissionDays()).isEqualTo(30);
    assertThat(s.effectiveDays()).isEqualTo(701);
    // half: ceil(701/2) = 351 = 366 - 15 -> 2025-01-10 - 15 days = 2024-12-26
    assertThat(s.halfPoint()).isEqualTo(date("2024-12-26"));
    // 2/3: ceil(1402/3) = ceil(467.33) = 468 = 366 + 102 -> 2025-01-10 + 102:
    // Jan 31 (21), Feb 28 (49), Mar 31 (80), Apr 22 (102) -> 2025-04-22
    assertThat(s.twoThirdsPoint()).isEqualTo(date("2025-04-22"));
    // release: 2026-01-10 - 30 days = 2025-12-11
    assertThat(s.expectedRelease()).isEqualTo(date("2025-12-11"));
  }

  @Test
  void asOfIgnoresRemissionsGrantedLater() {
    Sentence s =
        twoYears.withRemission(Remission.of(30, date("2024-08-17"), RemissionKind.GENERAL));
    assertThat(s.asOf(date("2024-08-16")).remissions()).isEmpty();
    assertThat(s.asOf(date("2024-08-16")).halfPoint()).isEqualTo(date("2025-01-10"));
    assertThat(s.asOf(date("2024-08-17"))).isSameAs(s);
  }

  @Test
  void oneYearFromTheLeapDayEndsOnTwentyEighthFebruary() {
    // 2024-02-29 plus one year is clamped to 2025-02-28: 365 days (2024-02-29 -> 2025-03-01 is
    // 366).
    Sentence s = Sentence.imprisonment(Period.ofYears(1), date("2024-02-29"));
    assertThat(s.totalDays()).isEqualTo(365);
    // half: ceil(365/2) = 183; from 2024-02-29: Mar 31 (31), Apr 30 (61), May 31 (92), Jun 30
    // (122),
    // Jul 31 (153), Aug 30 (183) -> 2024-08-30
    assertThat(s.halfPoint()).isEqualTo(date("2024-08-30"));
    // 2/3: ceil(730/3) = 244; Aug 31 (184), Sep 30 (214), Oct 30 (244) -> 2024-10-30
    assertThat(s.twoThirdsPoint()).isEqualTo(date("2024-10-30"));
    assertThat(s.expectedRelease()).isEqualTo(date("2025-02-28"));
  }

  @Test
  void monthsAndDaysAreAddedMonthsFirstThenDays() {
    // 2024-01-31 + 1 month = 2024-02-29 (clamped), + 1 day = 2024-03-01: 30 days.
    Sentence s = Sentence.imprisonment(Period.of(0, 1, 1), date("2024-01-31"));
    assertThat(s.expectedRelease()).isEqualTo(date("2024-03-01"));
    assertThat(s.totalDays()).isEqualTo(30);
    assertThat(s.daysServed(date("2024-01-01"))).isZero();
  }

  @Test
  void registerClassFollowsTheNominalLength() {
    assertThat(Sentence.imprisonment(Period.of(1, 0, 1), date("2024-01-01")).registerClass())
        .isEqualTo(RegisterClass.B_I);
    assertThat(Sentence.imprisonment(Period.ofMonths(13), date("2024-01-01")).registerClass())
        .isEqualTo(RegisterClass.B_I);
    assertThat(Sentence.imprisonment(Period.ofYears(1), date("2024-01-01")).registerClass())
        .isEqualTo(RegisterClass.B_IIA);
    assertThat(Sentence.imprisonment(Period.of(0, 3, 1), date("2024-01-01")).registerClass())
        .isEqualTo(RegisterClass.B_IIA);
    // 2 months 31 days = 91 nominal days > 90: more than three months.
    assertThat(Sentence.imprisonment(Period.of(0, 2, 31), date("2024-01-01")).registerClass())
        .isEqualTo(RegisterClass.B_IIA);
    assertThat(Sentence.imprisonment(Period.ofMonths(3), date("2024-01-01")).registerClass())
        .isEqualTo(RegisterClass.B_IIB);
    assertThat(Sentence.kurungan(Period.ofMonths(8), date("2024-01-01")).registerClass())
        .isEqualTo(RegisterClass.B_III);
    assertThat(Sentence.imprisonment(Period.of(1, 6, 0), date("2024-01-01")).nominalDays())
        .isEqualTo(540);
  }

  @Test
  void lastRemissionIsTheLatestGranted() {
    Remission first = Remission.of(30, date("2024-08-17"), RemissionKind.GENERAL);
    Remission later = Remission.of(15, date("2025-04-10"), RemissionKind.SPECIAL);
    Remission sameDay = Remission.of(10, date("2025-04-10"), RemissionKind.OTHER);
    Sentence s = twoYears.withRemission(later).withRemission(first);
    assertThat(s.lastRemission()).contains(later);
    assertThat(s.withRemission(sameDay).lastRemission()).contains(sameDay);
    assertThat(twoYears.lastRemission()).isEmpty();
  }

  @Test
  void sentenceLengthMustBePositiveAndWithinTheLegalMaximum() {
    for (Period bad :
        new Period[] {Period.ZERO, Period.ofDays(-1), Period.of(1, -1, 0), Period.of(20, 0, 1)}) {
      assertThatThrownBy(() -> Sentence.imprisonment(bad, date("2024-01-01")))
          .as(bad.toString())
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).ruleCode())
          .isEqualTo("trainee.sentence.length");
    }
    assertThat(Sentence.imprisonment(Period.ofYears(20), date("2024-01-01")).totalDays())
        .isPositive();
    assertThat(Sentence.kurungan(Period.of(1, 4, 0), date("2024-01-01")).kind())
        .isEqualTo(SentenceKind.KURUNGAN);
    assertThatThrownBy(() -> Sentence.kurungan(Period.of(1, 4, 1), date("2024-01-01")))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.sentence.length");
  }

  @Test
  void remissionMustCutAtLeastOneDay() {
    assertThatThrownBy(() -> Remission.of(0, date("2024-08-17"), RemissionKind.GENERAL))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.remission.days");
  }

  @Test
  void remissionCannotPrecedeDetention() {
    assertThatThrownBy(
            () -> twoYears.withRemission(Remission.of(30, date("2024-01-09"), RemissionKind.OTHER)))
        .isInstanceOf(InvalidValueException.class)
        .extracting(
            e -> ((InvalidValueException) e).ruleCode(), e -> ((InvalidValueException) e).field())
        .containsExactly("trainee.remission.date", "remissions[0].granted");
  }

  @Test
  void remissionsCannotCoverTheWholeSentence() {
    Sentence shortOne = Sentence.imprisonment(Period.ofDays(20), date("2024-01-01"));
    assertThat(
            shortOne
                .withRemission(Remission.of(19, date("2024-01-02"), RemissionKind.OTHER))
                .expectedRelease())
        .isEqualTo(date("2024-01-02"));
    assertThatThrownBy(
            () -> shortOne.withRemission(Remission.of(20, date("2024-01-02"), RemissionKind.OTHER)))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.remission.exceeds");
  }

  private static void assertRemissionRefused(
      ThrowableAssert.ThrowingCallable call, String code, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidValueException.class)
        .extracting(
            e -> ((InvalidValueException) e).ruleCode(), e -> ((InvalidValueException) e).field())
        .containsExactly(code, field);
  }

  @Test
  void aGeneralOrSpecialRemissionIsGrantedOnceOnItsDay() {
    Remission august = Remission.of(30, date("2024-08-17"), RemissionKind.GENERAL);
    Sentence once = twoYears.withRemission(august);
    // the same remission recorded twice would count twice: 60 days instead of 30
    assertRemissionRefused(
        () -> once.withRemission(august), "trainee.remission.duplicate", "remissions[1]");
    // another number of days on the same day is still a second general remission that day
    assertRemissionRefused(
        () -> once.withRemission(Remission.of(15, date("2024-08-17"), RemissionKind.GENERAL)),
        "trainee.remission.duplicate",
        "remissions[1]");
    Remission lebaran = Remission.of(15, date("2024-04-10"), RemissionKind.SPECIAL);
    assertRemissionRefused(
        () -> twoYears.withRemission(lebaran).withRemission(lebaran),
        "trainee.remission.duplicate",
        "remissions[1]");
    // a rule of the grant: a sentence stored with the same remission twice is read as stored
    Sentence stored =
        Sentence.builder().from(twoYears).addRemissions(august, lebaran, august).build();
    assertThat(stored.remissionDays()).isEqualTo(75);
    // and grants it no third time
    assertRemissionRefused(
        () -> stored.withRemission(august), "trainee.remission.duplicate", "remissions[3]");
  }

  @Test
  void remissionsOfOneKindOnOtherDaysOrOfOtherKindsOnOneDayAreAccepted() {
    Sentence s =
        twoYears
            // a late general remission (susulan) for August 2023, granted in the next year
            .withRemission(Remission.of(30, date("2024-03-04"), RemissionKind.GENERAL))
            .withRemission(Remission.of(60, date("2024-08-17"), RemissionKind.GENERAL))
            // remisi tambahan and remisi dasawarsa, both OTHER, on the same 17 August
            .withRemission(Remission.of(30, date("2024-08-17"), RemissionKind.OTHER))
            .withRemission(Remission.of(30, date("2024-08-17"), RemissionKind.OTHER))
            // a religious holiday on Independence Day
            .withRemission(Remission.of(15, date("2024-08-17"), RemissionKind.SPECIAL));
    assertThat(s.remissionDays()).isEqualTo(165);
  }

  @Test
  void aRemissionIsGrantedWhileTheSentenceIsServed() {
    // released on 2026-01-10 without remissions
    assertRemissionRefused(
        () -> twoYears.withRemission(Remission.of(30, date("2026-01-11"), RemissionKind.OTHER)),
        "trainee.remission.after-release",
        "remissions[0].granted");
    assertRemissionRefused(
        () -> twoYears.withRemission(Remission.of(30, date("9999-08-17"), RemissionKind.GENERAL)),
        "trainee.remission.after-release",
        "remissions[0].granted");
    // granted on the release day: nothing is left to cut
    assertRemissionRefused(
        () -> twoYears.withRemission(Remission.of(1, date("2026-01-10"), RemissionKind.OTHER)),
        "trainee.remission.after-release",
        "remissions[0].granted");
    // 21 days remain on 2025-12-20: a remission of 21 days ends the sentence that day, one of 30
    // would reach back to 2025-12-11, days already served
    Sentence out =
        twoYears.withRemission(Remission.of(21, date("2025-12-20"), RemissionKind.GENERAL));
    assertThat(out.expectedRelease()).isEqualTo(date("2025-12-20"));
    assertRemissionRefused(
        () -> twoYears.withRemission(Remission.of(30, date("2025-12-20"), RemissionKind.GENERAL)),
        "trainee.remission.after-release",
        "remissions[0].granted");
    // an earlier remission moves the release before a later grant: the later one is refused
    Sentence cut =
        twoYears.withRemission(Remission.of(60, date("2024-08-17"), RemissionKind.GENERAL));
    assertThat(cut.expectedRelease()).isEqualTo(date("2025-11-11"));
    assertRemissionRefused(
        () -> cut.withRemission(Remission.of(10, date("2025-12-25"), RemissionKind.SPECIAL)),
        "trainee.remission.after-release",
        "remissions[1].granted");
    // and a new remission that moves the release before an earlier grant
    Sentence late =
        twoYears.withRemission(Remission.of(10, date("2025-12-25"), RemissionKind.SPECIAL));
    assertRemissionRefused(
        () -> late.withRemission(Remission.of(60, date("2024-08-17"), RemissionKind.GENERAL)),
        "trainee.remission.after-release",
        "remissions[0].granted");
    // a rule of the grant: a sentence stored with a grant after its release is read as stored
    Sentence stored =
        Sentence.builder()
            .from(twoYears)
            .addRemissions(Remission.of(30, date("9999-08-17"), RemissionKind.GENERAL))
            .build();
    assertThat(stored.expectedRelease()).isEqualTo(date("2025-12-11"));
  }

  @Test
  void fractionAboveOneIsRefused() {
    assertThatThrownBy(() -> twoYears.pointAt(Rate.of(3, 2)))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.policy.fraction");
  }
}
