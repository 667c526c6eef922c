package org.bengkel.json.codec.trainee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.internal.EventCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.schema.JsonSchema;
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
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of the trainee (<i>warga binaan</i>) types: registration numbers, sentences with
 * their remissions, discipline and assessment records, the trainee record itself, and eligibility
 * policies and decisions. The trainee record carries personal data (name, registration number,
 * crime category, sentence, remissions, discipline): it is the exchange format between facility
 * systems. Periods are ISO-8601 strings ({@code "P2Y6M"}), dates {@code yyyy-MM-dd}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TraineeCodecs {

  /**
   * {@link RegistrationNumber}: the registration number of a trainee (<i>nomor registrasi</i>),
   * personal data, as its full text, {@code "B.I-123/2024"}. Its schema states what core's parser
   * checks ({@code trainee.registration.format}), from the register classes' prefixes: a prefix, a
   * separator (space, dot, hyphen or slash), then some character that is not white space, no
   * control character, no invisible character at the end ({@link RegistrationNumber#isInvisible}),
   * at most {@value RegistrationNumber#MAX_LENGTH} characters.
   */
  public static final Codec<RegistrationNumber> REGISTRATION_NUMBER =
      Codec.ofString(
          RegistrationNumber.class,
          RegistrationNumber::parse,
          RegistrationNumber::value,
          JsonSchema.pattern(registrationForm(), RegistrationNumber.MAX_LENGTH)
              .describedAs(
                  "A registration number (nomor register): a register class's prefix such as"
                      + " B.I, a space, dot, hyphen or slash, then the facility's own text"));

  /**
   * The pattern of {@link #REGISTRATION_NUMBER}, without anchors: control characters are ISO's
   * ({@link Character#isISOControl}), white space Java's ({@link Character#isWhitespace}), as core
   * checks them.
   */
  private static String registrationForm() {
    StringBuilder prefixes = new StringBuilder();
    for (RegisterClass c : RegisterClass.values()) {
      prefixes.append(prefixes.length() == 0 ? "" : "|").append(c.prefix().replace(".", "\\."));
    }
    String control = "\\u0000-\\u001F\\u007F-\\u009F";
    String space = Scalars.whiteSpace();
    String first = "[^" + control + space + "]";
    // the last character: not white space, a space separator or a format character (core's
    // RegistrationNumber.isInvisible; those beyond the basic plane are left to the reader)
    String last = "[^" + control + Scalars.characters(RegistrationNumber::isInvisible) + "]";
    // white space that is not a control character, then the first other character: the last
    // too, or followed by anything but a control character up to a last character
    return "(?:"
        + prefixes
        + ")[ ./-](?:(?!["
        + control
        + "])["
        + space
        + "])*(?:"
        + last
        + "|"
        + first
        + "[^"
        + control
        + "]*"
        + last
        + ")";
  }

  /** {@link RegisterClass} (<i>golongan register</i>): the constant name, {@code "B_I"}. */
  public static final Codec<RegisterClass> REGISTER_CLASS = Codec.ofEnum(RegisterClass.class);

  /** {@link CrimeCategory} (<i>jenis tindak pidana</i>): the constant name, {@code "NARCOTICS"}. */
  public static final Codec<CrimeCategory> CRIME_CATEGORY = Codec.ofEnum(CrimeCategory.class);

  /** {@link TraineeStatus} (<i>status</i>): the constant name, {@code "CONVICT"}. */
  public static final Codec<TraineeStatus> TRAINEE_STATUS = Codec.ofEnum(TraineeStatus.class);

  /** {@link SentenceKind} (<i>jenis pidana</i>): the constant name, {@code "IMPRISONMENT"}. */
  public static final Codec<SentenceKind> SENTENCE_KIND = Codec.ofEnum(SentenceKind.class);

  // a policy's number of months that may be none, at most core's bound of 240 (20 years)
  private static final Codec<Integer> MONTHS = Scalars.int32(0, 240);

  // a policy's number of months of at least one, at most core's bound of 240
  private static final Codec<Integer> POSITIVE_MONTHS = Scalars.int32(1, 240);

  /** {@link RemissionKind} (<i>jenis remisi</i>): the constant name, {@code "GENERAL"}. */
  public static final Codec<RemissionKind> REMISSION_KIND = Codec.ofEnum(RemissionKind.class);

  /** {@link AssessmentKind} (<i>jenis penilaian</i>): the constant name, {@code "LITMAS"}. */
  public static final Codec<AssessmentKind> ASSESSMENT_KIND = Codec.ofEnum(AssessmentKind.class);

  /** {@link Entitlement} (<i>hak integrasi</i>): the constant name, {@code "SAE"}. */
  public static final Codec<Entitlement> ENTITLEMENT = Codec.ofEnum(Entitlement.class);

  /** {@link Verdict} (<i>hasil</i>): the constant name, {@code "NOT_MET"}. */
  public static final Codec<Verdict> VERDICT = Codec.ofEnum(Verdict.class);

  /** {@link TraineeRule}: the rule code, {@code "trainee.eligibility.served"}. */
  public static final Codec<TraineeRule> TRAINEE_RULE = TraineeValues.ofRule(TraineeRule.class);

  /** {@link DetentionKind} (<i>jenis penahanan</i>): the constant name, {@code "CITY_ARREST"}. */
  public static final Codec<DetentionKind> DETENTION_KIND = Codec.ofEnum(DetentionKind.class);

  /**
   * {@link DetentionPeriod} (<i>masa penahanan</i>): {@code {"kind","firstDay","lastDay"}}, all
   * required, both days inclusive.
   */
  public static final Codec<DetentionPeriod> DETENTION_PERIOD =
      ObjectCodec.builder(
              DetentionPeriod.class, DetentionPeriod::builder, DetentionPeriod.Builder::build)
          .required("kind", DETENTION_KIND, DetentionPeriod::kind, DetentionPeriod.Builder::kind)
          .required(
              "firstDay",
              Scalars.DATE,
              DetentionPeriod::firstDay,
              DetentionPeriod.Builder::firstDay)
          .required(
              "lastDay", Scalars.DATE, DetentionPeriod::lastDay, DetentionPeriod.Builder::lastDay)
          .describedAs(
              "A period of detention before the sentence (masa penahanan), both days inclusive")
          .build();

  /** {@link Remission} (<i>remisi</i>): {@code {"days","granted","kind"}}, all required. */
  public static final Codec<Remission> REMISSION =
      ObjectCodec.builder(Remission.class, Remission::builder, Remission.Builder::build)
          .required("days", Scalars.POSITIVE_INT_COUNT, Remission::days, Remission.Builder::days)
          .required("granted", Scalars.DATE, Remission::granted, Remission.Builder::granted)
          .required("kind", REMISSION_KIND, Remission::kind, Remission.Builder::kind)
          .describedAs("A remission (remisi)")
          .build();

  /**
   * {@link Sentence} (<i>pidana</i>): {@code {"kind","length","firstDayOfDetention","detention",
   * "servingFrom","remissions"}}, the length an ISO-8601 period such as {@code "P2Y6M"}; {@code
   * detention} and {@code servingFrom} only for a sentence with detention periods.
   */
  public static final Codec<Sentence> SENTENCE =
      ObjectCodec.builder(Sentence.class, SentenceDraft::new, SentenceDraft::build)
          .required("kind", SENTENCE_KIND, Sentence::kind, (d, v) -> d.sentence.kind(v))
          .required(
              "length",
              Scalars.withSchema(
                  TraineeValues.PERIOD, JsonSchema.pattern(TraineeValues.PERIOD_PATTERN, 40)),
              Sentence::length,
              (d, v) -> d.sentence.length(v))
          .required(
              "firstDayOfDetention",
              Scalars.DATE,
              Sentence::firstDayOfDetention,
              (d, v) -> d.firstDay = v)
          .optionalList(
              "detention", DETENTION_PERIOD, Sentence::detention, (d, v) -> d.detention = v)
          .nullRefused()
          // written only with periods: without them it is the first day of detention
          .optional(
              "servingFrom",
              Scalars.DATE,
              s -> s.detention().isEmpty() ? Optional.empty() : Optional.of(s.servingFrom()),
              (d, v) -> d.servingFrom = v)
          .nullRefused()
          .dependentRequired("detention", "servingFrom")
          .list("remissions", REMISSION, Sentence::remissions, (d, v) -> d.sentence.remissions(v))
          .describedAs("A sentence (pidana)")
          .build();

  /** {@link DisciplineRecord} (<i>register F</i>): {@code {"date","note"}}, the note optional. */
  public static final Codec<DisciplineRecord> DISCIPLINE_RECORD =
      ObjectCodec.builder(
              DisciplineRecord.class, DisciplineRecord::builder, DisciplineRecord.Builder::build)
          .required("date", Scalars.DATE, DisciplineRecord::date, DisciplineRecord.Builder::date)
          .optional(
              "note",
              Scalars.text(1, DisciplineRecord.MAX_NOTE),
              DisciplineRecord::note,
              DisciplineRecord.Builder::note)
          .describedAs("A discipline record (register F)")
          .build();

  /**
   * {@link AssessmentRecord} (<i>penilaian</i>): {@code {"kind","date","positive","entitlement",
   * "note"}}, the entitlement and note optional.
   */
  public static final Codec<AssessmentRecord> ASSESSMENT_RECORD =
      ObjectCodec.builder(
              AssessmentRecord.class, AssessmentRecord::builder, AssessmentRecord.Builder::build)
          .required("kind", ASSESSMENT_KIND, AssessmentRecord::kind, AssessmentRecord.Builder::kind)
          .required("date", Scalars.DATE, AssessmentRecord::date, AssessmentRecord.Builder::date)
          .required(
              "positive",
              Scalars.BOOLEAN,
              AssessmentRecord::positive,
              AssessmentRecord.Builder::positive)
          .optional(
              "entitlement",
              ENTITLEMENT,
              AssessmentRecord::entitlement,
              AssessmentRecord.Builder::entitlement)
          .optional(
              "note",
              Scalars.text(1, AssessmentRecord.MAX_NOTE),
              AssessmentRecord::note,
              AssessmentRecord.Builder::note)
          .describedAs("An assessment of a trainee (penilaian)")
          .build();

  /**
   * {@link Trainee} (<i>warga binaan</i>): {@code {"registrationNumber","name","facilityCode",
   * "crimeCategory","status","sentence","disciplineRecords","assessments","version"}}, the sentence
   * optional, the version 0 when absent.
   */
  public static final Codec<Trainee> TRAINEE =
      ObjectCodec.builder(Trainee.class, Trainee::builder, Trainee.Builder::build)
          .required(
              "registrationNumber",
              REGISTRATION_NUMBER,
              Trainee::registrationNumber,
              Trainee.Builder::registrationNumber)
          .required("name", Scalars.text(1, Trainee.MAX_NAME), Trainee::name, Trainee.Builder::name)
          .required(
              "facilityCode",
              Scalars.FACILITY_CODE,
              Trainee::facilityCode,
              Trainee.Builder::facilityCode)
          .required(
              "crimeCategory",
              CRIME_CATEGORY,
              Trainee::crimeCategory,
              Trainee.Builder::crimeCategory)
          .required("status", TRAINEE_STATUS, Trainee::status, Trainee.Builder::status)
          .optional("sentence", SENTENCE, Trainee::sentence, Trainee.Builder::sentence)
          .list(
              "disciplineRecords",
              DISCIPLINE_RECORD,
              Trainee::disciplineRecords,
              Trainee.Builder::disciplineRecords)
          .list(
              "assessments", ASSESSMENT_RECORD, Trainee::assessments, Trainee.Builder::assessments)
          // absent in documents older than stamps: version 0, the record as admitted
          .defaulted("version", Scalars.COUNT, Trainee::version, Trainee.Builder::version)
          .describedAs("A trainee (warga binaan)")
          .build();

  /**
   * {@link ConditionResult} (<i>hasil syarat</i>): {@code
   * {"rule","outcome","holdsFrom","details"}}, {@code holdsFrom} optional.
   */
  public static final Codec<ConditionResult> CONDITION_RESULT =
      ObjectCodec.builder(
              ConditionResult.class, ConditionResult::builder, ConditionResult.Builder::build)
          .required("rule", TRAINEE_RULE, ConditionResult::rule, ConditionResult.Builder::rule)
          .required("outcome", VERDICT, ConditionResult::verdict, ConditionResult.Builder::verdict)
          .optional(
              "holdsFrom",
              Scalars.DATE,
              ConditionResult::holdsFrom,
              ConditionResult.Builder::holdsFrom)
          .list("details", Scalars.TEXT, ConditionResult::details, ConditionResult.Builder::details)
          .describedAs("The result of one condition of an eligibility decision (hasil syarat)")
          .build();

  /**
   * {@link EligibilityDecision} (<i>keputusan kelayakan</i>): {@code {"entitlement","date",
   * "conditions","earliestDate","maximumLeaveDays"}}, the last two optional.
   */
  public static final Codec<EligibilityDecision> ELIGIBILITY_DECISION =
      ObjectCodec.builder(
              EligibilityDecision.class,
              EligibilityDecision::builder,
              EligibilityDecision.Builder::build)
          .required(
              "entitlement",
              ENTITLEMENT,
              EligibilityDecision::entitlement,
              EligibilityDecision.Builder::entitlement)
          .required(
              "date", Scalars.DATE, EligibilityDecision::date, EligibilityDecision.Builder::date)
          .requiredList(
              "conditions",
              CONDITION_RESULT,
              EligibilityDecision::conditions,
              EligibilityDecision.Builder::conditions)
          .minItems(1)
          .optional(
              "earliestDate",
              Scalars.DATE,
              EligibilityDecision::earliestDate,
              EligibilityDecision.Builder::earliestDate)
          .optional(
              "maximumLeaveDays",
              Scalars.integer(-Long.MAX_VALUE, Long.MAX_VALUE),
              EligibilityDecision::maximumLeaveDays,
              EligibilityDecision.Builder::maximumLeaveDays)
          .describedAs("An eligibility decision (keputusan kelayakan)")
          .build();

  /**
   * {@link EligibilityPolicy} (<i>kebijakan kelayakan</i>): its eleven settings; absent settings
   * read as their defaults.
   */
  public static final Codec<EligibilityPolicy> ELIGIBILITY_POLICY =
      ObjectCodec.builder(
              EligibilityPolicy.class, EligibilityPolicy::builder, EligibilityPolicy.Builder::build)
          .defaulted(
              "asimilasiFraction",
              MoneyCodecs.RATE,
              EligibilityPolicy::asimilasiFraction,
              EligibilityPolicy.Builder::asimilasiFraction)
          .defaulted(
              "specialAsimilasiFraction",
              MoneyCodecs.RATE,
              EligibilityPolicy::specialAsimilasiFraction,
              EligibilityPolicy.Builder::specialAsimilasiFraction)
          .defaulted(
              "integrationFraction",
              MoneyCodecs.RATE,
              EligibilityPolicy::integrationFraction,
              EligibilityPolicy.Builder::integrationFraction)
          .defaulted(
              "generalCleanMonths",
              MONTHS,
              EligibilityPolicy::generalCleanMonths,
              EligibilityPolicy.Builder::generalCleanMonths)
          .defaulted(
              "specialCleanMonths",
              MONTHS,
              EligibilityPolicy::specialCleanMonths,
              EligibilityPolicy.Builder::specialCleanMonths)
          .defaulted(
              "integrationCleanMonths",
              MONTHS,
              EligibilityPolicy::integrationCleanMonths,
              EligibilityPolicy.Builder::integrationCleanMonths)
          .defaulted(
              "minimumMonths",
              MONTHS,
              EligibilityPolicy::minimumMonths,
              EligibilityPolicy.Builder::minimumMonths)
          .defaulted(
              "cbSentenceCapMonths",
              POSITIVE_MONTHS,
              EligibilityPolicy::cbSentenceCapMonths,
              EligibilityPolicy.Builder::cbSentenceCapMonths)
          .defaulted(
              "cbMaximumLeaveMonths",
              POSITIVE_MONTHS,
              EligibilityPolicy::cbMaximumLeaveMonths,
              EligibilityPolicy.Builder::cbMaximumLeaveMonths)
          .defaulted(
              "cmbMaximumMonths",
              POSITIVE_MONTHS,
              EligibilityPolicy::cmbMaximumMonths,
              EligibilityPolicy.Builder::cmbMaximumMonths)
          .defaulted(
              "narcoticsSpecialFromYears",
              Scalars.int32(0, 20),
              EligibilityPolicy::narcoticsSpecialFromYears,
              EligibilityPolicy.Builder::narcoticsSpecialFromYears)
          .defaulted(
              "saeNeedsOwnApproval",
              Scalars.BOOLEAN,
              EligibilityPolicy::saeNeedsOwnApproval,
              EligibilityPolicy.Builder::saeNeedsOwnApproval)
          .describedAs(
              "The eligibility settings (kebijakan kelayakan); an absent setting reads as its default")
          .build();

  /**
   * A trainee's events ({@link TraineeEvent}), each a document kind of its own ({@link
   * EventCodecs}): personal data throughout, internal documents only.
   */
  private static final List<Codec<? extends TraineeEvent>> EVENTS =
      EventCodecs.family(
          TraineeEvent.class,
          Map.of(
              RegistrationNumber.class,
              REGISTRATION_NUMBER,
              Sentence.class,
              SENTENCE,
              Remission.class,
              REMISSION,
              DisciplineRecord.class,
              DISCIPLINE_RECORD,
              AssessmentRecord.class,
              ASSESSMENT_RECORD),
          Map.of(),
          Set.of());

  private TraineeCodecs() {}

  /**
   * The codecs of a trainee's events, one per event type.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<? extends TraineeEvent>> events() {
    return EVENTS;
  }

  /**
   * A sentence as read (<i>draf pidana</i>), for the rules across its fields that core cannot see,
   * because core derives {@code firstDayOfDetention}: {@code detention} present (even empty) needs
   * {@code servingFrom} ({@code json.missing-property}); with periods, {@code firstDayOfDetention}
   * must be the first period's first day; without them it is the first day of serving, and a {@code
   * servingFrom} given must be the same day (both {@code trainee.detention.first-day}).
   */
  private static final class SentenceDraft {
    final Sentence.Builder sentence = Sentence.builder();
    @Nullable LocalDate firstDay;
    @Nullable LocalDate servingFrom;
    // null when absent, which differs from an empty list: that one needs servingFrom
    @Nullable List<DetentionPeriod> detention;

    Sentence build() {
      LocalDate from = MissingValueException.required(firstDay, "firstDayOfDetention");
      List<DetentionPeriod> periods = detention;
      if (periods == null || periods.isEmpty()) {
        if (periods != null) {
          MissingValueException.required(servingFrom, "servingFrom");
        }
        if (servingFrom != null && !from.equals(servingFrom)) {
          throw InvalidValueException.personal(
              TraineeRule.DETENTION_FIRST_DAY, "firstDayOfDetention");
        }
        return sentence.servingFrom(from).build();
      }
      sentence
          .servingFrom(MissingValueException.required(servingFrom, "servingFrom"))
          .detention(periods);
      if (!from.equals(periods.get(0).firstDay())) {
        throw InvalidValueException.personal(
            TraineeRule.DETENTION_FIRST_DAY, "firstDayOfDetention");
      }
      return sentence.build();
    }
  }

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(
        REGISTRATION_NUMBER,
        REGISTER_CLASS,
        CRIME_CATEGORY,
        TRAINEE_STATUS,
        SENTENCE_KIND,
        REMISSION_KIND,
        DETENTION_KIND,
        ASSESSMENT_KIND,
        ENTITLEMENT,
        VERDICT,
        TRAINEE_RULE,
        DETENTION_PERIOD,
        REMISSION,
        SENTENCE,
        DISCIPLINE_RECORD,
        ASSESSMENT_RECORD,
        TRAINEE,
        CONDITION_RESULT,
        ELIGIBILITY_DECISION,
        ELIGIBILITY_POLICY);
  }
}
