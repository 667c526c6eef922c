package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bengkel.programme.Fixtures.ANDI;
import static org.bengkel.programme.Fixtures.BUDI;
import static org.bengkel.programme.Fixtures.CUCI;
import static org.bengkel.programme.Fixtures.KAYU;
import static org.bengkel.programme.Fixtures.KULINER;
import static org.bengkel.programme.Fixtures.MON;
import static org.bengkel.programme.Fixtures.session;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.bengkel.Stamps;
import org.bengkel.error.InvalidValueException;
import org.bengkel.outcome.RefusalException;
import org.junit.jupiter.api.Test;

class AttendanceTest {

  private final Session kayuMorning = session(KAYU, MON, 8, 12);
  private final Session kulinerAfternoon = session(KULINER, MON, 13, 16);
  private final Session cuciMorning = session(CUCI, MON, 8, 11);

  /** Andi active in wood craft (mornings) and culinary (afternoons), Budi in the car wash. */
  private final TrainingRegister register =
      TrainingRegister.of(List.of(Fixtures.kayu(5), Fixtures.kuliner(5), Fixtures.cuci(5)))
          .schedule(kayuMorning, Stamps.RECORDED)
          .orElseThrow()
          .schedule(kulinerAfternoon, Stamps.RECORDED)
          .orElseThrow()
          .schedule(cuciMorning, Stamps.RECORDED)
          .orElseThrow()
          .apply(KAYU, ANDI, Stamps.on(MON))
          .orElseThrow()
          .apply(KULINER, ANDI, Stamps.on(MON))
          .orElseThrow()
          .apply(CUCI, BUDI, Stamps.on(MON))
          .orElseThrow();

  @Test
  void sessionMustEndAfterItStarts() {
    assertThat(kayuMorning.length()).isEqualTo(Duration.ofHours(4));
    assertThatThrownBy(() -> session(KAYU, MON, 10, 10))
        .isInstanceOf(InvalidValueException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.session.times");
    assertThatThrownBy(() -> session(KAYU, MON, 11, 10))
        .extracting(Fixtures::rule)
        .isEqualTo("programme.session.times");
  }

  @Test
  void builderAndFactoryBuildTheSameSession() {
    assertThat(
            Session.builder()
                .programme(KAYU)
                .date(MON)
                .start(LocalTime.of(8, 0))
                .end(LocalTime.of(12, 0))
                .build())
        .isEqualTo(kayuMorning);
  }

  @Test
  void sessionsOverlapOnlyOnTheSameDateWithSharedTime() {
    assertThat(kayuMorning.overlaps(session(KULINER, MON, 11, 13))).isTrue();
    assertThat(kayuMorning.overlaps(session(KULINER, MON, 9, 10))).as("inside").isTrue();
    assertThat(kayuMorning.overlaps(session(KULINER, MON, 12, 13))).as("touching").isFalse();
    assertThat(kayuMorning.overlaps(session(KULINER, MON, 6, 8))).as("touching").isFalse();
    assertThat(kayuMorning.overlaps(session(KULINER, MON.plusDays(1), 8, 12))).isFalse();
  }

  @Test
  void hoursNeverExceedTheSessionLength() {
    assertThatThrownBy(
            () ->
                Attendance.partial(
                    kayuMorning, ANDI, Duration.ofMinutes(241), AbsenceReason.OTHER, true))
        .isInstanceOf(InvalidValueException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.hours-cap");
    assertThatThrownBy(
            () ->
                Attendance.partial(
                    kayuMorning, ANDI, Duration.ofMinutes(-1), AbsenceReason.OTHER, true))
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.hours-cap");
    assertThat(Attendance.full(kayuMorning, ANDI, true).attended()).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void absenceNeedsAReasonAndFullAttendanceHasNone() {
    assertThatThrownBy(
            () ->
                Attendance.builder()
                    .session(kayuMorning)
                    .trainee(ANDI)
                    .attended(Duration.ZERO)
                    .countsForPay(false)
                    .build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.absence-reason");
    assertThatThrownBy(
            () ->
                Attendance.partial(
                    kayuMorning, ANDI, Duration.ofHours(4), AbsenceReason.SICK, true))
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.absence-reason");
    Attendance left =
        Attendance.partial(kayuMorning, ANDI, Duration.ofHours(2), AbsenceReason.SICK, true);
    assertThat(left.isPresent()).isTrue();
    Attendance absent = Attendance.absent(kayuMorning, ANDI, AbsenceReason.REST_DAY, false);
    assertThat(absent.isPresent()).isFalse();
    assertThat(absent.absenceReason()).contains(AbsenceReason.REST_DAY);
    assertThat(absent.toString()).doesNotContain(ANDI.value());
  }

  @Test
  void attendanceIsRecordedForActiveTrainees() {
    TrainingRegister r =
        register
            .record(Attendance.full(kayuMorning, ANDI, true), Stamps.RECORDED)
            .orElseThrow()
            .record(Attendance.full(kulinerAfternoon, ANDI, true), Stamps.RECORDED)
            .orElseThrow();
    assertThat(r.attendance()).hasSize(2);
    assertThat(r.hoursByField(ANDI, MON))
        .containsEntry(SkillField.WOOD_CRAFT, Duration.ofHours(4))
        .containsEntry(SkillField.CULINARY, Duration.ofHours(3));
  }

  @Test
  void aTraineeCannotAttendTwoOverlappingSessions() {
    Session kulinerLate = session(KULINER, MON.plusDays(1), 10, 12);
    Session kayuLate = session(KAYU, MON.plusDays(1), 8, 11);
    // programmes overlap now: Andi may only be enrolled in one; move him to a fresh register
    TrainingRegister r =
        TrainingRegister.of(List.of(Fixtures.kayu(5), Fixtures.kuliner(5)))
            .schedule(kayuLate, Stamps.RECORDED)
            .orElseThrow()
            .schedule(kulinerLate, Stamps.RECORDED)
            .orElseThrow()
            .apply(KAYU, ANDI, Stamps.on(MON))
            .orElseThrow()
            .record(Attendance.full(kayuLate, ANDI, true), Stamps.RECORDED)
            .orElseThrow();
    // the overlap check itself, on a register built by hand
    TrainingRegister.Builder b =
        TrainingRegister.builder()
            .addRosters(
                ProgrammeRoster.of(Fixtures.kayu(5)).apply(ANDI, Stamps.on(MON)).orElseThrow(),
                ProgrammeRoster.of(Fixtures.kuliner(5)))
            .addSessions(kayuLate, kulinerLate)
            .addAttendance(
                Attendance.full(kayuLate, ANDI, true), Attendance.full(kulinerLate, ANDI, true));
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, b::build);
    assertThat(e.ruleCode()).isEqualTo("programme.attendance.overlap");
    assertThat(e.getMessage()).doesNotContain(ANDI.value());
    assertThat(r.attendance()).hasSize(1);
  }

  @Test
  void twoOverlappingGroupsOfOneProgrammeCannotBothBeAttended() {
    Session groupB = session(KAYU, MON, 9, 11);
    TrainingRegister r =
        register
            .schedule(groupB, Stamps.RECORDED)
            .orElseThrow()
            .record(Attendance.full(kayuMorning, ANDI, true), Stamps.RECORDED)
            .orElseThrow();
    RefusalException e =
        catchThrowableOfType(
            RefusalException.class,
            () -> r.record(Attendance.full(groupB, ANDI, true), Stamps.RECORDED).orElseThrow());
    assertThat(e.ruleCode()).isEqualTo("programme.attendance.overlap");
    assertThat(e.refusals().get(0).isPersonal()).isTrue();
  }

  @Test
  void absenceAtAnOverlappingSessionIsNoOverlap() {
    Session kulinerLate = session(KULINER, MON.plusDays(1), 10, 12);
    Session kayuLate = session(KAYU, MON.plusDays(1), 8, 11);
    TrainingRegister r =
        TrainingRegister.builder()
            .addRosters(
                ProgrammeRoster.of(Fixtures.kayu(5)).apply(ANDI, Stamps.on(MON)).orElseThrow(),
                ProgrammeRoster.of(Fixtures.kuliner(5)))
            .addSessions(kayuLate, kulinerLate)
            .addAttendance(
                Attendance.full(kayuLate, ANDI, true),
                Attendance.absent(kulinerLate, ANDI, AbsenceReason.OTHER, false))
            .build();
    assertThat(r.attendance()).hasSize(2);
  }

  @Test
  void oneRecordPerTraineeAndSession() {
    TrainingRegister r =
        register.record(Attendance.full(kayuMorning, ANDI, true), Stamps.RECORDED).orElseThrow();
    assertThatThrownBy(
            () ->
                r.record(
                        Attendance.absent(kayuMorning, ANDI, AbsenceReason.SICK, false),
                        Stamps.RECORDED)
                    .orElseThrow())
        .isInstanceOf(RefusalException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.duplicate");
  }

  @Test
  void onlyScheduledSessionsTakeAttendance() {
    Session other = session(KAYU, MON.plusDays(1), 8, 12);
    assertThatThrownBy(
            () ->
                register.record(Attendance.full(other, ANDI, true), Stamps.RECORDED).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.unknown-session");
    assertThatThrownBy(
            () ->
                TrainingRegister.builder()
                    .addRoster(
                        ProgrammeRoster.of(Fixtures.kayu(5))
                            .apply(ANDI, Stamps.on(MON))
                            .orElseThrow())
                    .addAttendance(Attendance.full(other, ANDI, true))
                    .build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.unknown-session");
  }

  @Test
  void attendingNeedsAnActiveEnrolmentOnTheSessionDate() {
    // Budi is not enrolled in wood craft at all
    assertThatThrownBy(
            () ->
                register
                    .record(Attendance.full(kayuMorning, BUDI, true), Stamps.RECORDED)
                    .orElseThrow())
        .isInstanceOf(RefusalException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.not-active");
    // a session before Andi applied
    Session before = session(KAYU, MON.minusDays(1), 8, 12);
    TrainingRegister r = register.schedule(before, Stamps.RECORDED).orElseThrow();
    assertThatThrownBy(
            () -> r.record(Attendance.full(before, ANDI, true), Stamps.RECORDED).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.not-active");
    // waiting list: capacity 1, Budi waits
    TrainingRegister small =
        TrainingRegister.of(List.of(Fixtures.kayu(1)))
            .schedule(kayuMorning, Stamps.RECORDED)
            .orElseThrow()
            .apply(KAYU, ANDI, Stamps.on(MON))
            .orElseThrow()
            .apply(KAYU, BUDI, Stamps.on(MON))
            .orElseThrow();
    assertThatThrownBy(
            () ->
                small
                    .record(Attendance.full(kayuMorning, BUDI, true), Stamps.RECORDED)
                    .orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.not-active");
    assertThatThrownBy(
            () ->
                small
                    .record(
                        Attendance.absent(kayuMorning, BUDI, AbsenceReason.OTHER, false),
                        Stamps.RECORDED)
                    .orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.not-active");
  }

  @Test
  void suspendedTraineeIsRecordedAbsentNotPresent() {
    TrainingRegister r =
        register.suspend(KAYU, ANDI, Stamps.on(MON), true, EnrolmentReason.SICK).orElseThrow();
    assertThatThrownBy(
            () -> r.record(Attendance.full(kayuMorning, ANDI, true), Stamps.RECORDED).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.not-active");
    TrainingRegister absent =
        r.record(
                Attendance.absent(kayuMorning, ANDI, AbsenceReason.SUSPENDED, true),
                Stamps.RECORDED)
            .orElseThrow();
    assertThat(absent.attendance())
        .singleElement()
        .extracting(Attendance::countsForPay)
        .isEqualTo(true);
  }

  @Test
  void outsideTheWallsNeedsClearanceOnTheSessionDate() {
    Attendance wash = Attendance.full(cuciMorning, BUDI, true);
    RefusalException e =
        catchThrowableOfType(
            RefusalException.class, () -> register.record(wash, Stamps.RECORDED).orElseThrow());
    assertThat(e.ruleCode()).isEqualTo("programme.attendance.outside-walls");
    assertThat(e.getMessage()).doesNotContain(BUDI.value()).contains("2026-03-02");
    OutsideWorkClearance budiFromMonday = (who, date) -> who.equals(BUDI) && !date.isBefore(MON);
    assertThat(register.record(wash, budiFromMonday, Stamps.RECORDED).orElseThrow().attendance())
        .containsExactly(wash);
    OutsideWorkClearance budiFromTuesday = (who, date) -> who.equals(BUDI) && date.isAfter(MON);
    assertThatThrownBy(() -> register.record(wash, budiFromTuesday, Stamps.RECORDED).orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.attendance.outside-walls");
    // an absence needs no clearance
    assertThat(
            register
                .record(
                    Attendance.absent(cuciMorning, BUDI, AbsenceReason.SESSION_CANCELLED, true),
                    Stamps.RECORDED)
                .orElseThrow()
                .attendance())
        .hasSize(1);
    // inside the walls the clearance is never asked
    OutsideWorkClearance exploding =
        (who, date) -> {
          throw new AssertionError("asked");
        };
    assertThat(
            register
                .record(Attendance.full(kayuMorning, ANDI, true), exploding, Stamps.RECORDED)
                .orElseThrow()
                .attendance())
        .hasSize(1);
  }

  @Test
  void clearanceCanBeGivenPerSessionTime() {
    Session late = Session.of(CUCI, MON.plusDays(1), LocalTime.of(13, 30), LocalTime.of(15, 0));
    TrainingRegister r = register.schedule(late, Stamps.RECORDED).orElseThrow();
    Attendance partial =
        Attendance.partial(late, BUDI, Duration.ofMinutes(45), AbsenceReason.OTHER, true);
    assertThat(
            r.record(partial, (who, date) -> true, Stamps.RECORDED)
                .orElseThrow()
                .hoursByField(BUDI, MON.plusDays(1)))
        .containsEntry(SkillField.VEHICLE_WASH, Duration.ofMinutes(45));
  }
}
