package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.trainee.Fixtures.ALL_INPUTS;
import static org.bengkel.trainee.Fixtures.ASIMILASI_INPUTS;
import static org.bengkel.trainee.Fixtures.assessed;
import static org.bengkel.trainee.Fixtures.convict;
import static org.bengkel.trainee.Fixtures.date;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import org.bengkel.Stamps;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTest {

  private final EligibilityPolicy policy = EligibilityPolicy.defaults();

  // General crime, two years from 2024-01-10: 731 days (29 Feb 2024 inside), 1/2 point
  // 2024-01-10 + ceil(731/2) = + 366 days = 2025-01-10; release 2026-01-10.
  private Trainee generalTwoYears() {
    return assessed(
        convict(CrimeCategory.GENERAL, Period.ofYears(2), "2024-01-10"),
        "2024-12-01",
        ASIMILASI_INPUTS);
  }

  @Test
  void generalAsimilasiHoldsFromTheHalfPoint() {
    EligibilityDecision on =
        policy.evaluate(Entitlement.ASIMILASI, generalTwoYears(), date("2025-01-10"));
    assertThat(on.eligible()).isTrue();
    assertThat(on.failing()).isEmpty();
    assertThat(on.earliestDate()).isEmpty();
    assertThat(on.maximumLeaveDays()).isEmpty();
    assertThat(on.conditions())
        .extracting(ConditionResult::code)
        .containsExactly(
            "trainee.eligibility.convict",
            "trainee.eligibility.before-release",
            "trainee.eligibility.served",
            "trainee.eligibility.clean-record",
            "trainee.eligibility.participation",
            "trainee.eligibility.tpp");
  }

  @Test
  void generalAsimilasiFailsTheDayBeforeTheHalfPointAndSaysWhen() {
    // 2025-01-09: 365 days served < 365.5 = 731 / 2.
    EligibilityDecision before =
        policy.evaluate(Entitlement.ASIMILASI, generalTwoYears(), date("2025-01-09"));
    assertThat(before.eligible()).isFalse();
    assertThat(before.failing())
        .extracting(ConditionResult::rule)
        .containsExactly(TraineeRule.ELIGIBILITY_SERVED);
    assertThat(before.condition(TraineeRule.ELIGIBILITY_SERVED).orElseThrow().holdsFrom())
        .contains(date("2025-01-10"));
    assertThat(before.earliestDate()).contains(date("2025-01-10"));
  }

  @Test
  void saeHasTheSameConditionsAsAsimilasi() {
    Trainee t = generalTwoYears();
    for (String d : new String[] {"2025-01-09", "2025-01-10", "2025-06-01"}) {
      EligibilityDecision a = policy.evaluate(Entitlement.ASIMILASI, t, date(d));
      EligibilityDecision s = policy.evaluate(Entitlement.SAE, t, date(d));
      assertThat(s.eligible()).isEqualTo(a.eligible());
      assertThat(s.conditions()).isEqualTo(a.conditions());
      assertThat(s.entitlement()).isEqualTo(Entitlement.SAE);
    }
  }

  @Test
  void remissionMovesTheHalfPointEarlierFromTheDayItIsGranted() {
    Trainee t =
        generalTwoYears()
            .withRemission(
                Remission.of(30, date("2024-08-17"), RemissionKind.GENERAL), Stamps.RECORDED)
            .orElseThrow();
    // effective 731 - 30 = 701; ceil(701/2) = 351 = 366 - 15 -> 2025-01-10 - 15 = 2024-12-26.
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2024-12-26")).eligible()).isTrue();
    EligibilityDecision dayBefore = policy.evaluate(Entitlement.SAE, t, date("2024-12-25"));
    assertThat(dayBefore.eligible()).isFalse();
    assertThat(dayBefore.earliestDate()).contains(date("2024-12-26"));
    // Before the remission was granted the answer still uses the full 731 days: 2025-01-10.
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2024-08-16")).earliestDate())
        .contains(date("2025-01-10"));
  }

  @Test
  void recentDisciplineRecordBlocksGeneralAsimilasiForSixMonths() {
    Trainee t = generalTwoYears().withDisciplineRecord(DisciplineRecord.of(date("2024-11-15")));
    // The record clears on 2024-11-15 + 6 months = 2025-05-15.
    EligibilityDecision blocked = policy.evaluate(Entitlement.SAE, t, date("2025-01-10"));
    assertThat(blocked.eligible()).isFalse();
    assertThat(blocked.failing())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.rule()).isEqualTo(TraineeRule.ELIGIBILITY_CLEAN_RECORD);
              assertThat(c.verdict()).isEqualTo(Verdict.NOT_MET);
              assertThat(c.holdsFrom()).contains(date("2025-05-15"));
              assertThat(c.details()).containsExactly("6");
            });
    assertThat(blocked.earliestDate()).contains(date("2025-05-15"));
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2025-05-14")).eligible()).isFalse();
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2025-05-15")).eligible()).isTrue();
  }

  @Test
  void earliestDateIsTheLaterOfTheHalfPointAndTheRecordClearing() {
    // Record 2024-03-20 clears 2024-09-20; half point 2025-01-10 is later.
    Trainee t = generalTwoYears().withDisciplineRecord(DisciplineRecord.of(date("2024-03-20")));
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2024-05-01")).earliestDate())
        .contains(date("2025-01-10"));
    // Record 2024-12-31 (seen from 2025-01-05) clears 2025-06-30, later than the half point.
    Trainee late = generalTwoYears().withDisciplineRecord(DisciplineRecord.of(date("2024-12-31")));
    assertThat(policy.evaluate(Entitlement.SAE, late, date("2025-01-05")).earliestDate())
        .contains(date("2025-06-30"));
    // Seen from 2024-12-30 the record does not exist yet.
    assertThat(policy.evaluate(Entitlement.SAE, late, date("2024-12-30")).earliestDate())
        .contains(date("2025-01-10"));
  }

  @Test
  void disciplineRecordOnThirtyFirstAugustClearsOnTheLastDayOfFebruary() {
    // 2024-08-31 + 6 months = 2025-02-28 (clamped to the month's end).
    Trainee t = generalTwoYears().withDisciplineRecord(DisciplineRecord.of(date("2024-08-31")));
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2025-02-27")).earliestDate())
        .contains(date("2025-02-28"));
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2025-02-28")).eligible()).isTrue();
  }

  @Test
  void specialCrimeAsimilasiNeedsTwoThirdsAndNineMonths() {
    // Corruption, 3 years from 2022-06-01: 365 + 366 + 365 = 1096 days.
    // 1/2 point (general rule) would be + 548 = + 365 + 183 = 2023-12-01; the 2/3 point is
    // + ceil(2192/3) = + 731 = + 365 + 366 = 2024-06-01. 9 months: 2023-03-01 <= 2024-06-01.
    Trainee t =
        assessed(
            convict(CrimeCategory.CORRUPTION, Period.ofYears(3), "2022-06-01"),
            "2023-11-01",
            ALL_INPUTS);
    assertThat(policy.isSpecialCrime(t)).isTrue();
    EligibilityDecision atHalf = policy.evaluate(Entitlement.ASIMILASI, t, date("2023-12-01"));
    assertThat(atHalf.eligible()).isFalse();
    assertThat(atHalf.condition(TraineeRule.ELIGIBILITY_SERVED).orElseThrow().details())
        .containsExactly("2/3");
    assertThat(atHalf.condition(TraineeRule.ELIGIBILITY_MINIMUM).orElseThrow().verdict())
        .isEqualTo(Verdict.MET);
    assertThat(atHalf.earliestDate()).contains(date("2024-06-01"));
    assertThat(policy.evaluate(Entitlement.ASIMILASI, t, date("2024-05-31")).eligible()).isFalse();
    EligibilityDecision at = policy.evaluate(Entitlement.ASIMILASI, t, date("2024-06-01"));
    assertThat(at.eligible()).isTrue();
    assertThat(at.conditions())
        .extracting(ConditionResult::rule)
        .contains(TraineeRule.ELIGIBILITY_CRIME_SPECIFIC)
        .doesNotContain(TraineeRule.ELIGIBILITY_LITMAS);
  }

  @Test
  void specialCrimeWhoseTwoThirdsIsUnderNineMonthsNeverGetsAsimilasi() {
    // Terrorism, 1 year 1 month from 2024-01-01 (B.I): 366 + 31 = 397 days;
    // 2/3 point = + ceil(794/3) = + 265 -> day of year 266 of 2024 = 2024-09-22,
    // before 2024-01-01 + 9 months = 2024-10-01: the 2/3 is under nine months.
    Trainee t =
        assessed(
            convict(CrimeCategory.TERRORISM, Period.ofMonths(13), "2024-01-01"),
            "2024-06-01",
            ALL_INPUTS);
    EligibilityDecision d = policy.evaluate(Entitlement.ASIMILASI, t, date("2024-12-01"));
    assertThat(d.eligible()).isFalse();
    assertThat(d.failing())
        .singleElement()
        .extracting(ConditionResult::rule, ConditionResult::verdict)
        .containsExactly(TraineeRule.ELIGIBILITY_MINIMUM, Verdict.NOT_MET);
    assertThat(d.condition(TraineeRule.ELIGIBILITY_MINIMUM).orElseThrow().details())
        .containsExactly("2/3", "9");
    assertThat(d.earliestDate()).isEmpty();
    // One more month: 1 year 2 months = 366 + 59 = 425 days, 2/3 = + 284 -> 2024-10-11 >=
    // 2024-10-01.
    Trainee longer =
        assessed(
            convict(CrimeCategory.TERRORISM, Period.ofMonths(14), "2024-01-01"),
            "2024-06-01",
            ALL_INPUTS);
    assertThat(policy.evaluate(Entitlement.ASIMILASI, longer, date("2024-10-11")).eligible())
        .isTrue();
    assertThat(policy.evaluate(Entitlement.ASIMILASI, longer, date("2024-10-10")).earliestDate())
        .contains(date("2024-10-11"));
  }

  @Test
  void specialCrimeAsimilasiNeedsNineMonthsClean() {
    Trainee t =
        assessed(
                convict(CrimeCategory.CORRUPTION, Period.ofYears(3), "2022-06-01"),
                "2023-11-01",
                ALL_INPUTS)
            .withDisciplineRecord(DisciplineRecord.of(date("2024-01-15")));
    // 2024-01-15 + 9 months = 2024-10-15 (a general crime would clear on 2024-07-15).
    EligibilityDecision d = policy.evaluate(Entitlement.ASIMILASI, t, date("2024-08-01"));
    assertThat(d.condition(TraineeRule.ELIGIBILITY_CLEAN_RECORD).orElseThrow().holdsFrom())
        .contains(date("2024-10-15"));
    assertThat(d.earliestDate()).contains(date("2024-10-15"));
  }

  @Test
  void narcoticsUnderFiveYearsFollowsGeneralRules() {
    // Narcotics, 4 years from 2021-01-01: 365 + 365 + 365 + 366 = 1461 days;
    // 1/2 point = + ceil(1461/2) = + 731 = 2023-01-02.
    Trainee t =
        assessed(
            convict(CrimeCategory.NARCOTICS, Period.ofYears(4), "2021-01-01"),
            "2022-12-01",
            ASIMILASI_INPUTS);
    assertThat(policy.isSpecialCrime(t)).isFalse();
    EligibilityDecision d = policy.evaluate(Entitlement.SAE, t, date("2023-01-02"));
    assertThat(d.eligible()).isTrue();
    assertThat(d.condition(TraineeRule.ELIGIBILITY_CRIME_SPECIFIC)).isEmpty();
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2023-01-01")).eligible()).isFalse();
    Trainee five = convict(CrimeCategory.NARCOTICS, Period.ofYears(5), "2021-01-01");
    assertThat(policy.isSpecialCrime(five)).isTrue();
    assertThat(
            policy.isSpecialCrime(
                Trainee.detainee(
                    Fixtures.number(RegisterClass.A_II),
                    "X",
                    FacilityCode.of("LAPAS-PAMEKASAN"),
                    CrimeCategory.NARCOTICS)))
        .isFalse();
  }

  @Test
  void parolePbForSpecialCrimeNeedsTwoThirdsLitmasAndCrimeSpecificConditions() {
    // Narcotics 6 years (special, >= 5) from 2020-03-01: 6 x 365 + 1 (29 Feb 2024) = 2191 days;
    // 2/3 point = + ceil(4382/3) = + 1461 = 2024-03-01 (4 years including 29 Feb 2024).
    Trainee base = convict(CrimeCategory.NARCOTICS, Period.ofYears(6), "2020-03-01");
    Trainee t =
        assessed(
            base,
            "2024-01-15",
            AssessmentKind.ACTIVE_PARTICIPATION,
            AssessmentKind.TPP_APPROVAL,
            AssessmentKind.LITMAS);
    EligibilityDecision missing = policy.evaluate(Entitlement.PB, t, date("2024-03-01"));
    assertThat(missing.eligible()).isFalse();
    assertThat(missing.needsInput()).isTrue();
    assertThat(missing.failing())
        .singleElement()
        .extracting(ConditionResult::rule, ConditionResult::verdict)
        .containsExactly(TraineeRule.ELIGIBILITY_CRIME_SPECIFIC, Verdict.NEEDS_INPUT);
    assertThat(missing.earliestDate()).isEmpty();
    Trainee complete =
        t.withAssessment(
            AssessmentRecord.positive(
                AssessmentKind.CRIME_SPECIFIC_CONDITIONS, date("2024-02-01")));
    assertThat(policy.evaluate(Entitlement.PB, complete, date("2024-03-01")).eligible()).isTrue();
    EligibilityDecision leapDay = policy.evaluate(Entitlement.PB, complete, date("2024-02-29"));
    assertThat(leapDay.eligible()).isFalse();
    assertThat(leapDay.earliestDate()).contains(date("2024-03-01"));
    assertThat(leapDay.conditions())
        .extracting(ConditionResult::rule)
        .contains(TraineeRule.ELIGIBILITY_MINIMUM, TraineeRule.ELIGIBILITY_LITMAS);
  }

  @Test
  void detaineeIsNeverEligible() {
    Trainee d =
        assessed(
            Trainee.detainee(
                Fixtures.number(RegisterClass.A_III),
                Fixtures.NAME,
                Fixtures.FACILITY,
                CrimeCategory.GENERAL),
            "2024-01-01",
            ALL_INPUTS);
    for (Entitlement e : Entitlement.values()) {
      EligibilityDecision decision = policy.evaluate(e, d, date("2030-01-01"));
      assertThat(decision.eligible()).isFalse();
      assertThat(decision.conditions())
          .singleElement()
          .extracting(ConditionResult::rule, ConditionResult::verdict)
          .containsExactly(TraineeRule.ELIGIBILITY_CONVICT, Verdict.NOT_MET);
      assertThat(decision.earliestDate()).isEmpty();
    }
  }

  @Test
  void convictOutsideCustodyIsNotEligible() {
    Trainee onParole =
        generalTwoYears().changeStatus(TraineeStatus.ON_INTEGRATION, Stamps.RECORDED).orElseThrow();
    assertThat(policy.evaluate(Entitlement.SAE, onParole, date("2025-02-01")).eligible()).isFalse();
    Trainee released =
        generalTwoYears().changeStatus(TraineeStatus.RELEASED, Stamps.RECORDED).orElseThrow();
    assertThat(policy.evaluate(Entitlement.SAE, released, date("2025-02-01")).failing())
        .extracting(ConditionResult::rule)
        .containsExactly(TraineeRule.ELIGIBILITY_CONVICT);
  }

  @Test
  void missingTppApprovalNeedsInputAndIsNotEligible() {
    Trainee t =
        assessed(
            convict(CrimeCategory.GENERAL, Period.ofYears(2), "2024-01-10"),
            "2024-12-01",
            AssessmentKind.ACTIVE_PARTICIPATION);
    EligibilityDecision d = policy.evaluate(Entitlement.SAE, t, date("2025-02-01"));
    assertThat(d.eligible()).isFalse();
    assertThat(d.needsInput()).isTrue();
    assertThat(d.failing())
        .singleElement()
        .extracting(ConditionResult::rule, ConditionResult::verdict)
        .containsExactly(TraineeRule.ELIGIBILITY_TPP, Verdict.NEEDS_INPUT);
    assertThat(d.earliestDate()).isEmpty();
  }

  @Test
  void latestAssessmentCountsAndNegativeTppIsNotMet() {
    Trainee t =
        generalTwoYears()
            .withAssessment(
                AssessmentRecord.negative(AssessmentKind.TPP_APPROVAL, date("2025-01-20")));
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2025-01-19")).eligible()).isTrue();
    EligibilityDecision refused = policy.evaluate(Entitlement.SAE, t, date("2025-01-20"));
    assertThat(refused.condition(TraineeRule.ELIGIBILITY_TPP).orElseThrow().verdict())
        .isEqualTo(Verdict.NOT_MET);
    assertThat(refused.needsInput()).isFalse();
    assertThat(refused.earliestDate()).isEmpty();
  }

  @Test
  void tppApprovalForParoleDoesNotCoverSae() {
    Trainee t =
        assessed(
                convict(CrimeCategory.GENERAL, Period.ofYears(2), "2024-01-10"),
                "2024-12-01",
                AssessmentKind.ACTIVE_PARTICIPATION)
            .withAssessment(
                AssessmentRecord.builder()
                    .kind(AssessmentKind.TPP_APPROVAL)
                    .date(date("2024-12-01"))
                    .positive(true)
                    .entitlement(Entitlement.PB)
                    .note("BA Sidang TPP 12/2024")
                    .build());
    assertThat(
            policy
                .evaluate(Entitlement.SAE, t, date("2025-02-01"))
                .condition(TraineeRule.ELIGIBILITY_TPP)
                .orElseThrow()
                .verdict())
        .isEqualTo(Verdict.NEEDS_INPUT);
  }

  @Test
  void conditionalLeaveCbOnlyForSentencesUpToEighteenMonths() {
    // General, 1 year 6 months from 2024-01-01 (nominal 540 days = 18 x 30): 366 + 181 = 547 days,
    // release 2025-07-01; 2/3 point = + ceil(1094/3) = + 365 = 2024-12-31.
    Trainee t =
        assessed(
            convict(CrimeCategory.GENERAL, Period.of(1, 6, 0), "2024-01-01"),
            "2024-12-01",
            ALL_INPUTS);
    EligibilityDecision d = policy.evaluate(Entitlement.CB, t, date("2024-12-31"));
    assertThat(d.eligible()).isTrue();
    // leave: 2024-12-31 + 4 months = 2025-04-30 (clamped): 31 + 28 + 31 + 30 = 120 days,
    // fewer than the 182 days left to 2025-07-01.
    assertThat(d.maximumLeaveDays()).contains(120L);
    assertThat(policy.evaluate(Entitlement.CB, t, date("2024-12-30")).earliestDate())
        .contains(date("2024-12-31"));
    // One day more: 1 year 6 months 1 day = 541 nominal days > 540.
    Trainee over =
        assessed(
            convict(CrimeCategory.GENERAL, Period.of(1, 6, 1), "2024-01-01"),
            "2024-12-01",
            ALL_INPUTS);
    EligibilityDecision refused = policy.evaluate(Entitlement.CB, over, date("2025-03-01"));
    assertThat(refused.failing())
        .singleElement()
        .extracting(ConditionResult::rule)
        .isEqualTo(TraineeRule.ELIGIBILITY_CB_SENTENCE);
    assertThat(refused.condition(TraineeRule.ELIGIBILITY_CB_SENTENCE).orElseThrow().details())
        .containsExactly("18");
    assertThat(refused.earliestDate()).isEmpty();
  }

  @Test
  void conditionalLeaveCbIsCappedByReleaseAndConfigurableLength() {
    // Same 18-month sentence, seen from 2025-05-01: 61 days left to 2025-07-01 < 4 months.
    Trainee t =
        assessed(
            convict(CrimeCategory.GENERAL, Period.of(1, 6, 0), "2024-01-01"),
            "2024-12-01",
            ALL_INPUTS);
    assertThat(policy.evaluate(Entitlement.CB, t, date("2025-05-01")).maximumLeaveDays())
        .contains(61L);
    // With the six-month reading: 2024-12-31 + 6 months = 2025-06-30: 181 days.
    EligibilityPolicy six = EligibilityPolicy.builder().cbMaximumLeaveMonths(6).build();
    assertThat(six.evaluate(Entitlement.CB, t, date("2024-12-31")).maximumLeaveDays())
        .contains(181L);
  }

  // General, 10 years from 2016-01-01: 3650 + 3 leap days (2016, 2020, 2024) = 3653 days.
  // Remissions 90 days (2017-08-17) and 200 days (2024-08-17): effective 3363,
  // release 2026-01-01 - 290 days = 2025-03-17; 2/3 point = + 3363 x 2/3 = + 2242 = 2022-02-20.
  private Trainee tenYears(boolean withLastRemission) {
    Trainee t =
        assessed(
                convict(CrimeCategory.GENERAL, Period.ofYears(10), "2016-01-01"),
                "2021-12-01",
                ALL_INPUTS)
            .withRemission(
                Remission.of(90, date("2017-08-17"), RemissionKind.GENERAL), Stamps.RECORDED)
            .orElseThrow();
    return withLastRemission
        ? t.withRemission(
                Remission.of(200, date("2024-08-17"), RemissionKind.OTHER), Stamps.RECORDED)
            .orElseThrow()
        : t;
  }

  @Test
  void preReleaseLeaveCmbIsTheLastRemissionCappedAtSixMonths() {
    Trainee t = tenYears(true);
    assertThat(t.sentence().orElseThrow().expectedRelease()).isEqualTo(date("2025-03-17"));
    assertThat(t.sentence().orElseThrow().twoThirdsPoint()).isEqualTo(date("2022-02-20"));
    EligibilityDecision d = policy.evaluate(Entitlement.CMB, t, date("2025-01-02"));
    assertThat(d.eligible()).isTrue();
    // cap: 2024-09-17 -> 2025-03-17 = 30 + 31 + 30 + 31 + 31 + 28 = 181 days < 200.
    assertThat(d.maximumLeaveDays()).contains(181L);
    // Before the 200-day remission the last one is 90 days (release then 2025-10-04).
    EligibilityDecision earlier = policy.evaluate(Entitlement.CMB, t, date("2024-08-16"));
    assertThat(earlier.eligible()).isTrue();
    assertThat(earlier.maximumLeaveDays()).contains(90L);
  }

  @Test
  void preReleaseLeaveCmbNeedsARemission() {
    Trainee none =
        assessed(
            convict(CrimeCategory.GENERAL, Period.ofYears(10), "2016-01-01"),
            "2021-12-01",
            ALL_INPUTS);
    EligibilityDecision d = policy.evaluate(Entitlement.CMB, none, date("2024-01-01"));
    assertThat(d.failing())
        .singleElement()
        .extracting(ConditionResult::rule)
        .isEqualTo(TraineeRule.ELIGIBILITY_CMB_REMISSION);
    assertThat(d.earliestDate()).isEmpty();
  }

  @Test
  void paroleNeedsNineMonthsClean() {
    Trainee t = tenYears(true).withDisciplineRecord(DisciplineRecord.of(date("2022-01-31")));
    // 2022-01-31 + 9 months = 2022-10-31; the 2/3 point 2022-02-20 has passed.
    EligibilityDecision d = policy.evaluate(Entitlement.PB, t, date("2022-03-01"));
    assertThat(d.earliestDate()).contains(date("2022-10-31"));
    assertThat(d.condition(TraineeRule.ELIGIBILITY_CLEAN_RECORD).orElseThrow().details())
        .containsExactly("9");
    assertThat(policy.evaluate(Entitlement.PB, t, date("2022-10-31")).eligible()).isTrue();
  }

  @Test
  void nothingIsEligibleOnOrAfterTheExpectedRelease() {
    Trainee t = tenYears(true);
    EligibilityDecision d = policy.evaluate(Entitlement.PB, t, date("2025-03-17"));
    assertThat(d.failing())
        .extracting(ConditionResult::rule)
        .containsExactly(TraineeRule.ELIGIBILITY_BEFORE_RELEASE);
    assertThat(d.earliestDate()).isEmpty();
    assertThat(policy.evaluate(Entitlement.PB, t, date("2025-03-16")).eligible()).isTrue();
  }

  @Test
  void earliestDateIsEmptyWhenTheRecordClearsOnlyAfterRelease() {
    // Record 2025-12-01 clears 2026-06-01, after the release on 2026-01-10.
    Trainee t = generalTwoYears().withDisciplineRecord(DisciplineRecord.of(date("2025-12-01")));
    assertThat(policy.evaluate(Entitlement.SAE, t, date("2025-12-02")).earliestDate()).isEmpty();
  }

  @Test
  void leapDayStartGeneralAsimilasi() {
    // One year from 2024-02-29 ends 2025-02-28: 365 days; 1/2 point + 183 = 2024-08-30.
    Trainee t =
        assessed(
            convict(CrimeCategory.GENERAL, Period.ofYears(1), "2024-02-29"),
            "2024-06-01",
            ASIMILASI_INPUTS);
    assertThat(t.registrationNumber().registerClass()).isEqualTo(RegisterClass.B_IIA);
    assertThat(policy.evaluate(Entitlement.ASIMILASI, t, date("2024-08-29")).earliestDate())
        .contains(date("2024-08-30"));
    assertThat(policy.evaluate(Entitlement.ASIMILASI, t, date("2024-08-30")).eligible()).isTrue();
  }

  @Test
  void configuredFractionAndCleanMonthsAreUsed() {
    EligibilityPolicy strict =
        EligibilityPolicy.builder().asimilasiFraction(Rate.of(2, 3)).generalCleanMonths(12).build();
    // Two years from 2024-01-10: 2/3 point 2025-05-12 (see SentenceTest).
    EligibilityDecision d = strict.evaluate(Entitlement.SAE, generalTwoYears(), date("2025-01-10"));
    assertThat(d.earliestDate()).contains(date("2025-05-12"));
    Trainee rec = generalTwoYears().withDisciplineRecord(DisciplineRecord.of(date("2024-06-01")));
    assertThat(strict.evaluate(Entitlement.SAE, rec, date("2025-05-12")).earliestDate())
        .contains(date("2025-06-01"));
    assertThat(strict.asimilasiFraction()).isEqualTo(Rate.of(2, 3));
    assertThat(EligibilityPolicy.defaults().cbMaximumLeaveMonths()).isEqualTo(4);
  }

  @Test
  void evaluateAllAnswersEveryEntitlement() {
    Map<Entitlement, EligibilityDecision> all =
        policy.evaluateAll(generalTwoYears(), date("2025-01-10"));
    assertThat(all).containsOnlyKeys(Entitlement.values());
    assertThat(all.get(Entitlement.SAE).eligible()).isTrue();
    assertThat(all.get(Entitlement.PB).eligible()).isFalse();
  }

  @Test
  void conditionMessagesExistInEnglishAndIndonesian() {
    EligibilityDecision d =
        policy.evaluate(
            Entitlement.SAE,
            generalTwoYears().withDisciplineRecord(DisciplineRecord.of(date("2024-11-15"))),
            date("2025-01-09"));
    ConditionResult served = d.condition(TraineeRule.ELIGIBILITY_SERVED).orElseThrow();
    assertThat(served.message(Locale.ENGLISH))
        .isEqualTo("must have served at least 1/2 of the sentence, after remissions");
    assertThat(served.message(Locale.forLanguageTag("id")))
        .isEqualTo(
            "harus telah menjalani paling sedikit 1/2 masa pidana, setelah dikurangi remisi");
    assertThat(d.condition(TraineeRule.ELIGIBILITY_CLEAN_RECORD).orElseThrow().message(Locale.ROOT))
        .contains("last 6 months");
  }

  @Test
  void policyNumbersMustBeInRange() {
    assertThatThrownBy(() -> EligibilityPolicy.builder().asimilasiFraction(Rate.ZERO).build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(
            e -> ((InvalidValueException) e).ruleCode(), e -> ((InvalidValueException) e).field())
        .containsExactly("trainee.policy.fraction", "asimilasiFraction");
    assertThatThrownBy(() -> EligibilityPolicy.builder().integrationFraction(Rate.of(4, 3)).build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.policy.fraction");
    assertThatThrownBy(() -> EligibilityPolicy.builder().generalCleanMonths(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("value.out-of-range");
    assertThatThrownBy(() -> EligibilityPolicy.builder().cbSentenceCapMonths(0).build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("cbSentenceCapMonths");
  }

  @Test
  void evaluateRequiresEveryArgument() {
    Trainee t = generalTwoYears();
    LocalDate d = date("2025-01-10");
    assertThatThrownBy(() -> policy.evaluate(null, t, d))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).field())
        .isEqualTo("entitlement");
    assertThatThrownBy(() -> policy.evaluate(Entitlement.PB, null, d))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).field())
        .isEqualTo("trainee");
    assertThatThrownBy(() -> policy.evaluateAll(t, null))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).ruleCode())
        .isEqualTo("value.required");
  }

  @Test
  void decisionNeedsAtLeastOneCondition() {
    assertThatThrownBy(
            () ->
                EligibilityDecision.builder()
                    .entitlement(Entitlement.SAE)
                    .date(LocalDate.of(2025, 1, 1))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("value.required");
  }
}
