package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.trainee.Fixtures.ALL_INPUTS;
import static org.bengkel.trainee.Fixtures.assessed;
import static org.bengkel.trainee.Fixtures.convict;
import static org.bengkel.trainee.Fixtures.date;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.bengkel.Stamps;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Eligibility is monotone in time once no new discipline record is added: eligible on d means
 * eligible on every later date before release. Checked day by day over whole sentences of
 * hand-built trainees (facts dated inside the range only add remissions and approvals, which can
 * only help), and the decision's earliest date is checked to be exact where nothing changes.
 */
class EligibilityMonotonicityTest {

  private static List<Trainee> trainees() {
    Trainee general =
        assessed(
                convict(CrimeCategory.GENERAL, Period.ofYears(2), "2024-01-10"),
                "2024-03-01",
                ALL_INPUTS)
            .withDisciplineRecord(DisciplineRecord.of(date("2024-11-15")));
    Trainee generalWithRemissions =
        assessed(
                convict(CrimeCategory.GENERAL, Period.of(1, 6, 0), "2023-11-20"),
                "2024-06-01",
                ALL_INPUTS)
            .withRemission(
                Remission.of(15, date("2024-08-17"), RemissionKind.GENERAL), Stamps.RECORDED)
            .orElseThrow()
            .withRemission(
                Remission.of(30, date("2025-03-31"), RemissionKind.SPECIAL), Stamps.RECORDED)
            .orElseThrow();
    Trainee special =
        assessed(
                convict(CrimeCategory.CORRUPTION, Period.ofYears(3), "2022-06-01"),
                "2023-01-01",
                ALL_INPUTS)
            .withDisciplineRecord(DisciplineRecord.of(date("2023-02-10")))
            .withRemission(
                Remission.of(60, date("2023-08-17"), RemissionKind.GENERAL), Stamps.RECORDED)
            .orElseThrow();
    Trainee lateApproval =
        assessed(
            convict(CrimeCategory.NARCOTICS, Period.ofYears(6), "2020-02-28"),
            "2023-07-01",
            ALL_INPUTS);
    Trainee shortSentence =
        assessed(
                convict(CrimeCategory.GENERAL, Period.ofMonths(3), "2024-02-01"),
                "2024-02-01",
                ALL_INPUTS)
            .withRemission(
                Remission.of(5, date("2024-03-01"), RemissionKind.SPECIAL), Stamps.RECORDED)
            .orElseThrow();
    return List.of(general, generalWithRemissions, special, lateApproval, shortSentence);
  }

  @TestFactory
  Stream<DynamicTest> eligibilityIsMonotoneInTimeWithoutNewDisciplineRecords() {
    EligibilityPolicy policy = EligibilityPolicy.defaults();
    List<Trainee> ts = trainees();
    return Stream.of(Entitlement.values())
        .flatMap(
            e ->
                java.util.stream.IntStream.range(0, ts.size())
                    .mapToObj(
                        i ->
                            DynamicTest.dynamicTest(
                                e + " trainee " + i, () -> checkMonotone(policy, e, ts.get(i)))));
  }

  private static void checkMonotone(EligibilityPolicy policy, Entitlement e, Trainee t) {
    Sentence s = t.sentence().orElseThrow();
    LocalDate first = s.firstDayOfDetention();
    LocalDate end = first.plus(s.length());
    LocalDate eligibleSince = null;
    int eligibleDays = 0;
    for (LocalDate d = first; d.isBefore(end); d = d.plusDays(1)) {
      EligibilityDecision decision = policy.evaluate(e, t, d);
      boolean beforeRelease = d.isBefore(s.asOf(d).expectedRelease());
      if (eligibleSince != null && beforeRelease) {
        assertThat(decision.eligible())
            .as("%s eligible since %s but not on %s", e, eligibleSince, d)
            .isTrue();
      }
      if (decision.eligible()) {
        eligibleDays++;
        if (eligibleSince == null) {
          eligibleSince = d;
        }
      }
    }
    if (e.isAsimilasi()) {
      assertThat(eligibleDays).as("%s is reachable at all", e).isPositive();
    }
  }

  @TestFactory
  Stream<DynamicTest> earliestDateIsTheFirstEligibleDateWhenNothingChanges() {
    EligibilityPolicy policy = EligibilityPolicy.defaults();
    Trainee fixed =
        assessed(
                convict(CrimeCategory.GENERAL, Period.ofYears(2), "2024-01-10"),
                "2024-01-10",
                ALL_INPUTS)
            .withDisciplineRecord(DisciplineRecord.of(date("2024-02-20")))
            .withRemission(
                Remission.of(20, date("2024-01-20"), RemissionKind.OTHER), Stamps.RECORDED)
            .orElseThrow();
    Trainee special =
        assessed(
            convict(CrimeCategory.TERRORISM, Period.ofYears(4), "2021-05-31"),
            "2021-05-31",
            ALL_INPUTS);
    return Stream.of(fixed, special)
        .flatMap(
            t ->
                Stream.of(Entitlement.values())
                    .map(
                        e ->
                            DynamicTest.dynamicTest(
                                e + " " + t.crimeCategory().ordinal(),
                                () -> checkEarliest(policy, e, t))));
  }

  private static void checkEarliest(EligibilityPolicy policy, Entitlement e, Trainee t) {
    Sentence s = t.sentence().orElseThrow();
    // Every fact is dated by the 100th day; start there so nothing changes afterwards.
    LocalDate start = s.firstDayOfDetention().plusDays(100);
    for (LocalDate d = start; d.isBefore(s.expectedRelease()); d = d.plusDays(7)) {
      EligibilityDecision decision = policy.evaluate(e, t, d);
      if (decision.earliestDate().isPresent()) {
        LocalDate earliest = decision.earliestDate().get();
        assertThat(policy.evaluate(e, t, earliest).eligible()).as("%s on %s", e, earliest).isTrue();
        assertThat(policy.evaluate(e, t, earliest.minusDays(1)).eligible())
            .as("%s on the day before %s", e, earliest)
            .isFalse();
      }
    }
  }
}
