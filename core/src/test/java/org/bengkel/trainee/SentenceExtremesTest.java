package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

/** A sentence at the ends of the calendar is refused by its check, never by date arithmetic. */
class SentenceExtremesTest {

  @Test
  void aFarFutureStartIsRefusedWithTheFieldAndNoValue() {
    for (LocalDate day :
        new LocalDate[] {
          LocalDate.MAX, LocalDate.parse("+999999999-12-31"), Sentence.LATEST_FIRST_DAY.plusDays(1)
        }) {
      assertThatThrownBy(() -> Sentence.imprisonment(Period.ofYears(20), day))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.ruleCode()).isEqualTo("value.date-overflow");
                assertThat(e.field()).isEqualTo("servingFrom");
                assertThat(e.isPersonal()).isTrue();
                assertThat(e.getMessage()).doesNotContain(day.toString());
              });
    }
  }

  @Test
  void theLatestFirstDayStillGivesEveryDate() {
    // Twenty years from the latest first day: release and fraction points stay in the calendar.
    Sentence s = Sentence.imprisonment(Sentence.MAX_IMPRISONMENT, Sentence.LATEST_FIRST_DAY);
    assertThat(s.expectedRelease()).isBefore(LocalDate.MAX);
    assertThat(s.twoThirdsPoint()).isBefore(s.expectedRelease());
    Sentence first = Sentence.imprisonment(Sentence.MAX_IMPRISONMENT, LocalDate.MIN);
    assertThat(first.halfPoint()).isAfter(LocalDate.MIN);
  }

  @Test
  void aFractionWithHugeTermsIsExact() {
    // 731 days x (2^62 - 1)/2^62 = 731 - 731/2^62, ceiling 731: no overflow of 731 x (2^62 - 1).
    Sentence s = Sentence.imprisonment(Period.ofYears(2), LocalDate.of(2024, 1, 10));
    Rate almostOne = Rate.of((1L << 62) - 1, 1L << 62);
    assertThat(s.pointAt(almostOne)).isEqualTo(LocalDate.of(2024, 1, 10).plusDays(731));
    assertThat(Sentence.ceilTimes(731, Rate.of(1, Long.MAX_VALUE))).isEqualTo(1);
  }

  @Test
  void lengthsAtTheLimitsOfIntAreRefusedAsTooLong() {
    assertThatThrownBy(
            () ->
                Sentence.imprisonment(
                    Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE),
                    LocalDate.of(2024, 1, 1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo(TraineeRule.SENTENCE_LENGTH.code()));
  }

  @Test
  void eligibilityIsAnsweredOnAnyDateOfTheCalendar() {
    // A convict detained at the very start of the calendar, with a discipline record on its last
    // day: every entitlement is evaluated on LocalDate.MIN and MAX without leaving the calendar.
    Trainee t =
        Fixtures.convict(
                CrimeCategory.GENERAL, Sentence.imprisonment(Period.ofYears(2), LocalDate.MIN))
            .withDisciplineRecord(DisciplineRecord.of(LocalDate.MAX));
    EligibilityPolicy policy = EligibilityPolicy.defaults();
    for (LocalDate date :
        new LocalDate[] {LocalDate.MIN, LocalDate.MIN.plusDays(400), LocalDate.MAX}) {
      assertThat(policy.evaluateAll(t, date)).hasSize(Entitlement.values().length);
    }
  }
}
