package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.bengkel.trainee.Fixtures.FACILITY;
import static org.bengkel.trainee.Fixtures.NAME;
import static org.bengkel.trainee.Fixtures.date;
import static org.bengkel.trainee.Fixtures.number;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
import org.junit.jupiter.api.Test;

class TraineeTest {

  private final Sentence twoYears = Sentence.imprisonment(Period.ofYears(2), date("2024-01-10"));

  private Trainee detainee() {
    return Trainee.detainee(number(RegisterClass.A_II), NAME, FACILITY, CrimeCategory.GENERAL);
  }

  @Test
  void convictInCustodyMayJoinProduction() {
    Trainee t = Fixtures.convict(CrimeCategory.GENERAL, twoYears);
    assertThat(t.isConvict()).isTrue();
    assertThat(t.isDetainee()).isFalse();
    assertThat(t.mayJoinProduction()).isTrue();
    assertThat(
            t.changeStatus(TraineeStatus.ON_INTEGRATION, Stamps.RECORDED)
                .orElseThrow()
                .mayJoinProduction())
        .isFalse();
    assertThat(
            t.changeStatus(TraineeStatus.ON_INTEGRATION, Stamps.RECORDED).orElseThrow().isConvict())
        .isTrue();
    assertThat(t.changeStatus(TraineeStatus.RELEASED, Stamps.RECORDED).orElseThrow().isConvict())
        .isFalse();
  }

  @Test
  void detaineeIsRecordedButNeverInProduction() {
    Trainee d = detainee();
    assertThat(d.isDetainee()).isTrue();
    assertThat(d.isConvict()).isFalse();
    assertThat(d.mayJoinProduction()).isFalse();
    assertThat(d.sentence()).isEmpty();
  }

  @Test
  void facilityCanBeGivenAsAFacility() {
    Facility lapas =
        Facility.of(
            FacilityCode.of("LAPAS-PAMEKASAN"),
            "Lapas Kelas IIA Pamekasan",
            FacilityType.LAPAS,
            FacilityClass.IIA,
            "Kanwil Ditjenpas Jawa Timur");
    Trainee t =
        Trainee.builder()
            .facility(lapas)
            .registrationNumber(number(RegisterClass.A_I))
            .name(NAME)
            .crimeCategory(CrimeCategory.GENERAL)
            .status(TraineeStatus.DETAINEE)
            .build();
    assertThat(t.facilityCode()).isEqualTo(lapas.code());
  }

  @Test
  void registerClassMustFitTheStatus() {
    assertThatThrownBy(
            () ->
                Trainee.detainee(number(RegisterClass.B_I), NAME, FACILITY, CrimeCategory.GENERAL))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.register-class.status");
    assertThatThrownBy(
            () ->
                Trainee.convict(
                    number(RegisterClass.A_I), NAME, FACILITY, CrimeCategory.GENERAL, twoYears))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.register-class.status");
  }

  @Test
  void registerClassMustAgreeWithTheSentenceLength() {
    // Two years is B.I; B.IIa is for more than 3 months up to 1 year.
    assertThatThrownBy(
            () ->
                Trainee.convict(
                    number(RegisterClass.B_IIA), NAME, FACILITY, CrimeCategory.GENERAL, twoYears))
        .isInstanceOf(InvalidValueException.class)
        .extracting(
            e -> ((InvalidValueException) e).ruleCode(),
            e -> ((InvalidValueException) e).isPersonal())
        .containsExactly("trainee.register-class.sentence", true);
    // Kurungan is B.III whatever its length.
    Sentence kurungan = Sentence.kurungan(Period.ofMonths(2), date("2024-01-10"));
    assertThat(
            Fixtures.convict(CrimeCategory.GENERAL, kurungan).registrationNumber().registerClass())
        .isEqualTo(RegisterClass.B_III);
    assertThatThrownBy(
            () ->
                Trainee.convict(
                    number(RegisterClass.B_IIB), NAME, FACILITY, CrimeCategory.GENERAL, kurungan))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.register-class.sentence");
  }

  @Test
  void detaineeHasNoSentenceAndConvictHasOne() {
    assertThatThrownBy(
            () ->
                Trainee.builder()
                    .registrationNumber(number(RegisterClass.A_I))
                    .name(NAME)
                    .facilityCode(FACILITY)
                    .crimeCategory(CrimeCategory.GENERAL)
                    .status(TraineeStatus.DETAINEE)
                    .sentence(twoYears)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.sentence.status");
    assertThatThrownBy(
            () ->
                Trainee.builder()
                    .registrationNumber(number(RegisterClass.B_I))
                    .name(NAME)
                    .facilityCode(FACILITY)
                    .crimeCategory(CrimeCategory.GENERAL)
                    .status(TraineeStatus.CONVICT)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("trainee.sentence.status");
  }

  @Test
  void nameIsRequiredNotBlankAndAtMostTwoHundredCharacters() {
    assertThatThrownBy(
            () -> Trainee.detainee(number(RegisterClass.A_I), " ", FACILITY, CrimeCategory.GENERAL))
        .isInstanceOf(InvalidValueException.class)
        .extracting(
            e -> ((InvalidValueException) e).ruleCode(),
            e -> ((InvalidValueException) e).isPersonal())
        .containsExactly("value.blank", true);
    assertThatThrownBy(
            () ->
                Trainee.detainee(
                    number(RegisterClass.A_I), "x".repeat(201), FACILITY, CrimeCategory.GENERAL))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("value.too-long");
    assertThatThrownBy(
            () ->
                Trainee.detainee(number(RegisterClass.A_I), null, FACILITY, CrimeCategory.GENERAL))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("value.required");
    assertThatThrownBy(
            () ->
                Trainee.detainee(
                    number(RegisterClass.A_I),
                    NAME,
                    FacilityCode.of("lapas x"),
                    CrimeCategory.GENERAL))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("facilityCode");
  }

  @Test
  void disciplineRecordCannotPrecedeDetention() {
    Trainee t = Fixtures.convict(CrimeCategory.GENERAL, twoYears);
    assertThat(t.withDisciplineRecord(DisciplineRecord.of(date("2024-01-10"))).disciplineRecords())
        .hasSize(1);
    assertThatThrownBy(() -> t.withDisciplineRecord(DisciplineRecord.of(date("2024-01-09"))))
        .isInstanceOf(InvalidValueException.class)
        .extracting(
            e -> ((InvalidValueException) e).ruleCode(), e -> ((InvalidValueException) e).field())
        .containsExactly("trainee.discipline.date", "disciplineRecords[0].date");
  }

  @Test
  void recordingADisciplineRecordBeforeDetentionIsRefusedAndChangesNothing() {
    Trainee t = Fixtures.convict(CrimeCategory.GENERAL, twoYears);
    Stamp stamp = Stamps.on(2024, 6, 3);
    Outcome<Trainee> early = t.recordDiscipline(DisciplineRecord.of(date("2024-01-09")), stamp);
    assertThat(early.refusals())
        .extracting(Refusal::code, Refusal::subject, Refusal::isPersonal, Refusal::value)
        .containsExactly(tuple("trainee.discipline.date", "record.date", true, Optional.empty()));
    assertThat(early.events()).isEmpty();
    assertThat(early.orElse(t)).isSameAs(t);
    assertThat(t.recordDiscipline(DisciplineRecord.of(date("2024-01-10")), stamp).isAccepted())
        .isTrue();
  }

  @Test
  void sentencingAfterAKeptRecordThatPrecedesTheDetentionIsRefused() {
    Trainee d = detainee().withDisciplineRecord(DisciplineRecord.of(date("2024-01-09")));
    Outcome<Trainee> o = d.sentenced(number(RegisterClass.B_I), twoYears, Stamps.RECORDED);
    assertThat(o.refusals())
        .extracting(Refusal::code, Refusal::subject, Refusal::isPersonal, Refusal::value)
        .containsExactly(
            tuple(
                "trainee.discipline.date", "sentence.firstDayOfDetention", true, Optional.empty()));
    assertThat(o.orElse(d)).isSameAs(d);
    // a number that does not fit the sentence is an invalid argument, refused record or not
    assertThatThrownBy(() -> d.sentenced(number(RegisterClass.B_IIA), twoYears, Stamps.RECORDED))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("trainee.register-class.sentence"));
  }

  @Test
  void disciplineNoteIsPersonalTextOfAtMostFiveHundredCharacters() {
    DisciplineRecord r =
        DisciplineRecord.builder().date(date("2024-03-01")).note("berkelahi di blok C").build();
    assertThat(r.note()).contains("berkelahi di blok C");
    assertThatThrownBy(
            () -> DisciplineRecord.builder().date(date("2024-03-01")).note("x".repeat(501)).build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(
            e -> ((InvalidValueException) e).ruleCode(),
            e -> ((InvalidValueException) e).isPersonal())
        .containsExactly("value.too-long", true);
    assertThatThrownBy(
            () ->
                AssessmentRecord.builder()
                    .kind(AssessmentKind.LITMAS)
                    .date(date("2024-03-01"))
                    .positive(true)
                    .note("")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("value.blank");
  }

  @Test
  void lastDisciplineRecordIgnoresLaterRecords() {
    Trainee t =
        Fixtures.convict(CrimeCategory.GENERAL, twoYears)
            .withDisciplineRecord(DisciplineRecord.of(date("2024-05-01")))
            .withDisciplineRecord(DisciplineRecord.of(date("2024-03-01")))
            .withDisciplineRecord(DisciplineRecord.of(date("2024-09-01")));
    assertThat(t.lastDisciplineRecord(date("2024-08-31")))
        .contains(DisciplineRecord.of(date("2024-05-01")));
    assertThat(t.lastDisciplineRecord(date("2024-02-01"))).isEmpty();
  }

  @Test
  void detaineeSentencedBecomesAConvict() {
    Trainee d = detainee().withDisciplineRecord(DisciplineRecord.of(date("2024-02-01")));
    Trainee c = d.sentenced(number(RegisterClass.B_I), twoYears, Stamps.RECORDED).orElseThrow();
    assertThat(c.status()).isEqualTo(TraineeStatus.CONVICT);
    assertThat(c.sentence()).contains(twoYears);
    assertThat(c.disciplineRecords()).hasSize(1);
    assertThat(d.status()).isEqualTo(TraineeStatus.DETAINEE);
    Outcome<Trainee> again = c.sentenced(number(RegisterClass.B_I), twoYears, Stamps.RECORDED);
    assertThat(again.orElse(c)).isSameAs(c);
    assertThat(again.refusals())
        .extracting(Refusal::code, Refusal::subject, Refusal::isPersonal, Refusal::value)
        .containsExactly(tuple("trainee.status.transition", "status", true, Optional.empty()));
    assertThat(again.refusals().get(0).message(Locale.ROOT))
        .doesNotContain(c.registrationNumber().value());
  }

  @Test
  void statusTransitionsFollowTheLifecycle() {
    Trainee c = Fixtures.convict(CrimeCategory.GENERAL, twoYears);
    assertThat(c.changeStatus(TraineeStatus.CONVICT, Stamps.RECORDED).orElseThrow()).isSameAs(c);
    assertThat(c.changeStatus(TraineeStatus.TRANSFERRED, Stamps.RECORDED).orElseThrow().status())
        .isEqualTo(TraineeStatus.TRANSFERRED);
    Trainee out = c.changeStatus(TraineeStatus.ON_INTEGRATION, Stamps.RECORDED).orElseThrow();
    assertThat(out.changeStatus(TraineeStatus.CONVICT, Stamps.RECORDED).orElseThrow().status())
        .isEqualTo(TraineeStatus.CONVICT);
    assertThat(out.changeStatus(TraineeStatus.RELEASED, Stamps.RECORDED).orElseThrow().status())
        .isEqualTo(TraineeStatus.RELEASED);
    assertThat(
            detainee().changeStatus(TraineeStatus.RELEASED, Stamps.RECORDED).orElseThrow().status())
        .isEqualTo(TraineeStatus.RELEASED);
    assertThat(
            detainee()
                .changeStatus(TraineeStatus.TRANSFERRED, Stamps.RECORDED)
                .orElseThrow()
                .status())
        .isEqualTo(TraineeStatus.TRANSFERRED);
    record Move(Trainee from, TraineeStatus to) {}
    for (Move m :
        new Move[] {
          new Move(c, TraineeStatus.DETAINEE),
          new Move(detainee(), TraineeStatus.CONVICT),
          new Move(detainee(), TraineeStatus.ON_INTEGRATION),
          new Move(out, TraineeStatus.TRANSFERRED),
          new Move(
              c.changeStatus(TraineeStatus.RELEASED, Stamps.RECORDED).orElseThrow(),
              TraineeStatus.CONVICT),
          new Move(
              c.changeStatus(TraineeStatus.TRANSFERRED, Stamps.RECORDED).orElseThrow(),
              TraineeStatus.CONVICT)
        }) {
      assertThat(m.from().changeStatus(m.to(), Stamps.RECORDED).codes())
          .containsExactly("trainee.status.transition");
    }
  }

  @Test
  void detaineeHasNoSentenceToCut() {
    assertThatThrownBy(
            () ->
                detainee()
                    .withRemission(
                        Remission.of(10, date("2024-08-17"), RemissionKind.GENERAL),
                        Stamps.RECORDED)
                    .orElseThrow())
        .isInstanceOf(RefusalException.class)
        .extracting(e -> ((RefusalException) e).ruleCode())
        .isEqualTo("trainee.sentence.status");
  }

  @Test
  void aRemissionThatDoesNotFitTheSentenceIsARefusedGrant() {
    Remission august = Remission.of(30, date("2024-08-17"), RemissionKind.GENERAL);
    Trainee t =
        Fixtures.convict(CrimeCategory.GENERAL, twoYears)
            .withRemission(august, Stamps.RECORDED)
            .orElseThrow();
    // released on 2025-12-11 after the 30 days; the sentence's data never shown
    for (Remission misfit :
        new Remission[] {
          august, // the same remission again
          Remission.of(30, date("2025-12-12"), RemissionKind.OTHER), // after the release
          Remission.of(30, date("9999-08-17"), RemissionKind.GENERAL),
          Remission.of(30, date("2024-01-09"), RemissionKind.OTHER), // before detention
          Remission.of(701, date("2024-08-18"), RemissionKind.OTHER) // the whole sentence
        }) {
      Outcome<Trainee> o = t.withRemission(misfit, Stamps.RECORDED);
      assertThat(o.isRefused()).as("refused: %s", misfit.granted()).isTrue();
      assertThat(o.events()).isEmpty();
      assertThat(o.orElse(t)).isSameAs(t);
      Refusal r = o.refusals().get(0);
      assertThat(r.subject()).isEqualTo("remission");
      assertThat(r.isPersonal()).isTrue();
      assertThat(r.value()).isEmpty();
    }
    assertThat(t.withRemission(august, Stamps.RECORDED).codes())
        .containsExactly("trainee.remission.duplicate");
    assertThat(
            t.withRemission(
                    Remission.of(30, date("9999-08-17"), RemissionKind.GENERAL), Stamps.RECORDED)
                .codes())
        .containsExactly("trainee.remission.after-release");
    assertThat(t.sentence().orElseThrow().remissionDays()).isEqualTo(30);
  }

  @Test
  void disciplineRecordsAndAssessmentsAreRecordedOnceTheyHappened() {
    Trainee t = Fixtures.convict(CrimeCategory.GENERAL, twoYears);
    Stamp stamp = Stamps.on(2024, 6, 3);
    List<Outcome<Trainee>> ahead =
        List.of(
            t.recordDiscipline(DisciplineRecord.of(date("2024-06-04")), stamp),
            t.recordDiscipline(DisciplineRecord.of(date("9999-01-01")), stamp),
            t.recordAssessment(
                AssessmentRecord.positive(AssessmentKind.TPP_APPROVAL, date("2024-06-04")), stamp));
    for (Outcome<Trainee> o : ahead) {
      assertThat(o.codes()).containsExactly("value.dated-after-recording");
      Refusal r = o.refusals().get(0);
      assertThat(r.subject()).isEqualTo("record.date");
      assertThat(r.isPersonal()).isTrue();
      assertThat(r.details()).containsExactly("2024-06-03");
      assertThat(o.orElse(t)).isSameAs(t);
    }
    assertThat(t.recordDiscipline(DisciplineRecord.of(date("2024-06-03")), stamp).isAccepted())
        .isTrue();
    assertThat(
            t.recordAssessment(
                    AssessmentRecord.positive(AssessmentKind.LITMAS, date("2024-05-30")), stamp)
                .isAccepted())
        .isTrue();
  }

  @Test
  void eventsStoredBeforeTheRulesOfNewRecordsAreReadAndReplayedAsStored() {
    Trainee t = Fixtures.convict(CrimeCategory.GENERAL, twoYears);
    RegistrationNumber n = t.registrationNumber();
    Stamp stamp = Stamps.on(2024, 6, 3);
    Remission august = Remission.of(30, date("2024-08-17"), RemissionKind.GENERAL);
    Remission late = Remission.of(30, date("9999-08-17"), RemissionKind.OTHER);
    // records dated after their stamp's day, a remission granted twice, one after the release
    List<TraineeEvent> events =
        List.of(
            new TraineeEvent.DisciplineRecorded(
                n, 1, stamp, DisciplineRecord.of(date("2024-06-04"))),
            new TraineeEvent.AssessmentRecorded(
                n,
                2,
                stamp,
                AssessmentRecord.positive(AssessmentKind.TPP_APPROVAL, date("2024-06-04"))),
            new TraineeEvent.RemissionGranted(n, 3, stamp, august),
            new TraineeEvent.RemissionGranted(n, 4, stamp, august),
            new TraineeEvent.RemissionGranted(n, 5, stamp, late));
    Trainee stored = Trainee.replay(t, events);
    assertThat(stored.version()).isEqualTo(5);
    assertThat(stored.disciplineRecords()).hasSize(1);
    assertThat(stored.assessments()).hasSize(1);
    assertThat(stored.sentence().orElseThrow().remissions()).containsExactly(august, august, late);
    // the operations refuse them still
    assertThat(t.recordDiscipline(DisciplineRecord.of(date("2024-06-04")), stamp).codes())
        .containsExactly("value.dated-after-recording");
    assertThat(stored.withRemission(august, stamp).codes())
        .containsExactly("trainee.remission.duplicate");
  }

  @Test
  void assessmentScopedToAnEntitlementAppliesOnlyToIt() {
    AssessmentRecord pb =
        AssessmentRecord.builder()
            .kind(AssessmentKind.TPP_APPROVAL)
            .date(date("2024-06-01"))
            .positive(true)
            .entitlement(Entitlement.PB)
            .build();
    assertThat(pb.appliesTo(Entitlement.PB)).isTrue();
    assertThat(pb.appliesTo(Entitlement.SAE)).isFalse();
    assertThat(
            AssessmentRecord.negative(AssessmentKind.LITMAS, date("2024-06-01"))
                .appliesTo(Entitlement.SAE))
        .isTrue();
    Trainee t = Fixtures.convict(CrimeCategory.GENERAL, twoYears).withAssessment(pb);
    assertThat(t.assessment(AssessmentKind.TPP_APPROVAL, Entitlement.PB, date("2024-06-01")))
        .contains(pb);
    assertThat(t.assessment(AssessmentKind.TPP_APPROVAL, Entitlement.PB, date("2024-05-31")))
        .isEmpty();
    assertThat(t.assessment(AssessmentKind.TPP_APPROVAL, Entitlement.CB, date("2024-06-01")))
        .isEmpty();
  }

  @Test
  void entitlementsAndStatusesKnowTheirGroup() {
    assertThat(Entitlement.SAE.isAsimilasi()).isTrue();
    assertThat(Entitlement.PB.isAsimilasi()).isFalse();
    assertThat(TraineeStatus.RELEASED.isConvict()).isFalse();
  }
}
