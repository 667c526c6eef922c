package org.bengkel.json.codec.trainee;

import java.util.List;
import org.bengkel.json.Codec;
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
import org.bengkel.trainee.Verdict;
import org.bengkel.trainee.RegisterClass;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.RemissionKind;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.SentenceKind;
import org.bengkel.trainee.Trainee;
import org.bengkel.trainee.TraineeRule;
import org.bengkel.trainee.TraineeStatus;

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

  /** {@link RegistrationNumber}: the registration number of a trainee (<i>nomor registrasi</i>), personal data, as its full text, {@code "B.I-123/2024"}. */
  public static final Codec<RegistrationNumber> REGISTRATION_NUMBER = Codec.ofString(RegistrationNumber.class, RegistrationNumber::parse, RegistrationNumber::value);

  /** {@link RegisterClass} (<i>golongan register</i>): the constant name, {@code "B_I"}. */
  public static final Codec<RegisterClass> REGISTER_CLASS = Codec.ofEnum(RegisterClass.class);

  /** {@link CrimeCategory} (<i>jenis tindak pidana</i>): the constant name, {@code "NARCOTICS"}. */
  public static final Codec<CrimeCategory> CRIME_CATEGORY = Codec.ofEnum(CrimeCategory.class);

  /** {@link TraineeStatus} (<i>status</i>): the constant name, {@code "CONVICT"}. */
  public static final Codec<TraineeStatus> TRAINEE_STATUS = Codec.ofEnum(TraineeStatus.class);

  /** {@link SentenceKind} (<i>jenis pidana</i>): the constant name, {@code "IMPRISONMENT"}. */
  public static final Codec<SentenceKind> SENTENCE_KIND = Codec.ofEnum(SentenceKind.class);

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
  public static final Codec<DetentionPeriod> DETENTION_PERIOD = new DetentionPeriodCodec();

  /** {@link Remission} (<i>remisi</i>): {@code {"days","granted","kind"}}, all required. */
  public static final Codec<Remission> REMISSION = new RemissionCodec();

  /**
   * {@link Sentence} (<i>pidana</i>): {@code {"kind","length","firstDayOfDetention","detention",
   * "servingFrom","remissions"}}, the length an ISO-8601 period such as {@code "P2Y6M"};
   * {@code detention} and {@code servingFrom} only for a sentence with detention periods.
   */
  public static final Codec<Sentence> SENTENCE = new SentenceCodec();

  /** {@link DisciplineRecord} (<i>register F</i>): {@code {"date","note"}}, the note optional. */
  public static final Codec<DisciplineRecord> DISCIPLINE_RECORD = new DisciplineRecordCodec();

  /**
   * {@link AssessmentRecord} (<i>penilaian</i>): {@code {"kind","date","positive","entitlement",
   * "note"}}, the entitlement and note optional.
   */
  public static final Codec<AssessmentRecord> ASSESSMENT_RECORD = new AssessmentRecordCodec();

  /**
   * {@link Trainee} (<i>warga binaan</i>): {@code {"registrationNumber","name","facilityCode",
   * "crimeCategory","status","sentence","disciplineRecords","assessments"}}, the sentence optional.
   */
  public static final Codec<Trainee> TRAINEE = new TraineeCodec();

  /**
   * {@link ConditionResult} (<i>hasil syarat</i>): {@code {"rule","outcome","holdsFrom","details"}},
   * {@code holdsFrom} optional.
   */
  public static final Codec<ConditionResult> CONDITION_RESULT = new ConditionResultCodec();

  /**
   * {@link EligibilityDecision} (<i>keputusan kelayakan</i>): {@code {"entitlement","date",
   * "conditions","earliestDate","maximumLeaveDays"}}, the last two optional.
   */
  public static final Codec<EligibilityDecision> ELIGIBILITY_DECISION =
      new EligibilityDecisionCodec();

  /**
   * {@link EligibilityPolicy} (<i>kebijakan kelayakan</i>): its eleven settings; absent settings
   * read as their defaults.
   */
  public static final Codec<EligibilityPolicy> ELIGIBILITY_POLICY = new EligibilityPolicyCodec();

  private TraineeCodecs() {}

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
