package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bengkel.programme.Fixtures.ANDI;
import static org.bengkel.programme.Fixtures.ASSESSOR;
import static org.bengkel.programme.Fixtures.BUDI;
import static org.bengkel.programme.Fixtures.KAYU;
import static org.bengkel.programme.Fixtures.KULINER;
import static org.bengkel.programme.Fixtures.MON;
import static org.bengkel.programme.Fixtures.session;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

class TrainingRegisterTest {

  private static final LocalDate TUE = MON.plusDays(1);
  private static final LocalDate WED = MON.plusDays(2);
  private static final LocalDate THU = MON.plusDays(3);
  private static final LocalDate FRI = MON.plusDays(4);

  private final TrainingRegister empty =
      TrainingRegister.of(List.of(Fixtures.kayu(5), Fixtures.kuliner(5)))
          .schedule(session(KAYU, MON, 8, 12), Stamps.RECORDED)
          .orElseThrow()
          .schedule(session(KULINER, MON, 13, 16), Stamps.RECORDED)
          .orElseThrow();

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

  @Test
  void openEnrolmentsInOverlappingProgrammesAreRefused() {
    TrainingRegister r =
        empty
            .schedule(session(KULINER, TUE, 11, 13), Stamps.RECORDED)
            .orElseThrow()
            .schedule(session(KAYU, TUE, 8, 12), Stamps.RECORDED)
            .orElseThrow();
    assertThat(r.sessionsOverlap(KAYU, KULINER)).isTrue();
    assertThat(empty.sessionsOverlap(KAYU, KULINER)).isFalse();
    TrainingRegister andiInKayu = r.apply(KAYU, ANDI, Stamps.on(MON)).orElseThrow();
    RefusalException e =
        catchThrowableOfType(
            RefusalException.class,
            () -> andiInKayu.apply(KULINER, ANDI, Stamps.on(MON)).orElseThrow());
    assertThat(e.ruleCode()).isEqualTo("programme.enrolment.overlap");
    assertThat(e.getMessage()).contains("KAYU-2026", "KULINER-2026").doesNotContain(ANDI.value());
    // after completing wood craft Andi may join culinary
    TrainingRegister later =
        andiInKayu
            .complete(KAYU, ANDI, Stamps.on(WED))
            .orElseThrow()
            .apply(KULINER, ANDI, Stamps.on(WED))
            .orElseThrow();
    assertThat(later.activeProgrammes(ANDI, WED)).containsExactly(KULINER);
  }

  @Test
  void waitingListPlaceCountsAsAnOpenEnrolment() {
    TrainingRegister r =
        TrainingRegister.of(List.of(Fixtures.kayu(1), Fixtures.kuliner(5)))
            .schedule(session(KAYU, MON, 8, 12), Stamps.RECORDED)
            .orElseThrow()
            .schedule(session(KULINER, MON, 10, 12), Stamps.RECORDED)
            .orElseThrow()
            .apply(KAYU, BUDI, Stamps.on(MON))
            .orElseThrow()
            .apply(KAYU, ANDI, Stamps.on(MON))
            .orElseThrow();
    assertThat(r.roster(KAYU).orElseThrow().waitingList()).hasSize(1);
    assertThatThrownBy(() -> r.apply(KULINER, ANDI, Stamps.on(MON)).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.overlap");
  }

  @Test
  void schedulingASessionThatWouldOverlapAnEnrolledTraineeIsRefused() {
    TrainingRegister r =
        empty
            .apply(KAYU, ANDI, Stamps.on(MON))
            .orElseThrow()
            .apply(KULINER, ANDI, Stamps.on(MON))
            .orElseThrow();
    assertThatThrownBy(
            () ->
                r.schedule(session(KULINER, TUE, 11, 13), Stamps.RECORDED)
                    .orElseThrow()
                    .schedule(session(KAYU, TUE, 8, 12), Stamps.RECORDED)
                    .orElseThrow())
        .isInstanceOf(RefusalException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.overlap");
    // Budi, enrolled in one of them only, would not stop it
    TrainingRegister budi = empty.apply(KAYU, BUDI, Stamps.on(MON)).orElseThrow();
    assertThat(
            budi.schedule(session(KULINER, MON, 11, 13), Stamps.RECORDED).orElseThrow().sessions())
        .hasSize(3);
  }

  @Test
  void sessionsAndRostersMustReferToKnownProgrammes() {
    ProgrammeCode unknown = ProgrammeCode.of("JAHIT-2026");
    assertThatThrownBy(
            () -> empty.schedule(session(unknown, MON, 8, 9), Stamps.RECORDED).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.register.unknown-programme");
    assertThatThrownBy(() -> empty.apply(unknown, ANDI, Stamps.on(MON)).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.register.unknown-programme");
    assertThatThrownBy(
            () ->
                empty.withdraw(unknown, ANDI, Stamps.on(MON), EnrolmentReason.OTHER).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.register.unknown-programme");
    assertThatThrownBy(() -> empty.addProgramme(Fixtures.kayu(3)).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("value.duplicate");
    assertThatThrownBy(
            () -> empty.schedule(session(KAYU, MON, 8, 12), Stamps.RECORDED).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("value.duplicate");
    SkillProgramme jahit = Fixtures.programme(unknown, SkillField.of("TAILORING"), 3).build();
    assertThat(empty.addProgramme(jahit).orElseThrow().roster(unknown)).isPresent();
    assertThat(empty.isActivelyEnrolled(ANDI, unknown, MON)).isFalse();
  }

  @Test
  void isActivelyEnrolledFollowsTheEnrolmentHistory() {
    TrainingRegister r =
        empty
            .apply(KAYU, ANDI, Stamps.on(MON))
            .orElseThrow()
            .suspend(KAYU, ANDI, Stamps.on(TUE), false, EnrolmentReason.LEGAL_PROCEEDINGS)
            .orElseThrow()
            .resume(KAYU, ANDI, Stamps.on(WED))
            .orElseThrow()
            .withdraw(KAYU, ANDI, Stamps.on(FRI), EnrolmentReason.RELEASE)
            .orElseThrow();
    assertThat(r.isActivelyEnrolled(ANDI, KAYU, MON.minusDays(1))).isFalse();
    assertThat(r.isActivelyEnrolled(ANDI, KAYU, MON)).isTrue();
    assertThat(r.isActivelyEnrolled(ANDI, KAYU, TUE)).isFalse();
    assertThat(r.isActivelyEnrolled(ANDI, KAYU, THU)).isTrue();
    assertThat(r.isActivelyEnrolled(ANDI, KAYU, FRI)).isFalse();
    assertThat(r.isActivelyEnrolled(ANDI, KULINER, THU)).isFalse();
    assertThat(r.activeProgrammes(ANDI, THU)).containsExactly(KAYU);
    assertThat(r.sessionsOf(KAYU)).hasSize(1);
  }

  @Test
  void attendanceAndAssessmentsAreRecordedOnceTheyHappenedSessionsAhead() {
    Session future = session(KAYU, LocalDate.of(9999, 12, 27), 8, 12);
    TrainingRegister r =
        empty
            .apply(KAYU, ANDI, Stamps.on(MON))
            .flatMap(x -> x.schedule(future, Stamps.on(MON))) // scheduled ahead: any date
            .orElseThrow();
    Session kayuMon = session(KAYU, MON, 8, 12);
    Stamp sundayEvening = Stamps.at(MON.minusDays(1).atTime(20, 0));
    for (Attendance early :
        List.of(
            Attendance.full(kayuMon, ANDI, true),
            Attendance.full(future, ANDI, true),
            Attendance.absent(kayuMon, ANDI, AbsenceReason.SICK, false))) {
      Outcome<TrainingRegister> o =
          r.record(early, early.session().equals(future) ? Stamps.on(MON) : sundayEvening);
      assertThat(o.codes()).containsExactly("value.dated-after-recording");
      Refusal refusal = o.refusals().get(0);
      assertThat(refusal.subject()).isEqualTo("session.date");
      assertThat(refusal.value()).contains(early.session().date().toString());
      assertThat(o.orElse(r)).isSameAs(r);
    }
    // on the session's day, even before it ends, or later: recorded
    assertThat(r.record(Attendance.full(kayuMon, ANDI, true), Stamps.on(MON)).isAccepted())
        .isTrue();
    CompetencyAssessment tuesday =
        assessment(ANDI, KAYU, "UNIT.001.01", CompetencyResult.COMPETENT, TUE);
    assertThat(r.recordAssessment(tuesday, Stamps.on(MON)).codes())
        .containsExactly("value.dated-after-recording");
    assertThat(r.recordAssessment(tuesday, Stamps.on(TUE)).isAccepted()).isTrue();
    // events a store written before the rule may hold are read, and replayed, as stored
    List<SkillProgramme> programmes = List.of(Fixtures.kayu(5), Fixtures.kuliner(5));
    Outcome<TrainingRegister> planned =
        TrainingRegister.of(programmes)
            .schedule(kayuMon, Stamps.RECORDED)
            .flatMap(x -> x.apply(KAYU, ANDI, Stamps.on(MON)));
    List<TrainingEvent> events = new ArrayList<>(planned.events(TrainingEvent.class));
    events.add(
        new TrainingEvent.AttendanceRecorded(
            KAYU, 3, sundayEvening, Attendance.full(kayuMon, ANDI, true)));
    events.add(new TrainingEvent.AssessmentRecorded(KAYU, 4, Stamps.on(MON), tuesday));
    TrainingRegister stored = TrainingRegister.replay(programmes, events);
    assertThat(stored.attendance()).containsExactly(Attendance.full(kayuMon, ANDI, true));
    assertThat(stored.assessments()).containsExactly(tuesday);
    assertThat(stored.version(KAYU)).isEqualTo(4);
  }

  @Test
  void assessedUnitMustBelongToTheProgramme() {
    TrainingRegister r = empty.apply(KAYU, ANDI, Stamps.on(MON)).orElseThrow();
    RefusalException e =
        catchThrowableOfType(
            RefusalException.class,
            () ->
                r.recordAssessment(
                        assessment(ANDI, KAYU, "UNIT.999.01", CompetencyResult.COMPETENT, TUE),
                        Stamps.RECORDED)
                    .orElseThrow());
    assertThat(e.ruleCode()).isEqualTo("programme.assessment.unit");
    assertThat(e.refusals().get(0).subject()).isEqualTo("assessments.unitCode");
  }

  @Test
  void assessedTraineeMustHaveBeenActiveInTheProgramme() {
    TrainingRegister r = empty.apply(KAYU, ANDI, Stamps.on(TUE)).orElseThrow();
    assertThatThrownBy(
            () ->
                r.recordAssessment(
                        assessment(BUDI, KAYU, "UNIT.001.01", CompetencyResult.COMPETENT, TUE),
                        Stamps.RECORDED)
                    .orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.assessment.not-enrolled");
    assertThatThrownBy(
            () ->
                r.recordAssessment(
                        assessment(ANDI, KAYU, "UNIT.001.01", CompetencyResult.COMPETENT, MON),
                        Stamps.RECORDED)
                    .orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.assessment.not-enrolled");
    assertThatThrownBy(
            () ->
                r.recordAssessment(
                        assessment(
                            ANDI,
                            ProgrammeCode.of("X"),
                            "UNIT.001.01",
                            CompetencyResult.COMPETENT,
                            TUE),
                        Stamps.RECORDED)
                    .orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.register.unknown-programme");
    assertThatThrownBy(
            () ->
                CompetencyAssessment.builder()
                    .from(assessment(ANDI, KAYU, "UNIT.001.01", CompetencyResult.COMPETENT, TUE))
                    .evidence(" ")
                    .build())
        .extracting(Fixtures::rule)
        .isEqualTo("value.blank");
  }

  @Test
  void passportTotalsAreHandComputed() {
    Session kayuTue = session(KAYU, TUE, 8, 12);
    Session kayuWed = session(KAYU, WED, 8, 12);
    Session kulinerTue = session(KULINER, TUE, 13, 16);
    Session kayuMon = session(KAYU, MON, 8, 12);
    Session kulinerMon = session(KULINER, MON, 13, 16);
    TrainingRegister r =
        empty
            .schedule(kayuTue, Stamps.RECORDED)
            .orElseThrow()
            .schedule(kayuWed, Stamps.RECORDED)
            .orElseThrow()
            .schedule(kulinerTue, Stamps.RECORDED)
            .orElseThrow()
            .apply(KAYU, ANDI, Stamps.on(MON))
            .orElseThrow()
            .apply(KULINER, ANDI, Stamps.on(MON))
            .orElseThrow()
            .apply(KAYU, BUDI, Stamps.on(MON))
            .orElseThrow()
            .record(Attendance.full(kayuMon, ANDI, true), Stamps.RECORDED)
            .orElseThrow()
            .record(
                Attendance.partial(
                    kayuTue, ANDI, Duration.ofMinutes(150), AbsenceReason.SICK, true),
                Stamps.RECORDED)
            .orElseThrow()
            .record(
                Attendance.absent(kayuWed, ANDI, AbsenceReason.REST_DAY, false), Stamps.RECORDED)
            .orElseThrow()
            .record(Attendance.full(kulinerMon, ANDI, true), Stamps.RECORDED)
            .orElseThrow()
            .record(Attendance.full(kulinerTue, ANDI, true), Stamps.RECORDED)
            .orElseThrow()
            .record(Attendance.full(kayuMon, BUDI, true), Stamps.RECORDED)
            .orElseThrow()
            .complete(KAYU, ANDI, Stamps.on(THU))
            .orElseThrow()
            .recordAssessment(
                assessment(ANDI, KAYU, "UNIT.001.01", CompetencyResult.NOT_YET_COMPETENT, TUE),
                Stamps.RECORDED)
            .orElseThrow()
            .recordAssessment(
                assessment(ANDI, KAYU, "UNIT.001.01", CompetencyResult.COMPETENT, THU),
                Stamps.RECORDED)
            .orElseThrow()
            .recordAssessment(
                assessment(ANDI, KAYU, "UNIT.002.01", CompetencyResult.COMPETENT, WED),
                Stamps.RECORDED)
            .orElseThrow()
            .recordAssessment(
                assessment(ANDI, KAYU, "UNIT.002.01", CompetencyResult.COMPETENT, THU),
                Stamps.RECORDED)
            .orElseThrow()
            .recordAssessment(
                assessment(ANDI, KULINER, "UNIT.001.01", CompetencyResult.COMPETENT, FRI),
                Stamps.RECORDED)
            .orElseThrow();
    Certificate lsp = CertificateTest.certificate(THU, THU.plusYears(3)).build();
    Certificate expired =
        CertificateTest.certificate(LocalDate.of(2023, 1, 10), LocalDate.of(2026, 1, 10)).build();
    Certificate future = CertificateTest.certificate(FRI, FRI.plusYears(3)).build();

    SkillsPassport p = r.passport(ANDI, "Andi Wijaya", THU, List.of(lsp, expired, future));

    // wood craft: Mon 4 h + Tue 150 min (2 h 30) + Wed 0 = 6 h 30; culinary: Mon 3 h + Tue 3 h
    assertThat(p.hoursByField())
        .containsExactly(
            java.util.Map.entry(SkillField.CULINARY, Duration.ofHours(6)),
            java.util.Map.entry(SkillField.WOOD_CRAFT, Duration.ofMinutes(390)));
    // 6 h + 6 h 30 = 12 h 30
    assertThat(p.totalHours()).isEqualTo(Duration.ofMinutes(750));
    assertThat(p.completedProgrammes())
        .containsExactly(CompletedProgramme.of(Fixtures.kayu(5), THU));
    assertThat(p.completedProgrammes().get(0).trainingHours()).isEqualTo(160);
    // unit 002 first competent on Wed, unit 001 on Thu (after "not yet" on Tue); culinary on Fri
    // is after the passport's date
    assertThat(p.competencyUnits())
        .containsExactly(
            AchievedUnit.of(KAYU, "UNIT.002.01", WED), AchievedUnit.of(KAYU, "UNIT.001.01", THU));
    assertThat(p.certificates()).containsExactly(lsp);
    assertThat(p.asOf()).isEqualTo(THU);
    assertThat(p.holderName()).isEqualTo("Andi Wijaya");
    assertThat(p.registrationNumber()).isEqualTo(ANDI);

    // on Monday: 4 h wood craft, 3 h culinary, nothing completed or achieved
    SkillsPassport monday = r.passport(ANDI, "Andi Wijaya", MON, List.of(lsp));
    assertThat(monday.hoursByField())
        .containsEntry(SkillField.WOOD_CRAFT, Duration.ofHours(4))
        .containsEntry(SkillField.CULINARY, Duration.ofHours(3));
    assertThat(monday.completedProgrammes()).isEmpty();
    assertThat(monday.competencyUnits()).isEmpty();
    assertThat(monday.certificates()).isEmpty();

    // Budi's passport has only his own 4 hours
    assertThat(r.passport(BUDI, "Budi", FRI, List.of()).totalHours())
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void passportCarriesNoRegistrationNumberOrNameInToString() {
    SkillsPassport p = empty.passport(ANDI, "Andi Wijaya", MON, List.of());
    assertThat(p.toString()).doesNotContain(ANDI.value(), "Andi Wijaya", "B.I");
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class, () -> empty.passport(ANDI, " ", MON, List.of()));
    assertThat(e.ruleCode()).isEqualTo("value.blank");
    assertThat(e.isPersonal()).isTrue();
  }

  @Test
  void passportTypeHasNoSentenceOrCrimeAttributes() {
    List<String> accessors =
        java.util.Arrays.stream(SkillsPassport.class.getDeclaredMethods())
            .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
            .map(java.lang.reflect.Method::getName)
            .toList();
    assertThat(accessors)
        .containsExactlyInAnyOrder(
            "holderName",
            "registrationNumber",
            "asOf",
            "completedProgrammes",
            "hoursByField",
            "competencyUnits",
            "certificates",
            "totalHours",
            "builder");
  }

  @Test
  void registerToStringShowsNoRegistrationNumber() {
    TrainingRegister r =
        empty
            .apply(KAYU, ANDI, Stamps.on(MON))
            .orElseThrow()
            .record(Attendance.full(session(KAYU, MON, 8, 12), ANDI, true), Stamps.RECORDED)
            .orElseThrow()
            .recordAssessment(
                assessment(ANDI, KAYU, "UNIT.001.01", CompetencyResult.COMPETENT, MON),
                Stamps.RECORDED)
            .orElseThrow();
    assertThat(r.toString()).doesNotContain(ANDI.value()).contains("KAYU-2026");
  }
}
