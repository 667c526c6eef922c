package org.bengkel.testkit.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bengkel.error.BengkelException;
import org.bengkel.outcome.RefusalException;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.EnrolmentStatus;
import org.bengkel.programme.OutsideWorkClearance;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.ProgrammeRule;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.ProgrammeGen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.RosterOperation;
import org.bengkel.testkit.TestStamps;
import org.bengkel.testkit.TraineeGen;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's properties of enrolment and attendance: random operation sequences never fill a
 * programme beyond its capacity, and a trainee never attends two overlapping sessions. Refusals are
 * allowed (and counted, so that the properties are not vacuous); after every step the invariants
 * are checked on the register that results.
 */
class RosterPropertiesTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

  /** A register with programmes, sessions and trainees, and the operations to apply to it. */
  record World(
      TrainingRegister register,
      List<RegistrationNumber> trainees,
      List<RosterOperation> operations) {
    @Override
    public String toString() {
      return "World[capacities="
          + register.rosters().stream().map(r -> r.code() + ":" + r.programme().capacity()).toList()
          + ", sessions="
          + register.sessions().size()
          + ", trainees="
          + trainees.stream().map(t -> t.registerClass().prefix()).toList()
          + ", operations="
          + operations
          + "]";
    }
  }

  /**
   * One to three programmes of capacity 1 to 3 (so that they fill up), a non-overlapping schedule,
   * in a third of the worlds an overlapping pair of sessions across two programmes (so that
   * enrolments overlap and are refused), two to seven trainees (mostly convicts, some detainees),
   * and up to 60 operations.
   */
  static Gen<World> worlds() {
    return random -> {
      int n = random.nextInt(1, 4);
      List<ProgrammeCode> codes = ProgrammeGen.distinctProgrammeCodes(n).next(random);
      List<SkillProgramme> programmes = new ArrayList<>();
      for (ProgrammeCode code : codes) {
        programmes.add(ProgrammeGen.programmes(code, Gen.ints(1, 3)).next(random));
      }
      TrainingRegister register = TrainingRegister.of(programmes);
      List<Session> sessions =
          new ArrayList<>(ProgrammeGen.schedules(codes, FIRST_DAY).next(random));
      if (n > 1 && random.nextInt(3) == 0) {
        // A pair's session may fall on one already in the schedule (same programme, day and
        // times), which the register refuses as a duplicate: that one is scheduled once.
        for (Session s : ProgrammeGen.overlappingPairs(codes.get(0), codes.get(1)).next(random)) {
          if (!sessions.contains(s)) {
            sessions.add(s);
          }
        }
      }
      for (Session s : sessions) {
        register = register.schedule(s, TestStamps.RECORDED).orElseThrow();
      }
      Gen<RegistrationNumber> people =
          Gen.frequency(
              Gen.weighted(5, TraineeGen.convictClasses().flatMap(TraineeGen::registrationNumbers)),
              Gen.weighted(
                  1, TraineeGen.detaineeClasses().flatMap(TraineeGen::registrationNumbers)));
      List<RegistrationNumber> trainees =
          List.copyOf(new HashSet<>(Gen.listOf(people, 2, 7).next(random))).stream()
              .sorted()
              .toList();
      return new World(
          register,
          trainees,
          ProgrammeGen.operations(codes, trainees, FIRST_DAY.minusDays(30), 60).next(random));
    };
  }

  private static void assertPlacesWithinCapacity(ProgrammeRoster r) {
    int held = (int) r.enrolments().stream().filter(e -> e.status().holdsPlace()).count();
    assertThat(held)
        .as("places held in %s", r.code())
        .isLessThanOrEqualTo(r.programme().capacity());
    if (!r.waitingList().isEmpty()) {
      assertThat(held).as("nobody waits while a place is free").isEqualTo(r.programme().capacity());
    }
  }

  @Test
  void enrolmentHistoriesNeverExceedCapacity() {
    Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    Property.check(
        "after every operation, every programme holds at most its capacity and overlaps are never both open",
        worlds(),
        w -> {
          TrainingRegister register = w.register();
          for (RosterOperation op : w.operations()) {
            try {
              register = op.applyTo(register).orElseThrow();
              seen.computeIfAbsent("accepted " + op.kind(), k -> new AtomicInteger())
                  .incrementAndGet();
            } catch (BengkelException refused) {
              seen.computeIfAbsent(refused.ruleCode(), k -> new AtomicInteger()).incrementAndGet();
            }
            for (ProgrammeRoster r : register.rosters()) {
              assertPlacesWithinCapacity(r);
              if (!r.waitingList().isEmpty()) {
                seen.computeIfAbsent("full with a waiting list", k -> new AtomicInteger())
                    .incrementAndGet();
              }
            }
            for (RegistrationNumber t : w.trainees()) {
              List<ProgrammeCode> open =
                  register.rosters().stream()
                      .filter(r -> r.openEnrolment(t).isPresent())
                      .map(ProgrammeRoster::code)
                      .toList();
              for (int i = 0; i < open.size(); i++) {
                for (int j = i + 1; j < open.size(); j++) {
                  assertThat(register.sessionsOverlap(open.get(i), open.get(j))).isFalse();
                }
              }
            }
          }
        });
    assertThat(seen.keySet())
        .contains(
            "full with a waiting list",
            "accepted APPLY",
            "accepted SUSPEND",
            "accepted RESUME",
            "accepted COMPLETE",
            "accepted WITHDRAW",
            ProgrammeRule.ENROLMENT_OVERLAP.code(),
            ProgrammeRule.CONVICTS_ONLY.code(),
            ProgrammeRule.ALREADY_ENROLLED.code(),
            ProgrammeRule.NOT_ENROLLED.code(),
            ProgrammeRule.ENROLMENT_DATE_ORDER.code(),
            ProgrammeRule.ENROLMENT_TRANSITION.code());
  }

  @Test
  void aSingleRosterNeverExceedsCapacityAndPromotesInOrder() {
    Property.check(
        "a roster under random operations keeps its capacity and promotes the longest waiting first",
        worlds(),
        w -> {
          ProgrammeRoster roster = w.register().rosters().get(0);
          for (RosterOperation op : w.operations()) {
            List<Enrolment> waitingBefore = roster.waitingList();
            try {
              roster = op.applyTo(roster).orElseThrow();
            } catch (BengkelException refused) {
              continue;
            }
            assertPlacesWithinCapacity(roster);
            // Promotion is first in, first out: those still waiting are the last of those who
            // waited.
            List<RegistrationNumber> before =
                new ArrayList<>(waitingBefore.stream().map(Enrolment::trainee).toList());
            if (op.kind() == RosterOperation.Kind.WITHDRAW) {
              before.remove(op.trainee());
            }
            List<RegistrationNumber> after =
                roster.waitingList().stream()
                    .map(Enrolment::trainee)
                    .filter(before::contains)
                    .toList();
            assertThat(after)
                .isEqualTo(before.subList(before.size() - after.size(), before.size()));
          }
        });
  }

  @Test
  void attendanceNeverOverlapsForATrainee() {
    AtomicInteger recorded = new AtomicInteger();
    AtomicInteger overlapRefused = new AtomicInteger();
    Property.check(
        "after every attendance attempt, no trainee has attended two overlapping sessions",
        worlds()
            .flatMap(
                w ->
                    random -> {
                      // Add overlapping sessions within each programme, then enrol as the
                      // operations say
                      // (scheduling first: a session that would overlap an open enrolment elsewhere
                      // is refused).
                      TrainingRegister register = w.register();
                      List<Session> pairs = new ArrayList<>();
                      for (ProgrammeRoster r : register.rosters()) {
                        for (Session s :
                            ProgrammeGen.overlappingPairs(r.code(), r.code()).next(random)) {
                          if (!register.sessions().contains(s)) {
                            register = register.schedule(s, TestStamps.RECORDED).orElseThrow();
                            pairs.add(s);
                          }
                        }
                      }
                      for (RosterOperation op : w.operations()) {
                        if (op.kind() == RosterOperation.Kind.APPLY) {
                          try {
                            register = op.applyTo(register).orElseThrow();
                          } catch (BengkelException refused) {
                            // an overlap, a detainee, a second application: the register stays as
                            // it was
                          }
                        }
                      }
                      List<Attendance> attempts = new ArrayList<>();
                      for (int i = 0; i < 40; i++) {
                        Session s =
                            Gen.choose(
                                    random.nextInt(3) == 0 && !pairs.isEmpty()
                                        ? pairs
                                        : register.sessions())
                                .next(random);
                        attempts.add(
                            ProgrammeGen.attendance(s, Gen.choose(w.trainees()).next(random))
                                .next(random));
                      }
                      return new Object[] {register, attempts};
                    }),
        pair -> {
          TrainingRegister register = (TrainingRegister) pair[0];
          @SuppressWarnings("unchecked") // built just above as a List<Attendance>
          List<Attendance> attempts = (List<Attendance>) pair[1];
          OutsideWorkClearance everyone = (trainee, date) -> true;
          for (Attendance a : attempts) {
            try {
              register =
                  register.record(a, everyone, TestStamps.on(a.session().date())).orElseThrow();
              recorded.incrementAndGet();
            } catch (BengkelException refused) {
              if (refused.ruleCode().equals(ProgrammeRule.ATTENDANCE_OVERLAP.code())) {
                overlapRefused.incrementAndGet();
              }
            }
            Map<RegistrationNumber, List<Attendance>> byTrainee = new java.util.HashMap<>();
            for (Attendance x : register.attendance()) {
              assertThat(x.attended()).isLessThanOrEqualTo(x.session().length());
              byTrainee.computeIfAbsent(x.trainee(), k -> new ArrayList<>()).add(x);
            }
            for (List<Attendance> mine : byTrainee.values()) {
              Set<Session> once = new HashSet<>();
              for (int i = 0; i < mine.size(); i++) {
                assertThat(once.add(mine.get(i).session())).as("one record per session").isTrue();
                for (int j = i + 1; j < mine.size(); j++) {
                  if (mine.get(i).isPresent() && mine.get(j).isPresent()) {
                    assertThat(mine.get(i).session().overlaps(mine.get(j).session())).isFalse();
                  }
                }
              }
            }
          }
        });
    assertThat(recorded.get()).isGreaterThan(Property.samples());
    assertThat(overlapRefused.get()).isPositive();
  }

  @Test
  void overlappingSessionsRefuseASecondEnrolmentAndASecondAttendance() {
    Property.check(
        "with an overlapping pair, enrolling in both programmes or attending both sessions is refused",
        Gen.zip(
                ProgrammeGen.distinctProgrammeCodes(2),
                TraineeGen.registrationNumbers(org.bengkel.trainee.RegisterClass.B_I),
                (codes, t) -> new Object[] {codes, t})
            .flatMap(
                p -> {
                  @SuppressWarnings("unchecked") // built just above as a List<ProgrammeCode>
                  List<ProgrammeCode> codes = (List<ProgrammeCode>) p[0];
                  return Gen.zip(
                      ProgrammeGen.overlappingPairs(codes.get(0), codes.get(1)),
                      ProgrammeGen.overlappingPairs(codes.get(0), codes.get(0)),
                      (across, within) -> new Object[] {codes, p[1], across, within});
                }),
        t -> {
          @SuppressWarnings("unchecked") // built above
          List<ProgrammeCode> codes = (List<ProgrammeCode>) t[0];
          RegistrationNumber trainee = (RegistrationNumber) t[1];
          @SuppressWarnings("unchecked") // built above
          List<Session> across = (List<Session>) t[2];
          @SuppressWarnings("unchecked") // built above
          List<Session> within = (List<Session>) t[3];
          List<SkillProgramme> programmes = new ArrayList<>();
          for (ProgrammeCode c : codes) {
            programmes.add(SkillProgrammes.inside(c));
          }
          LocalDate enrolled = LocalDate.of(2019, 12, 1);
          TrainingRegister r =
              TrainingRegister.of(programmes)
                  .schedule(across.get(0), TestStamps.RECORDED)
                  .orElseThrow()
                  .schedule(across.get(1), TestStamps.RECORDED)
                  .orElseThrow()
                  .apply(codes.get(0), trainee, TestStamps.on(enrolled))
                  .orElseThrow();
          TrainingRegister before = r;
          assertThatThrownBy(
                  () -> before.apply(codes.get(1), trainee, TestStamps.on(enrolled)).orElseThrow())
              .isInstanceOf(RefusalException.class)
              .extracting(e -> ((RefusalException) e).ruleCode())
              .isEqualTo(ProgrammeRule.ENROLMENT_OVERLAP.code());
          TrainingRegister twice =
              TrainingRegister.of(programmes)
                  .schedule(within.get(0), TestStamps.RECORDED)
                  .orElseThrow()
                  .schedule(within.get(1), TestStamps.RECORDED)
                  .orElseThrow()
                  .apply(codes.get(0), trainee, TestStamps.on(enrolled))
                  .orElseThrow()
                  .record(
                      Attendance.full(within.get(0), trainee, true),
                      TestStamps.on(within.get(0).date()))
                  .orElseThrow();
          assertThatThrownBy(
                  () ->
                      twice
                          .record(
                              Attendance.full(within.get(1), trainee, true),
                              TestStamps.on(within.get(1).date()))
                          .orElseThrow())
              .isInstanceOf(RefusalException.class)
              .extracting(e -> ((RefusalException) e).ruleCode())
              .isEqualTo(ProgrammeRule.ATTENDANCE_OVERLAP.code());
          assertThat(
                  twice
                      .record(
                          Attendance.absent(
                              within.get(1),
                              trainee,
                              org.bengkel.programme.AbsenceReason.OTHER,
                              false),
                          TestStamps.on(within.get(1).date()))
                      .orElseThrow()
                      .attendance())
              .hasSize(2);
          assertThat(
                  r.roster(codes.get(0))
                      .orElseThrow()
                      .openEnrolment(trainee)
                      .map(Enrolment::status))
              .contains(EnrolmentStatus.ACTIVE);
        });
  }

  /** Plain programmes inside the walls for the refusal test. */
  private static final class SkillProgrammes {
    static SkillProgramme inside(ProgrammeCode code) {
      return ProgrammeGen.programmes(code)
          .map(p -> SkillProgramme.builder().from(p).outsideWalls(false).build())
          .sample(code.hashCode(), 1)
          .get(0);
    }
  }
}
