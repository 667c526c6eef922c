package org.bengkel.testkit.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bengkel.money.Rate;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.TraineeGen;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.Sentence;
import org.junit.jupiter.api.Test;

/** The arithmetic laws of {@link Sentence} over generated sentences of every register class. */
class SentenceLawsTest {

  @Test
  void halfPointNotAfterTwoThirdsPointNotAfterExpectedRelease() {
    Property.check(
        "first day < 1/2 point <= 2/3 point <= expected release (> for effective > 1)",
        TraineeGen.sentences(),
        s -> {
          assertThat(s.halfPoint()).isAfter(s.firstDayOfDetention());
          assertThat(s.halfPoint()).isBeforeOrEqualTo(s.twoThirdsPoint());
          assertThat(s.twoThirdsPoint()).isBeforeOrEqualTo(s.expectedRelease());
          assertThat(s.expectedRelease())
              .isEqualTo(s.firstDayOfDetention().plusDays(s.totalDays() - s.remissionDays()));
        });
  }

  @Test
  void pointsAreTheExactCeilingOfTheFraction() {
    // An oracle in plain long arithmetic: ceil(e × n / d) = (e × n + d − 1) / d for e, n, d > 0.
    Gen<Rate> fractions = Gen.longs(1, 12).flatMap(d -> Gen.longs(1, d).map(n -> Rate.of(n, d)));
    Property.check(
        "pointAt(n/d) = first + ceil(effective × n / d), and is monotone in the fraction",
        Gen.zip(TraineeGen.sentences(), fractions, (s, f) -> new Object[] {s, f}),
        pair -> {
          Sentence s = (Sentence) pair[0];
          Rate f = (Rate) pair[1];
          long e = s.effectiveDays();
          long expected = (e * f.numerator() + f.denominator() - 1) / f.denominator();
          assertThat(ChronoUnit.DAYS.between(s.firstDayOfDetention(), s.pointAt(f)))
              .isEqualTo(expected);
          assertThat(s.pointAt(f)).isBeforeOrEqualTo(s.pointAt(Rate.ONE));
          assertThat(s.pointAt(Rate.ONE)).isEqualTo(s.expectedRelease());
        });
  }

  @Test
  void remissionsNeverMoveDatesLater() {
    Property.check(
        "each remission moves the 1/2 point, the 2/3 point and the release earlier or keeps them",
        TraineeGen.sentences(),
        s -> {
          Sentence without = Sentence.builder().from(s).remissions(List.of()).build();
          Sentence before = without;
          for (Remission r : s.remissions()) {
            Sentence after = before.withRemission(r);
            assertThat(after.halfPoint()).isBeforeOrEqualTo(before.halfPoint());
            assertThat(after.twoThirdsPoint()).isBeforeOrEqualTo(before.twoThirdsPoint());
            assertThat(after.expectedRelease())
                .isEqualTo(before.expectedRelease().minusDays(r.days()));
            before = after;
          }
          assertThat(before.expectedRelease()).isEqualTo(s.expectedRelease());
        });
  }

  @Test
  void theSentenceAsKnownLaterHasNoLaterDates() {
    Property.check(
        "asOf(d2) has dates no later than asOf(d1) for d1 <= d2",
        TraineeGen.sentences()
            .flatMap(
                s ->
                    Gen.zip(
                        TraineeGen.datesWithin(s),
                        TraineeGen.datesWithin(s),
                        (a, b) -> new Object[] {s, a.isBefore(b) ? a : b, a.isBefore(b) ? b : a})),
        t -> {
          Sentence s = (Sentence) t[0];
          Sentence early = s.asOf((LocalDate) t[1]);
          Sentence late = s.asOf((LocalDate) t[2]);
          assertThat(late.twoThirdsPoint()).isBeforeOrEqualTo(early.twoThirdsPoint());
          assertThat(late.halfPoint()).isBeforeOrEqualTo(early.halfPoint());
          assertThat(late.expectedRelease()).isBeforeOrEqualTo(early.expectedRelease());
          assertThat(s.asOf(s.expectedRelease())).isEqualTo(s);
        });
  }

  @Test
  void generatedRemissionsAreGrantedWithinTheSentence() {
    Property.check(
        "every remission is granted on or after the first day and before the release it leaves",
        TraineeGen.sentences(),
        s -> {
          assertThat(s.effectiveDays()).isPositive();
          for (Remission r : s.remissions()) {
            assertThat(r.granted()).isAfterOrEqualTo(s.firstDayOfDetention());
            assertThat(r.granted()).isBefore(s.asOf(r.granted()).expectedRelease());
          }
        });
  }
}
