package org.bengkel.programme;

import java.util.List;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.internal.Checks;
import org.bengkel.trainee.RegistrationNumber;

/**
 * What an accepted operation on a programme's training records caused (<i>peristiwa pelatihan</i>):
 * one event per operation, with the programme's code as aggregate id, the programme's version after
 * it, the stamp and the facts that replay it.
 *
 * <p>Two aggregates number these events. A {@link ProgrammeRoster} used on its own counts its
 * enrolment moves ({@link ProgrammeRoster#version()}, rebuilt by {@link
 * ProgrammeRoster#replay(SkillProgramme, List)}); inside a {@link TrainingRegister}, a programme's
 * version also counts its sessions, attendance and assessments ({@link
 * TrainingRegister#version(ProgrammeCode)}, rebuilt by {@link TrainingRegister#replay(
 * java.util.Collection, List)}). A host stores the events of one or the other, never both.
 *
 * <p>Events that concern a trainee carry the registration number among their facts, which is
 * personal data: it never appears in {@code toString()}, and in an audit trail only under {@link
 * Disclosure#REGISTRATION_NUMBERS} ({@link #WITHHELD} otherwise). A reason for a suspension or
 * withdrawal may be health or legal data: it is a fact to replay, never part of the audit sentence.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface TrainingEvent extends DomainEvent
    permits TrainingEvent.EnrolmentApplied,
        TrainingEvent.EnrolmentSuspended,
        TrainingEvent.EnrolmentResumed,
        TrainingEvent.EnrolmentCompleted,
        TrainingEvent.EnrolmentWithdrawn,
        TrainingEvent.SessionScheduled,
        TrainingEvent.AttendanceRecorded,
        TrainingEvent.AssessmentRecorded {

  /** What an audit trail shows in place of a registration number the reader may not see. */
  String WITHHELD = "***";

  /**
   * The programme.
   *
   * @return the programme's code, never null
   */
  ProgrammeCode programme();

  @Override
  default String aggregateId() {
    return programme().value();
  }

  /**
   * A trainee applied (<i>pendaftaran</i>): active at once when a place was free, otherwise on the
   * waiting list ({@link ProgrammeRoster#apply}).
   *
   * @param programme the programme, not null
   * @param version the programme's version after it, 1 or more
   * @param stamp who recorded it and when, not null
   * @param trainee the applicant, not null; personal
   * @param status {@link EnrolmentStatus#ACTIVE} or {@link EnrolmentStatus#WAITING}, not null
   */
  record EnrolmentApplied(
      ProgrammeCode programme,
      long version,
      Stamp stamp,
      RegistrationNumber trainee,
      EnrolmentStatus status)
      implements TrainingEvent {
    /** Checks. */
    public EnrolmentApplied {
      check(programme, version, stamp);
      Checks.required(trainee, "trainee");
      Checks.required(status, "status");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure), programme.value(), status);
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A trainee's active enrolment was suspended (<i>penangguhan</i>), keeping the place ({@link
   * ProgrammeRoster#suspend}).
   *
   * @param programme the programme, not null
   * @param version the programme's version after it, 1 or more
   * @param stamp who recorded it and when, not null
   * @param trainee the trainee, not null; personal
   * @param withPay whether with pay
   * @param reason the reason, not null; may be health or legal data
   */
  record EnrolmentSuspended(
      ProgrammeCode programme,
      long version,
      Stamp stamp,
      RegistrationNumber trainee,
      boolean withPay,
      EnrolmentReason reason)
      implements TrainingEvent {
    /** Checks. */
    public EnrolmentSuspended {
      check(programme, version, stamp);
      Checks.required(trainee, "trainee");
      Checks.required(reason, "reason");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure), programme.value());
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A trainee's suspension ended ({@link ProgrammeRoster#resume}).
   *
   * @param programme the programme, not null
   * @param version the programme's version after it, 1 or more
   * @param stamp who recorded it and when, not null
   * @param trainee the trainee, not null; personal
   */
  record EnrolmentResumed(
      ProgrammeCode programme, long version, Stamp stamp, RegistrationNumber trainee)
      implements TrainingEvent {
    /** Checks. */
    public EnrolmentResumed {
      check(programme, version, stamp);
      Checks.required(trainee, "trainee");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure), programme.value());
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A trainee completed the programme (<i>selesai</i>); the freed place went to the first on the
   * waiting list ({@link ProgrammeRoster#complete}).
   *
   * @param programme the programme, not null
   * @param version the programme's version after it, 1 or more
   * @param stamp who recorded it and when, not null
   * @param trainee the trainee, not null; personal
   * @param promoted the trainees promoted from the waiting list, in order, not null; personal
   */
  record EnrolmentCompleted(
      ProgrammeCode programme,
      long version,
      Stamp stamp,
      RegistrationNumber trainee,
      List<RegistrationNumber> promoted)
      implements TrainingEvent {
    /** Checks and copies. */
    public EnrolmentCompleted {
      check(programme, version, stamp);
      Checks.required(trainee, "trainee");
      promoted = List.copyOf(Checks.required(promoted, "promoted"));
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure), programme.value(), promoted.size());
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A trainee's open enrolment was withdrawn (<i>keluar</i>); a freed place went to the first on
   * the waiting list ({@link ProgrammeRoster#withdraw}).
   *
   * @param programme the programme, not null
   * @param version the programme's version after it, 1 or more
   * @param stamp who recorded it and when, not null
   * @param trainee the trainee, not null; personal
   * @param reason the reason, not null; may be legal data
   * @param promoted the trainees promoted from the waiting list, in order, not null; personal
   */
  record EnrolmentWithdrawn(
      ProgrammeCode programme,
      long version,
      Stamp stamp,
      RegistrationNumber trainee,
      EnrolmentReason reason,
      List<RegistrationNumber> promoted)
      implements TrainingEvent {
    /** Checks and copies. */
    public EnrolmentWithdrawn {
      check(programme, version, stamp);
      Checks.required(trainee, "trainee");
      Checks.required(reason, "reason");
      promoted = List.copyOf(Checks.required(promoted, "promoted"));
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure), programme.value(), promoted.size());
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A session was scheduled ({@link TrainingRegister#schedule}).
   *
   * @param programme the programme, not null
   * @param version the programme's version after it, 1 or more
   * @param stamp who recorded it and when, not null
   * @param session the session, of the programme, not null
   */
  record SessionScheduled(ProgrammeCode programme, long version, Stamp stamp, Session session)
      implements TrainingEvent {
    /** Checks. */
    public SessionScheduled {
      check(programme, version, stamp);
      Checks.required(session, "session");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(
          programme.value(),
          session.date().toString(),
          session.start().toString(),
          session.end().toString());
    }
  }

  /**
   * Attendance at a session was recorded (<i>presensi</i>, {@link TrainingRegister#record}).
   *
   * @param programme the programme, not null
   * @param version the programme's version after it, 1 or more
   * @param stamp who recorded it and when, not null
   * @param attendance the record, of a session of the programme, not null; names the trainee
   */
  record AttendanceRecorded(
      ProgrammeCode programme, long version, Stamp stamp, Attendance attendance)
      implements TrainingEvent {
    /** Checks. */
    public AttendanceRecorded {
      check(programme, version, stamp);
      Checks.required(attendance, "attendance");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(
          shown(attendance.trainee(), disclosure),
          attendance.attended().toMinutes(),
          programme.value(),
          attendance.session().date().toString());
    }
  }

  /**
   * A competency assessment was recorded ({@link TrainingRegister#recordAssessment}).
   *
   * @param programme the programme, not null
   * @param version the programme's version after it, 1 or more
   * @param stamp who recorded it and when, not null
   * @param assessment the assessment, of the programme, not null; names the trainee
   */
  record AssessmentRecorded(
      ProgrammeCode programme, long version, Stamp stamp, CompetencyAssessment assessment)
      implements TrainingEvent {
    /** Checks. */
    public AssessmentRecorded {
      check(programme, version, stamp);
      Checks.required(assessment, "assessment");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(
          shown(assessment.trainee(), disclosure),
          assessment.unitCode(),
          assessment.result().name(),
          programme.value());
    }
  }

  private static void check(ProgrammeCode programme, long version, Stamp stamp) {
    Checks.required(programme, "programme");
    Checks.required(stamp, "stamp");
    Checks.requireRange(version, "version", 1, Long.MAX_VALUE);
  }

  /** The registration number where the reader may see it, else {@link #WITHHELD}. */
  private static String shown(RegistrationNumber trainee, Disclosure disclosure) {
    return disclosure == Disclosure.REGISTRATION_NUMBERS ? trainee.value() : WITHHELD;
  }

  /** A record's text without the trainees it names. */
  private static String describe(TrainingEvent e) {
    return e.getClass().getSimpleName()
        + "{programme="
        + e.programme()
        + ", version="
        + e.version()
        + ", stamp="
        + e.stamp()
        + "}";
  }
}
