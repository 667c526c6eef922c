package org.bengkel.testkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.bengkel.audit.AuditTrail;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.outcome.Outcome;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.TrainingEvent;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.testkit.AuditGen;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.ProgrammeGen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.RosterOperation;
import org.bengkel.testkit.TraineeGen;
import org.bengkel.trainee.AssessmentRecord;
import org.bengkel.trainee.DisciplineRecord;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.RemissionKind;
import org.bengkel.trainee.Trainee;
import org.bengkel.trainee.TraineeEvent;
import org.bengkel.trainee.TraineeStatus;
import org.junit.jupiter.api.Test;

/**
 * Replay laws of the training records and trainees (docs/audit.md), as {@link ReplayLawsTest} for
 * stock and orders: for random operation sequences (1,000 by default, {@link
 * Property#SAMPLES_PROPERTY}) over the testkit's generators, the events of the accepted operations
 * rebuild the same register, roster or trainee at the same versions; a refused operation yields no
 * event and changes no version; each event carries its aggregate's next version.
 */
class TrainingReplayLawsTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

  /** A register's world: programmes, a schedule, trainees and a mixed operation sequence. */
  record World(List<SkillProgramme> programmes, List<Step> steps, List<RosterOperation> moves) {}

  /** One operation on a register, described without personal data. */
  record Step(String what, Function<TrainingRegister, Outcome<TrainingRegister>> op) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Gen<World> worlds() {
    return random -> {
      int n = random.nextInt(1, 4);
      List<ProgrammeCode> codes = ProgrammeGen.distinctProgrammeCodes(n).next(random);
      List<SkillProgramme> programmes = new ArrayList<>();
      for (ProgrammeCode code : codes) {
        programmes.add(ProgrammeGen.programmes(code, Gen.ints(1, 3)).next(random));
      }
      List<Session> sessions =
          new ArrayList<>(ProgrammeGen.schedules(codes, FIRST_DAY).next(random));
      if (n > 1 && random.nextInt(3) == 0) {
        sessions.addAll(ProgrammeGen.overlappingPairs(codes.get(0), codes.get(1)).next(random));
      }
      List<RegistrationNumber> trainees =
          List.copyOf(
                  new HashSet<>(
                      Gen.listOf(
                              TraineeGen.convictClasses().flatMap(TraineeGen::registrationNumbers),
                              2,
                              6)
                          .next(random)))
              .stream()
              .sorted()
              .toList();
      List<Step> steps = new ArrayList<>();
      for (Session s : sessions) {
        Stamp at = stamp(random, FIRST_DAY.minusDays(40));
        steps.add(new Step("schedule " + s, r -> r.schedule(s, at)));
      }
      List<RosterOperation> ops =
          ProgrammeGen.operations(codes, trainees, FIRST_DAY.minusDays(30), 40).next(random);
      for (RosterOperation op : ops) {
        steps.add(new Step(op.toString(), op::applyTo));
        if (random.nextInt(3) == 0 && !sessions.isEmpty()) {
          Session s = sessions.get(random.nextInt(sessions.size()));
          int who = random.nextInt(trainees.size());
          var record = ProgrammeGen.attendance(s, trainees.get(who)).next(random);
          Stamp at = stamp(random, s.date());
          boolean cleared = random.nextBoolean();
          steps.add(
              new Step(
                  "attendance of trainee #" + who + " at " + s,
                  r -> r.record(record, (t, d) -> cleared, at)));
        }
        if (random.nextInt(5) == 0) {
          SkillProgramme p = programmes.get(random.nextInt(programmes.size()));
          int who = random.nextInt(trainees.size());
          var assessment =
              ProgrammeGen.assessments(
                      p, trainees.get(who), FIRST_DAY.minusDays(30), FIRST_DAY.plusDays(60))
                  .next(random);
          Stamp at = stamp(random, FIRST_DAY.plusDays(61));
          steps.add(
              new Step(
                  "assessment of trainee #" + who + " in " + p.code(),
                  r -> r.recordAssessment(assessment, at)));
        }
      }
      return new World(programmes, steps, ops);
    };
  }

  private static Stamp stamp(RandomGenerator random, LocalDate day) {
    return AuditGen.stamp(random, day.atTime(9, 0), TimeZoneName.WIB);
  }

  @Test
  void aRegisterReplayedFromItsEventsEqualsTheLiveOne() {
    Property.check(
        "replaying a register's events gives the same register and programme versions",
        worlds(),
        w -> {
          TrainingRegister register = TrainingRegister.of(w.programmes());
          List<TrainingEvent> events = new ArrayList<>();
          for (Step step : w.steps()) {
            TrainingRegister before = register;
            Outcome<TrainingRegister> r = step.op().apply(before);
            if (r.isRefused()) {
              assertThat(r.events()).as("a refused %s yields no event", step).isEmpty();
              assertThat(r.orElse(before)).isSameAs(before);
              continue;
            }
            register = r.orElseThrow();
            List<TrainingEvent> own = r.events(TrainingEvent.class);
            assertThat(own).as("events of %s", step).hasSize(1).isEqualTo(r.events());
            TrainingEvent e = own.get(0);
            ProgrammeCode p = e.programme();
            assertThat(e.version()).isEqualTo(before.version(p) + 1).isEqualTo(register.version(p));
            assertThat(register.version()).isEqualTo(before.version() + 1);
            events.add(e);
          }
          TrainingRegister replayed = TrainingRegister.replay(w.programmes(), events);
          assertThat(replayed).isEqualTo(register);
          assertThat(replayed.version()).isEqualTo(register.version()).isEqualTo(events.size());
          for (SkillProgramme p : w.programmes()) {
            assertThat(replayed.version(p.code())).isEqualTo(register.version(p.code()));
          }
          assertTrailHidesTrainees(events);
        });
  }

  @Test
  void aRosterReplayedFromItsEventsEqualsTheLiveOne() {
    Property.check(
        "replaying a roster's events gives the same roster and version",
        worlds(),
        w -> {
          SkillProgramme programme = w.programmes().get(0);
          ProgrammeRoster roster = ProgrammeRoster.of(programme);
          List<TrainingEvent> events = new ArrayList<>();
          for (RosterOperation op : w.moves()) {
            if (!op.programme().equals(programme.code())) {
              continue; // the roster alone sees its own programme's moves
            }
            ProgrammeRoster before = roster;
            Outcome<ProgrammeRoster> r = op.applyTo(before);
            if (r.isRefused()) {
              assertThat(r.events()).as("a refused %s yields no event", op).isEmpty();
              continue;
            }
            roster = r.orElseThrow();
            List<TrainingEvent> own = r.events(TrainingEvent.class);
            assertThat(own).hasSize(1).isEqualTo(r.events());
            assertThat(own.get(0).version())
                .isEqualTo(before.version() + 1)
                .isEqualTo(roster.version());
            events.add(own.get(0));
          }
          ProgrammeRoster replayed = ProgrammeRoster.replay(programme, events);
          assertThat(replayed).isEqualTo(roster);
          assertThat(replayed.version()).isEqualTo(roster.version()).isEqualTo(events.size());
        });
  }

  /** A trainee as admitted and a sequence of stamped changes, some refused or invalid. */
  record TraineeWorld(Trainee admitted, List<Function<Trainee, Outcome<Trainee>>> ops) {
    @Override
    public String toString() {
      return "TraineeWorld{ops=" + ops.size() + "}";
    }
  }

  static Gen<TraineeWorld> traineeWorlds() {
    return random -> {
      Trainee admitted = TraineeGen.trainees().next(random);
      List<Function<Trainee, Outcome<Trainee>>> ops = new ArrayList<>();
      Stamp at = stamp(random, LocalDate.of(2025, 1, 6));
      int length = random.nextInt(1, 15);
      for (int i = 0; i < length; i++) {
        Stamp now = at.plusHours(i);
        LocalDate day =
            Gen.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)).next(random);
        switch (random.nextInt(5)) {
          case 0 -> {
            TraineeStatus s = Gen.enums(TraineeStatus.class).next(random);
            ops.add(t -> t.changeStatus(s, now));
          }
          case 1 -> {
            AssessmentRecord a = TraineeGen.assessmentRecords(day, day.plusDays(30)).next(random);
            ops.add(t -> t.recordAssessment(a, now));
          }
          case 2 -> {
            DisciplineRecord d = TraineeGen.disciplineRecords(day, day.plusDays(30)).next(random);
            ops.add(t -> t.recordDiscipline(d, now));
          }
          case 3 -> {
            Remission r = Remission.of(random.nextInt(1, 30), day, RemissionKind.GENERAL);
            ops.add(t -> t.withRemission(r, now));
          }
          default -> {
            Trainee convict = TraineeGen.convicts().next(random);
            ops.add(
                t ->
                    t.sentenced(
                        convict.registrationNumber(), convict.sentence().orElseThrow(), now));
          }
        }
      }
      return new TraineeWorld(admitted, ops);
    };
  }

  @Test
  void aTraineeReplayedFromItsEventsEqualsTheLiveOne() {
    Property.check(
        "replaying a trainee's events gives the same record and version",
        traineeWorlds(),
        w -> {
          Trainee t = w.admitted();
          assertThat(t.version()).isZero();
          List<TraineeEvent> events = new ArrayList<>();
          for (Function<Trainee, Outcome<Trainee>> op : w.ops()) {
            Trainee before = t;
            Outcome<Trainee> r;
            try {
              r = op.apply(before);
            } catch (InvalidValueException invalid) {
              continue; // a value that does not fit the record (a remission too large): no change
            }
            if (r.isRefused() || r.events().isEmpty()) {
              // refused, or the same status again: nothing changed
              assertThat(r.events()).isEmpty();
              assertThat(r.orElse(before).version()).isEqualTo(before.version());
              continue;
            }
            t = r.orElseThrow();
            List<TraineeEvent> own = r.events(TraineeEvent.class);
            assertThat(own).hasSize(1).isEqualTo(r.events());
            assertThat(own.get(0).version()).isEqualTo(before.version() + 1).isEqualTo(t.version());
            assertThat(own.get(0).trainee()).isEqualTo(before.registrationNumber());
            events.add(own.get(0));
          }
          Trainee replayed = Trainee.replay(w.admitted(), events);
          assertThat(replayed).isEqualTo(t);
          assertThat(replayed.version()).isEqualTo(t.version()).isEqualTo(events.size());
          assertTrailHidesTrainees(events);
        });
  }

  /**
   * Every event has its sentence in both languages, and registration numbers appear only under
   * {@link Disclosure#REGISTRATION_NUMBERS}.
   */
  private static void assertTrailHidesTrainees(List<? extends org.bengkel.audit.DomainEvent> es) {
    AuditTrail trail = AuditTrail.of(es);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
      List<String> hidden = trail.lines(locale, List.of(), Disclosure.NO_TRAINEES);
      List<String> shown = trail.lines(locale, List.of(), Disclosure.REGISTRATION_NUMBERS);
      assertThat(hidden).hasSameSizeAs(es).noneMatch(l -> l.contains("event."));
      assertThat(shown).hasSameSizeAs(es);
      for (int i = 0; i < hidden.size(); i++) {
        List<Object> withheld = trail.events().get(i).auditFacts(Disclosure.NO_TRAINEES);
        List<Object> disclosed = trail.events().get(i).auditFacts(Disclosure.REGISTRATION_NUMBERS);
        assertThat(withheld).hasSameSizeAs(disclosed);
        for (int j = 0; j < disclosed.size(); j++) {
          if (!withheld.get(j).equals(disclosed.get(j))) {
            // a registration number: only where the reader may see it
            assertThat(withheld.get(j)).isEqualTo(TrainingEvent.WITHHELD);
            assertThat(hidden.get(i)).doesNotContain(disclosed.get(j).toString());
            assertThat(shown.get(i)).contains(disclosed.get(j).toString());
          }
        }
      }
    }
  }
}
