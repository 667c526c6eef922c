package org.bengkel.testkit.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.bengkel.money.Rate;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.TraineeGen;
import org.bengkel.trainee.AssessmentKind;
import org.bengkel.trainee.AssessmentRecord;
import org.bengkel.trainee.ConditionResult;
import org.bengkel.trainee.EligibilityDecision;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Entitlement;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.Trainee;
import org.bengkel.trainee.TraineeRule;
import org.bengkel.trainee.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Eligibility over generated trainees: monotone in time, the earliest date is a date on which the
 * failing time conditions hold, and SAE work, a form of asimilasi, is never granted where asimilasi
 * is refused.
 *
 * <h2>The scenario, and why it is the documented one</h2>
 *
 * docs/eligibility.md ("Known limits") says eligibility is monotone in time only while no new
 * discipline record or negative assessment is added and no new remission brings a fraction point
 * under the 9-month minimum. {@link #scenarios()} builds exactly such trainees around a date {@code
 * d}:
 *
 * <ul>
 *   <li>every discipline record is dated on or before {@code d} (0 to 3 of them);
 *   <li>assessments dated on or before {@code d} may be negative, those after {@code d} are all
 *       positive;
 *   <li>remissions are granted at any time, before and after {@code d}, but their days together are
 *       capped so that, for the minimum's fractions (the integration fraction and the special
 *       asimilasi fraction), a point that reaches the minimum without remissions still reaches it
 *       with all of them: effective days stay at least {@code floor((m − 1) × b / a) + 1}, the
 *       fewest days {@code E} with {@code ceil(E × a / b) >= m}, where {@code m} is the number of
 *       days from the first day of detention to that day plus {@code minimumMonths}. (A point that
 *       misses the minimum without remissions misses it for ever, so it needs no cap.)
 * </ul>
 */
class EligibilityPropertiesTest {

  /** A trainee, a policy and the date from which no new record is added. */
  record Scenario(Trainee trainee, EligibilityPolicy policy, LocalDate date) {
    @Override
    public String toString() {
      Sentence s = trainee.sentence().orElseThrow();
      return "Scenario[first="
          + s.firstDayOfDetention()
          + ", length="
          + s.length()
          + ", kind="
          + s.kind()
          + ", remissions="
          + s.remissions().stream().map(r -> r.granted() + "-" + r.days() + "d").toList()
          + ", discipline="
          + trainee.disciplineRecords().stream().map(r -> r.date().toString()).toList()
          + ", assessments="
          + trainee.assessments().stream()
              .map(
                  a ->
                      a.kind()
                          + "@"
                          + a.date()
                          + (a.positive() ? "+" : "-")
                          + a.entitlement().map(e -> "/" + e).orElse(""))
              .toList()
          + ", category="
          + trainee.crimeCategory()
          + ", policy="
          + policy
          + ", d="
          + date
          + "]";
    }
  }

  static Gen<Scenario> scenarios() {
    return random -> {
      EligibilityPolicy policy = TraineeGen.policies().next(random);
      Sentence plain = TraineeGen.convictClasses().flatMap(TraineeGen::plainSentences).next(random);
      LocalDate d = TraineeGen.datesWithin(plain).next(random);
      Sentence sentence =
          TraineeGen.withRemissions(plain, remissionBudget(plain, policy)).next(random);
      LocalDate first = sentence.firstDayOfDetention();
      LocalDate release = plain.expectedRelease();
      Trainee t = TraineeGen.convicts(sentence, false).next(random);
      List<AssessmentRecord> assessments = new ArrayList<>();
      if (random.nextInt(3) == 0) {
        for (AssessmentKind kind : AssessmentKind.values()) {
          assessments.add(AssessmentRecord.positive(kind, first));
        }
      }
      assessments.addAll(Gen.listOf(TraineeGen.assessmentRecords(first, d), 0, 4).next(random));
      if (d.isBefore(release)) {
        assessments.addAll(
            Gen.listOf(TraineeGen.positiveAssessmentRecords(d.plusDays(1), release), 0, 4)
                .next(random));
      }
      Trainee trainee =
          Trainee.builder()
              .from(t)
              .disciplineRecords(
                  Gen.listOf(TraineeGen.disciplineRecords(first, d), 0, 3).next(random))
              .assessments(assessments)
              .build();
      return new Scenario(trainee, policy, d);
    };
  }

  /** The most remission days that keep every point that reaches the minimum above it. */
  static long remissionBudget(Sentence s, EligibilityPolicy policy) {
    long minimumDays =
        ChronoUnit.DAYS.between(
            s.firstDayOfDetention(), s.firstDayOfDetention().plusMonths(policy.minimumMonths()));
    long budget = s.totalDays() - 1;
    for (Rate f : List.of(policy.integrationFraction(), policy.specialAsimilasiFraction())) {
      if (minimumDays == 0
          || !s.pointAt(f).isAfter(s.firstDayOfDetention().plusDays(minimumDays - 1))) {
        continue; // no minimum, or already missed without remissions
      }
      long fewest = Math.floorDiv((minimumDays - 1) * f.denominator(), f.numerator()) + 1;
      budget = Math.min(budget, s.totalDays() - fewest);
    }
    return Math.max(0, budget);
  }

  /**
   * The later dates to look at: the next days, the days around each date that matters, and some
   * random ones.
   */
  static List<LocalDate> laterDates(Scenario sc, long seed) {
    Sentence s = sc.trainee().sentence().orElseThrow();
    LocalDate release = s.asOf(sc.date()).expectedRelease();
    TreeSet<LocalDate> dates = new TreeSet<>();
    List<LocalDate> marks =
        new ArrayList<>(
            List.of(sc.date().plusDays(1), sc.date().plusDays(2), release.minusDays(1)));
    for (Remission r : s.remissions()) {
      marks.add(r.granted());
      marks.add(s.asOf(r.granted()).expectedRelease().minusDays(1));
    }
    for (AssessmentRecord a : sc.trainee().assessments()) {
      marks.add(a.date());
    }
    for (LocalDate m : marks) {
      for (long k = -1; k <= 1; k++) {
        dates.add(m.plusDays(k));
      }
    }
    if (release.isAfter(sc.date())) {
      dates.addAll(Gen.dates(sc.date(), release).sample(seed, 20));
    }
    return dates.stream().filter(x -> x.isAfter(sc.date())).toList();
  }

  @Test
  void eligibilityIsMonotoneInTimeWithoutNewRecords() {
    AtomicInteger eligible = new AtomicInteger();
    Property.check(
        "eligible on d => eligible on every later date before release, without new discipline records",
        scenarios(),
        sc -> {
          Map<Entitlement, EligibilityDecision> onD =
              sc.policy().evaluateAll(sc.trainee(), sc.date());
          for (Entitlement e : Entitlement.values()) {
            if (!onD.get(e).eligible()) {
              continue;
            }
            eligible.incrementAndGet();
            for (LocalDate later : laterDates(sc, sc.date().toEpochDay())) {
              LocalDate release =
                  sc.trainee().sentence().orElseThrow().asOf(later).expectedRelease();
              if (later.isBefore(release)) {
                EligibilityDecision decision = sc.policy().evaluate(e, sc.trainee(), later);
                assertThat(decision.eligible())
                    .as("%s on %s: %s", e, later, decision.failing())
                    .isTrue();
              }
            }
          }
        });
    assertThat(eligible.get())
        .as("eligible decisions checked")
        .isGreaterThan(Property.samples() / 20);
  }

  @Test
  void earliestDateIsADateOnWhichTheFailingTimeConditionsHold() {
    AtomicInteger checked = new AtomicInteger();
    Property.check(
        "earliestDate is after d, before release, the latest holdsFrom, and the conditions hold on it",
        scenarios(),
        sc -> {
          for (EligibilityDecision decision :
              sc.policy().evaluateAll(sc.trainee(), sc.date()).values()) {
            if (decision.earliestDate().isEmpty()) {
              continue;
            }
            checked.incrementAndGet();
            LocalDate earliest = decision.earliestDate().get();
            assertThat(decision.eligible()).isFalse();
            assertThat(earliest).isAfter(sc.date());
            assertThat(earliest)
                .isBefore(sc.trainee().sentence().orElseThrow().asOf(sc.date()).expectedRelease());
            List<ConditionResult> timed =
                decision.conditions().stream().filter(c -> c.verdict() == Verdict.NOT_MET).toList();
            assertThat(timed).allMatch(c -> c.holdsFrom().isPresent());
            assertThat(timed.stream().map(c -> c.holdsFrom().get()).max(LocalDate::compareTo))
                .contains(earliest);
            EligibilityDecision then =
                sc.policy().evaluate(decision.entitlement(), sc.trainee(), earliest);
            for (ConditionResult c : timed) {
              assertThat(then.condition(c.rule()).map(ConditionResult::verdict))
                  .as("%s on %s", c.rule(), earliest)
                  .contains(Verdict.MET);
            }
          }
        });
    assertThat(checked.get())
        .as("decisions with an earliest date")
        .isGreaterThan(Property.samples() / 20);
  }

  @Test
  void detaineesAndPeopleOutsideCustodyAreNeverEligible() {
    Property.check(
        "only a convict in custody can be eligible; the others fail the convict condition alone",
        Gen.zip(
            TraineeGen.trainees().filter(t -> !t.mayJoinProduction()),
            TraineeGen.policies(),
            (t, p) -> new Object[] {t, p}),
        pair -> {
          Trainee t = (Trainee) pair[0];
          EligibilityPolicy p = (EligibilityPolicy) pair[1];
          for (EligibilityDecision d : p.evaluateAll(t, LocalDate.of(2026, 1, 1)).values()) {
            assertThat(d.eligible()).isFalse();
            assertThat(d.conditions()).hasSize(1);
            assertThat(d.earliestDate()).isEmpty();
          }
        });
  }

  /** A generated convict, a generated policy and a date within the sentence. */
  record Evaluation(Trainee trainee, EligibilityPolicy policy, LocalDate date) {}

  static Gen<Evaluation> evaluations() {
    return random -> {
      Trainee t = TraineeGen.convicts().next(random);
      return new Evaluation(
          t,
          TraineeGen.policies().next(random),
          TraineeGen.datesWithin(t.sentence().orElseThrow()).next(random));
    };
  }

  @Test
  void saeIsNeverMetWhereTheAsimilasiTppConditionIsNotMet() {
    AtomicInteger refused = new AtomicInteger();
    Property.check(
        "SAE work is a form of asimilasi: an asimilasi refusal (TPP NOT_MET) refuses SAE work",
        evaluations(),
        ev -> {
          EligibilityDecision asimilasi =
              ev.policy().evaluate(Entitlement.ASIMILASI, ev.trainee(), ev.date());
          EligibilityDecision sae = ev.policy().evaluate(Entitlement.SAE, ev.trainee(), ev.date());
          if (asimilasi
              .condition(TraineeRule.ELIGIBILITY_TPP)
              .map(ConditionResult::verdict)
              .filter(v -> v == Verdict.NOT_MET)
              .isPresent()) {
            refused.incrementAndGet();
            assertThat(sae.condition(TraineeRule.ELIGIBILITY_TPP).map(ConditionResult::verdict))
                .contains(Verdict.NOT_MET);
            assertThat(sae.eligible()).isFalse();
          }
          if (sae.eligible()) {
            assertThat(asimilasi.condition(TraineeRule.ELIGIBILITY_TPP).orElseThrow().verdict())
                .isNotEqualTo(Verdict.NOT_MET);
          }
        });
    assertThat(refused.get())
        .as("asimilasi refusals checked")
        .isGreaterThan(Property.samples() / 50);
  }

  @Test
  void anSaeApprovalNeverDecidesAsimilasi() {
    Property.check(
        "asimilasi's decision is the same without the records about SAE",
        evaluations(),
        ev -> {
          Trainee withoutSae =
              Trainee.builder()
                  .from(ev.trainee())
                  .assessments(
                      ev.trainee().assessments().stream()
                          .filter(
                              a -> !a.entitlement().equals(java.util.Optional.of(Entitlement.SAE)))
                          .toList())
                  .build();
          assertThat(ev.policy().evaluate(Entitlement.ASIMILASI, withoutSae, ev.date()))
              .isEqualTo(ev.policy().evaluate(Entitlement.ASIMILASI, ev.trainee(), ev.date()));
        });
  }
}
