package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bengkel.programme.Fixtures.ANDI;
import static org.bengkel.programme.Fixtures.ASSESSOR;
import static org.bengkel.programme.Fixtures.BUDI;
import static org.bengkel.programme.Fixtures.CANDRA;
import static org.bengkel.programme.Fixtures.CUCI;
import static org.bengkel.programme.Fixtures.KAYU;
import static org.bengkel.programme.Fixtures.KULINER;
import static org.bengkel.programme.Fixtures.MON;
import static org.bengkel.programme.Fixtures.session;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bengkel.Stamps;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.outcome.Outcome;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * The training register's versions, events and replay, and the edges of its checks that the
 * register's other tests leave open (found by mutation testing, docs/testing.md): each test names
 * the rule it pins, with the counts worked out by hand.
 */
class RegisterMutationEdgesTest {

  private static final LocalDate TUE = MON.plusDays(1);
  private static final LocalDate WED = MON.plusDays(2);
  private static final LocalDate THU = MON.plusDays(3);
  private static final LocalDate FRI = MON.plusDays(4);

  private static final List<SkillProgramme> PROGRAMMES =
      List.of(Fixtures.kayu(1), Fixtures.kuliner(5), Fixtures.cuci(5));

  private static CompetencyAssessment assessment(
      RegistrationNumber who, ProgrammeCode p, String unit, CompetencyResult result, LocalDate d) {
    return CompetencyAssessment.builder()
        .trainee(who)
        .programme(p)
        .unitCode(unit)
        .result(result)
        .assessor(ASSESSOR)
        .date(d)
        .evidence("Demonstrasi praktik dan produk jadi")
        .build();
  }

  /** Every kind of operation once or more, with the events in the order accepted. */
  private static final class Story {
    TrainingRegister register = TrainingRegister.of(PROGRAMMES);
    final List<TrainingEvent> events = new ArrayList<>();

    Story then(Outcome<TrainingRegister> step) {
      events.addAll(step.events(TrainingEvent.class));
      register = step.orElseThrow();
      return this;
    }
  }

  private static Story story() {
    Story s = new Story();
    Stamp early = Stamps.on(MON.minusDays(1));
    s.then(s.register.schedule(session(KAYU, MON, 8, 12), early)) // KAYU v1
        .then(s.register.schedule(session(KULINER, MON, 13, 16), early)) // KULINER v1
        .then(s.register.schedule(session(CUCI, TUE, 8, 12), early)) // CUCI v1
        .then(s.register.apply(KAYU, ANDI, early)) // KAYU v2, active (1 place)
        .then(s.register.apply(KAYU, BUDI, early)) // KAYU v3, waiting
        .then(s.register.apply(KULINER, ANDI, early)) // KULINER v2, 08-12 and 13-16 apart
        .then(s.register.apply(CUCI, CANDRA, early)) // CUCI v2
        .then(
            s.register.record(
                Attendance.full(session(KAYU, MON, 8, 12), ANDI, true), Stamps.on(MON))) // KAYU v4
        .then(
            s.register.record(
                Attendance.full(session(KULINER, MON, 13, 16), ANDI, true),
                Stamps.on(MON))) // KULINER v3
        .then(
            s.register.record(
                Attendance.full(session(CUCI, TUE, 8, 12), CANDRA, true),
                (who, day) -> true,
                Stamps.on(TUE))) // CUCI v3, outside the walls with clearance
        .then(
            s.register.recordAssessment(
                assessment(ANDI, KAYU, "UNIT.001.01", CompetencyResult.COMPETENT, MON),
                Stamps.on(MON))) // KAYU v5
        .then(s.register.suspend(KAYU, ANDI, Stamps.on(TUE), true, EnrolmentReason.SICK)) // KAYU v6
        .then(s.register.resume(KAYU, ANDI, Stamps.on(WED))) // KAYU v7
        .then(s.register.complete(KAYU, ANDI, Stamps.on(THU))) // KAYU v8, Budi promoted
        .then(
            s.register.withdraw(
                KAYU, BUDI, Stamps.on(FRI), EnrolmentReason.OWN_REQUEST)); // KAYU v9
    return s;
  }

  @Test
  void versionsCountEachProgrammesOwnOperations() {
    Story s = story();
    TrainingRegister r = s.register;
    // KAYU's roster: Andi applied, suspended, resumed, completed (4 moves); Budi applied and
    // withdrew (2), his promotion (PLACE_AVAILABLE) is no operation of its own: 4 + 2 = 6
    assertThat(r.roster(KAYU).orElseThrow().version()).isEqualTo(6);
    // KAYU: 6 roster moves + 1 session + 1 attendance + 1 assessment = 9
    assertThat(r.version(KAYU)).isEqualTo(9);
    // KULINER: 1 application + 1 session + 1 attendance = 3; CUCI likewise 3
    assertThat(r.version(KULINER)).isEqualTo(3);
    assertThat(r.version(CUCI)).isEqualTo(3);
    assertThat(r.version(ProgrammeCode.of("BATIK-2026"))).isZero();
    // the register: 9 + 3 + 3 = 15, one event per accepted operation
    assertThat(r.version()).isEqualTo(15);
    assertThat(s.events).hasSize(15);
    // each event carries its programme's next version, in the order of the story
    List<String> seen = new ArrayList<>();
    for (TrainingEvent e : s.events) {
      seen.add(e.programme() + "@" + e.version());
      assertThat(e.aggregateId()).isEqualTo(e.programme().value());
    }
    assertThat(seen)
        .containsExactly(
            "KAYU-2026@1",
            "KULINER-2026@1",
            "CUCI-2026@1",
            "KAYU-2026@2",
            "KAYU-2026@3",
            "KULINER-2026@2",
            "CUCI-2026@2",
            "KAYU-2026@4",
            "KULINER-2026@3",
            "CUCI-2026@3",
            "KAYU-2026@5",
            "KAYU-2026@6",
            "KAYU-2026@7",
            "KAYU-2026@8",
            "KAYU-2026@9");
    TrainingEvent.EnrolmentCompleted done = (TrainingEvent.EnrolmentCompleted) s.events.get(13);
    assertThat(done.promoted()).containsExactly(BUDI);
  }

  @Test
  void replayRebuildsTheRegisterAndRefusesAnyEventThatDoesNotFit() {
    Story s = story();
    assertThat(TrainingRegister.replay(PROGRAMMES, s.events)).isEqualTo(s.register);
    assertThat(TrainingRegister.replay(PROGRAMMES, List.of()))
        .isEqualTo(TrainingRegister.of(PROGRAMMES));

    // KAYU's version 2 (Andi's application) first, before its version 1
    List<TrainingEvent> swapped = new ArrayList<>(s.events);
    swapped.set(0, s.events.get(3));
    swapped.set(3, s.events.get(0));
    assertInconsistent(() -> TrainingRegister.replay(PROGRAMMES, swapped), "events[0]");

    // an event of a programme the register does not hold
    List<SkillProgramme> noCuci = List.of(Fixtures.kayu(1), Fixtures.kuliner(5));
    assertInconsistent(() -> TrainingRegister.replay(noCuci, s.events), "events[2]");

    // an event whose operation is refused on replay: Budi suspended without an enrolment
    TrainingEvent lonely =
        new TrainingEvent.EnrolmentSuspended(
            KAYU, 1, Stamps.on(MON), BUDI, false, EnrolmentReason.SICK);
    assertInconsistent(() -> TrainingRegister.replay(PROGRAMMES, List.of(lonely)), "events[0]");

    // an event whose operation yields another event: Andi applied to an empty programme is
    // active, not waiting
    TrainingEvent waiting =
        new TrainingEvent.EnrolmentApplied(KAYU, 1, Stamps.on(MON), ANDI, EnrolmentStatus.WAITING);
    assertInconsistent(() -> TrainingRegister.replay(PROGRAMMES, List.of(waiting)), "events[0]");
  }

  @Test
  void anApplicationReplaysUnderTheRegistersOverlapRuleToo() {
    TrainingRegister r = TrainingRegister.of(PROGRAMMES);
    List<TrainingEvent> events = new ArrayList<>();
    Outcome<TrainingRegister> o = r.schedule(session(KAYU, MON, 8, 12), Stamps.RECORDED);
    events.addAll(o.events(TrainingEvent.class)); // KAYU v1
    o = o.orElseThrow().schedule(session(KULINER, MON, 11, 13), Stamps.RECORDED);
    events.addAll(o.events(TrainingEvent.class)); // KULINER v1, meets KAYU's 08-12
    o = o.orElseThrow().apply(KAYU, ANDI, Stamps.on(MON));
    events.addAll(o.events(TrainingEvent.class)); // KAYU v2
    // the register refuses Andi in culinary (overlap); a forged event claims it was accepted
    assertThat(o.orElseThrow().apply(KULINER, ANDI, Stamps.on(MON)).codes())
        .containsExactly(ProgrammeRule.ENROLMENT_OVERLAP.code());
    events.add(
        new TrainingEvent.EnrolmentApplied(
            KULINER, 2, Stamps.on(MON), ANDI, EnrolmentStatus.ACTIVE));
    assertInconsistent(() -> TrainingRegister.replay(PROGRAMMES, events), "events[3]");
  }

  @Test
  void rosterReplayRebuildsTheRosterFromItsOwnEvents() {
    SkillProgramme kayu = Fixtures.kayu(1);
    ProgrammeRoster r = ProgrammeRoster.of(kayu);
    List<TrainingEvent> events = new ArrayList<>();
    List<Outcome<ProgrammeRoster>> steps = new ArrayList<>();
    steps.add(r.apply(ANDI, Stamps.on(MON))); // v1, active
    r = steps.get(0).orElseThrow();
    steps.add(r.apply(BUDI, Stamps.on(MON))); // v2, waiting
    r = steps.get(1).orElseThrow();
    steps.add(r.suspend(ANDI, Stamps.on(TUE), false, EnrolmentReason.DISCIPLINE)); // v3
    r = steps.get(2).orElseThrow();
    steps.add(r.resume(ANDI, Stamps.on(WED))); // v4
    r = steps.get(3).orElseThrow();
    steps.add(r.complete(ANDI, Stamps.on(THU))); // v5, Budi promoted
    r = steps.get(4).orElseThrow();
    steps.add(r.withdraw(BUDI, Stamps.on(FRI), EnrolmentReason.TRANSFER)); // v6
    r = steps.get(5).orElseThrow();
    for (Outcome<ProgrammeRoster> step : steps) {
      events.addAll(step.events(TrainingEvent.class));
    }
    // one event per move, versions 1 to 6; the roster's version counts the same 6 moves
    assertThat(events).extracting(TrainingEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(r.version()).isEqualTo(6);
    assertThat(ProgrammeRoster.replay(kayu, events)).isEqualTo(r);

    // versions out of order, another programme's roster, an event that is no enrolment move
    List<TrainingEvent> swapped = new ArrayList<>(events);
    swapped.set(1, events.get(2));
    swapped.set(2, events.get(1));
    assertInconsistent(() -> ProgrammeRoster.replay(kayu, swapped), "events[1]");
    assertInconsistent(() -> ProgrammeRoster.replay(Fixtures.kuliner(1), events), "events[0]");
    TrainingEvent scheduled =
        new TrainingEvent.SessionScheduled(KAYU, 1, Stamps.on(MON), session(KAYU, MON, 8, 12));
    assertInconsistent(() -> ProgrammeRoster.replay(kayu, List.of(scheduled)), "events[0]");
  }

  private static void assertInconsistent(Runnable replay, String field) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, replay::run);
    assertThat(e).as("replay refused").isNotNull();
    assertThat(e.ruleCode()).isEqualTo(AuditRule.EVENT_INCONSISTENT.code());
    assertThat(e.field()).isEqualTo(field);
  }

  @Test
  void rosterOperationsAnswerRefusedOutcomesAndTheirEventsCarryTheNextVersion() {
    ProgrammeRoster r =
        ProgrammeRoster.of(Fixtures.kayu(2))
            .apply(ANDI, Stamps.on(MON))
            .orElseThrow()
            .apply(BUDI, Stamps.on(MON))
            .orElseThrow();
    // resuming an active enrolment: a refused outcome, not an exception
    Outcome<ProgrammeRoster> resumed = r.resume(ANDI, Stamps.on(TUE));
    assertThat(resumed.isRefused()).isTrue();
    assertThat(resumed.codes()).containsExactly(ProgrammeRule.ENROLMENT_TRANSITION.code());
    assertThat(resumed.events()).isEmpty();
    // two applications so far: the next move is version 3, whichever it is
    assertThat(r.suspend(ANDI, Stamps.on(TUE), true, EnrolmentReason.SICK).events())
        .extracting(e -> ((TrainingEvent) e).version())
        .containsExactly(3L);
    assertThat(r.complete(ANDI, Stamps.on(TUE)).events())
        .extracting(e -> ((TrainingEvent) e).version())
        .containsExactly(3L);
    assertThat(r.withdraw(ANDI, Stamps.on(TUE), EnrolmentReason.RELEASE).events())
        .extracting(e -> ((TrainingEvent) e).version())
        .containsExactly(3L);
    ProgrammeRoster suspended =
        r.suspend(ANDI, Stamps.on(TUE), true, EnrolmentReason.SICK).orElseThrow();
    assertThat(suspended.resume(ANDI, Stamps.on(WED)).events())
        .extracting(e -> ((TrainingEvent) e).version())
        .containsExactly(4L);
  }

  @Test
  void aRegisterOperationRefusedByTheRegistersOwnCheckIsARefusedOutcome() {
    TrainingRegister r =
        TrainingRegister.of(PROGRAMMES)
            .schedule(session(KAYU, MON, 8, 12), Stamps.RECORDED)
            .orElseThrow();
    Outcome<TrainingRegister> again = r.schedule(session(KAYU, MON, 8, 12), Stamps.RECORDED);
    assertThat(again.isRefused()).isTrue();
    assertThat(again.codes()).containsExactly("value.duplicate");
    assertThat(again.events()).isEmpty();
  }

  @Test
  void schedulingASessionThatMakesAnOpenTraineesProgrammesOverlapIsRefused() {
    TrainingRegister r =
        TrainingRegister.of(PROGRAMMES)
            .schedule(session(KAYU, MON, 8, 12), Stamps.RECORDED)
            .orElseThrow()
            .schedule(session(KULINER, MON, 13, 16), Stamps.RECORDED)
            .orElseThrow()
            .apply(KAYU, ANDI, Stamps.on(MON))
            .orElseThrow()
            .apply(KULINER, ANDI, Stamps.on(MON))
            .orElseThrow()
            .apply(KULINER, BUDI, Stamps.on(MON))
            .orElseThrow();
    // 11-13 on Monday meets KAYU's 08-12: Andi is open in both
    Outcome<TrainingRegister> o = r.schedule(session(KULINER, MON, 11, 13), Stamps.RECORDED);
    assertThat(o.codes()).containsExactly(ProgrammeRule.ENROLMENT_OVERLAP.code());
    // the programmes in roster order; the trainee withheld
    assertThat(o.refusal().orElseThrow().details()).containsExactly("KAYU-2026", "KULINER-2026");
    assertThat(o.refusal().orElseThrow().message(java.util.Locale.ENGLISH))
        .doesNotContain(ANDI.value());
    // applying again to a programme one is open in is "already enrolled", not an overlap of the
    // programme with itself
    assertThat(r.apply(KAYU, ANDI, Stamps.on(MON)).codes())
        .containsExactly(ProgrammeRule.ALREADY_ENROLLED.code());
  }

  @Test
  void attendanceAtASessionOfAProgrammeNotHeldIsAnUnknownSessionNotAnException() {
    TrainingRegister r =
        TrainingRegister.of(List.of(Fixtures.kayu(2)))
            .schedule(session(KAYU, MON, 8, 12), Stamps.RECORDED)
            .orElseThrow();
    Session elsewhere = session(KULINER, MON, 8, 12);
    Outcome<TrainingRegister> o = r.record(Attendance.full(elsewhere, ANDI, true), Stamps.on(MON));
    assertThat(o.codes()).containsExactly(ProgrammeRule.UNKNOWN_SESSION.code());
    assertThat(o.refusal().orElseThrow().subject()).isEqualTo("session");
  }

  @Test
  void hoursAndPassportCountOnlyTheTraineesOwnPresentTimeCompetentUnitsUpToTheDate() {
    TrainingRegister r =
        TrainingRegister.of(List.of(Fixtures.kayu(5), Fixtures.kuliner(5)))
            .schedule(session(KAYU, MON, 8, 12), Stamps.RECORDED)
            .orElseThrow()
            .schedule(session(KULINER, MON, 13, 16), Stamps.RECORDED)
            .orElseThrow()
            .schedule(session(KAYU, WED, 8, 10), Stamps.RECORDED)
            .orElseThrow()
            .apply(KAYU, ANDI, Stamps.on(MON.minusDays(1)))
            .orElseThrow()
            .apply(KULINER, ANDI, Stamps.on(MON.minusDays(1)))
            .orElseThrow()
            .apply(KAYU, BUDI, Stamps.on(MON.minusDays(1)))
            .orElseThrow()
            .record(Attendance.full(session(KAYU, MON, 8, 12), ANDI, true), Stamps.on(MON))
            .orElseThrow()
            .record(
                Attendance.absent(session(KULINER, MON, 13, 16), ANDI, AbsenceReason.SICK, true),
                Stamps.on(MON))
            .orElseThrow()
            .record(Attendance.full(session(KAYU, MON, 8, 12), BUDI, true), Stamps.on(MON))
            .orElseThrow()
            .record(Attendance.full(session(KAYU, WED, 8, 10), ANDI, true), Stamps.on(WED))
            .orElseThrow()
            .recordAssessment(
                assessment(ANDI, KAYU, "UNIT.001.01", CompetencyResult.NOT_YET_COMPETENT, MON),
                Stamps.on(MON))
            .orElseThrow()
            .recordAssessment(
                assessment(BUDI, KAYU, "UNIT.001.01", CompetencyResult.COMPETENT, MON),
                Stamps.on(MON))
            .orElseThrow()
            .recordAssessment(
                assessment(ANDI, KAYU, "UNIT.002.01", CompetencyResult.COMPETENT, WED),
                Stamps.on(WED))
            .orElseThrow()
            .complete(KULINER, ANDI, Stamps.on(TUE))
            .orElseThrow()
            .complete(KAYU, ANDI, Stamps.on(THU))
            .orElseThrow();
    // by Tuesday: Andi's 4 h of wood craft on Monday; his absence from culinary adds no field,
    // Budi's 4 h are his own, Wednesday's 2 h are after the date
    assertThat(r.hoursByField(ANDI, TUE))
        .isEqualTo(Map.of(SkillField.WOOD_CRAFT, Duration.ofHours(4)));
    // by Wednesday: 4 + 2 = 6 h
    assertThat(r.hoursByField(ANDI, WED))
        .isEqualTo(Map.of(SkillField.WOOD_CRAFT, Duration.ofHours(6)));

    SkillsPassport tuesday = r.passport(ANDI, "Andi Wijaya", TUE, List.of());
    // only culinary completed by Tuesday; no competent unit yet (Monday's was not yet competent,
    // Budi's is his)
    assertThat(tuesday.completedProgrammes())
        .extracting(CompletedProgramme::code)
        .containsExactly(KULINER);
    assertThat(tuesday.competencyUnits()).isEmpty();

    SkillsPassport friday = r.passport(ANDI, "Andi Wijaya", FRI, List.of());
    // in order of completion: culinary on Tuesday before wood craft on Thursday, though wood
    // craft's roster comes first
    assertThat(friday.completedProgrammes())
        .extracting(CompletedProgramme::code)
        .containsExactly(KULINER, KAYU);
    assertThat(friday.competencyUnits()).containsExactly(AchievedUnit.of(KAYU, "UNIT.002.01", WED));
  }

  @Test
  void anActiveEnrolmentComesOnlyFromAPlaceForTheWaitingAndAReturnForTheSuspended() {
    Enrolment waiting = Enrolment.waiting(KAYU, ANDI, Stamps.on(MON));
    assertThat(waiting.activate(Stamps.on(TUE), EnrolmentReason.RESUMED).codes())
        .containsExactly(ProgrammeRule.ENROLMENT_REASON.code());
    assertThat(waiting.activate(Stamps.on(TUE), EnrolmentReason.PLACE_AVAILABLE).isAccepted())
        .isTrue();
    Enrolment suspended =
        Enrolment.active(KAYU, ANDI, Stamps.on(MON))
            .suspend(Stamps.on(TUE), false, EnrolmentReason.SICK)
            .orElseThrow();
    assertThat(suspended.activate(Stamps.on(WED), EnrolmentReason.PLACE_AVAILABLE).codes())
        .containsExactly(ProgrammeRule.ENROLMENT_REASON.code());
    assertThatThrownBy(
            () ->
                Enrolment.builder()
                    .programme(KAYU)
                    .trainee(ANDI)
                    .addHistory(
                        EnrolmentEvent.of(
                            EnrolmentStatus.WAITING, Stamps.on(MON), EnrolmentReason.APPLICATION))
                    .addHistory(
                        EnrolmentEvent.of(
                            EnrolmentStatus.ACTIVE, Stamps.on(TUE), EnrolmentReason.RESUMED))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo(ProgrammeRule.ENROLMENT_REASON.code());
  }

  @Test
  void anAssessmentNeedsAUnitCode() {
    assertThatThrownBy(
            () ->
                CompetencyAssessment.builder()
                    .trainee(ANDI)
                    .programme(KAYU)
                    .unitCode(" ")
                    .result(CompetencyResult.COMPETENT)
                    .assessor(ASSESSOR)
                    .date(MON)
                    .evidence("Demonstrasi praktik")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("unitCode");
  }

  @Test
  void anAssessmentNeedsEvidence() {
    assertThatThrownBy(
            () ->
                CompetencyAssessment.builder()
                    .trainee(ANDI)
                    .programme(KAYU)
                    .unitCode("UNIT.001.01")
                    .result(CompetencyResult.COMPETENT)
                    .assessor(ASSESSOR)
                    .date(MON)
                    .evidence("   ")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("evidence");
  }
}
