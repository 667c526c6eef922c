package org.bengkel.json.codec.programme;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.programme.AbsenceReason;
import org.bengkel.programme.AchievedUnit;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CertificateIssuer;
import org.bengkel.programme.CompetencyAssessment;
import org.bengkel.programme.CompetencyResult;
import org.bengkel.programme.CompletedProgramme;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.EnrolmentEvent;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.EnrolmentStatus;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.ProgrammeRule;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.programme.TrainingRegister;

/**
 * The JSON form of the skill programme (<i>program pelatihan</i>) types: programmes, rosters and
 * enrolment histories, sessions and attendance, competency assessments, certificates and the
 * skills passport. Times are ISO-8601 local times ({@code "08:00"}), durations ISO-8601 durations
 * ({@code "PT6H30M"}), dates {@code yyyy-MM-dd}. The skills passport carries no sentence or crime
 * data.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgrammeCodecs {

  /** {@link ProgrammeCode}: the code of a skill programme (<i>kode program</i>), {@code "KULINER-2026"}. */
  public static final Codec<ProgrammeCode> PROGRAMME_CODE = Codec.ofString(ProgrammeCode.class, ProgrammeCode::parse, ProgrammeCode::value);

  /** {@link SkillField} (<i>bidang keterampilan</i>): its code, {@code "CULINARY"}. */
  public static final Codec<SkillField> SKILL_FIELD =
      Codec.ofString(SkillField.class, SkillField::of, SkillField::code);

  /** {@link AbsenceReason} (<i>alasan tidak hadir</i>): the constant name, {@code "SICK"}. */
  public static final Codec<AbsenceReason> ABSENCE_REASON = Codec.ofEnum(AbsenceReason.class);

  /** {@link CertificateIssuer} (<i>penerbit sertifikat</i>): the constant name, {@code "LSP"}. */
  public static final Codec<CertificateIssuer> CERTIFICATE_ISSUER =
      Codec.ofEnum(CertificateIssuer.class);

  /** {@link CompetencyResult} (<i>hasil uji kompetensi</i>): the constant name, {@code "COMPETENT"}. */
  public static final Codec<CompetencyResult> COMPETENCY_RESULT =
      Codec.ofEnum(CompetencyResult.class);

  /** {@link EnrolmentStatus} (<i>status keikutsertaan</i>): the constant name, {@code "ACTIVE"}. */
  public static final Codec<EnrolmentStatus> ENROLMENT_STATUS = Codec.ofEnum(EnrolmentStatus.class);

  /** {@link EnrolmentReason} (<i>alasan</i>): the constant name, {@code "PLACE_AVAILABLE"}. */
  public static final Codec<EnrolmentReason> ENROLMENT_REASON = Codec.ofEnum(EnrolmentReason.class);

  /** {@link ProgrammeRule}: the rule code, {@code "programme.attendance.hours-cap"}. */
  public static final Codec<ProgrammeRule> PROGRAMME_RULE = ProgrammeValues.ofRule(ProgrammeRule.class);

  /** {@link Session} (<i>sesi</i>): {@code {"programme","date","start","end"}}. */
  public static final Codec<Session> SESSION = new SessionCodec();

  /**
   * {@link Attendance} (<i>kehadiran</i>): {@code {"session","trainee","attended","absenceReason",
   * "countsForPay"}}, the reason optional.
   */
  public static final Codec<Attendance> ATTENDANCE = new AttendanceCodec();

  /**
   * {@link Certificate} (<i>sertifikat</i>): {@code {"issuerType","issuerName","bnspLicensed",
   * "number","scheme","issuedOn","expiresOn"}}, the expiry optional.
   */
  public static final Codec<Certificate> CERTIFICATE = new CertificateCodec();

  /**
   * {@link CompetencyAssessment} (<i>uji kompetensi</i>): {@code {"trainee","programme","unitCode",
   * "result","assessor","date","evidence"}}.
   */
  public static final Codec<CompetencyAssessment> COMPETENCY_ASSESSMENT =
      new CompetencyAssessmentCodec();

  /** {@link AchievedUnit} (<i>unit kompetensi tercapai</i>): {@code {"programme","unitCode","achievedOn"}}. */
  public static final Codec<AchievedUnit> ACHIEVED_UNIT = new AchievedUnitCodec();

  /**
   * {@link CompletedProgramme} (<i>program selesai</i>): {@code {"code","name","field",
   * "trainingHours","completedOn"}}.
   */
  public static final Codec<CompletedProgramme> COMPLETED_PROGRAMME = new CompletedProgrammeCodec();

  /** {@link EnrolmentEvent} (<i>peristiwa</i>): {@code {"status","date","reason"}}. */
  public static final Codec<EnrolmentEvent> ENROLMENT_EVENT = new EnrolmentEventCodec();

  /** {@link Enrolment} (<i>keikutsertaan</i>): {@code {"programme","trainee","history"}}. */
  public static final Codec<Enrolment> ENROLMENT = new EnrolmentCodec();

  /**
   * {@link SkillProgramme} (<i>program pelatihan</i>): {@code {"code","name","field","skkniDecree",
   * "competencyUnits","trainingHours","capacity","supervisors","outsideWalls","production"}}.
   */
  public static final Codec<SkillProgramme> SKILL_PROGRAMME = new SkillProgrammeCodec();

  /** {@link ProgrammeRoster} (<i>daftar peserta</i>): {@code {"programme","enrolments"}}. */
  public static final Codec<ProgrammeRoster> PROGRAMME_ROSTER = new ProgrammeRosterCodec();

  /**
   * {@link TrainingRegister} (<i>register pelatihan</i>): {@code {"rosters","sessions",
   * "attendance","assessments"}}.
   */
  public static final Codec<TrainingRegister> TRAINING_REGISTER = new TrainingRegisterCodec();

  /**
   * {@link SkillsPassport} (<i>paspor keterampilan</i>): {@code {"holderName","registrationNumber",
   * "asOf","completedProgrammes","hoursByField","competencyUnits","certificates"}}, without any
   * sentence or crime data.
   */
  public static final Codec<SkillsPassport> SKILLS_PASSPORT = new SkillsPassportCodec();

  private ProgrammeCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(
        PROGRAMME_CODE,
        SKILL_FIELD,
        ABSENCE_REASON,
        CERTIFICATE_ISSUER,
        COMPETENCY_RESULT,
        ENROLMENT_STATUS,
        ENROLMENT_REASON,
        PROGRAMME_RULE,
        SESSION,
        ATTENDANCE,
        CERTIFICATE,
        COMPETENCY_ASSESSMENT,
        ACHIEVED_UNIT,
        COMPLETED_PROGRAMME,
        ENROLMENT_EVENT,
        ENROLMENT,
        SKILL_PROGRAMME,
        PROGRAMME_ROSTER,
        TRAINING_REGISTER,
        SKILLS_PASSPORT);
  }
}
