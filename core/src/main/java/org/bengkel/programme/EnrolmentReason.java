package org.bengkel.programme;

import java.util.EnumSet;
import java.util.Set;
import org.bengkel.error.Displayable;
import org.bengkel.internal.Checks;

/**
 * Why an enrolment moved to its state (<i>alasan perubahan status</i>): a closed set, each reason
 * fitting only some target states (a completion is never "sick").
 *
 * <p>Immutable and thread-safe.
 */
public enum EnrolmentReason implements Displayable {
  /** Application (<i>pendaftaran</i>): enters the waiting list or becomes active at once. */
  APPLICATION(EnrolmentStatus.WAITING, EnrolmentStatus.ACTIVE),
  /**
   * A place became free (<i>tempat tersedia</i>): promoted from the waiting list; the only reason
   * for that move.
   */
  PLACE_AVAILABLE(EnrolmentStatus.ACTIVE),
  /** Returns after a suspension (<i>aktif kembali</i>); the only reason for that move. */
  RESUMED(EnrolmentStatus.ACTIVE),
  /** Sickness (<i>sakit</i>). */
  SICK(EnrolmentStatus.SUSPENDED_WITH_PAY, EnrolmentStatus.SUSPENDED_WITHOUT_PAY),
  /** Discipline (<i>hukuman disiplin</i>, an entry in Register F): suspension or removal. */
  DISCIPLINE(
      EnrolmentStatus.SUSPENDED_WITH_PAY,
      EnrolmentStatus.SUSPENDED_WITHOUT_PAY,
      EnrolmentStatus.WITHDRAWN),
  /** Called to a court hearing or examination (<i>sidang / pemeriksaan</i>). */
  LEGAL_PROCEEDINGS(EnrolmentStatus.SUSPENDED_WITH_PAY, EnrolmentStatus.SUSPENDED_WITHOUT_PAY),
  /** Work halted by the workshop (<i>kegiatan dihentikan sementara</i>), e.g. no materials. */
  WORK_HALTED(EnrolmentStatus.SUSPENDED_WITH_PAY, EnrolmentStatus.SUSPENDED_WITHOUT_PAY),
  /** Finished the programme's training hours (<i>menyelesaikan program</i>). */
  FINISHED(EnrolmentStatus.COMPLETED),
  /** At the trainee's own request (<i>permintaan sendiri</i>). */
  OWN_REQUEST(EnrolmentStatus.WITHDRAWN),
  /** Transferred to another facility (<i>pindah UPT</i>). */
  TRANSFER(EnrolmentStatus.WITHDRAWN),
  /** Released, or left on PB, CB or CMB (<i>bebas / integrasi</i>). */
  RELEASE(EnrolmentStatus.WITHDRAWN),
  /** The TPP assessment found the programme unsuitable (<i>hasil sidang TPP</i>). */
  ASSESSMENT(EnrolmentStatus.SUSPENDED_WITHOUT_PAY, EnrolmentStatus.WITHDRAWN),
  /** Another reason (<i>lainnya</i>), to be explained in the facility's own records. */
  OTHER(
      EnrolmentStatus.SUSPENDED_WITH_PAY,
      EnrolmentStatus.SUSPENDED_WITHOUT_PAY,
      EnrolmentStatus.WITHDRAWN);

  private final Set<EnrolmentStatus> targets;

  EnrolmentReason(EnrolmentStatus first, EnrolmentStatus... rest) {
    this.targets = Set.copyOf(EnumSet.of(first, rest));
  }

  /**
   * The states a move with this reason may reach.
   *
   * @return an unmodifiable set, never null or empty
   */
  public Set<EnrolmentStatus> targets() {
    return targets;
  }

  /**
   * Whether this reason explains a move to {@code target}.
   *
   * @param target the state reached, not null
   * @return true when it fits
   * @throws org.bengkel.error.MissingValueException if {@code target} is null
   */
  public boolean fits(EnrolmentStatus target) {
    Checks.required(target, "target");
    return targets.contains(target);
  }
}
