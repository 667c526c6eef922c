package org.bengkel.programme;

import java.util.EnumSet;
import java.util.Set;
import org.bengkel.error.Displayable;
import org.bengkel.internal.Checks;

/**
 * The state of an enrolment in a skill programme (<i>status keikutsertaan</i>).
 *
 * <p>The lifecycle: {@link #WAITING} to {@link #ACTIVE} or {@link #WITHDRAWN}; {@link #ACTIVE} to
 * either suspension, {@link #COMPLETED} or {@link #WITHDRAWN}; a suspension back to {@link #ACTIVE}
 * or to {@link #WITHDRAWN}. {@link #COMPLETED} and {@link #WITHDRAWN} are final. A suspended
 * trainee keeps their place in the programme.
 *
 * <p>Immutable and thread-safe.
 */
public enum EnrolmentStatus implements Displayable {
  /** On the waiting list (<i>daftar tunggu</i>) until a place frees. */
  WAITING,
  /** Taking part (<i>aktif</i>). */
  ACTIVE,
  /** Suspended with pay (<i>ditangguhkan, premi tetap dihitung</i>); keeps the place. */
  SUSPENDED_WITH_PAY,
  /** Suspended without pay (<i>ditangguhkan tanpa premi</i>); keeps the place. */
  SUSPENDED_WITHOUT_PAY,
  /** Finished the programme (<i>selesai / lulus</i>); final. */
  COMPLETED,
  /** Left before finishing (<i>keluar / mengundurkan diri</i>); final. */
  WITHDRAWN;

  /**
   * The states this one may move to.
   *
   * @return an unmodifiable set, never null, empty for final states
   */
  public Set<EnrolmentStatus> next() {
    return switch (this) {
      case WAITING -> Set.copyOf(EnumSet.of(ACTIVE, WITHDRAWN));
      case ACTIVE ->
          Set.copyOf(EnumSet.of(SUSPENDED_WITH_PAY, SUSPENDED_WITHOUT_PAY, COMPLETED, WITHDRAWN));
      case SUSPENDED_WITH_PAY, SUSPENDED_WITHOUT_PAY -> Set.copyOf(EnumSet.of(ACTIVE, WITHDRAWN));
      case COMPLETED, WITHDRAWN -> Set.of();
    };
  }

  /**
   * Whether the lifecycle allows a move from this state to {@code target}.
   *
   * @param target the state wanted, not null
   * @return true when allowed
   * @throws org.bengkel.error.MissingValueException if {@code target} is null
   */
  public boolean canMoveTo(EnrolmentStatus target) {
    Checks.required(target, "target");
    return next().contains(target);
  }

  /**
   * Whether the enrolment is still open (not completed or withdrawn).
   *
   * @return true for waiting, active and suspended
   */
  public boolean isOpen() {
    return this != COMPLETED && this != WITHDRAWN;
  }

  /**
   * Whether the enrolment occupies one of the programme's places: active or suspended.
   *
   * @return true for active and both suspensions
   */
  public boolean holdsPlace() {
    return this == ACTIVE || isSuspended();
  }

  /**
   * Whether this is a suspension, with or without pay.
   *
   * @return true for both suspensions
   */
  public boolean isSuspended() {
    return this == SUSPENDED_WITH_PAY || this == SUSPENDED_WITHOUT_PAY;
  }
}
