package org.bengkel.testkit.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.bengkel.error.MissingValueException;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CertificateIssuer;
import org.bengkel.programme.CompetencyAssessment;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.EnrolmentStatus;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.ProgrammeGen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.RosterOperation;
import org.bengkel.testkit.TestStamps;
import org.bengkel.testkit.TraineeGen;
import org.bengkel.trainee.RegisterClass;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * The programme generators produce only valid values, rebuild to themselves and reach the edges.
 */
class ProgrammeGenTest {

  private static final ProgrammeCode KAYU = ProgrammeCode.of("KAYU-01");
  private static final ProgrammeCode CUCI = ProgrammeCode.of("CUCI-01");
  private static final RegistrationNumber TRAINEE = RegistrationNumber.parse("B.I-12/2024");

  @Test
  void programmesAreValidAndReachTheirEdges() {
    Property.check(
        "a generated programme rebuilds to itself",
        ProgrammeGen.programmes(),
        p -> {
          assertThat(SkillProgramme.builder().from(p).build()).isEqualTo(p);
          assertThat(p.competencyUnits()).doesNotHaveDuplicates().allMatch(p::trainsFor);
        });
    List<SkillProgramme> all = ProgrammeGen.programmes().sample(3L, 2_000);
    assertThat(all.stream().map(SkillProgramme::field))
        .contains(
            SkillField.WOOD_CRAFT,
            SkillField.VEHICLE_WASH,
            SkillField.CULINARY,
            SkillField.of("SEWING"));
    assertThat(all).anyMatch(p -> p.capacity() == 1).anyMatch(p -> p.capacity() > 1_000);
    assertThat(all)
        .anyMatch(p -> p.trainingHours() == 10_000)
        .anyMatch(p -> p.trainingHours() == 1);
    assertThat(all).anyMatch(SkillProgramme::outsideWalls).anyMatch(p -> !p.production());
    assertThat(all)
        .anyMatch(p -> p.competencyUnits().size() == 1)
        .anyMatch(p -> p.supervisors().size() == 3);
    assertThat(all).anyMatch(p -> p.code().value().length() > 20);
    assertThat(ProgrammeGen.distinctProgrammeCodes(5).sample(3L, 1).get(0))
        .hasSize(5)
        .doesNotHaveDuplicates();
    assertThatThrownBy(() -> ProgrammeGen.distinctProgrammeCodes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sessionsAttendanceAndCertificatesAreValid() {
    Property.check(
        "sessions end after they start; attendance never exceeds the session; certificates are valid on issue",
        Gen.zip(
            ProgrammeGen.sessions(KAYU).flatMap(s -> ProgrammeGen.attendance(s, TRAINEE)),
            ProgrammeGen.certificates(),
            (a, c) -> new Object[] {a, c}),
        pair -> {
          Attendance a = (Attendance) pair[0];
          Certificate c = (Certificate) pair[1];
          assertThat(a.session().end()).isAfter(a.session().start());
          assertThat(a.attended())
              .isLessThanOrEqualTo(a.session().length())
              .isGreaterThanOrEqualTo(Duration.ZERO);
          assertThat(a.absenceReason().isPresent())
              .isEqualTo(!a.attended().equals(a.session().length()));
          assertThat(Attendance.builder().from(a).build()).isEqualTo(a);
          assertThat(c.isValidOn(c.issuedOn())).isTrue();
          assertThat(c.isValidOn(c.issuedOn().minusDays(1))).isFalse();
          c.expiresOn().ifPresent(x -> assertThat(c.isValidOn(x.plusDays(1))).isFalse());
        });
    List<Session> sessions = ProgrammeGen.sessions(KAYU).sample(5L, 1_000);
    assertThat(sessions).anyMatch(s -> s.length().equals(Duration.ofMinutes(1)));
    assertThat(sessions).anyMatch(s -> s.end().equals(LocalTime.of(23, 59)));
    assertThat(sessions).anyMatch(s -> s.start().equals(LocalTime.of(8, 0)));
    List<Attendance> attendance =
        ProgrammeGen.sessions(KAYU)
            .flatMap(s -> ProgrammeGen.attendance(s, TRAINEE))
            .sample(5L, 500);
    assertThat(attendance)
        .anyMatch(a -> !a.isPresent())
        .anyMatch(a -> a.absenceReason().isEmpty())
        .anyMatch(a -> a.isPresent() && a.absenceReason().isPresent())
        .anyMatch(a -> !a.countsForPay());
    List<Certificate> certificates = ProgrammeGen.certificates().sample(5L, 500);
    assertThat(certificates)
        .anyMatch(c -> c.expiresOn().isEmpty())
        .anyMatch(c -> c.expiresOn().equals(java.util.Optional.of(c.issuedOn().plusDays(1))))
        .anyMatch(c -> c.issuerType() == CertificateIssuer.BLK)
        .anyMatch(Certificate::bnspLicensed);
  }

  @Test
  void schedulesNeverOverlapAndOverlappingPairsAlwaysDo() {
    Property.check(
        "no two sessions of a generated schedule overlap, and some touch",
        ProgrammeGen.schedules(List.of(KAYU, CUCI), LocalDate.of(2025, 1, 6)),
        sessions -> {
          assertThat(sessions).doesNotHaveDuplicates().isNotEmpty();
          for (int i = 0; i < sessions.size(); i++) {
            for (int j = i + 1; j < sessions.size(); j++) {
              assertThat(sessions.get(i).overlaps(sessions.get(j)))
                  .as("%s and %s", sessions.get(i), sessions.get(j))
                  .isFalse();
            }
          }
        });
    assertThat(ProgrammeGen.schedules(List.of(KAYU), LocalDate.of(2025, 1, 6)).sample(5L, 20))
        .anyMatch(
            l ->
                l.stream()
                    .anyMatch(
                        a ->
                            l.stream()
                                .anyMatch(
                                    b -> a.end().equals(b.start()) && a.date().equals(b.date()))));
    for (ProgrammeCode second : List.of(KAYU, CUCI)) {
      Property.check(
          "the sessions of a generated overlapping pair overlap and differ",
          ProgrammeGen.overlappingPairs(KAYU, second),
          pair -> {
            assertThat(pair.get(0).overlaps(pair.get(1))).isTrue();
            assertThat(pair.get(1).overlaps(pair.get(0))).isTrue();
            assertThat(pair.get(0)).isNotEqualTo(pair.get(1));
          });
    }
  }

  @Test
  void enrolmentsFollowTheLifecycle() {
    Property.check(
        "a generated enrolment rebuilds to itself, moves by the lifecycle with fitting reasons in date order",
        ProgrammeGen.enrolments(KAYU, TRAINEE),
        e -> {
          assertThat(Enrolment.builder().from(e).build()).isEqualTo(e);
          assertThat(e.history().get(0).reason()).isEqualTo(EnrolmentReason.APPLICATION);
          for (int i = 1; i < e.history().size(); i++) {
            assertThat(e.history().get(i - 1).status().canMoveTo(e.history().get(i).status()))
                .isTrue();
            assertThat(e.history().get(i).date()).isAfterOrEqualTo(e.history().get(i - 1).date());
          }
        });
    List<Enrolment> all = ProgrammeGen.enrolments(KAYU, TRAINEE).sample(5L, 1_000);
    assertThat(all.stream().map(Enrolment::status).distinct())
        .hasSize(EnrolmentStatus.values().length);
    for (EnrolmentStatus from : EnrolmentStatus.values()) {
      for (EnrolmentStatus to : from.next()) {
        assertThat(ProgrammeGen.reasons(from, to).sample(5L, 50))
            .allMatch(r -> r.fits(to) && r != EnrolmentReason.APPLICATION);
      }
    }
    assertThat(ProgrammeGen.enrolmentHistories(KAYU, TRAINEE).sample(5L, 200))
        .allMatch(
            h ->
                Enrolment.builder()
                    .programme(KAYU)
                    .trainee(TRAINEE)
                    .history(h)
                    .build()
                    .history()
                    .equals(h))
        .anyMatch(h -> h.size() >= 5);
    assertThatThrownBy(
            () -> ProgrammeGen.reasons(EnrolmentStatus.COMPLETED, EnrolmentStatus.ACTIVE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assessmentsAreOfTheProgrammesUnits() {
    Property.check(
        "a generated assessment is of one of the programme's units, within the dates",
        ProgrammeGen.programmes()
            .flatMap(
                p ->
                    ProgrammeGen.assessments(
                            p, TRAINEE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))
                        .map(a -> new Object[] {p, a})),
        pair -> {
          SkillProgramme p = (SkillProgramme) pair[0];
          CompetencyAssessment a = (CompetencyAssessment) pair[1];
          assertThat(p.trainsFor(a.unitCode())).isTrue();
          assertThat(a.date()).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
          assertThat(CompetencyAssessment.builder().from(a).build()).isEqualTo(a);
        });
  }

  @Test
  void operationsCoverEveryKindAndDescribeTraineesWithoutTheirNumbers() {
    List<RegistrationNumber> trainees =
        TraineeGen.registrationNumbers(RegisterClass.B_I).sample(5L, 4);
    List<RosterOperation> ops =
        ProgrammeGen.operations(List.of(KAYU, CUCI), trainees, LocalDate.of(2025, 1, 6), 50)
            .sample(5L, 20)
            .stream()
            .flatMap(List::stream)
            .toList();
    assertThat(ops.stream().map(RosterOperation::kind).distinct())
        .hasSize(RosterOperation.Kind.values().length);
    for (RosterOperation op : ops) {
      assertThat(op.toString())
          .contains("trainee #" + op.traineeIndex())
          .doesNotContain(op.trainee().value());
      if (op.kind() == RosterOperation.Kind.SUSPEND || op.kind() == RosterOperation.Kind.WITHDRAW) {
        assertThat(op.toString()).contains(op.reason().name());
      }
    }
    assertThatThrownBy(
            () -> ProgrammeGen.operations(List.of(KAYU), List.of(), LocalDate.of(2025, 1, 6), 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ProgrammeGen.operations(List.of(KAYU), trainees, LocalDate.of(2025, 1, 6), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RosterOperation(
                    null,
                    KAYU,
                    TRAINEE,
                    0,
                    TestStamps.on(LocalDate.of(2025, 1, 6)),
                    false,
                    EnrolmentReason.SICK))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void generatorsReplayBySeed() {
    assertThat(ProgrammeGen.programmes().sample(8L, 50))
        .isEqualTo(ProgrammeGen.programmes().sample(8L, 50));
    assertThat(ProgrammeGen.enrolments(KAYU, TRAINEE).sample(8L, 50))
        .isEqualTo(ProgrammeGen.enrolments(KAYU, TRAINEE).sample(8L, 50));
  }
}
