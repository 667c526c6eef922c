package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.programme.Fixtures.ANDI;
import static org.bengkel.programme.Fixtures.ASSESSOR;
import static org.bengkel.programme.Fixtures.BUDI;
import static org.bengkel.programme.Fixtures.CUCI;
import static org.bengkel.programme.Fixtures.KAYU;
import static org.bengkel.programme.Fixtures.MON;
import static org.bengkel.programme.Fixtures.session;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.bengkel.Stamps;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

/**
 * The training events' own checks and audit facts, the value types' equality, and the overlap
 * sweep's answer on hand-made days (edges found by mutation testing, docs/testing.md).
 */
class ProgrammeEventsMutationEdgesTest {

  private static final Stamp AT = Stamps.on(MON);
  private static final Session MORNING = session(KAYU, MON, 8, 12);
  private static final Attendance PART =
      Attendance.partial(MORNING, ANDI, Duration.ofMinutes(150), AbsenceReason.SICK, true);
  private static final CompetencyAssessment UNIT =
      CompetencyAssessment.builder()
          .trainee(ANDI)
          .programme(KAYU)
          .unitCode("UNIT.001.01")
          .result(CompetencyResult.NOT_YET_COMPETENT)
          .assessor(ASSESSOR)
          .date(MON)
          .evidence("Demonstrasi praktik")
          .build();

  /** Each kind of event, made at a given version. */
  private static final List<Function<Long, TrainingEvent>> KINDS =
      List.of(
          v -> new TrainingEvent.EnrolmentApplied(KAYU, v, AT, ANDI, EnrolmentStatus.ACTIVE),
          v ->
              new TrainingEvent.EnrolmentSuspended(
                  KAYU, v, AT, ANDI, true, EnrolmentReason.WORK_HALTED),
          v -> new TrainingEvent.EnrolmentResumed(KAYU, v, AT, ANDI),
          v -> new TrainingEvent.EnrolmentCompleted(KAYU, v, AT, ANDI, List.of(BUDI)),
          v ->
              new TrainingEvent.EnrolmentWithdrawn(
                  KAYU, v, AT, ANDI, EnrolmentReason.OWN_REQUEST, List.of()),
          v -> new TrainingEvent.SessionScheduled(KAYU, v, AT, MORNING),
          v -> new TrainingEvent.AttendanceRecorded(KAYU, v, AT, PART),
          v -> new TrainingEvent.AssessmentRecorded(KAYU, v, AT, UNIT));

  @Test
  void everyKindOfEventRefusesVersionZeroAndKeepsItsAggregate() {
    for (Function<Long, TrainingEvent> kind : KINDS) {
      assertThatThrownBy(() -> kind.apply(0L))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).field())
          .isEqualTo("version");
      TrainingEvent e = kind.apply(7L);
      assertThat(e.version()).isEqualTo(7);
      assertThat(e.aggregateId()).isEqualTo("KAYU-2026");
      assertThat(e.stamp()).isEqualTo(AT);
    }
  }

  @Test
  void auditFactsShowTheNumberOnlyWhenDisclosed() {
    String andi = ANDI.value();
    List<List<Object>> disclosed =
        KINDS.stream().map(k -> k.apply(1L).auditFacts(Disclosure.REGISTRATION_NUMBERS)).toList();
    assertThat(disclosed)
        .containsExactly(
            List.of(andi, "KAYU-2026", EnrolmentStatus.ACTIVE),
            List.of(andi, "KAYU-2026"),
            List.of(andi, "KAYU-2026"),
            List.of(andi, "KAYU-2026", 1), // one trainee promoted
            List.of(andi, "KAYU-2026", 0),
            List.of("KAYU-2026", "2026-03-02", "08:00", "12:00"),
            List.of(andi, 150L, "KAYU-2026", "2026-03-02"), // 2 h 30 min = 150 minutes
            List.of(andi, "UNIT.001.01", "NOT_YET_COMPETENT", "KAYU-2026"));
    List<List<Object>> withheld =
        KINDS.stream().map(k -> k.apply(1L).auditFacts(Disclosure.NO_TRAINEES)).toList();
    for (int i = 0; i < withheld.size(); i++) {
      assertThat(withheld.get(i)).doesNotContain(andi);
      // the same facts, the number replaced by the mark where it stood
      List<Object> expected =
          disclosed.get(i).stream()
              .map(f -> f.equals(andi) ? (Object) TrainingEvent.WITHHELD : f)
              .toList();
      assertThat(withheld.get(i)).isEqualTo(expected);
    }
  }

  @Test
  void enrolmentEventsDescribeThemselvesWithoutTheTrainee() {
    for (Function<Long, TrainingEvent> kind : KINDS.subList(0, 5)) {
      TrainingEvent e = kind.apply(3L);
      assertThat(e.toString())
          .isEqualTo(
              e.getClass().getSimpleName() + "{programme=KAYU-2026, version=3, stamp=" + AT + "}")
          .doesNotContain(ANDI.value())
          .doesNotContain(BUDI.value());
    }
  }

  @Test
  void codesAndFieldsAreEqualByTheirTextAlone() {
    assertThatThrownBy(() -> ProgrammeCode.parse(null)).isInstanceOf(MissingValueException.class);
    ProgrammeCode kayu = ProgrammeCode.parse(new StringBuilder("KAYU-2026"));
    assertThat(kayu.value()).isEqualTo("KAYU-2026");
    assertThat(kayu).isEqualTo(KAYU).hasSameHashCodeAs(KAYU);
    assertThat(kayu.equals((Object) "KAYU-2026")).isFalse();
    // different texts, different hashes (String's hash of each; "KAYU-2026" vs "CUCI-2026")
    assertThat(kayu.hashCode()).isNotEqualTo(CUCI.hashCode());
    SkillField batik = SkillField.of("BATIK");
    assertThat(batik).isEqualTo(SkillField.of("BATIK")).hasSameHashCodeAs(SkillField.of("BATIK"));
    assertThat(batik.hashCode()).isNotEqualTo(SkillField.CULINARY.hashCode());
  }

  @Test
  void theSweepAnswersWithTheLatestEndingSessionBeforeTheOneThatMeetsIt() {
    // index 0 (owner 0, 08-12) meets index 1 (owner 1, 11-13): the pair [0, 1]
    assertThat(
            TrainingRegister.firstOverlap(
                List.of(session(KAYU, MON, 8, 12), session(KAYU, MON, 11, 13)), List.of(0, 1)))
        .containsExactly(0, 1);
    // sessions that only touch (12:00) do not overlap
    assertThat(
            TrainingRegister.firstOverlap(
                List.of(session(KAYU, MON, 8, 12), session(KAYU, MON, 12, 13)), List.of(0, 1)))
        .isEmpty();
    // owner 0 holds 08-17 and 09-10; owner 1's 11-12 meets 08-17, which still ends latest after
    // 09-10 was passed: [0, 2]
    assertThat(
            TrainingRegister.firstOverlap(
                List.of(
                    session(KAYU, MON, 8, 17),
                    session(KAYU, MON, 9, 10),
                    session(KAYU, MON, 11, 12)),
                List.of(0, 0, 1)))
        .containsExactly(0, 2);
    // owner 0's 08-12 and 09-12 end together: the earlier (index 0) stays the latest-ending, so
    // owner 1's 10-11 is reported against index 0
    assertThat(
            TrainingRegister.firstOverlap(
                List.of(
                    session(KAYU, MON, 8, 12),
                    session(KAYU, MON, 9, 12),
                    session(KAYU, MON, 10, 11)),
                List.of(0, 0, 1)))
        .containsExactly(0, 2);
    // one owner's sessions never count against each other
    assertThat(
            TrainingRegister.firstOverlap(
                List.of(session(KAYU, MON, 8, 12), session(KAYU, MON, 9, 11)), List.of(0, 0)))
        .isEmpty();
  }
}
