package org.bengkel.programme;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * A trainee's attendance at one session (<i>kehadiran</i>): the time attended, the reason for any
 * absence, and whether it counts for pay (<i>premi</i>).
 *
 * <p>The time attended is never negative and never longer than the session. A reason is required
 * when nothing was attended and allowed for a partial attendance (left early, sick); a full
 * attendance has none. Rules that need more than one record (no overlapping sessions, active
 * enrolment, outside-the-walls clearance) are enforced by {@link TrainingRegister#record}.
 *
 * <p>The trainee's registration number is personal data and never appears in {@link #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Attendance {

  Attendance() {}

  /**
   * The session.
   *
   * @return the session, never null
   */
  @NotNull
  public abstract Session session();

  /**
   * The trainee. Personal data.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber trainee();

  /**
   * The time attended, from zero to the session's length.
   *
   * @return the time, never null or negative
   */
  @NotNull
  public abstract Duration attended();

  /**
   * The reason for an absence, whole or partial.
   *
   * @return the reason; present when nothing was attended, absent for a full attendance
   */
  public abstract Optional<AbsenceReason> absenceReason();

  /**
   * Whether this attendance counts for pay (<i>dihitung untuk premi</i>).
   *
   * @return true when it counts
   */
  public abstract boolean countsForPay();

  @Value.Check
  void check() {
    Duration length = session().length();
    if (attended().isNegative() || attended().compareTo(length) > 0) {
      throw InvalidValueException.of(ProgrammeRule.HOURS_CAP, "attended", attended(), length);
    }
    boolean none = attended().isZero();
    boolean full = attended().equals(length);
    if (none && absenceReason().isEmpty()) {
      throw InvalidValueException.of(ProgrammeRule.ABSENCE_REASON, "absenceReason", "-");
    }
    if (full && absenceReason().isPresent()) {
      throw InvalidValueException.of(
          ProgrammeRule.ABSENCE_REASON, "absenceReason", absenceReason().get());
    }
  }

  /**
   * The whole session attended.
   *
   * @param session the session, not null
   * @param trainee the trainee, not null
   * @param countsForPay whether it counts for pay
   * @return the attendance, never null
   */
  public static Attendance full(Session session, RegistrationNumber trainee, boolean countsForPay) {
    return builder()
        .session(session)
        .trainee(trainee)
        .attended(session.length())
        .countsForPay(countsForPay)
        .build();
  }

  /**
   * Part of the session attended.
   *
   * @param session the session, not null
   * @param trainee the trainee, not null
   * @param attended the time attended, zero to the session's length, not null
   * @param reason why the rest was missed, not null
   * @param countsForPay whether it counts for pay
   * @return the attendance, never null
   * @throws InvalidValueException rule {@link ProgrammeRule#HOURS_CAP} when the time is negative or
   *     longer than the session, {@link ProgrammeRule#ABSENCE_REASON} for the whole session
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static Attendance partial(
      Session session,
      RegistrationNumber trainee,
      Duration attended,
      AbsenceReason reason,
      boolean countsForPay) {
    Checks.required(reason, "reason");
    return builder()
        .session(session)
        .trainee(trainee)
        .attended(attended)
        .absenceReason(reason)
        .countsForPay(countsForPay)
        .build();
  }

  /**
   * An absence from the whole session.
   *
   * @param session the session, not null
   * @param trainee the trainee, not null
   * @param reason the reason, not null
   * @param countsForPay whether it counts for pay (a paid suspension, a cancelled session)
   * @return the attendance, never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static Attendance absent(
      Session session, RegistrationNumber trainee, AbsenceReason reason, boolean countsForPay) {
    Checks.required(reason, "reason");
    return partial(session, trainee, Duration.ZERO, reason, countsForPay);
  }

  /**
   * Whether any time was attended.
   *
   * @return true when {@link #attended()} is positive
   */
  public boolean isPresent() {
    return !attended().isZero();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attendance}; not thread-safe. */
  public static final class Builder extends ImmutableAttendance.Builder {
    Builder() {}
  }
}
