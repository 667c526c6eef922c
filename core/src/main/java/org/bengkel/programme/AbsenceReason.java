package org.bengkel.programme;

import org.bengkel.error.Displayable;

/**
 * Why a trainee missed all or part of a session (<i>alasan tidak hadir</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum AbsenceReason implements Displayable {
  /** Sick (<i>sakit</i>). */
  SICK,
  /** Refused to attend (<i>menolak</i>). */
  REFUSED,
  /** Rest day or leave (<i>hari libur / istirahat</i>). */
  REST_DAY,
  /** The enrolment is suspended (<i>ditangguhkan</i>). */
  SUSPENDED,
  /** The session was cancelled (<i>sesi dibatalkan</i>). */
  SESSION_CANCELLED,
  /** Another reason (<i>lainnya</i>), such as a visit or a court hearing. */
  OTHER
}
