package org.bengkel.programme;

import org.bengkel.error.Rule;

/**
 * The rules of skill programmes, enrolments, sessions, attendance and competencies (<i>aturan
 * program pembinaan kemandirian</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum ProgrammeRule implements Rule {
  /** A list that needs at least one element (competency units, supervising officers) is empty. */
  EMPTY("programme.empty"),
  /** A session's end time is not after its start time. */
  SESSION_TIMES("programme.session.times"),
  /** An enrolment move that the lifecycle does not allow (for example completed to active). */
  ENROLMENT_TRANSITION("programme.enrolment.transition"),
  /**
   * An enrolment move with a reason that does not fit the state reached. The reason is never shown:
   * it may be health or legal data (sick, discipline, legal proceedings).
   */
  ENROLMENT_REASON("programme.enrolment.reason"),
  /** An enrolment move stamped before the last recorded move; detail {2} that move's instant. */
  ENROLMENT_DATE_ORDER("programme.enrolment.date-order"),
  /**
   * A detainee (<i>tahanan</i>) applied to a production programme: only convicts
   * (<i>narapidana</i>) may be production trainees (UU 22/2022 Pemasyarakatan).
   */
  CONVICTS_ONLY("programme.enrolment.convicts-only"),
  /** The trainee already holds an open enrolment in the programme; detail {2} the programme. */
  ALREADY_ENROLLED("programme.enrolment.already-enrolled"),
  /** The trainee has no open enrolment in the programme; detail {2} the programme. */
  NOT_ENROLLED("programme.enrolment.not-enrolled"),
  /**
   * Two open enrolments of one trainee in programmes whose sessions overlap in time; details {2}
   * and {3} the programmes.
   */
  ENROLMENT_OVERLAP("programme.enrolment.overlap"),
  /** A roster holds an enrolment of another programme; detail {2} the roster's programme. */
  ROSTER_PROGRAMME("programme.roster.programme"),
  /** More places occupied (active or suspended) than the capacity; detail {2} the capacity. */
  ROSTER_CAPACITY("programme.roster.capacity"),
  /** Someone waits while a place is free: the waiting list must be served first in, first out. */
  ROSTER_IDLE_PLACE("programme.roster.idle-place"),
  /** A trainee has two open enrolments in one roster. */
  ROSTER_DUPLICATE("programme.roster.duplicate"),
  /** A session, roster or assessment refers to a programme the register does not hold. */
  UNKNOWN_PROGRAMME("programme.register.unknown-programme"),
  /** Attendance refers to a session that is not scheduled; details {2} the session. */
  UNKNOWN_SESSION("programme.attendance.unknown-session"),
  /** Attended time longer than the session; detail {2} the session's length. */
  HOURS_CAP("programme.attendance.hours-cap"),
  /** Nothing attended without an absence reason, or a reason with the whole session attended. */
  ABSENCE_REASON("programme.attendance.absence-reason"),
  /** Two attendance records of one trainee for the same session; detail {2} the session. */
  ATTENDANCE_DUPLICATE("programme.attendance.duplicate"),
  /** A trainee attends two sessions that overlap in time; details {2} and {3} the sessions. */
  ATTENDANCE_OVERLAP("programme.attendance.overlap"),
  /** Attendance by a trainee who is not actively enrolled on the session date; detail {2}. */
  ATTENDANCE_NOT_ACTIVE("programme.attendance.not-active"),
  /**
   * Attendance outside the walls (SAE) by a trainee without asimilasi clearance on the session date
   * (Permenkumham 3/2018 as amended by 7/2022); detail {2} the date.
   */
  OUTSIDE_WALLS("programme.attendance.outside-walls"),
  /** An assessment of a competency unit the programme does not train for; detail {2} the unit. */
  ASSESSMENT_UNIT("programme.assessment.unit"),
  /** An assessment of a trainee never active in the programme by its date; detail {2}. */
  ASSESSMENT_NOT_ENROLLED("programme.assessment.not-enrolled"),
  /** A certificate's expiry date is not after its issue date; detail {2} the issue date. */
  CERTIFICATE_EXPIRY("programme.certificate.expiry"),
  /** A passport lists a certificate that is not valid on the passport's date; detail {2}. */
  PASSPORT_CERTIFICATE("programme.passport.certificate");

  private final String code;

  ProgrammeRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
