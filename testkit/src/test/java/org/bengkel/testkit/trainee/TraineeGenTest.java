package org.bengkel.testkit.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.TraineeGen;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.RegisterClass;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.SentenceKind;
import org.bengkel.trainee.Trainee;
import org.bengkel.trainee.TraineeStatus;
import org.junit.jupiter.api.Test;

/** The trainee generators produce only valid, consistent values and reach the edges. */
class TraineeGenTest {

  @Test
  void registrationNumbersParseBackToThemselvesInTheirClass() {
    for (RegisterClass rc : RegisterClass.values()) {
      Property.check(
          "a generated "
              + rc.prefix()
              + " number parses back to itself, in its class, within 40 chars",
          TraineeGen.registrationNumbers(rc),
          n -> {
            assertThat(RegistrationNumber.parse(n.value())).isEqualTo(n);
            assertThat(n.registerClass()).isEqualTo(rc);
            assertThat(n.value())
                .startsWith(rc.prefix())
                .hasSizeLessThanOrEqualTo(40)
                .doesNotContain("*");
          });
    }
  }

  @Test
  void sentencesAgreeWithTheirRegisterClass() {
    for (RegisterClass rc :
        List.of(RegisterClass.B_I, RegisterClass.B_IIA, RegisterClass.B_IIB, RegisterClass.B_III)) {
      Property.check(
          "a generated " + rc.prefix() + " sentence is in class " + rc.prefix(),
          TraineeGen.sentences(rc),
          s -> {
            assertThat(s.registerClass()).isEqualTo(rc);
            assertThat(s.kind() == SentenceKind.KURUNGAN).isEqualTo(rc == RegisterClass.B_III);
            long n = s.nominalDays();
            switch (rc) {
              case B_I -> assertThat(n).isBetween(361L, 7_200L);
              case B_IIA -> assertThat(n).isBetween(91L, 360L);
              case B_IIB -> assertThat(n).isBetween(1L, 90L);
              default -> assertThat(n).isBetween(1L, 480L);
            }
          });
    }
    assertThatThrownBy(() -> TraineeGen.sentenceLengths(RegisterClass.A_I))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                TraineeGen.withRemissions(
                    Sentence.imprisonment(Period.ofYears(1), LocalDate.of(2024, 1, 1)), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sentencesReachTheEdges() {
    List<Sentence> b1 = TraineeGen.sentences(RegisterClass.B_I).sample(7L, 2_000);
    assertThat(b1.stream().map(Sentence::length))
        .contains(
            Period.ofMonths(18),
            Period.of(1, 6, 0),
            Period.of(1, 6, 1),
            Period.of(1, 0, 1),
            Period.ofYears(20));
    assertThat(
            TraineeGen.sentences(RegisterClass.B_IIB).sample(7L, 500).stream()
                .map(Sentence::length))
        .contains(Period.ofDays(1), Period.ofMonths(3));
    assertThat(
            TraineeGen.sentences(RegisterClass.B_IIA).sample(7L, 500).stream()
                .map(Sentence::length))
        .contains(Period.ofYears(1), Period.of(0, 3, 1));
    assertThat(
            TraineeGen.sentences(RegisterClass.B_III).sample(7L, 500).stream()
                .map(Sentence::length))
        .contains(Period.of(1, 4, 0), Period.ofDays(1));
    List<Sentence> all = TraineeGen.sentences().sample(7L, 3_000);
    assertThat(all).anyMatch(s -> s.firstDayOfDetention().equals(LocalDate.of(2024, 2, 29)));
    assertThat(all).anyMatch(s -> s.remissions().isEmpty());
    assertThat(all).anyMatch(s -> s.remissions().size() >= 3);
    assertThat(all).anyMatch(s -> !s.remissions().isEmpty() && s.effectiveDays() == 1);
    assertThat(all).anyMatch(s -> s.remissions().stream().anyMatch(r -> r.days() == 1));
  }

  @Test
  void traineesAreConsistentAndCoverEveryStatusAndCategory() {
    Property.check(
        "a generated trainee rebuilds to itself and its discipline records are within the sentence",
        TraineeGen.trainees(),
        t -> {
          assertThat(Trainee.builder().from(t).build()).isEqualTo(t);
          assertThat(t.sentence().isPresent())
              .isEqualTo(t.registrationNumber().registerClass().isConvict());
          t.sentence()
              .ifPresent(
                  s -> {
                    assertThat(s.registerClass()).isEqualTo(t.registrationNumber().registerClass());
                    assertThat(t.disciplineRecords())
                        .allMatch(r -> !r.date().isBefore(s.firstDayOfDetention()));
                  });
          assertThat(t.name()).hasSizeBetween(4, 200);
        });
    List<Trainee> all = TraineeGen.trainees().sample(9L, 2_000);
    assertThat(all.stream().map(Trainee::status).distinct()).hasSize(TraineeStatus.values().length);
    assertThat(all.stream().map(Trainee::crimeCategory).distinct())
        .hasSize(CrimeCategory.values().length);
    assertThat(all.stream().map(t -> t.registrationNumber().registerClass()).distinct())
        .hasSize(RegisterClass.values().length);
    assertThat(all).anyMatch(t -> t.name().length() == 200);
    assertThat(all)
        .anyMatch(
            t -> !t.disciplineRecords().isEmpty() && t.disciplineRecords().get(0).note().isEmpty());
    assertThat(all).anyMatch(t -> t.assessments().stream().anyMatch(a -> !a.positive()));
    assertThat(all)
        .anyMatch(t -> t.assessments().stream().anyMatch(a -> a.entitlement().isPresent()));
    assertThat(TraineeGen.detainees().sample(9L, 200)).allMatch(Trainee::isDetainee);
    assertThat(TraineeGen.convicts().sample(9L, 200)).allMatch(Trainee::mayJoinProduction);
  }

  @Test
  void policiesAreDefaultsOrConfiguredVariants() {
    List<EligibilityPolicy> all = TraineeGen.policies().sample(4L, 500);
    assertThat(all).contains(EligibilityPolicy.defaults());
    assertThat(all).anyMatch(p -> p.minimumMonths() == 0);
    assertThat(all).anyMatch(p -> p.cbMaximumLeaveMonths() == 6);
    assertThat(all).anyMatch(p -> p.integrationFraction().equals(org.bengkel.money.Rate.ONE));
    Property.check(
        "a generated policy rebuilds to itself",
        TraineeGen.policies(),
        p -> assertThat(EligibilityPolicy.builder().from(p).build()).isEqualTo(p));
  }

  @Test
  void generatorsReplayBySeed() {
    assertThat(TraineeGen.trainees().sample(21L, 100))
        .isEqualTo(TraineeGen.trainees().sample(21L, 100));
    assertThat(TraineeGen.trainees().sample(21L, 100))
        .isNotEqualTo(TraineeGen.trainees().sample(22L, 100));
  }
}
