package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.bengkel.trainee.Fixtures.ALL_INPUTS;
import static org.bengkel.trainee.Fixtures.FACILITY;
import static org.bengkel.trainee.Fixtures.NAME;
import static org.bengkel.trainee.Fixtures.NUMBER_TAIL;
import static org.bengkel.trainee.Fixtures.assessed;
import static org.bengkel.trainee.Fixtures.date;
import static org.bengkel.trainee.Fixtures.number;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bengkel.Stamps;
import org.bengkel.error.BengkelException;
import org.bengkel.error.Messages;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Names, registration numbers, crime categories and sentence dates never appear in {@code
 * toString()} or in the messages of the exceptions this package throws (UU 27/2022).
 */
class PersonalDataTest {

  private static final Locale ID = Messages.INDONESIAN;

  private final Sentence sentence =
      Sentence.imprisonment(Period.ofYears(6), date("2020-03-01"))
          .withRemission(Remission.of(45, date("2021-08-17"), RemissionKind.GENERAL));

  private List<Trainee> trainees() {
    List<Trainee> ts = new ArrayList<>();
    for (CrimeCategory c : CrimeCategory.values()) {
      Trainee t =
          assessed(Fixtures.convict(c, sentence), "2023-01-01", ALL_INPUTS)
              .withDisciplineRecord(
                  DisciplineRecord.builder()
                      .date(date("2022-02-02"))
                      .note("fight " + NAME)
                      .build());
      ts.add(t);
      ts.add(t.changeStatus(TraineeStatus.ON_INTEGRATION, Stamps.RECORDED).orElseThrow());
      ts.add(Trainee.detainee(number(RegisterClass.A_IV), NAME, FACILITY, c));
    }
    return ts;
  }

  private static void assertClean(String text, CrimeCategory category) {
    assertThat(text)
        .doesNotContain(NAME)
        .doesNotContain("Siti")
        .doesNotContain(NUMBER_TAIL)
        .doesNotContain("4711")
        .doesNotContain(category.name())
        .doesNotContainIgnoringCase(category.name().replace('_', ' '))
        .doesNotContain("2020-03-01")
        .doesNotContain("P6Y")
        .doesNotContain("2021-08-17")
        .doesNotContain("2022-02-02");
  }

  @Test
  void toStringOfTraineesSentencesAndDecisionsShowsNothingPersonal() {
    EligibilityPolicy policy = EligibilityPolicy.defaults();
    for (Trainee t : trainees()) {
      CrimeCategory c = t.crimeCategory();
      assertClean(t.toString(), c);
      assertThat(t.toString()).contains(FACILITY.toString());
      t.sentence().ifPresent(s -> assertClean(s.toString(), c));
      t.disciplineRecords().forEach(r -> assertClean(r.toString(), c));
      t.assessments().forEach(r -> assertClean(r.toString(), c));
      assertClean(t.registrationNumber().toString(), c);
      for (String d : new String[] {"2021-01-01", "2024-03-01", "2025-12-31"}) {
        for (EligibilityDecision decision : policy.evaluateAll(t, date(d)).values()) {
          assertClean(decision.toString(), c);
          for (ConditionResult r : decision.conditions()) {
            assertClean(r.toString(), c);
            assertClean(r.message(Locale.ROOT), c);
            assertClean(r.message(ID), c);
          }
        }
      }
    }
    assertClean(sentence.remissions().get(0).toString(), CrimeCategory.GENERAL);
  }

  @Test
  void exceptionMessagesOfThisPackageRepeatNothingPersonal() {
    Trainee convict = Fixtures.convict(CrimeCategory.TERRORISM, sentence);
    Trainee detainee =
        Trainee.detainee(number(RegisterClass.A_I), NAME, FACILITY, CrimeCategory.TERRORISM);
    List<Executable> refusals =
        List.of(
            () -> RegistrationNumber.parse("X.I-" + NUMBER_TAIL),
            () -> RegistrationNumber.parse("B.I-" + NUMBER_TAIL + "\t" + NAME),
            () ->
                Trainee.detainee(
                    number(RegisterClass.B_I), NAME, FACILITY, CrimeCategory.TERRORISM),
            () ->
                Trainee.convict(
                    number(RegisterClass.B_IIB), NAME, FACILITY, CrimeCategory.TERRORISM, sentence),
            () ->
                Trainee.detainee(
                    number(RegisterClass.A_I), NAME.repeat(20), FACILITY, CrimeCategory.TERRORISM),
            () ->
                Trainee.detainee(
                    number(RegisterClass.A_I), "  ", FACILITY, CrimeCategory.TERRORISM),
            () -> convict.withDisciplineRecord(DisciplineRecord.of(date("2020-02-29"))),
            () ->
                convict
                    .withRemission(
                        Remission.of(45, date("2020-02-29"), RemissionKind.SPECIAL),
                        Stamps.RECORDED)
                    .orElseThrow(),
            () ->
                convict
                    .withRemission(
                        Remission.of(3000, date("2022-08-17"), RemissionKind.OTHER),
                        Stamps.RECORDED)
                    .orElseThrow(),
            () -> convict.changeStatus(TraineeStatus.DETAINEE, Stamps.RECORDED).orElseThrow(),
            () ->
                convict
                    .sentenced(number(RegisterClass.B_I), sentence, Stamps.RECORDED)
                    .orElseThrow(),
            () ->
                detainee
                    .withRemission(
                        Remission.of(10, date("2021-08-17"), RemissionKind.GENERAL),
                        Stamps.RECORDED)
                    .orElseThrow(),
            () ->
                detainee
                    .sentenced(number(RegisterClass.B_IIA), sentence, Stamps.RECORDED)
                    .orElseThrow(),
            () -> Remission.of(-45, date("2021-08-17"), RemissionKind.GENERAL),
            () -> Sentence.imprisonment(Period.ofYears(21), date("2020-03-01")),
            () -> DisciplineRecord.builder().date(date("2022-02-02")).note(NAME.repeat(30)).build(),
            () ->
                AssessmentRecord.builder()
                    .kind(AssessmentKind.LITMAS)
                    .date(date("2022-02-02"))
                    .positive(true)
                    .note(" ")
                    .build());
    for (Executable refusal : refusals) {
      Throwable thrown = catchThrowable(refusal::execute);
      assertThat(thrown).isInstanceOf(BengkelException.class);
      BengkelException e = (BengkelException) thrown;
      assertClean(e.getMessage(), CrimeCategory.TERRORISM);
      assertClean(e.message(ID), CrimeCategory.TERRORISM);
      assertClean(String.valueOf(e.details()), CrimeCategory.TERRORISM);
      assertClean(e.toString(), CrimeCategory.TERRORISM);
    }
  }

  @Test
  void statusRefusalsWithholdTheStatus() {
    Trainee convict = Fixtures.convict(CrimeCategory.GENERAL, sentence);
    Trainee detainee =
        Trainee.detainee(number(RegisterClass.A_I), NAME, FACILITY, CrimeCategory.GENERAL);
    Trainee released = convict.changeStatus(TraineeStatus.RELEASED, Stamps.RECORDED).orElseThrow();
    List<Outcome<Trainee>> refused =
        List.of(
            convict.changeStatus(TraineeStatus.DETAINEE, Stamps.RECORDED),
            detainee.changeStatus(TraineeStatus.CONVICT, Stamps.RECORDED),
            released.changeStatus(TraineeStatus.ON_INTEGRATION, Stamps.RECORDED),
            convict.sentenced(number(RegisterClass.B_I), sentence, Stamps.RECORDED),
            detainee.withRemission(
                Remission.of(10, date("2021-08-17"), RemissionKind.GENERAL), Stamps.RECORDED));
    for (Outcome<Trainee> outcome : refused) {
      assertThat(outcome.isRefused()).as("refused: %s", outcome).isTrue();
      Refusal r = outcome.refusals().get(0);
      assertThat(r.subject()).isEqualTo("status");
      assertThat(r.isPersonal()).isTrue();
      assertThat(r.value()).isEmpty();
      for (String text :
          List.of(
              r.toString(),
              r.message(Locale.ROOT),
              r.message(ID),
              outcome.toString(),
              String.valueOf(catchThrowable(outcome::orElseThrow).getMessage()))) {
        for (TraineeStatus status : TraineeStatus.values()) {
          assertThat(text).doesNotContain(status.name());
        }
        assertClean(text, CrimeCategory.GENERAL);
      }
    }
  }
}
