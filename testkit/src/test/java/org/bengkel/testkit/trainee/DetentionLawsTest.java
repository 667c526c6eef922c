package org.bengkel.testkit.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bengkel.money.Rate;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.TraineeGen;
import org.bengkel.trainee.DetentionKind;
import org.bengkel.trainee.DetentionPeriod;
import org.bengkel.trainee.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Detention credit (KUHAP 1981 Art. 22(4) and (5)) against a day-by-day oracle: every day before a
 * date weighs 15 fifteenths (serving or rutan), 5 (house arrest), 3 (city arrest) or 0 (a break).
 */
class DetentionLawsTest {

  /** The exact served time before {@code date}, in fifteenths of a day, counted day by day. */
  private static long oracle(Sentence s, LocalDate date) {
    long sum = 0;
    for (LocalDate d = s.firstDayOfDetention(); d.isBefore(date); d = d.plusDays(1)) {
      sum += weight(s, d);
    }
    return sum;
  }

  private static long weight(Sentence s, LocalDate day) {
    if (!day.isBefore(s.servingFrom())) {
      return 15;
    }
    for (DetentionPeriod p : s.detention()) {
      if (!day.isBefore(p.firstDay()) && !day.isAfter(p.lastDay())) {
        return 15L * p.kind().credit().numerator() / p.kind().credit().denominator();
      }
    }
    return 0;
  }

  @Test
  void everyPointIsTheFirstDayTheExactServedTimeReachesItsFraction() {
    Gen<Rate> fractions =
        Gen.frequency(
            Gen.weighted(3, Gen.choose(Rate.of(1, 2), Rate.of(2, 3), Rate.ONE)),
            Gen.weighted(
                1, Gen.longs(1, 12).flatMap(d -> Gen.longs(1, d).map(n -> Rate.of(n, d)))));
    Property.check(
        "pointAt(f) is the first date whose day-by-day served time is at least effective x f",
        Gen.zip(TraineeGen.detainedSentences(), fractions, (s, f) -> new Object[] {s, f}),
        pair -> {
          Sentence s = (Sentence) pair[0];
          Rate f = (Rate) pair[1];
          LocalDate point = s.pointAt(f);
          // target x denominator, in fifteenths: served x d >= e x n x 15
          long target = s.effectiveDays() * f.numerator() * 15;
          assertThat(oracle(s, point) * f.denominator()).isGreaterThanOrEqualTo(target);
          assertThat(oracle(s, point.minusDays(1)) * f.denominator()).isLessThan(target);
          assertThat(s.daysServed(point)).isEqualTo(oracle(s, point) / 15);
        });
  }

  @Test
  void creditIsTheWeighedDaysOfThePeriodsAndReleaseFollowsIt() {
    Property.check(
        "credit = sum of days x share, rounded down once; release = first date the rest is served",
        TraineeGen.detainedSentences(),
        s -> {
          long fifteenths = 0;
          for (DetentionPeriod p : s.detention()) {
            fifteenths +=
                p.days()
                    * (p.kind() == DetentionKind.RUTAN
                        ? 15
                        : p.kind() == DetentionKind.HOUSE_ARREST ? 5 : 3);
          }
          assertThat(s.detentionCreditDays()).isEqualTo(fifteenths / 15);
          assertThat(s.firstDayOfDetention()).isEqualTo(s.detention().get(0).firstDay());
          assertThat(s.halfPoint()).isBeforeOrEqualTo(s.twoThirdsPoint());
          assertThat(s.twoThirdsPoint()).isBeforeOrEqualTo(s.expectedRelease());
          long rest = s.effectiveDays() * 15 - fifteenths;
          if (rest > 0) {
            // the rest is served after servingFrom in whole days, the last one begun is served
            // whole
            assertThat(s.expectedRelease()).isEqualTo(s.servingFrom().plusDays((rest + 14) / 15));
          } else {
            assertThat(s.expectedRelease()).isBeforeOrEqualTo(s.servingFrom());
          }
        });
  }
}
