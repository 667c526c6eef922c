package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bengkel.programme.EnrolmentStatus.ACTIVE;
import static org.bengkel.programme.EnrolmentStatus.WAITING;
import static org.bengkel.programme.Fixtures.ANDI;
import static org.bengkel.programme.Fixtures.BUDI;
import static org.bengkel.programme.Fixtures.CANDRA;
import static org.bengkel.programme.Fixtures.DEDI;
import static org.bengkel.programme.Fixtures.EKO;
import static org.bengkel.programme.Fixtures.KAYU;
import static org.bengkel.programme.Fixtures.KULINER;
import static org.bengkel.programme.Fixtures.MON;
import static org.bengkel.programme.Fixtures.TAHANAN;

import java.util.List;
import java.util.Locale;
import org.bengkel.Stamps;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
import org.junit.jupiter.api.Test;

class ProgrammeRosterTest {

  /** Capacity 2: Andi and Budi active, Candra then Dedi waiting. */
  private final ProgrammeRoster full =
      ProgrammeRoster.of(Fixtures.kayu(2))
          .apply(ANDI, Stamps.on(MON))
          .orElseThrow()
          .apply(BUDI, Stamps.on(MON))
          .orElseThrow()
          .apply(CANDRA, Stamps.on(MON.plusDays(1)))
          .orElseThrow()
          .apply(DEDI, Stamps.on(MON.plusDays(2)))
          .orElseThrow();

  @Test
  void applicantsAreActiveWhileThereIsRoomThenWaitInOrder() {
    assertThat(full.active()).extracting(Enrolment::trainee).containsExactly(ANDI, BUDI);
    assertThat(full.waitingList()).extracting(Enrolment::trainee).containsExactly(CANDRA, DEDI);
    assertThat(full.placesTaken()).isEqualTo(2);
    assertThat(full.freePlaces()).isZero();
    assertThat(full.code()).isEqualTo(KAYU);
    assertThat(full.lastMove()).contains(Stamps.on(MON.plusDays(2)).at());
    assertThat(ProgrammeRoster.of(Fixtures.kayu(2)).lastMove()).isEmpty();
  }

  @Test
  void withdrawalPromotesTheLongestWaitingFirst() {
    ProgrammeRoster r =
        full.withdraw(ANDI, Stamps.on(MON.plusDays(5)), EnrolmentReason.TRANSFER).orElseThrow();
    assertThat(r.active()).extracting(Enrolment::trainee).containsExactly(BUDI, CANDRA);
    assertThat(r.waitingList()).extracting(Enrolment::trainee).containsExactly(DEDI);
    Enrolment candra = r.openEnrolment(CANDRA).orElseThrow();
    assertThat(candra.history().get(1))
        .isEqualTo(
            EnrolmentEvent.of(ACTIVE, Stamps.on(MON.plusDays(5)), EnrolmentReason.PLACE_AVAILABLE));
  }

  @Test
  void completionPromotesTheNextWaiting() {
    ProgrammeRoster r =
        full.complete(BUDI, Stamps.on(MON.plusDays(20)))
            .orElseThrow()
            .complete(ANDI, Stamps.on(MON.plusDays(20)))
            .orElseThrow();
    assertThat(r.active()).extracting(Enrolment::trainee).containsExactly(CANDRA, DEDI);
    assertThat(r.waitingList()).isEmpty();
    assertThat(r.freePlaces()).isZero();
    assertThat(r.enrolmentsOf(BUDI))
        .singleElement()
        .extracting(Enrolment::status)
        .isEqualTo(EnrolmentStatus.COMPLETED);
  }

  @Test
  void withdrawingFromTheWaitingListFreesNoPlace() {
    ProgrammeRoster r =
        full.withdraw(CANDRA, Stamps.on(MON.plusDays(3)), EnrolmentReason.OWN_REQUEST)
            .orElseThrow();
    assertThat(r.waitingList()).extracting(Enrolment::trainee).containsExactly(DEDI);
    assertThat(r.active()).hasSize(2);
  }

  @Test
  void suspendedTraineeKeepsThePlace() {
    ProgrammeRoster r =
        full.suspend(ANDI, Stamps.on(MON.plusDays(3)), false, EnrolmentReason.SICK).orElseThrow();
    assertThat(r.placesTaken()).isEqualTo(2);
    assertThat(r.waitingList()).hasSize(2);
    assertThat(r.active()).extracting(Enrolment::trainee).containsExactly(BUDI);
    ProgrammeRoster back = r.resume(ANDI, Stamps.on(MON.plusDays(4))).orElseThrow();
    assertThat(back.active()).extracting(Enrolment::trainee).containsExactly(ANDI, BUDI);
    assertThat(back.isActiveOn(ANDI, MON.plusDays(3))).isFalse();
    assertThat(back.isActiveOn(ANDI, MON.plusDays(4))).isTrue();
    // a suspended trainee who withdraws frees the place
    ProgrammeRoster out =
        r.withdraw(ANDI, Stamps.on(MON.plusDays(4)), EnrolmentReason.DISCIPLINE).orElseThrow();
    assertThat(out.active()).extracting(Enrolment::trainee).containsExactly(BUDI, CANDRA);
  }

  @Test
  void aTraineeMayReapplyAfterLeaving() {
    ProgrammeRoster r =
        full.withdraw(ANDI, Stamps.on(MON.plusDays(5)), EnrolmentReason.OWN_REQUEST)
            .orElseThrow()
            .apply(ANDI, Stamps.on(MON.plusDays(6)))
            .orElseThrow();
    assertThat(r.enrolmentsOf(ANDI))
        .extracting(Enrolment::status)
        .containsExactly(EnrolmentStatus.WITHDRAWN, WAITING);
    assertThat(r.waitingList()).extracting(Enrolment::trainee).containsExactly(DEDI, ANDI);
  }

  @Test
  void onlyConvictsMayEnrolInProductionProgrammes() {
    RefusalException e =
        catchThrowableOfType(
            RefusalException.class,
            () ->
                ProgrammeRoster.of(Fixtures.kayu(2)).apply(TAHANAN, Stamps.on(MON)).orElseThrow());
    assertThat(e.ruleCode()).isEqualTo("programme.enrolment.convicts-only");
    assertThat(e.refusals().get(0).isPersonal()).isTrue();
    assertThat(e.getMessage()).doesNotContain(TAHANAN.value()).contains("KAYU-2026");
    assertThat(e.message(Messages.INDONESIAN)).contains("hanya narapidana");
    // all four convict register classes are admitted
    assertThat(
            ProgrammeRoster.of(Fixtures.kayu(4))
                .apply(ANDI, Stamps.on(MON))
                .orElseThrow()
                .apply(CANDRA, Stamps.on(MON))
                .orElseThrow()
                .apply(DEDI, Stamps.on(MON))
                .orElseThrow()
                .apply(EKO, Stamps.on(MON))
                .orElseThrow()
                .active())
        .hasSize(4);
  }

  @Test
  void detaineeMayJoinANonProductionProgramme() {
    SkillProgramme course =
        Fixtures.programme(KULINER, SkillField.CULINARY, 5).production(false).build();
    assertThat(ProgrammeRoster.of(course).apply(TAHANAN, Stamps.on(MON)).orElseThrow().active())
        .hasSize(1);
  }

  @Test
  void oneOpenEnrolmentPerTraineeAndProgramme() {
    assertThatThrownBy(() -> full.apply(CANDRA, Stamps.on(MON.plusDays(3))).orElseThrow())
        .isInstanceOf(RefusalException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.already-enrolled");
  }

  @Test
  void movesNeedAnOpenEnrolment() {
    assertThatThrownBy(() -> full.complete(EKO, Stamps.on(MON.plusDays(3))).orElseThrow())
        .isInstanceOf(RefusalException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.not-enrolled");
    ProgrammeRoster done = full.complete(ANDI, Stamps.on(MON.plusDays(3))).orElseThrow();
    assertThatThrownBy(
            () ->
                done.withdraw(ANDI, Stamps.on(MON.plusDays(3)), EnrolmentReason.OWN_REQUEST)
                    .orElseThrow())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.not-enrolled");
  }

  @Test
  void lifecycleRefusalsPassThrough() {
    assertThatThrownBy(() -> full.complete(CANDRA, Stamps.on(MON.plusDays(3))).orElseThrow())
        .isInstanceOf(RefusalException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.transition");
    assertThatThrownBy(() -> full.resume(ANDI, Stamps.on(MON.plusDays(3))).orElseThrow())
        .isInstanceOf(RefusalException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.transition");
  }

  @Test
  void rosterMovesAreRecordedInDateOrder() {
    // the last move is Dedi's application on MON+2: Andi cannot complete on MON+1
    Outcome<ProgrammeRoster> early = full.complete(ANDI, Stamps.on(MON.plusDays(1)));
    assertThat(early.codes()).containsExactly("programme.enrolment.date-order");
    Refusal r = early.refusals().get(0);
    assertThat(r.subject()).isEqualTo("at");
    assertThat(r.value()).contains(Stamps.on(MON.plusDays(1)).at().toString());
    assertThat(r.details()).containsExactly(Stamps.on(MON.plusDays(2)).at().toString());
    assertThat(r.message(Locale.ROOT))
        .isEqualTo(
            "a move must not be stamped before the last recorded move, at "
                + Stamps.on(MON.plusDays(2)).at()
                + " [programme.enrolment.date-order]")
        .doesNotContain(ANDI.value());
    assertThat(early.orElse(full)).isSameAs(full);
    assertThatThrownBy(() -> full.apply(EKO, Stamps.on(MON)).orElseThrow())
        .isInstanceOf(RefusalException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.date-order");
    for (Outcome<ProgrammeRoster> o :
        List.of(
            full.suspend(ANDI, Stamps.on(MON), true, EnrolmentReason.SICK),
            full.resume(ANDI, Stamps.on(MON)),
            full.withdraw(ANDI, Stamps.on(MON), EnrolmentReason.OWN_REQUEST))) {
      assertThat(o.codes()).containsExactly("programme.enrolment.date-order");
    }
  }

  @Test
  void rosterBuiltByHandKeepsItsInvariants() {
    SkillProgramme one = Fixtures.kayu(1);
    Enrolment a = Enrolment.active(KAYU, ANDI, Stamps.on(MON));
    Enrolment b = Enrolment.active(KAYU, BUDI, Stamps.on(MON));
    assertThatThrownBy(() -> ProgrammeRoster.builder().programme(one).addEnrolments(a, b).build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.roster.capacity");
    assertThatThrownBy(
            () ->
                ProgrammeRoster.builder()
                    .programme(one)
                    .addEnrolment(Enrolment.waiting(KAYU, BUDI, Stamps.on(MON)))
                    .build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.roster.idle-place");
    assertThatThrownBy(
            () ->
                ProgrammeRoster.builder()
                    .programme(Fixtures.kayu(3))
                    .addEnrolments(a, Enrolment.active(KAYU, ANDI, Stamps.on(MON)))
                    .build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.roster.duplicate");
    assertThatThrownBy(
            () ->
                ProgrammeRoster.builder()
                    .programme(one)
                    .addEnrolment(Enrolment.active(KULINER, ANDI, Stamps.on(MON)))
                    .build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.roster.programme");
  }

  @Test
  void rosterNeverShowsRegistrationNumbers() {
    assertThat(full.toString())
        .doesNotContain(ANDI.value(), BUDI.value(), CANDRA.value(), DEDI.value());
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                ProgrammeRoster.builder()
                    .programme(Fixtures.kayu(3))
                    .addEnrolments(
                        Enrolment.active(KAYU, ANDI, Stamps.on(MON)),
                        Enrolment.active(KAYU, ANDI, Stamps.on(MON)))
                    .build());
    assertThat(e.message(Locale.ROOT)).doesNotContain(ANDI.value());
  }
}
