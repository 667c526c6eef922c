package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bengkel.trainee.Fixtures.FACILITY;
import static org.bengkel.trainee.Fixtures.NAME;
import static org.bengkel.trainee.Fixtures.date;
import static org.bengkel.trainee.Fixtures.number;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bengkel.Stamps;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rate;
import org.bengkel.outcome.Outcome;
import org.junit.jupiter.api.Test;

/**
 * A trainee's events and replay, and the edges of the trainee package's checks that its other tests
 * leave open (found by mutation testing, docs/testing.md), with the counts worked out by hand.
 */
class TraineeMutationEdgesTest {

  private static final RegistrationNumber DETAINED = number(RegisterClass.A_II);
  private static final RegistrationNumber CONVICTED = number(RegisterClass.B_I);
  // two years from 1 March 2025: more than one year, so register class B.I
  private static final Sentence TWO_YEARS =
      Sentence.imprisonment(Period.ofYears(2), date("2025-03-01"));

  private static Trainee detainee() {
    return Trainee.detainee(DETAINED, NAME, FACILITY, CrimeCategory.GENERAL);
  }

  private static InvalidValueException invalid(Runnable build) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build::run);
    assertThat(e).as("refused with InvalidValueException").isNotNull();
    return e;
  }

  /** Sentenced, remission, discipline, assessment, integration: versions 1 to 5. */
  private static Outcome<Trainee> story() {
    return detainee()
        .sentenced(CONVICTED, TWO_YEARS, Stamps.on(2025, 6, 2))
        .flatMap(
            t ->
                t.withRemission(
                    Remission.of(30, date("2025-08-17"), RemissionKind.GENERAL),
                    Stamps.on(2025, 8, 17)))
        .flatMap(
            t -> t.recordDiscipline(DisciplineRecord.of(date("2025-09-01")), Stamps.on(2025, 9, 1)))
        .flatMap(
            t ->
                t.recordAssessment(
                    AssessmentRecord.positive(AssessmentKind.TPP_APPROVAL, date("2025-10-01")),
                    Stamps.on(2025, 10, 1)))
        .flatMap(t -> t.changeStatus(TraineeStatus.ON_INTEGRATION, Stamps.on(2025, 11, 3)));
  }

  @Test
  void replayRebuildsTheTraineeAndRefusesWhatDoesNotFit() {
    Outcome<Trainee> story = story();
    Trainee after = story.orElseThrow();
    List<TraineeEvent> events = story.events(TraineeEvent.class);
    assertThat(events).extracting(TraineeEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(after.version()).isEqualTo(5);
    assertThat(Trainee.replay(detainee(), events)).isEqualTo(after);
    assertThat(Trainee.replay(detainee(), List.of())).isEqualTo(detainee());

    // the record must be as admitted, version 0
    Trainee touched = Trainee.builder().from(detainee()).version(1).build();
    assertThat(invalid(() -> Trainee.replay(touched, events)).field())
        .isEqualTo("admitted.version");
    // versions out of order
    List<TraineeEvent> swapped = new ArrayList<>(events);
    swapped.set(1, events.get(2));
    swapped.set(2, events.get(1));
    assertInconsistent(swapped, "events[1]");
    // an event of another trainee: the remission is of the convict number, not the detainee's
    List<TraineeEvent> other = new ArrayList<>(events);
    other.set(
        1,
        new TraineeEvent.RemissionGranted(
            DETAINED,
            2,
            Stamps.on(2025, 8, 17),
            Remission.of(30, date("2025-08-17"), RemissionKind.GENERAL)));
    assertInconsistent(other, "events[1]");
    // refused on replay: a detainee cannot change to integration
    assertInconsistent(
        List.of(
            new TraineeEvent.StatusChanged(
                DETAINED, 1, Stamps.on(2025, 6, 2), TraineeStatus.ON_INTEGRATION)),
        "events[0]");
    // accepted on replay but with another event: a status "change" to the same status yields
    // none
    assertInconsistent(
        List.of(
            new TraineeEvent.StatusChanged(
                DETAINED, 1, Stamps.on(2025, 6, 2), TraineeStatus.DETAINEE)),
        "events[0]");
  }

  private static void assertInconsistent(List<TraineeEvent> events, String field) {
    InvalidValueException e = invalid(() -> Trainee.replay(detainee(), events));
    assertThat(e.ruleCode()).isEqualTo(AuditRule.EVENT_INCONSISTENT.code());
    assertThat(e.field()).isEqualTo(field);
  }

  private static final Stamp AT = Stamps.on(2025, 6, 2);
  private static final List<Function<Long, TraineeEvent>> KINDS =
      List.of(
          v -> new TraineeEvent.Sentenced(DETAINED, v, AT, CONVICTED, TWO_YEARS),
          v ->
              new TraineeEvent.RemissionGranted(
                  CONVICTED, v, AT, Remission.of(30, date("2025-08-17"), RemissionKind.GENERAL)),
          v -> new TraineeEvent.StatusChanged(CONVICTED, v, AT, TraineeStatus.ON_INTEGRATION),
          v ->
              new TraineeEvent.DisciplineRecorded(
                  CONVICTED, v, AT, DisciplineRecord.of(date("2025-05-01"))),
          v ->
              new TraineeEvent.AssessmentRecorded(
                  CONVICTED,
                  v,
                  AT,
                  AssessmentRecord.positive(AssessmentKind.TPP_APPROVAL, date("2025-05-20"))));

  @Test
  void everyKindOfEventRefusesVersionZeroAndDescribesItselfWithoutTheNumber() {
    for (Function<Long, TraineeEvent> kind : KINDS) {
      assertThat(invalid(() -> kind.apply(0L)).field()).isEqualTo("version");
      TraineeEvent e = kind.apply(2L);
      assertThat(e.aggregateId()).isEqualTo(e.trainee().value());
      assertThat(e.toString())
          .isEqualTo(e.getClass().getSimpleName() + "{version=2, stamp=" + AT + "}")
          .doesNotContain(CONVICTED.value())
          .doesNotContain(DETAINED.value());
    }
  }

  @Test
  void auditFactsShowNumbersOnlyWhenDisclosed() {
    String a = DETAINED.value();
    String b = CONVICTED.value();
    List<List<Object>> shown =
        KINDS.stream().map(k -> k.apply(1L).auditFacts(Disclosure.REGISTRATION_NUMBERS)).toList();
    assertThat(shown)
        .containsExactly(
            List.of(a, b),
            List.of(b),
            List.of(b),
            List.of(b),
            List.of(b, AssessmentKind.TPP_APPROVAL));
    List<List<Object>> withheld =
        KINDS.stream().map(k -> k.apply(1L).auditFacts(Disclosure.NO_TRAINEES)).toList();
    String w = TraineeEvent.WITHHELD;
    assertThat(withheld)
        .containsExactly(
            List.of(w, w),
            List.of(w),
            List.of(w),
            List.of(w),
            List.of(w, AssessmentKind.TPP_APPROVAL));
  }

  @Test
  void theLatestRecordCountsWhateverTheOrderRecorded() {
    Trainee t =
        Fixtures.convict(CrimeCategory.GENERAL, TWO_YEARS)
            .withDisciplineRecord(DisciplineRecord.of(date("2025-03-10")))
            .withDisciplineRecord(DisciplineRecord.of(date("2025-03-01")))
            .withAssessment(
                AssessmentRecord.positive(AssessmentKind.TPP_APPROVAL, date("2025-03-10")))
            .withAssessment(
                AssessmentRecord.negative(AssessmentKind.TPP_APPROVAL, date("2025-03-01")))
            .withAssessment(
                AssessmentRecord.negative(AssessmentKind.TPP_APPROVAL, date("2025-04-10")));
    // by 31 March: the record of 10 March, though 1 March's came later
    assertThat(t.lastDisciplineRecord(date("2025-03-31")).orElseThrow().date())
        .isEqualTo(date("2025-03-10"));
    // by 31 March: the positive approval of 10 March; the negative of 10 April is after the date
    AssessmentRecord counts =
        t.assessment(AssessmentKind.TPP_APPROVAL, Entitlement.ASIMILASI, date("2025-03-31"))
            .orElseThrow();
    assertThat(counts.date()).isEqualTo(date("2025-03-10"));
    assertThat(counts.positive()).isTrue();
    // recorded in date order, with one after the date: 10 March still
    Trainee inOrder =
        Fixtures.convict(CrimeCategory.GENERAL, TWO_YEARS)
            .withDisciplineRecord(DisciplineRecord.of(date("2025-03-01")))
            .withDisciplineRecord(DisciplineRecord.of(date("2025-03-10")))
            .withDisciplineRecord(DisciplineRecord.of(date("2025-04-10")));
    assertThat(inOrder.lastDisciplineRecord(date("2025-03-31")).orElseThrow().date())
        .isEqualTo(date("2025-03-10"));
    assertThat(invalid(() -> Trainee.builder().from(t).version(-1).build()).field())
        .isEqualTo("version");
  }

  @Test
  void registrationNumbersAreBoundedAndEqualByTheirText() {
    // "B.I-" and 36 characters: 40 in all, the most allowed
    String longest = "B.I-" + "1".repeat(36);
    assertThat(RegistrationNumber.parse(longest).value()).hasSize(40);
    assertThat(invalid(() -> RegistrationNumber.parse(longest + "1")).ruleCode())
        .isEqualTo(TraineeRule.REGISTRATION_FORMAT.code());
    assertThat(RegistrationNumber.parse("B.I-1").value()).isEqualTo("B.I-1");
    assertThat(invalid(() -> RegistrationNumber.parse("B.I-")).ruleCode())
        .isEqualTo(TraineeRule.REGISTRATION_FORMAT.code());
    assertThat(invalid(() -> RegistrationNumber.parse("B.I")).ruleCode())
        .isEqualTo(TraineeRule.REGISTRATION_FORMAT.code());
    assertThat(RegistrationNumber.parse("B.I-1"))
        .isEqualTo(RegistrationNumber.of("B.I-1"))
        .hasSameHashCodeAs(RegistrationNumber.of("B.I-1"));
    assertThat(RegistrationNumber.parse("B.I-1").hashCode())
        .isNotEqualTo(RegistrationNumber.parse("B.I-2").hashCode());
    assertThat(RegistrationNumber.parse("B.I-1").equals((Object) "B.I-1")).isFalse();
  }

  @Test
  void remissionsInMonthsAndDaysAreWholeAndFitAnInt() {
    // months count 30 days
    assertThat(Remission.monthsAndDays(30, Locale.ENGLISH)).isEqualTo("1 month");
    assertThat(Remission.monthsAndDays(45, Locale.ENGLISH)).isEqualTo("1 month 15 days");
    assertThat(Remission.monthsAndDays(61, Locale.ENGLISH)).isEqualTo("2 months 1 day");
    assertThat(Remission.monthsAndDays(0, Locale.ENGLISH)).isEqualTo("0 days");
    // -1 year + 13 months is one month, but a negative part is refused all the same
    assertThat(
            invalid(
                    () ->
                        Remission.of(
                            Period.of(-1, 13, 0), date("2025-01-01"), RemissionKind.GENERAL))
                .ruleCode())
        .isEqualTo(TraineeRule.REMISSION_DAYS.code());
    // -1 month + 31 days is one day: refused likewise
    assertThat(
            invalid(
                    () ->
                        Remission.of(
                            Period.of(0, -1, 31), date("2025-01-01"), RemissionKind.GENERAL))
                .ruleCode())
        .isEqualTo(TraineeRule.REMISSION_DAYS.code());
    // 71,582,788 × 30 + 7 = 2,147,483,647 days: Integer.MAX_VALUE, still an int
    assertThat(
            Remission.of(Period.of(0, 71_582_788, 7), date("2025-01-01"), RemissionKind.GENERAL)
                .days())
        .isEqualTo(Integer.MAX_VALUE);
    // 143,165,576 × 30 + 17 = 4,294,967,297 = 2^32 + 1 days, which as an int would be 1 day
    assertThat(
            invalid(
                    () ->
                        Remission.of(
                            Period.of(0, 143_165_576, 17),
                            date("2025-01-01"),
                            RemissionKind.GENERAL))
                .ruleCode())
        .isEqualTo(TraineeRule.REMISSION_DAYS.code());
  }

  @Test
  void aPolicyRefusesSettingsOutOfRangeAndKeepsItselfWhenNothingChanges() {
    EligibilityPolicy p = EligibilityPolicy.defaults();
    assertThat(p.withSaeNeedsOwnApproval(p.saeNeedsOwnApproval())).isSameAs(p);
    EligibilityPolicy other = p.withSaeNeedsOwnApproval(!p.saeNeedsOwnApproval());
    assertThat(other.saeNeedsOwnApproval()).isNotEqualTo(p.saeNeedsOwnApproval());
    assertThat(other.withSaeNeedsOwnApproval(p.saeNeedsOwnApproval())).isEqualTo(p);
    Rate threeHalves = Rate.of(3, 2);
    List<Consumer<EligibilityPolicy.Builder>> bad =
        List.of(
            b -> b.asimilasiFraction(threeHalves),
            b -> b.specialAsimilasiFraction(threeHalves),
            b -> b.integrationFraction(threeHalves),
            b -> b.generalCleanMonths(241),
            b -> b.specialCleanMonths(241),
            b -> b.integrationCleanMonths(241),
            b -> b.minimumMonths(241),
            b -> b.cbSentenceCapMonths(0),
            b -> b.cbMaximumLeaveMonths(0),
            b -> b.cmbMaximumMonths(0),
            b -> b.narcoticsSpecialFromYears(21));
    List<String> fields = new ArrayList<>();
    for (Consumer<EligibilityPolicy.Builder> f : bad) {
      EligibilityPolicy.Builder b = EligibilityPolicy.builder();
      b.from(p);
      f.accept(b);
      fields.add(invalid(b::build).field());
    }
    assertThat(fields)
        .containsExactly(
            "asimilasiFraction",
            "specialAsimilasiFraction",
            "integrationFraction",
            "generalCleanMonths",
            "specialCleanMonths",
            "integrationCleanMonths",
            "minimumMonths",
            "cbSentenceCapMonths",
            "cbMaximumLeaveMonths",
            "cmbMaximumMonths",
            "narcoticsSpecialFromYears");
  }

  @Test
  void aPointReachedExactlyAtTheEndOfADetentionPeriodIsTheDayAfterIt() {
    // one year from 2024-01-01 = 366 days (2024 is a leap year); rutan 1-20 January (20 days),
    // then a break, serving from 1 March. 10/183 of 366 days = 20 days exactly: reached when the
    // 20 rutan days are over, 2024-01-01 + 20 = 2024-01-21, not when serving starts
    Sentence s =
        Sentence.builder()
            .kind(SentenceKind.IMPRISONMENT)
            .length(Period.ofYears(1))
            .addDetention(
                DetentionPeriod.of(DetentionKind.RUTAN, date("2024-01-01"), date("2024-01-20")))
            .servingFrom(date("2024-03-01"))
            .build();
    assertThat(s.pointAt(Rate.of(10, 183))).isEqualTo(date("2024-01-21"));
  }

  @Test
  void aFractionAboveOneHasNoDays() {
    assertThat(invalid(() -> TWO_YEARS.fractionDays(Rate.of(3, 2))).ruleCode())
        .isEqualTo(TraineeRule.POLICY_FRACTION.code());
  }

  @Test
  void theNineMonthMinimumIsMetWhenTheFractionsDaysEqualItsDays() {
    EligibilityPolicy p = EligibilityPolicy.defaults();
    // from 1 January 2025, nine months end on 1 October: 31+28+31+30+31+30+31+31+30 = 273 days.
    // Parole (PB) takes 2/3: of 409 days that is 272.67, rounded up 273 = the minimum, met; of
    // 408 days exactly 272, one short
    Trainee met =
        Fixtures.convict(
            CrimeCategory.GENERAL, Sentence.imprisonment(Period.ofDays(409), date("2025-01-01")));
    Trainee shortOfIt =
        Fixtures.convict(
            CrimeCategory.GENERAL, Sentence.imprisonment(Period.ofDays(408), date("2025-01-01")));
    LocalDate on = date("2025-12-01");
    assertThat(
            p.evaluate(Entitlement.PB, met, on)
                .condition(TraineeRule.ELIGIBILITY_MINIMUM)
                .orElseThrow()
                .verdict())
        .isEqualTo(Verdict.MET);
    assertThat(
            p.evaluate(Entitlement.PB, shortOfIt, on)
                .condition(TraineeRule.ELIGIBILITY_MINIMUM)
                .orElseThrow()
                .verdict())
        .isEqualTo(Verdict.NOT_MET);
    // served: 2/3 of 409 days is reached 273 days after 1 January 2025, on 1 October; a condition
    // met carries no date from which it holds, one not yet met does
    assertThat(
            p.evaluate(Entitlement.PB, met, on)
                .condition(TraineeRule.ELIGIBILITY_SERVED)
                .orElseThrow()
                .holdsFrom())
        .isEmpty();
    assertThat(
            p.evaluate(Entitlement.PB, met, date("2025-09-01"))
                .condition(TraineeRule.ELIGIBILITY_SERVED)
                .orElseThrow()
                .holdsFrom())
        .contains(date("2025-10-01"));
    // asimilasi asks the minimum only of special crimes; leave (CB) never
    Trainee special =
        Fixtures.convict(
            CrimeCategory.TERRORISM, Sentence.imprisonment(Period.ofDays(409), date("2025-01-01")));
    assertThat(
            p.evaluate(Entitlement.ASIMILASI, met, on).condition(TraineeRule.ELIGIBILITY_MINIMUM))
        .isEmpty();
    assertThat(
            p.evaluate(Entitlement.ASIMILASI, special, on)
                .condition(TraineeRule.ELIGIBILITY_MINIMUM))
        .isPresent();
    assertThat(p.evaluate(Entitlement.CB, special, on).condition(TraineeRule.ELIGIBILITY_MINIMUM))
        .isEmpty();
  }
}
