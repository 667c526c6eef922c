package org.bengkel.json.codec.programme;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.EventCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.internal.StampFields;
import org.bengkel.json.codec.trainee.TraineeCodecs;
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
import org.bengkel.programme.TrainingEvent;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.RegistrationNumber;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of the skill programme (<i>program pelatihan</i>) types: programmes, rosters and
 * enrolment histories, sessions and attendance, competency assessments, certificates and the skills
 * passport. Times are ISO-8601 local times ({@code "08:00"}), durations ISO-8601 durations ({@code
 * "PT6H30M"}), dates {@code yyyy-MM-dd}. The skills passport carries no sentence or crime data.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgrammeCodecs {

  /**
   * {@link ProgrammeCode}: the code of a skill programme (<i>kode program</i>), {@code
   * "KULINER-2026"}.
   */
  public static final Codec<ProgrammeCode> PROGRAMME_CODE =
      Scalars.code(
          ProgrammeCode.class, ProgrammeCode::parse, ProgrammeCode::value, "A programme code");

  /** {@link SkillField} (<i>bidang keterampilan</i>): its code, {@code "CULINARY"}. */
  public static final Codec<SkillField> SKILL_FIELD =
      Scalars.code(SkillField.class, SkillField::of, SkillField::code, "A skill field's code");

  /** {@link AbsenceReason} (<i>alasan tidak hadir</i>): the constant name, {@code "SICK"}. */
  public static final Codec<AbsenceReason> ABSENCE_REASON = Codec.ofEnum(AbsenceReason.class);

  // a name, scheme or decree of a programme or certificate, as long as core allows
  private static final Codec<String> PROGRAMME_TEXT = Scalars.text(1, SkillProgramme.MAX_TEXT);

  // a competency unit's code or a certificate's number, as long as core allows
  private static final Codec<String> UNIT_CODE = Scalars.text(1, SkillProgramme.MAX_UNIT);

  // a programme's training hours: at least one, at most core's bound
  private static final Codec<Integer> TRAINING_HOURS = Scalars.int32(1, 10_000);

  /** {@link CertificateIssuer} (<i>penerbit sertifikat</i>): the constant name, {@code "LSP"}. */
  public static final Codec<CertificateIssuer> CERTIFICATE_ISSUER =
      Codec.ofEnum(CertificateIssuer.class);

  /**
   * {@link CompetencyResult} (<i>hasil uji kompetensi</i>): the constant name, {@code "COMPETENT"}.
   */
  public static final Codec<CompetencyResult> COMPETENCY_RESULT =
      Codec.ofEnum(CompetencyResult.class);

  /** {@link EnrolmentStatus} (<i>status keikutsertaan</i>): the constant name, {@code "ACTIVE"}. */
  public static final Codec<EnrolmentStatus> ENROLMENT_STATUS = Codec.ofEnum(EnrolmentStatus.class);

  /** {@link EnrolmentReason} (<i>alasan</i>): the constant name, {@code "PLACE_AVAILABLE"}. */
  public static final Codec<EnrolmentReason> ENROLMENT_REASON = Codec.ofEnum(EnrolmentReason.class);

  /** {@link ProgrammeRule}: the rule code, {@code "programme.attendance.hours-cap"}. */
  public static final Codec<ProgrammeRule> PROGRAMME_RULE =
      ProgrammeValues.ofRule(ProgrammeRule.class);

  /** {@link Session} (<i>sesi</i>): {@code {"programme","date","start","end"}}. */
  public static final Codec<Session> SESSION =
      ObjectCodec.builder(Session.class, Session::builder, Session.Builder::build)
          .required("programme", PROGRAMME_CODE, Session::programme, Session.Builder::programme)
          .required("date", Scalars.DATE, Session::date, Session.Builder::date)
          .required("start", ProgrammeValues.TIME, Session::start, Session.Builder::start)
          .required("end", ProgrammeValues.TIME, Session::end, Session.Builder::end)
          .describedAs("A training session (sesi)")
          .build();

  /**
   * {@link Attendance} (<i>kehadiran</i>): {@code {"session","trainee","attended","absenceReason",
   * "countsForPay"}}, the reason optional.
   */
  public static final Codec<Attendance> ATTENDANCE =
      ObjectCodec.builder(Attendance.class, Attendance::builder, Attendance.Builder::build)
          .required("session", SESSION, Attendance::session, Attendance.Builder::session)
          .required(
              "trainee",
              TraineeCodecs.REGISTRATION_NUMBER,
              Attendance::trainee,
              Attendance.Builder::trainee)
          .required(
              "attended", CodecSupport.DURATION, Attendance::attended, Attendance.Builder::attended)
          .optional(
              "absenceReason",
              ABSENCE_REASON,
              Attendance::absenceReason,
              Attendance.Builder::absenceReason)
          .required(
              "countsForPay",
              Scalars.BOOLEAN,
              Attendance::countsForPay,
              Attendance.Builder::countsForPay)
          .describedAs("The attendance of one trainee at one session (kehadiran)")
          .build();

  /**
   * {@link Certificate} (<i>sertifikat</i>): {@code {"issuerType","issuerName","bnspLicensed",
   * "number","scheme","issuedOn","expiresOn"}}, the expiry optional.
   */
  public static final Codec<Certificate> CERTIFICATE =
      ObjectCodec.builder(Certificate.class, Certificate::builder, Certificate.Builder::build)
          .required(
              "issuerType",
              CERTIFICATE_ISSUER,
              Certificate::issuerType,
              Certificate.Builder::issuerType)
          .required(
              "issuerName",
              PROGRAMME_TEXT,
              Certificate::issuerName,
              Certificate.Builder::issuerName)
          .required(
              "bnspLicensed",
              Scalars.BOOLEAN,
              Certificate::bnspLicensed,
              Certificate.Builder::bnspLicensed)
          .required("number", UNIT_CODE, Certificate::number, Certificate.Builder::number)
          .required("scheme", PROGRAMME_TEXT, Certificate::scheme, Certificate.Builder::scheme)
          .required("issuedOn", Scalars.DATE, Certificate::issuedOn, Certificate.Builder::issuedOn)
          .optional(
              "expiresOn", Scalars.DATE, Certificate::expiresOn, Certificate.Builder::expiresOn)
          .describedAs("A certificate (sertifikat)")
          .build();

  /**
   * {@link CompetencyAssessment} (<i>uji kompetensi</i>): {@code {"trainee","programme","unitCode",
   * "result","assessor","date","evidence"}}.
   */
  public static final Codec<CompetencyAssessment> COMPETENCY_ASSESSMENT =
      ObjectCodec.builder(
              CompetencyAssessment.class,
              CompetencyAssessment::builder,
              CompetencyAssessment.Builder::build)
          .required(
              "trainee",
              TraineeCodecs.REGISTRATION_NUMBER,
              CompetencyAssessment::trainee,
              CompetencyAssessment.Builder::trainee)
          .required(
              "programme",
              PROGRAMME_CODE,
              CompetencyAssessment::programme,
              CompetencyAssessment.Builder::programme)
          .required(
              "unitCode",
              UNIT_CODE,
              CompetencyAssessment::unitCode,
              CompetencyAssessment.Builder::unitCode)
          .required(
              "result",
              COMPETENCY_RESULT,
              CompetencyAssessment::result,
              CompetencyAssessment.Builder::result)
          .required(
              "assessor",
              FacilityCodecs.NIP,
              CompetencyAssessment::assessor,
              CompetencyAssessment.Builder::assessor)
          .required(
              "date", Scalars.DATE, CompetencyAssessment::date, CompetencyAssessment.Builder::date)
          .required(
              "evidence",
              Scalars.text(1, CompetencyAssessment.MAX_NOTE),
              CompetencyAssessment::evidence,
              CompetencyAssessment.Builder::evidence)
          .describedAs("A competency assessment (uji kompetensi)")
          .build();

  /**
   * {@link AchievedUnit} (<i>unit kompetensi tercapai</i>): {@code
   * {"programme","unitCode","achievedOn"}}.
   */
  public static final Codec<AchievedUnit> ACHIEVED_UNIT =
      ObjectCodec.builder(AchievedUnit.class, AchievedUnit::builder, AchievedUnit.Builder::build)
          .required(
              "programme", PROGRAMME_CODE, AchievedUnit::programme, AchievedUnit.Builder::programme)
          .required("unitCode", UNIT_CODE, AchievedUnit::unitCode, AchievedUnit.Builder::unitCode)
          .required(
              "achievedOn",
              Scalars.DATE,
              AchievedUnit::achievedOn,
              AchievedUnit.Builder::achievedOn)
          .describedAs("An achieved competency unit (unit kompetensi tercapai)")
          .build();

  /**
   * {@link CompletedProgramme} (<i>program selesai</i>): {@code {"code","name","field",
   * "trainingHours","completedOn"}}.
   */
  public static final Codec<CompletedProgramme> COMPLETED_PROGRAMME =
      ObjectCodec.builder(
              CompletedProgramme.class,
              CompletedProgramme::builder,
              CompletedProgramme.Builder::build)
          .required(
              "code", PROGRAMME_CODE, CompletedProgramme::code, CompletedProgramme.Builder::code)
          .required(
              "name", PROGRAMME_TEXT, CompletedProgramme::name, CompletedProgramme.Builder::name)
          .required(
              "field", SKILL_FIELD, CompletedProgramme::field, CompletedProgramme.Builder::field)
          .required(
              "trainingHours",
              TRAINING_HOURS,
              CompletedProgramme::trainingHours,
              CompletedProgramme.Builder::trainingHours)
          .required(
              "completedOn",
              Scalars.DATE,
              CompletedProgramme::completedOn,
              CompletedProgramme.Builder::completedOn)
          .describedAs("A completed programme (program selesai)")
          .build();

  /**
   * {@link EnrolmentEvent} (<i>peristiwa</i>): {@code {"status","date","at","zone","actor",
   * "reason"}}: {@code date} the stamp's local date, written for readers of the older form; {@code
   * at}, {@code zone} and {@code actor} the stamp ({@link StampFields#declareAfterDate}). A
   * document older than stamps has only {@code date}: its move reads as recorded by {@link
   * StampFields#LEGACY_ACTOR} at the start of that date in WIB. With a stamp, {@code date} must be
   * its local date ({@code value.malformed}).
   */
  public static final Codec<EnrolmentEvent> ENROLMENT_EVENT =
      StampFields.declareAfterDate(
              ObjectCodec.builder(
                      EnrolmentEvent.class,
                      () -> new StampFields<>(new MoveDraft()),
                      ProgrammeCodecs::move)
                  .required(
                      "status",
                      ENROLMENT_STATUS,
                      EnrolmentEvent::status,
                      (StampFields<MoveDraft> d, EnrolmentStatus v) -> d.builder().status = v),
              EnrolmentEvent::stamp)
          .required(
              "reason",
              ENROLMENT_REASON,
              EnrolmentEvent::reason,
              (StampFields<MoveDraft> d, EnrolmentReason v) -> d.builder().reason = v)
          .describedAs("An event of an enrolment (peristiwa)")
          .build();

  /** An enrolment move being read. */
  private static final class MoveDraft {
    @Nullable EnrolmentStatus status;
    @Nullable EnrolmentReason reason;
  }

  private static EnrolmentEvent move(StampFields<MoveDraft> d) {
    MoveDraft m = d.builder();
    return EnrolmentEvent.of(
        JsonReader.required(m.status, "status"),
        d.stamp(),
        JsonReader.required(m.reason, "reason"));
  }

  /** {@link Enrolment} (<i>keikutsertaan</i>): {@code {"programme","trainee","history"}}. */
  public static final Codec<Enrolment> ENROLMENT =
      ObjectCodec.builder(Enrolment.class, Enrolment::builder, Enrolment.Builder::build)
          .required("programme", PROGRAMME_CODE, Enrolment::programme, Enrolment.Builder::programme)
          .required(
              "trainee",
              TraineeCodecs.REGISTRATION_NUMBER,
              Enrolment::trainee,
              Enrolment.Builder::trainee)
          .requiredList("history", ENROLMENT_EVENT, Enrolment::history, Enrolment.Builder::history)
          .minItems(1)
          .describedAs("An enrolment (keikutsertaan)")
          .build();

  /**
   * {@link SkillProgramme} (<i>program pelatihan</i>): {@code {"code","name","field","skkniDecree",
   * "competencyUnits","trainingHours","capacity","supervisors","outsideWalls","production"}}.
   */
  public static final Codec<SkillProgramme> SKILL_PROGRAMME =
      ObjectCodec.builder(
              SkillProgramme.class, SkillProgramme::builder, SkillProgramme.Builder::build)
          .required("code", PROGRAMME_CODE, SkillProgramme::code, SkillProgramme.Builder::code)
          .required("name", PROGRAMME_TEXT, SkillProgramme::name, SkillProgramme.Builder::name)
          .required("field", SKILL_FIELD, SkillProgramme::field, SkillProgramme.Builder::field)
          .required(
              "skkniDecree",
              PROGRAMME_TEXT,
              SkillProgramme::skkniDecree,
              SkillProgramme.Builder::skkniDecree)
          .requiredList(
              "competencyUnits",
              UNIT_CODE,
              SkillProgramme::competencyUnits,
              SkillProgramme.Builder::competencyUnits)
          .minItems(1)
          .uniqueItems()
          .required(
              "trainingHours",
              TRAINING_HOURS,
              SkillProgramme::trainingHours,
              SkillProgramme.Builder::trainingHours)
          .required(
              "capacity",
              Scalars.int32(1, 10_000),
              SkillProgramme::capacity,
              SkillProgramme.Builder::capacity)
          .requiredList(
              "supervisors",
              FacilityCodecs.NIP,
              SkillProgramme::supervisors,
              SkillProgramme.Builder::supervisors)
          .minItems(1)
          .uniqueItems()
          // absent: core's defaults, false and true (docs/json-format.md), so not required
          .defaulted(
              "outsideWalls",
              Scalars.BOOLEAN,
              SkillProgramme::outsideWalls,
              SkillProgramme.Builder::outsideWalls)
          .defaulted(
              "production",
              Scalars.BOOLEAN,
              SkillProgramme::production,
              SkillProgramme.Builder::production)
          .describedAs("A skill programme (program pelatihan)")
          .build();

  /** {@link ProgrammeRoster} (<i>daftar peserta</i>): {@code {"programme","enrolments"}}. */
  public static final Codec<ProgrammeRoster> PROGRAMME_ROSTER =
      ObjectCodec.builder(
              ProgrammeRoster.class, ProgrammeRoster::builder, ProgrammeRoster.Builder::build)
          .required(
              "programme",
              SKILL_PROGRAMME,
              ProgrammeRoster::programme,
              ProgrammeRoster.Builder::programme)
          .list(
              "enrolments",
              ENROLMENT,
              ProgrammeRoster::enrolments,
              ProgrammeRoster.Builder::enrolments)
          .describedAs("The roster of a programme (daftar peserta)")
          .build();

  /**
   * {@link TrainingRegister} (<i>register pelatihan</i>): {@code {"rosters","sessions",
   * "attendance","assessments"}}.
   */
  public static final Codec<TrainingRegister> TRAINING_REGISTER =
      ObjectCodec.builder(
              TrainingRegister.class, TrainingRegister::builder, TrainingRegister.Builder::build)
          .list(
              "rosters",
              PROGRAMME_ROSTER,
              TrainingRegister::rosters,
              TrainingRegister.Builder::rosters)
          .list("sessions", SESSION, TrainingRegister::sessions, TrainingRegister.Builder::sessions)
          .list(
              "attendance",
              ATTENDANCE,
              TrainingRegister::attendance,
              TrainingRegister.Builder::attendance)
          .list(
              "assessments",
              COMPETENCY_ASSESSMENT,
              TrainingRegister::assessments,
              TrainingRegister.Builder::assessments)
          .describedAs("The training register (register pelatihan)")
          .build();

  /**
   * {@link SkillsPassport} (<i>paspor keterampilan</i>): {@code {"holderName","registrationNumber",
   * "asOf","completedProgrammes","hoursByField","competencyUnits","certificates"}}, without any
   * sentence or crime data.
   */
  public static final Codec<SkillsPassport> SKILLS_PASSPORT =
      ObjectCodec.builder(
              SkillsPassport.class, SkillsPassport::builder, SkillsPassport.Builder::build)
          .required(
              "holderName",
              PROGRAMME_TEXT,
              SkillsPassport::holderName,
              SkillsPassport.Builder::holderName)
          .required(
              "registrationNumber",
              TraineeCodecs.REGISTRATION_NUMBER,
              SkillsPassport::registrationNumber,
              SkillsPassport.Builder::registrationNumber)
          .required("asOf", Scalars.DATE, SkillsPassport::asOf, SkillsPassport.Builder::asOf)
          .list(
              "completedProgrammes",
              COMPLETED_PROGRAMME,
              SkillsPassport::completedProgrammes,
              SkillsPassport.Builder::completedProgrammes)
          .defaulted(
              "hoursByField",
              ProgrammeValues.HOURS_BY_FIELD,
              SkillsPassport::hoursByField,
              SkillsPassport.Builder::hoursByField)
          .list(
              "competencyUnits",
              ACHIEVED_UNIT,
              SkillsPassport::competencyUnits,
              SkillsPassport.Builder::competencyUnits)
          .list(
              "certificates",
              CERTIFICATE,
              SkillsPassport::certificates,
              SkillsPassport.Builder::certificates)
          .describedAs("A skills passport (paspor keterampilan), without sentence or crime data")
          .build();

  /**
   * The training events ({@link TrainingEvent}), each a document kind of its own ({@link
   * EventCodecs}): {@code programme} is the programme's code, {@code trainee} and {@code promoted}
   * registration numbers (personal data: these are internal documents), a session, attendance or
   * assessment in its own form.
   */
  private static final List<Codec<? extends TrainingEvent>> EVENTS =
      EventCodecs.family(
          TrainingEvent.class,
          Map.of(
              ProgrammeCode.class,
              PROGRAMME_CODE,
              RegistrationNumber.class,
              TraineeCodecs.REGISTRATION_NUMBER,
              boolean.class,
              Scalars.BOOLEAN,
              Session.class,
              SESSION,
              Attendance.class,
              ATTENDANCE,
              CompetencyAssessment.class,
              COMPETENCY_ASSESSMENT),
          Map.of(),
          Set.of());

  private ProgrammeCodecs() {}

  /**
   * The codecs of the training events, one per event type.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<? extends TrainingEvent>> events() {
    return EVENTS;
  }

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
