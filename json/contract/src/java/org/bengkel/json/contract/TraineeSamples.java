package org.bengkel.json.contract;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.contract.GoldenSamples.Sample;
import org.bengkel.outcome.Outcome;
import org.bengkel.trainee.AssessmentKind;
import org.bengkel.trainee.AssessmentRecord;
import org.bengkel.trainee.ConditionResult;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.DetentionKind;
import org.bengkel.trainee.DetentionPeriod;
import org.bengkel.trainee.DisciplineRecord;
import org.bengkel.trainee.EligibilityDecision;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Entitlement;
import org.bengkel.trainee.RegisterClass;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.RemissionKind;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.SentenceKind;
import org.bengkel.trainee.Trainee;
import org.bengkel.trainee.TraineeEvent;
import org.bengkel.trainee.TraineeRule;
import org.bengkel.trainee.TraineeStatus;
import org.bengkel.trainee.Verdict;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The golden samples, invalid documents and seeded random values of the trainee types ({@code
 * org.bengkel.trainee}): golden files {@code trainee-*.json}.
 */
public final class TraineeSamples {

  private TraineeSamples() {}

  static final Remission REMISSION =
      Remission.of(90, LocalDate.of(2023, 8, 17), RemissionKind.GENERAL);

  static final Sentence SENTENCE =
      Sentence.imprisonment(Period.ofYears(6), LocalDate.of(2022, 3, 14)).withRemission(REMISSION);

  /**
   * Six years; city arrest 2021-11-01..2021-11-30, a break, rutan 2021-12-15..2022-03-13 running
   * into the sentence served from 2022-03-14.
   */
  static final Sentence DETAINED =
      Sentence.builder()
          .from(SENTENCE)
          .addDetention(
              DetentionPeriod.of(
                  DetentionKind.CITY_ARREST, LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30)),
              DetentionPeriod.of(
                  DetentionKind.RUTAN, LocalDate.of(2021, 12, 15), LocalDate.of(2022, 3, 13)))
          .build();

  static final DisciplineRecord DISCIPLINE =
      DisciplineRecord.builder()
          .date(LocalDate.of(2023, 1, 10))
          .note("Berkelahi di blok C")
          .build();

  static final AssessmentRecord ASSESSMENT =
      AssessmentRecord.builder()
          .kind(AssessmentKind.TPP_APPROVAL)
          .date(LocalDate.of(2024, 5, 2))
          .positive(true)
          .entitlement(Entitlement.SAE)
          .note("Sidang TPP 2024/05")
          .build();

  static final Trainee CONVICT =
      Trainee.convict(
              RegistrationNumber.parse("B.I-123/2024"),
              "Moh. Hasan Ma'ruf",
              FacilityCode.of("LAPAS-PAMEKASAN"),
              CrimeCategory.NARCOTICS,
              SENTENCE)
          .withDisciplineRecord(DISCIPLINE)
          .withAssessment(ASSESSMENT)
          .withAssessment(
              AssessmentRecord.positive(
                  AssessmentKind.ACTIVE_PARTICIPATION, LocalDate.of(2024, 4, 30)));

  static final Trainee DETAINEE =
      Trainee.detainee(
          RegistrationNumber.parse("A.II-77/2026"),
          "Slamet Riyadi",
          FacilityCode.of("LAPAS-PAMEKASAN"),
          CrimeCategory.GENERAL);

  /**
   * The detainee's record as it changes: sentenced, a remission, a discipline entry, an assessment,
   * then integration; one event of each type.
   */
  static final List<TraineeEvent> EVENTS =
      Outcome.accepted(DETAINEE)
          .flatMap(
              t ->
                  t.sentenced(
                      RegistrationNumber.parse("B.I-77/2026"), SENTENCE, ProgrammeSamples.RECORDED))
          .flatMap(
              t ->
                  t.withRemission(
                      Remission.of(15, LocalDate.of(2026, 8, 17), RemissionKind.GENERAL),
                      ProgrammeSamples.RECORDED.plusMinutes(5)))
          .flatMap(t -> t.recordDiscipline(DISCIPLINE, ProgrammeSamples.RECORDED.plusMinutes(10)))
          .flatMap(t -> t.recordAssessment(ASSESSMENT, ProgrammeSamples.RECORDED.plusMinutes(15)))
          .flatMap(
              t ->
                  t.changeStatus(
                      TraineeStatus.ON_INTEGRATION, ProgrammeSamples.RECORDED.plusMinutes(20)))
          .events(TraineeEvent.class);

  static final EligibilityDecision DECISION =
      EligibilityPolicy.defaults().evaluate(Entitlement.SAE, CONVICT, LocalDate.of(2024, 6, 3));

  /** Every golden sample of the trainee types. */
  public static List<Sample> all() {
    return List.of(
        new Sample("trainee-register-class", RegisterClass.class, RegisterClass.B_IIA),
        new Sample("trainee-crime-category", CrimeCategory.class, CrimeCategory.NARCOTICS),
        new Sample("trainee-status", TraineeStatus.class, TraineeStatus.ON_INTEGRATION),
        new Sample("trainee-sentence-kind", SentenceKind.class, SentenceKind.KURUNGAN),
        new Sample("trainee-remission-kind", RemissionKind.class, RemissionKind.SPECIAL),
        new Sample("trainee-assessment-kind", AssessmentKind.class, AssessmentKind.LITMAS),
        new Sample("trainee-entitlement", Entitlement.class, Entitlement.SAE),
        new Sample("trainee-verdict", Verdict.class, Verdict.NEEDS_INPUT),
        new Sample("trainee-rule", TraineeRule.class, TraineeRule.ELIGIBILITY_SERVED),
        new Sample("trainee-remission", Remission.class, REMISSION),
        new Sample("trainee-sentence", Sentence.class, SENTENCE),
        new Sample("trainee-sentence-detention", Sentence.class, DETAINED),
        new Sample(
            "trainee-detention-period",
            DetentionPeriod.class,
            DetentionPeriod.of(
                DetentionKind.HOUSE_ARREST, LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30))),
        new Sample("trainee-detention-kind", DetentionKind.class, DetentionKind.CITY_ARREST),
        new Sample(
            "trainee-sentence-kurungan",
            Sentence.class,
            Sentence.kurungan(Period.of(0, 3, 15), LocalDate.of(2026, 2, 28))),
        new Sample("trainee-discipline-record", DisciplineRecord.class, DISCIPLINE),
        new Sample(
            "trainee-discipline-record-minimal",
            DisciplineRecord.class,
            DisciplineRecord.of(LocalDate.of(2024, 2, 29))),
        new Sample("trainee-assessment-record", AssessmentRecord.class, ASSESSMENT),
        new Sample("trainee-convict", Trainee.class, CONVICT),
        new Sample("trainee-detainee", Trainee.class, DETAINEE),
        new Sample(
            "trainee-condition-result",
            ConditionResult.class,
            DECISION.condition(TraineeRule.ELIGIBILITY_SERVED).orElseThrow()),
        new Sample("trainee-eligibility-decision", EligibilityDecision.class, DECISION),
        new Sample(
            "trainee-eligibility-decision-cb",
            EligibilityDecision.class,
            EligibilityDecision.builder()
                .entitlement(Entitlement.CB)
                .date(LocalDate.of(2026, 3, 2))
                .addCondition(ConditionResult.of(TraineeRule.ELIGIBILITY_CONVICT, Verdict.MET))
                .maximumLeaveDays(120L)
                .build()),
        new Sample(
            "trainee-eligibility-policy", EligibilityPolicy.class, EligibilityPolicy.defaults()),
        new Sample(
            "trainee-eligibility-policy-custom",
            EligibilityPolicy.class,
            EligibilityPolicy.builder()
                .asimilasiFraction(org.bengkel.money.Rate.of(3, 5))
                .cbMaximumLeaveMonths(3)
                .narcoticsSpecialFromYears(0)
                .saeNeedsOwnApproval(true)
                .build()));
  }

  private static final String SENTENCE_JSON =
      "{\"kind\":\"IMPRISONMENT\",\"length\":\"P6Y\",\"firstDayOfDetention\":\"2022-03-14\","
          + "\"remissions\":[]}";

  private static String trainee(String number, String status, String sentence) {
    return "{\"registrationNumber\":\""
        + number
        + "\",\"name\":\"Moh. Hasan\","
        + "\"facilityCode\":\"LAPAS-PAMEKASAN\",\"crimeCategory\":\"GENERAL\",\"status\":\""
        + status
        + "\""
        + (sentence == null ? "" : ",\"sentence\":" + sentence)
        + "}";
  }

  /** Documents each breaking one rule of the trainee types: type, JSON, path, rule code. */
  public static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        // 6 years is more than 360 nominal days: register B.I, not B.IIb
        Arguments.of(
            Trainee.class,
            trainee("B.IIb-5/2024", "CONVICT", SENTENCE_JSON),
            "$.registrationNumber",
            "trainee.register-class.sentence"),
        Arguments.of(
            Trainee.class,
            trainee("B.I-5/2024", "DETAINEE", null),
            "$.registrationNumber",
            "trainee.register-class.status"),
        Arguments.of(
            Trainee.class,
            trainee("A.I-5/2024", "CONVICT", null),
            "$.registrationNumber",
            "trainee.register-class.status"),
        Arguments.of(
            Trainee.class,
            trainee("B.I-5/2024", "CONVICT", null),
            "$.sentence",
            "trainee.sentence.status"),
        Arguments.of(
            Trainee.class,
            trainee("X.I-5/2024", "CONVICT", SENTENCE_JSON),
            "$.registrationNumber",
            "trainee.registration.format"),
        Arguments.of(
            Trainee.class,
            trainee("B.I-5/2024", "CONVICT", SENTENCE_JSON)
                .replace(
                    "}}",
                    "},\"disciplineRecords\":[{\"date\":\"2022-03-14\"},{\"date\":\"2022-03-13\"}]}"),
            "$.disciplineRecords[1].date",
            "trainee.discipline.date"),
        Arguments.of(
            Trainee.class,
            trainee("A.I-5/2024", "DETAINEE", null).replace("Moh. Hasan", " "),
            "$.name",
            "value.blank"),
        Arguments.of(
            Trainee.class,
            trainee("A.I-5/2024", "DETAINEE", null).replace("LAPAS-PAMEKASAN", "lapas pamekasan"),
            "$.facilityCode",
            "value.malformed"),
        Arguments.of(
            Trainee.class,
            trainee("A.I-5/2024", "DETAINEE", null).replace("\"GENERAL\"", "\"THEFT\""),
            "$.crimeCategory",
            "json.unknown-constant"),
        Arguments.of(
            Trainee.class,
            "{\"name\":\"Moh. Hasan\"}",
            "$.registrationNumber",
            "json.missing-property"),
        Arguments.of(
            Sentence.class,
            SENTENCE_JSON.replace("P6Y", "P21Y"),
            "$.length",
            "trainee.sentence.length"),
        // kurungan is at most 1 year 4 months
        Arguments.of(
            Sentence.class,
            SENTENCE_JSON.replace("P6Y", "P1Y5M").replace("IMPRISONMENT", "KURUNGAN"),
            "$.length",
            "trainee.sentence.length"),
        Arguments.of(
            Sentence.class, SENTENCE_JSON.replace("P6Y", "6 tahun"), "$.length", "json.wrong-type"),
        Arguments.of(
            Sentence.class,
            SENTENCE_JSON.replace(
                "[]",
                "[{\"days\":30,\"granted\":\"2023-08-17\",\"kind\":\"GENERAL\"},"
                    + "{\"days\":30,\"granted\":\"2022-03-13\",\"kind\":\"SPECIAL\"}]"),
            "$.remissions[1].granted",
            "trainee.remission.date"),
        // 6 years from 2022-03-14 is 2192 days (2024 is a leap year)
        Arguments.of(
            Sentence.class,
            SENTENCE_JSON.replace(
                "[]", "[{\"days\":2192,\"granted\":\"2023-08-17\",\"kind\":\"GENERAL\"}]"),
            "$.remissions",
            "trainee.remission.exceeds"),
        // periods without the first day of serving
        Arguments.of(
            Sentence.class,
            SENTENCE_JSON.replace(
                "\"remissions\"",
                "\"detention\":[{\"kind\":\"RUTAN\",\"firstDay\":\"2022-03-14\",\"lastDay\":\"2022-03-20\"}],"
                    + "\"remissions\""),
            "$.servingFrom",
            "json.missing-property"),
        // the first day of detention is not the first period's first day
        Arguments.of(
            Sentence.class,
            SENTENCE_JSON.replace(
                "\"remissions\"",
                "\"detention\":[{\"kind\":\"RUTAN\",\"firstDay\":\"2022-03-01\",\"lastDay\":\"2022-03-20\"}],"
                    + "\"servingFrom\":\"2022-04-01\",\"remissions\""),
            "$.firstDayOfDetention",
            "trainee.detention.first-day"),
        // without periods, serving from another day than the first day of detention
        Arguments.of(
            Sentence.class,
            SENTENCE_JSON.replace(
                "\"remissions\"", "\"servingFrom\":\"2022-04-01\",\"remissions\""),
            "$.firstDayOfDetention",
            "trainee.detention.first-day"),
        // the period runs into the first day of serving
        Arguments.of(
            Sentence.class,
            SENTENCE_JSON.replace(
                "\"remissions\"",
                "\"detention\":[{\"kind\":\"CITY_ARREST\",\"firstDay\":\"2022-03-14\",\"lastDay\":\"2022-04-01\"}],"
                    + "\"servingFrom\":\"2022-04-01\",\"remissions\""),
            "$.detention[0].lastDay",
            "trainee.detention.order"),
        Arguments.of(
            Sentence.class,
            SENTENCE_JSON.replace(
                "\"remissions\"",
                "\"detention\":[{\"kind\":\"RUTAN\",\"firstDay\":\"2022-03-14\",\"lastDay\":\"2022-03-13\"}],"
                    + "\"servingFrom\":\"2022-04-01\",\"remissions\""),
            "$.detention[0].lastDay",
            "trainee.detention.dates"),
        Arguments.of(
            Remission.class,
            "{\"days\":0,\"granted\":\"2023-08-17\",\"kind\":\"GENERAL\"}",
            "$.days",
            // the schema's minimum, which the reader checks before core (trainee.remission.days)
            "value.out-of-range"),
        Arguments.of(
            Remission.class,
            "{\"days\":2147483648,\"granted\":\"2023-08-17\",\"kind\":\"GENERAL\"}",
            "$.days",
            "json.amount-out-of-range"),
        Arguments.of(
            Remission.class,
            "{\"days\":30,\"granted\":\"17-08-2023\",\"kind\":\"GENERAL\"}",
            "$.granted",
            "json.malformed-date"),
        Arguments.of(
            DisciplineRecord.class,
            "{\"date\":\"2023-01-10\",\"note\":\"\"}",
            "$.note",
            "value.blank"),
        Arguments.of(
            AssessmentRecord.class,
            "{\"kind\":\"LITMAS\",\"date\":\"2024-05-02\",\"positive\":\"ya\"}",
            "$.positive",
            "json.wrong-type"),
        Arguments.of(
            AssessmentRecord.class,
            "{\"kind\":\"LITMAS\",\"date\":\"2024-05-02\"}",
            "$.positive",
            "json.missing-property"),
        Arguments.of(
            EligibilityPolicy.class,
            "{\"asimilasiFraction\":\"0%\"}",
            "$.asimilasiFraction",
            "trainee.policy.fraction"),
        Arguments.of(
            EligibilityPolicy.class,
            "{\"integrationFraction\":\"3/2\"}",
            "$.integrationFraction",
            "trainee.policy.fraction"),
        Arguments.of(
            EligibilityPolicy.class,
            "{\"cbSentenceCapMonths\":0}",
            "$.cbSentenceCapMonths",
            "value.out-of-range"),
        Arguments.of(
            EligibilityDecision.class,
            "{\"entitlement\":\"SAE\",\"date\":\"2024-06-03\",\"conditions\":[]}",
            "$.conditions",
            // given empty, not missing (it was json.missing-property)
            "value.required"),
        Arguments.of(
            ConditionResult.class,
            "{\"rule\":\"TRAINEE_ELIGIBILITY_SERVED\",\"outcome\":\"MET\"}",
            "$.rule",
            "json.unknown-constant"),
        Arguments.of(
            TraineeRule.class, "\"programme.session.times\"", "$", "json.unknown-constant"));
  }

  // ---- seeded random valid values ----

  private static final String[] NAMES = {
    "Moh. Hasan", "Slamet Riyadi", "Ahmad Fauzi", "Siti \"Ani\" Rahma", "Ma'ruf Amin", "Ñoño Ümit"
  };

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  /** A random valid sentence of the given register class (B.I, B.IIa, B.IIb or B.III). */
  static Sentence sentence(SplittableRandom r, RegisterClass rc) {
    LocalDate first = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
    Sentence s =
        switch (rc) {
          case B_III -> Sentence.kurungan(Period.of(0, r.nextInt(16), 1 + r.nextInt(28)), first);
          case B_IIB -> Sentence.imprisonment(Period.ofDays(1 + r.nextInt(90)), first);
          case B_IIA ->
              Sentence.imprisonment(
                  Period.of(0, 3, 1 + r.nextInt(28)).plusMonths(r.nextInt(9)), first);
          default ->
              Sentence.imprisonment(
                  Period.of(1 + r.nextInt(19), r.nextInt(12), 1 + r.nextInt(29)), first);
        };
    if (r.nextInt(3) == 0) {
      // one to three periods before the first day, of any kind, with or without a break
      Sentence.Builder b = Sentence.builder().from(s);
      LocalDate end = first.minusDays(1 + r.nextInt(2) * r.nextInt(30));
      List<DetentionPeriod> periods = new ArrayList<>();
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        LocalDate start = end.minusDays(r.nextInt(60));
        periods.add(0, DetentionPeriod.of(pick(r, DetentionKind.values()), start, end));
        end = start.minusDays(1 + r.nextInt(2) * r.nextInt(30));
      }
      s = b.detention(periods).build();
    }
    int n = r.nextInt(4);
    for (int i = 0; i < n && s.effectiveDays() > 4; i++) {
      int days = 1 + r.nextInt((int) Math.min(90, s.effectiveDays() / 4));
      LocalDate granted =
          first.plusDays(r.nextInt((int) Math.max(1, DAYS.between(first, s.expectedRelease()))));
      try {
        s = s.withRemission(Remission.of(days, granted, pick(r, RemissionKind.values())));
      } catch (InvalidValueException misfit) {
        // granted after the release it would leave, or a second general or special remission on
        // one day: the sentence keeps the remissions it has
      }
    }
    return s;
  }

  /** A random valid trainee: a detainee or a convict with a sentence agreeing with its register. */
  static Trainee trainee(SplittableRandom r) {
    CrimeCategory category = pick(r, CrimeCategory.values());
    String name = pick(r, NAMES);
    if (r.nextInt(4) == 0) {
      RegisterClass rc =
          pick(
              r,
              new RegisterClass[] {
                RegisterClass.A_I,
                RegisterClass.A_II,
                RegisterClass.A_III,
                RegisterClass.A_IV,
                RegisterClass.A_V
              });
      return Trainee.detainee(
          RegistrationNumber.parse(rc.prefix() + "-" + r.nextInt(1000) + "/2026"),
          name,
          FacilityCode.of("LAPAS-PAMEKASAN"),
          category);
    }
    RegisterClass rc =
        pick(
            r,
            new RegisterClass[] {
              RegisterClass.B_I, RegisterClass.B_IIA, RegisterClass.B_IIB, RegisterClass.B_III
            });
    Sentence s = sentence(r, rc);
    Trainee t =
        Trainee.convict(
            RegistrationNumber.parse(
                rc.prefix() + " " + r.nextInt(1000) + "/" + (2015 + r.nextInt(11))),
            name,
            FacilityCode.of("LAPAS-PAMEKASAN"),
            category,
            s);
    for (int i = r.nextInt(3); i > 0; i--) {
      DisciplineRecord.Builder d =
          DisciplineRecord.builder().date(s.firstDayOfDetention().plusDays(r.nextInt(2000)));
      if (r.nextBoolean()) {
        d.note(pick(r, NAMES));
      }
      t = t.withDisciplineRecord(d.build());
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      AssessmentRecord.Builder a =
          AssessmentRecord.builder()
              .kind(pick(r, AssessmentKind.values()))
              .date(s.firstDayOfDetention().plusDays(r.nextInt(2000)))
              .positive(r.nextBoolean());
      if (r.nextBoolean()) {
        a.entitlement(pick(r, Entitlement.values()));
      }
      t = t.withAssessment(a.build());
    }
    if (r.nextInt(5) == 0) {
      t = t.changeStatus(TraineeStatus.ON_INTEGRATION, ProgrammeSamples.RECORDED).orElseThrow();
    }
    return t;
  }

  /** Seeded random valid trainee values: trainees, sentences, every entitlement's decision. */
  static List<Object> random(SplittableRandom r, int n) {
    List<Object> values = new ArrayList<>();
    EligibilityPolicy custom =
        EligibilityPolicy.builder().minimumMonths(6).cbSentenceCapMonths(24).build();
    for (int i = 0; i < n; i++) {
      Trainee t = trainee(r);
      values.add(t);
      t.sentence().ifPresent(values::add);
      LocalDate date = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(5000));
      EligibilityPolicy policy = r.nextBoolean() ? EligibilityPolicy.defaults() : custom;
      values.add(policy.evaluate(pick(r, Entitlement.values()), t, date));
    }
    values.add(custom);
    return values;
  }
}
