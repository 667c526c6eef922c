package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.bengkel.programme.EnrolmentReason.APPLICATION;
import static org.bengkel.programme.EnrolmentReason.DISCIPLINE;
import static org.bengkel.programme.EnrolmentReason.FINISHED;
import static org.bengkel.programme.EnrolmentReason.LEGAL_PROCEEDINGS;
import static org.bengkel.programme.EnrolmentReason.OWN_REQUEST;
import static org.bengkel.programme.EnrolmentReason.PLACE_AVAILABLE;
import static org.bengkel.programme.EnrolmentReason.RELEASE;
import static org.bengkel.programme.EnrolmentReason.RESUMED;
import static org.bengkel.programme.EnrolmentReason.SICK;
import static org.bengkel.programme.EnrolmentReason.TRANSFER;
import static org.bengkel.programme.EnrolmentStatus.ACTIVE;
import static org.bengkel.programme.EnrolmentStatus.COMPLETED;
import static org.bengkel.programme.EnrolmentStatus.SUSPENDED_WITHOUT_PAY;
import static org.bengkel.programme.EnrolmentStatus.SUSPENDED_WITH_PAY;
import static org.bengkel.programme.EnrolmentStatus.WAITING;
import static org.bengkel.programme.EnrolmentStatus.WITHDRAWN;
import static org.bengkel.programme.Fixtures.ANDI;
import static org.bengkel.programme.Fixtures.KAYU;
import static org.bengkel.programme.Fixtures.MON;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.Stamps;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private final Enrolment waiting = Enrolment.waiting(KAYU, ANDI, Stamps.on(MON));
  private final Enrolment active = Enrolment.active(KAYU, ANDI, Stamps.on(MON));

  private static void refused(ThrowingCallable call, String code, Object from, Object to) {
    assertThatThrownBy(call)
        .isInstanceOf(RefusalException.class)
        .satisfies(
            e -> {
              Refusal r = ((RefusalException) e).refusals().get(0);
              assertThat(r.code()).isEqualTo(code);
              assertThat(r.subject()).isEqualTo(from.toString());
              assertThat(r.value()).contains(to.toString());
            });
  }

  @Test
  void applicationStartsOnTheWaitingListOrActive() {
    assertThat(waiting.status()).isEqualTo(WAITING);
    assertThat(active.status()).isEqualTo(ACTIVE);
    assertThat(active.appliedOn()).isEqualTo(MON);
    assertThat(active.since()).isEqualTo(MON);
    assertThat(active.history())
        .containsExactly(EnrolmentEvent.of(ACTIVE, Stamps.on(MON), APPLICATION));
  }

  @Test
  void waitingIsPromotedToActiveWhenAPlaceIsAvailable() {
    Enrolment e = waiting.activate(Stamps.on(MON.plusDays(3)), PLACE_AVAILABLE).orElseThrow();
    assertThat(e.status()).isEqualTo(ACTIVE);
    assertThat(e.since()).isEqualTo(MON.plusDays(3));
    assertThat(waiting.status()).as("unchanged").isEqualTo(WAITING);
  }

  @Test
  void waitingMayWithdraw() {
    assertThat(waiting.withdraw(Stamps.on(MON), OWN_REQUEST).orElseThrow().status())
        .isEqualTo(WITHDRAWN);
  }

  @Test
  void activeIsSuspendedWithOrWithoutPayAndResumes() {
    Enrolment paid = active.suspend(Stamps.on(MON.plusDays(1)), true, SICK).orElseThrow();
    Enrolment unpaid = active.suspend(Stamps.on(MON.plusDays(1)), false, DISCIPLINE).orElseThrow();
    assertThat(paid.status()).isEqualTo(SUSPENDED_WITH_PAY);
    assertThat(unpaid.status()).isEqualTo(SUSPENDED_WITHOUT_PAY);
    assertThat(paid.resume(Stamps.on(MON.plusDays(5))).orElseThrow().status()).isEqualTo(ACTIVE);
    assertThat(unpaid.activate(Stamps.on(MON.plusDays(5)), RESUMED).orElseThrow().status())
        .isEqualTo(ACTIVE);
    assertThat(unpaid.withdraw(Stamps.on(MON.plusDays(6)), DISCIPLINE).orElseThrow().status())
        .isEqualTo(WITHDRAWN);
  }

  @Test
  void activeCompletesOrWithdraws() {
    Enrolment done = active.complete(Stamps.on(MON.plusDays(20))).orElseThrow();
    assertThat(done.status()).isEqualTo(COMPLETED);
    assertThat(done.completedOn()).contains(MON.plusDays(20));
    assertThat(active.completedOn()).isEmpty();
    assertThat(active.withdraw(Stamps.on(MON.plusDays(2)), TRANSFER).orElseThrow().status())
        .isEqualTo(WITHDRAWN);
    assertThat(active.withdraw(Stamps.on(MON.plusDays(2)), RELEASE).orElseThrow().history())
        .hasSize(2);
  }

  @Test
  void finalStatesCannotBeLeft() {
    Enrolment done = active.complete(Stamps.on(MON.plusDays(20))).orElseThrow();
    Enrolment gone = active.withdraw(Stamps.on(MON.plusDays(2)), OWN_REQUEST).orElseThrow();
    String rule = "programme.enrolment.transition";
    refused(
        () -> done.withdraw(Stamps.on(MON.plusDays(21)), OWN_REQUEST).orElseThrow(),
        rule,
        COMPLETED,
        WITHDRAWN);
    refused(
        () -> done.suspend(Stamps.on(MON.plusDays(21)), true, SICK).orElseThrow(),
        rule,
        COMPLETED,
        SUSPENDED_WITH_PAY);
    refused(
        () -> gone.activate(Stamps.on(MON.plusDays(21)), PLACE_AVAILABLE).orElseThrow(),
        rule,
        WITHDRAWN,
        ACTIVE);
    refused(
        () -> gone.complete(Stamps.on(MON.plusDays(21))).orElseThrow(), rule, WITHDRAWN, COMPLETED);
    refused(() -> done.resume(Stamps.on(MON.plusDays(21))).orElseThrow(), rule, COMPLETED, ACTIVE);
  }

  @Test
  void waitingCannotBeSuspendedCompletedOrResumed() {
    String rule = "programme.enrolment.transition";
    refused(
        () -> waiting.suspend(Stamps.on(MON), false, SICK).orElseThrow(),
        rule,
        WAITING,
        SUSPENDED_WITHOUT_PAY);
    refused(() -> waiting.complete(Stamps.on(MON)).orElseThrow(), rule, WAITING, COMPLETED);
    refused(() -> waiting.resume(Stamps.on(MON)).orElseThrow(), rule, WAITING, ACTIVE);
  }

  @Test
  void suspendedCannotCompleteNorBeSuspendedAgain() {
    Enrolment s = active.suspend(Stamps.on(MON), true, SICK).orElseThrow();
    String rule = "programme.enrolment.transition";
    refused(() -> s.complete(Stamps.on(MON)).orElseThrow(), rule, SUSPENDED_WITH_PAY, COMPLETED);
    refused(
        () -> s.suspend(Stamps.on(MON), false, SICK).orElseThrow(),
        rule,
        SUSPENDED_WITH_PAY,
        SUSPENDED_WITHOUT_PAY);
    refused(() -> active.activate(Stamps.on(MON), RESUMED).orElseThrow(), rule, ACTIVE, ACTIVE);
    refused(() -> active.resume(Stamps.on(MON)).orElseThrow(), rule, ACTIVE, ACTIVE);
  }

  @Test
  void reasonMustFitTheMove() {
    String rule = "programme.enrolment.reason";
    refused(
        () -> active.suspend(Stamps.on(MON), true, FINISHED).orElseThrow(),
        rule,
        ACTIVE,
        SUSPENDED_WITH_PAY);
    refused(() -> active.withdraw(Stamps.on(MON), SICK).orElseThrow(), rule, ACTIVE, WITHDRAWN);
    refused(() -> waiting.activate(Stamps.on(MON), RESUMED).orElseThrow(), rule, WAITING, ACTIVE);
    refused(
        () ->
            active
                .suspend(Stamps.on(MON), true, SICK)
                .orElseThrow()
                .activate(Stamps.on(MON), PLACE_AVAILABLE)
                .orElseThrow(),
        rule,
        SUSPENDED_WITH_PAY,
        ACTIVE);
    refused(
        () -> waiting.withdraw(Stamps.on(MON), APPLICATION).orElseThrow(),
        rule,
        WAITING,
        WITHDRAWN);
    assertThatThrownBy(() -> EnrolmentEvent.of(COMPLETED, Stamps.on(MON), SICK))
        .isInstanceOf(InvalidValueException.class)
        .extracting(Fixtures::rule)
        .isEqualTo(rule);
  }

  @Test
  void aRefusedMoveIsAValueAndLeavesTheEnrolmentAsItWas() {
    Enrolment done = active.complete(Stamps.on(MON.plusDays(20))).orElseThrow();
    org.bengkel.outcome.Outcome<Enrolment> again =
        done.withdraw(Stamps.on(MON.plusDays(21)), OWN_REQUEST);
    assertThat(again.isRefused()).isTrue();
    assertThat(again.codes()).containsExactly("programme.enrolment.transition");
    assertThat(again.orElse(done)).isSameAs(done);
    assertThat(again.refusals().get(0).message(Locale.ROOT))
        .isEqualTo(
            "the enrolment lifecycle does not allow this move [programme.enrolment.transition]");
  }

  @Test
  void aReasonRefusalNeverShowsTheReason() {
    // Sick, discipline, legal proceedings: health and legal data, never in a message.
    List<org.bengkel.outcome.Outcome<Enrolment>> refused =
        List.of(
            active.withdraw(Stamps.on(MON), SICK),
            active.suspend(Stamps.on(MON), true, FINISHED),
            waiting.activate(Stamps.on(MON), RESUMED),
            active
                .suspend(Stamps.on(MON), false, LEGAL_PROCEEDINGS)
                .orElseThrow()
                .activate(Stamps.on(MON), PLACE_AVAILABLE));
    for (org.bengkel.outcome.Outcome<Enrolment> outcome : refused) {
      assertThat(outcome.codes()).containsExactly("programme.enrolment.reason");
      Refusal r = outcome.refusals().get(0);
      assertThat(r.details()).isEmpty();
      for (String text :
          List.of(
              r.toString(),
              r.message(Locale.ROOT),
              r.message(Locale.forLanguageTag("id")),
              outcome.toString())) {
        for (EnrolmentReason reason : EnrolmentReason.values()) {
          assertThat(text).doesNotContain(reason.name());
        }
      }
    }
    assertThat(active.withdraw(Stamps.on(MON), SICK).refusals().get(0).message(Locale.ROOT))
        .isEqualTo("the reason given does not explain this move [programme.enrolment.reason]");
    Throwable thrown = catchThrowable(() -> EnrolmentEvent.of(COMPLETED, Stamps.on(MON), SICK));
    assertThat(thrown.getMessage()).doesNotContain("SICK");
    assertThat(((InvalidValueException) thrown).isPersonal()).isTrue();
  }

  @Test
  void movesAreNotDatedBeforeTheLastMove() {
    org.bengkel.outcome.Outcome<Enrolment> early = active.complete(Stamps.on(MON.minusDays(1)));
    assertThat(early.codes()).containsExactly("programme.enrolment.date-order");
    Refusal r = early.refusals().get(0);
    // the stamps' instants: 10.00 WIB is 03.00 UTC
    assertThat(r.subject()).isEqualTo("at");
    assertThat(r.value()).contains(Stamps.on(MON.minusDays(1)).at().toString());
    assertThat(r.details()).containsExactly(Stamps.on(MON).at().toString());
    assertThat(r.message(Locale.ROOT)).doesNotContain(ANDI.value());
    assertThat(early.orElse(active)).isSameAs(active);
    for (org.bengkel.outcome.Outcome<Enrolment> o :
        List.of(
            active.suspend(Stamps.on(MON.minusDays(1)), true, SICK),
            active.withdraw(Stamps.on(MON.minusDays(1)), SICK),
            active
                .suspend(Stamps.on(MON), true, SICK)
                .orElseThrow()
                .resume(Stamps.on(MON.minusDays(1))))) {
      assertThat(o.codes()).containsExactly("programme.enrolment.date-order");
    }
    assertThat(active.complete(Stamps.on(MON)).orElseThrow().status())
        .as("same day allowed")
        .isEqualTo(COMPLETED);
  }

  @Test
  void statusOnADateFollowsTheHistory() {
    Enrolment e =
        waiting
            .activate(Stamps.on(MON.plusDays(2)), PLACE_AVAILABLE)
            .orElseThrow()
            .suspend(Stamps.on(MON.plusDays(4)), false, SICK)
            .orElseThrow()
            .resume(Stamps.on(MON.plusDays(6)))
            .orElseThrow()
            .complete(Stamps.on(MON.plusDays(9)))
            .orElseThrow();
    assertThat(e.statusOn(MON.minusDays(1))).isEmpty();
    assertThat(e.statusOn(MON)).contains(WAITING);
    assertThat(e.statusOn(MON.plusDays(3))).contains(ACTIVE);
    assertThat(e.statusOn(MON.plusDays(4))).contains(SUSPENDED_WITHOUT_PAY);
    assertThat(e.isActiveOn(MON.plusDays(5))).isFalse();
    assertThat(e.isActiveOn(MON.plusDays(6))).isTrue();
    assertThat(e.isActiveOn(MON.plusDays(9))).isFalse();
    assertThat(e.wasActiveBy(MON.plusDays(1))).isFalse();
    assertThat(e.wasActiveBy(MON.plusDays(2))).isTrue();
    // two moves on one day: the last wins
    Enrolment sameDay = active.withdraw(Stamps.on(MON), OWN_REQUEST).orElseThrow();
    assertThat(sameDay.statusOn(MON)).contains(WITHDRAWN);
  }

  @Test
  void historyBuiltByHandMustFollowTheLifecycle() {
    EnrolmentEvent applied = EnrolmentEvent.of(ACTIVE, Stamps.on(MON), APPLICATION);
    assertThatThrownBy(() -> Enrolment.builder().programme(KAYU).trainee(ANDI).build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.empty");
    assertThatThrownBy(
            () ->
                Enrolment.builder()
                    .programme(KAYU)
                    .trainee(ANDI)
                    .addHistory(EnrolmentEvent.of(WITHDRAWN, Stamps.on(MON), OWN_REQUEST))
                    .build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.reason");
    assertThatThrownBy(
            () ->
                Enrolment.builder()
                    .programme(KAYU)
                    .trainee(ANDI)
                    .addHistory(applied, EnrolmentEvent.of(WAITING, Stamps.on(MON), APPLICATION))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.transition");
    assertThatThrownBy(
            () ->
                Enrolment.builder()
                    .programme(KAYU)
                    .trainee(ANDI)
                    .addHistory(
                        applied,
                        EnrolmentEvent.of(SUSPENDED_WITH_PAY, Stamps.on(MON), SICK),
                        EnrolmentEvent.of(ACTIVE, Stamps.on(MON), PLACE_AVAILABLE))
                    .build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.reason");
    assertThatThrownBy(
            () ->
                Enrolment.builder()
                    .programme(KAYU)
                    .trainee(ANDI)
                    .addHistory(
                        applied,
                        EnrolmentEvent.of(COMPLETED, Stamps.on(MON.minusDays(1)), FINISHED))
                    .build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.enrolment.date-order");
  }

  @Test
  void builderAndFactoryBuildTheSameEvent() {
    assertThat(
            EnrolmentEvent.builder().status(ACTIVE).stamp(Stamps.on(MON)).reason(RESUMED).build())
        .isEqualTo(EnrolmentEvent.of(ACTIVE, Stamps.on(MON), RESUMED));
    assertThat(
            AchievedUnit.builder().programme(KAYU).unitCode("UNIT.001.01").achievedOn(MON).build())
        .isEqualTo(AchievedUnit.of(KAYU, "UNIT.001.01", MON));
  }

  @Test
  void lifecycleTable() {
    assertThat(WAITING.next()).containsExactlyInAnyOrder(ACTIVE, WITHDRAWN);
    assertThat(ACTIVE.next())
        .containsExactlyInAnyOrder(SUSPENDED_WITH_PAY, SUSPENDED_WITHOUT_PAY, COMPLETED, WITHDRAWN);
    assertThat(SUSPENDED_WITHOUT_PAY.next()).containsExactlyInAnyOrder(ACTIVE, WITHDRAWN);
    assertThat(COMPLETED.next()).isEmpty();
    assertThat(WITHDRAWN.next()).isEmpty();
    assertThat(List.of(WAITING, ACTIVE, SUSPENDED_WITH_PAY)).allMatch(EnrolmentStatus::isOpen);
    assertThat(COMPLETED.isOpen()).isFalse();
    assertThat(WAITING.holdsPlace()).isFalse();
    assertThat(SUSPENDED_WITHOUT_PAY.holdsPlace()).isTrue();
    assertThat(FINISHED.targets()).containsExactly(COMPLETED);
  }

  @Test
  void registrationNumberNeverShown() {
    assertThat(active.toString()).doesNotContain(ANDI.value()).contains("KAYU-2026");
    Refusal r = active.complete(Stamps.on(LocalDate.of(2020, 1, 1))).refusals().get(0);
    assertThat(r.message(Locale.ROOT)).doesNotContain(ANDI.value()).contains("2026-03-02");
    assertThat(r.message(Messages.INDONESIAN)).contains("perpindahan terakhir");
    assertThat(r.toString()).doesNotContain(ANDI.value());
  }
}
