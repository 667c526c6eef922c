package org.bengkel.testkit.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.error.BengkelException;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.ProgrammeGen;
import org.bengkel.testkit.Property;
import org.bengkel.testkit.TestStamps;
import org.bengkel.testkit.TraineeGen;
import org.bengkel.trainee.DisciplineRecord;
import org.bengkel.trainee.EligibilityDecision;
import org.bengkel.trainee.RegisterClass;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.RemissionKind;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.Trainee;
import org.bengkel.trainee.TraineeStatus;
import org.junit.jupiter.api.Test;

/**
 * Personal data (UU 27/2022) never shows: for generated trainees, the name, the registration
 * number's value and the crime category's name occur neither in the {@code toString()} of the
 * trainee, its sentence, remissions, records, eligibility decisions and skills passport, nor in the
 * English and Indonesian messages of the exceptions provoked from them.
 */
class PersonalDataTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @Test
  void personalDataNeverAppearsInToStringOrExceptionMessages() {
    Property.check(
        "name, registration number and crime category never appear in toString or messages",
        Gen.zip(TraineeGen.trainees(), ProgrammeGen.programmes(), (t, p) -> new Object[] {t, p}),
        pair -> {
          Trainee t = (Trainee) pair[0];
          SkillProgramme programme = (SkillProgramme) pair[1];
          List<String> texts = new ArrayList<>();
          texts.add(t.toString());
          texts.add(t.registrationNumber().toString());
          t.sentence()
              .ifPresent(
                  s -> {
                    texts.add(s.toString());
                    s.remissions().forEach(r -> texts.add(r.toString()));
                  });
          t.disciplineRecords().forEach(r -> texts.add(r.toString()));
          t.assessments().forEach(a -> texts.add(a.toString()));
          LocalDate date =
              t.sentence().map(Sentence::twoThirdsPoint).orElse(LocalDate.of(2026, 1, 1));
          for (EligibilityDecision d :
              TraineeGen.policies()
                  .sample(date.toEpochDay(), 1)
                  .get(0)
                  .evaluateAll(t, date)
                  .values()) {
            texts.add(d.toString());
            d.conditions().forEach(c -> texts.add(c.message(Locale.ROOT)));
          }
          TrainingRegister register = TrainingRegister.of(List.of(programme));
          SkillsPassport passport =
              register.passport(
                  t.registrationNumber(),
                  t.name(),
                  date,
                  ProgrammeGen.certificates().sample(1L, 2));
          texts.add(passport.toString());
          for (Throwable e : provoke(t, programme, register)) {
            assertThat(e).isInstanceOf(BengkelException.class);
            texts.add(e.getMessage());
            texts.add(((BengkelException) e).message(INDONESIAN));
            texts.add(e.toString());
          }
          for (String text : texts) {
            assertThat(text)
                .doesNotContain(t.name())
                .doesNotContain(t.registrationNumber().value())
                .doesNotContain(t.crimeCategory().name());
          }
        });
  }

  /** Every refusal a trainee's own data can provoke. */
  private static List<Throwable> provoke(
      Trainee t, SkillProgramme programme, TrainingRegister register) {
    List<ThrowingCallable> calls = new ArrayList<>();
    RegistrationNumber number = t.registrationNumber();
    String value = number.value();
    calls.add(
        () ->
            Trainee.builder()
                .from(t)
                .name(t.name() + " ".repeat(10) + t.name().repeat(60))
                .build());
    calls.add(() -> Trainee.builder().from(t).name(" ").build());
    calls.add(() -> RegistrationNumber.parse(value + "0".repeat(41)));
    calls.add(() -> RegistrationNumber.parse("X" + value));
    calls.add(() -> RegistrationNumber.parse(value + "\n"));
    calls.add(
        () ->
            t.changeStatus(
                    t.isDetainee() ? TraineeStatus.CONVICT : TraineeStatus.DETAINEE,
                    TestStamps.RECORDED)
                .orElseThrow());
    calls.add(() -> Trainee.builder().from(t).registrationNumber(otherClass(number)).build());
    if (t.sentence().isPresent()) {
      Sentence s = t.sentence().get();
      calls.add(
          () ->
              t.withRemission(
                      Remission.of(
                          (int) s.totalDays(), s.firstDayOfDetention(), RemissionKind.GENERAL),
                      TestStamps.RECORDED)
                  .orElseThrow());
      calls.add(
          () ->
              t.withRemission(
                      Remission.of(1, s.firstDayOfDetention().minusDays(1), RemissionKind.SPECIAL),
                      TestStamps.RECORDED)
                  .orElseThrow());
      calls.add(
          () -> t.withDisciplineRecord(DisciplineRecord.of(s.firstDayOfDetention().minusDays(1))));
      calls.add(() -> t.sentenced(number, s, TestStamps.RECORDED).orElseThrow());
      calls.add(() -> Trainee.builder().from(t).sentence(java.util.Optional.empty()).build());
    } else {
      calls.add(
          () ->
              t.withRemission(
                      Remission.of(1, LocalDate.of(2025, 1, 1), RemissionKind.OTHER),
                      TestStamps.RECORDED)
                  .orElseThrow());
      calls.add(() -> Trainee.builder().from(t).status(TraineeStatus.CONVICT).build());
    }
    ProgrammeCode code = programme.code();
    LocalDate day = LocalDate.of(2025, 1, 6);
    calls.add(
        () ->
            register
                .suspend(
                    code,
                    number,
                    TestStamps.on(day),
                    true,
                    org.bengkel.programme.EnrolmentReason.SICK)
                .orElseThrow());
    calls.add(
        () -> register.passport(number, t.name().repeat(2) + "x".repeat(200), day, List.of()));
    if (!number.registerClass().isConvict() && programme.production()) {
      calls.add(() -> register.apply(code, number, TestStamps.on(day)).orElseThrow());
    } else {
      calls.add(
          () ->
              register
                  .apply(code, number, TestStamps.on(day))
                  .orElseThrow()
                  .apply(code, number, TestStamps.on(day))
                  .orElseThrow());
    }
    List<Throwable> thrown = new ArrayList<>();
    for (ThrowingCallable call : calls) {
      Throwable e = catchThrowable(call);
      assertThat(e).as("every provocation is refused").isNotNull();
      thrown.add(e);
    }
    return thrown;
  }

  /**
   * A number of a class that cannot be this trainee's: a detainee's for a convict, a convict's for
   * a detainee.
   */
  private static RegistrationNumber otherClass(RegistrationNumber number) {
    RegisterClass other =
        number.registerClass().isConvict() ? RegisterClass.A_I : RegisterClass.B_IIB;
    String rest = number.value().substring(number.registerClass().prefix().length() + 1);
    return RegistrationNumber.parse(
        other.prefix()
            + "-"
            + rest.substring(0, Math.min(rest.length(), 40 - other.prefix().length() - 1)));
  }
}
