package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.trainee.Fixtures.ALL_INPUTS;
import static org.bengkel.trainee.Fixtures.assessed;
import static org.bengkel.trainee.Fixtures.convict;
import static org.bengkel.trainee.Fixtures.date;

import java.time.Period;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

/** Detention before the sentence, by kind (KUHAP 1981 Art. 22(4) and (5)); hand-computed dates. */
class DetentionTest {

  private static Sentence oneYear(String servingFrom, DetentionPeriod... periods) {
    return Sentence.builder()
        .kind(SentenceKind.IMPRISONMENT)
        .length(Period.ofYears(1))
        .addDetention(periods)
        .servingFrom(date(servingFrom))
        .build();
  }

  @Test
  void rutanDetentionWithABreakCountsOnlyTheDaysHeld() {
    // Rutan 2024-01-01..2024-01-20 (20 days), released, then serving from 2024-03-01.
    // The break 2024-01-21..2024-02-29 (11 + 29 = 40 days) counts for nothing.
    Sentence s =
        oneYear(
            "2024-03-01",
            DetentionPeriod.of(DetentionKind.RUTAN, date("2024-01-01"), date("2024-01-20")));
    assertThat(s.firstDayOfDetention()).isEqualTo(date("2024-01-01"));
    // 1 year from 2024-01-01 by calendar = 2025-01-01: 366 days (2024 is a leap year).
    assertThat(s.totalDays()).isEqualTo(366);
    assertThat(s.detentionCreditDays()).isEqualTo(20);
    // Release: 366 - 20 = 346 days after 2024-03-01: Apr 1 +31, May 1 +61, Jun 1 +92, Jul 1 +122,
    // Aug 1 +153, Sep 1 +184, Oct 1 +214, Nov 1 +245, Dec 1 +275, Jan 1 +306, Feb 1 +337,
    // Feb 10 +346 -> 2025-02-10 (= 2025-01-01 + the 40-day break).
    assertThat(s.expectedRelease()).isEqualTo(date("2025-02-10"));
    // 1/2: 366 / 2 = 183; 183 - 20 = 163 after 2024-03-01: Aug 1 +153, Aug 11 +163.
    assertThat(s.halfPoint()).isEqualTo(date("2024-08-11"));
    // 2/3: 366 x 2 / 3 = 244; 244 - 20 = 224: Oct 1 +214, Oct 11 +224.
    assertThat(s.twoThirdsPoint()).isEqualTo(date("2024-10-11"));
    // Served: 9 days before 2024-01-10; the 20 rutan days all through the break.
    assertThat(s.daysServed(date("2024-01-10"))).isEqualTo(9);
    assertThat(s.daysServed(date("2024-02-15"))).isEqualTo(20);
    assertThat(s.daysServed(date("2024-03-02"))).isEqualTo(21);
    // A point inside the period: 366 / 50 = 7.32 days, first reached when 8 days have passed,
    // 2024-01-01 + 8 = 2024-01-09.
    assertThat(s.pointAt(Rate.of(1, 50))).isEqualTo(date("2024-01-09"));
  }

  @Test
  void cityArrestCountsOneFifth() {
    // Six months; city arrest 2024-01-01..2024-01-31 (31 days): 31 / 5 = 6.2 days of credit;
    // serving from 2024-02-01, no break.
    Sentence s =
        Sentence.builder()
            .kind(SentenceKind.IMPRISONMENT)
            .length(Period.ofMonths(6))
            .addDetention(
                DetentionPeriod.of(
                    DetentionKind.CITY_ARREST, date("2024-01-01"), date("2024-01-31")))
            .servingFrom(date("2024-02-01"))
            .build();
    // 2024-01-01 + 6 months = 2024-07-01: 31 + 29 + 31 + 30 + 31 + 30 = 182 days.
    assertThat(s.totalDays()).isEqualTo(182);
    assertThat(s.detentionCreditDays()).isEqualTo(6);
    // Release: 182 - 6.2 = 175.8 -> the 176th day after 2024-02-01: Mar 1 +29, Apr 1 +60,
    // May 1 +90, Jun 1 +121, Jul 1 +151, Jul 26 +176 -> 2024-07-26.
    assertThat(s.expectedRelease()).isEqualTo(date("2024-07-26"));
    // 1/2: 91 - 6.2 = 84.8 -> 85: Apr 1 +60, Apr 26 +85.
    assertThat(s.halfPoint()).isEqualTo(date("2024-04-26"));
    // 2/3: 182 x 2 / 3 = 121.33; - 6.2 = 115.13 -> 116: May 1 +90, May 27 +116.
    assertThat(s.twoThirdsPoint()).isEqualTo(date("2024-05-27"));
    // On 2024-01-11, 10 city-arrest days have passed: 10 / 5 = 2 days served.
    assertThat(s.daysServed(date("2024-01-11"))).isEqualTo(2);
  }

  @Test
  void houseArrestBreakCityArrestAndRutanMixed() {
    // House arrest 2024-01-01..01-30 (30 days -> 30 / 3 = 10);
    // break 2024-01-31..02-09 (10 days -> 0);
    // city arrest 2024-02-10..02-16 (7 days -> 7 / 5 = 1.4);
    // rutan 2024-02-17..03-31 (13 + 31 = 44 days -> 44);
    // serving from 2024-04-01. Credit = 10 + 1.4 + 44 = 55.4 days.
    Sentence s =
        oneYear(
            "2024-04-01",
            DetentionPeriod.of(DetentionKind.HOUSE_ARREST, date("2024-01-01"), date("2024-01-30")),
            DetentionPeriod.of(DetentionKind.CITY_ARREST, date("2024-02-10"), date("2024-02-16")),
            DetentionPeriod.of(DetentionKind.RUTAN, date("2024-02-17"), date("2024-03-31")));
    assertThat(s.totalDays()).isEqualTo(366);
    assertThat(s.detentionCreditDays()).isEqualTo(55);
    // Release: 366 - 55.4 = 310.6 -> 311 days after 2024-04-01: May 1 +30, Jun 1 +61, Jul 1 +91,
    // Aug 1 +122, Sep 1 +153, Oct 1 +183, Nov 1 +214, Dec 1 +244, Jan 1 +275, Feb 1 +306,
    // Feb 6 +311 -> 2025-02-06.
    assertThat(s.expectedRelease()).isEqualTo(date("2025-02-06"));
    // 1/2: 183 - 55.4 = 127.6 -> 128: Aug 1 +122, Aug 7 +128.
    assertThat(s.halfPoint()).isEqualTo(date("2024-08-07"));
    // Points inside each period:
    // 6 days (6/366): 18 house-arrest days at 1/3 -> 2024-01-01 + 18 = 2024-01-19
    // (on 01-18 only 17 / 3 = 5.67 days).
    assertThat(s.pointAt(Rate.of(6, 366))).isEqualTo(date("2024-01-19"));
    // 11 days: 10 from house arrest, 1 more at 1/5 = 5 city days -> 2024-02-10 + 5 = 02-15.
    assertThat(s.pointAt(Rate.of(11, 366))).isEqualTo(date("2024-02-15"));
    // 12 days: 11.4 before the rutan period, 0.6 more -> one rutan day -> 2024-02-18.
    assertThat(s.pointAt(Rate.of(12, 366))).isEqualTo(date("2024-02-18"));

    // With a remission of 1 bulan 15 hari = 30 + 15 = 45 days (KUHP Art. 97): effective 321;
    // 321 - 55.4 = 265.6 -> 266 after 2024-04-01: Dec 1 +244, Dec 23 +266 -> 2024-12-23.
    Sentence remitted =
        s.withRemission(
            Remission.of(Period.of(0, 1, 15), date("2024-08-17"), RemissionKind.GENERAL));
    assertThat(remitted.effectiveDays()).isEqualTo(321);
    assertThat(remitted.expectedRelease()).isEqualTo(date("2024-12-23"));
  }

  @Test
  void creditOfAKindIsSummedExactlyNotRoundedPerPeriod() {
    // Two city-arrest periods of 3 days: 3/5 + 3/5 = 1.2 days, not 0 + 0 (floor per period)
    // nor 1 + 1 (ceiling per period). Serving from 2024-03-01.
    Sentence s =
        oneYear(
            "2024-03-01",
            DetentionPeriod.of(DetentionKind.CITY_ARREST, date("2024-01-01"), date("2024-01-03")),
            DetentionPeriod.of(DetentionKind.CITY_ARREST, date("2024-02-01"), date("2024-02-03")));
    assertThat(s.detentionCreditDays()).isEqualTo(1);
    // Release: 366 - 1.2 = 364.8 -> 365 days after 2024-03-01 = 2025-03-01.
    assertThat(s.expectedRelease()).isEqualTo(date("2025-03-01"));
    // 1/2: 183 - 1.2 = 181.8 -> 182 -> 2024-03-01 + 182 = 2024-08-30.
    assertThat(s.halfPoint()).isEqualTo(date("2024-08-30"));
  }

  @Test
  void rutanDetentionRightBeforeServingIsTheSameAsServingFromItsFirstDay() {
    Sentence split =
        oneYear(
            "2024-05-01",
            DetentionPeriod.of(DetentionKind.RUTAN, date("2024-01-01"), date("2024-04-30")));
    Sentence continuous = Sentence.imprisonment(Period.ofYears(1), date("2024-01-01"));
    assertThat(split.totalDays()).isEqualTo(continuous.totalDays());
    assertThat(split.halfPoint()).isEqualTo(continuous.halfPoint());
    assertThat(split.twoThirdsPoint()).isEqualTo(continuous.twoThirdsPoint());
    assertThat(split.expectedRelease()).isEqualTo(continuous.expectedRelease());
    assertThat(continuous.detention()).isEmpty();
    assertThat(continuous.servingFrom()).isEqualTo(continuous.firstDayOfDetention());
  }

  @Test
  void nineMonthMinimumCountsServedDaysNotCalendarDays() {
    // Terrorism, the rutan detention with a break of the first test: 2/3 of 366 = 244 days,
    // fewer than the 274 days from 2024-01-01 to 2024-10-01 (nine months), although the 2/3 point
    // (2024-10-11) falls after 2024-10-01 because of the 40-day break.
    Sentence s =
        oneYear(
            "2024-03-01",
            DetentionPeriod.of(DetentionKind.RUTAN, date("2024-01-01"), date("2024-01-20")));
    Trainee t = assessed(convict(CrimeCategory.TERRORISM, s), "2024-06-01", ALL_INPUTS);
    EligibilityDecision d =
        EligibilityPolicy.defaults().evaluate(Entitlement.ASIMILASI, t, date("2024-10-11"));
    assertThat(d.condition(TraineeRule.ELIGIBILITY_SERVED).orElseThrow().verdict())
        .isEqualTo(Verdict.MET);
    assertThat(d.condition(TraineeRule.ELIGIBILITY_MINIMUM).orElseThrow().verdict())
        .isEqualTo(Verdict.NOT_MET);
    // General crime, asimilasi at the half point 2024-08-11 (not the day before).
    Trainee general = assessed(convict(CrimeCategory.GENERAL, s), "2024-06-01", ALL_INPUTS);
    assertThat(
            EligibilityPolicy.defaults()
                .evaluate(Entitlement.ASIMILASI, general, date("2024-08-11"))
                .eligible())
        .isTrue();
    assertThat(
            EligibilityPolicy.defaults()
                .evaluate(Entitlement.ASIMILASI, general, date("2024-08-10"))
                .earliestDate())
        .contains(date("2024-08-11"));
  }

  @Test
  void periodsMustBeOrderedAndEndBeforeServing() {
    DetentionPeriod jan =
        DetentionPeriod.of(DetentionKind.RUTAN, date("2024-01-01"), date("2024-01-31"));
    DetentionPeriod overlapping =
        DetentionPeriod.of(DetentionKind.CITY_ARREST, date("2024-01-31"), date("2024-02-10"));
    assertThatThrownBy(() -> oneYear("2024-03-01", jan, overlapping))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(TraineeRule.DETENTION_ORDER);
              assertThat(e.field()).isEqualTo("detention[0].lastDay");
              assertThat(e.getMessage()).doesNotContain("2024");
            });
    assertThatThrownBy(() -> oneYear("2024-03-01", overlapping, jan))
        .isInstanceOf(InvalidValueException.class);
    // ending on the first day of serving overlaps it
    assertThatThrownBy(() -> oneYear("2024-01-31", jan))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.rule()).isEqualTo(TraineeRule.DETENTION_ORDER));
    assertThatThrownBy(
            () -> DetentionPeriod.of(DetentionKind.RUTAN, date("2024-01-02"), date("2024-01-01")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.rule()).isEqualTo(TraineeRule.DETENTION_DATES));
    assertThat(
            DetentionPeriod.of(DetentionKind.RUTAN, date("2024-01-01"), date("2024-01-01")).days())
        .isEqualTo(1);
    assertThat(jan.toString()).doesNotContain("2024").doesNotContain("RUTAN");
  }

  @Test
  void creditSharesAreThoseOfTheCode() {
    assertThat(DetentionKind.RUTAN.credit()).isEqualTo(Rate.ONE);
    assertThat(DetentionKind.HOUSE_ARREST.credit()).isEqualTo(Rate.of(1, 3));
    assertThat(DetentionKind.CITY_ARREST.credit()).isEqualTo(Rate.of(1, 5));
  }
}
