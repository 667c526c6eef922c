package org.bengkel.programme;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.immutables.value.Value;

/**
 * One move in an enrolment's history (<i>riwayat status</i>): the state reached, who recorded it
 * and when ({@link #stamp()}), and why. The move's date, from which the state holds, is the stamp's
 * local date in the facility's zone ({@link #date()}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnrolmentEvent {

  EnrolmentEvent() {}

  /**
   * The state reached.
   *
   * @return the state, never null
   */
  @NotNull
  @Value.Parameter
  public abstract EnrolmentStatus status();

  /**
   * Who recorded the move, and when.
   *
   * @return the stamp, never null
   */
  @NotNull
  @Value.Parameter
  public abstract Stamp stamp();

  /**
   * Why the move happened.
   *
   * @return the reason, never null, one that {@linkplain EnrolmentReason#fits fits} the state
   */
  @NotNull
  @Value.Parameter
  public abstract EnrolmentReason reason();

  /**
   * The date of the move, the stamp's local date in the facility's zone; the state holds from this
   * date on.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return stamp().localDate();
  }

  /**
   * When the move was recorded: the stamp's instant.
   *
   * @return the instant, never null
   */
  public Instant at() {
    return stamp().at();
  }

  @Value.Check
  void check() {
    if (!reason().fits(status())) {
      throw InvalidValueException.personal(ProgrammeRule.ENROLMENT_REASON, "reason");
    }
  }

  /**
   * An event.
   *
   * @param status the state reached, not null
   * @param stamp who recorded it and when, not null
   * @param reason the reason, not null
   * @return the event, never null
   * @throws InvalidValueException rule {@link ProgrammeRule#ENROLMENT_REASON} when the reason does
   *     not fit the state
   */
  public static EnrolmentEvent of(EnrolmentStatus status, Stamp stamp, EnrolmentReason reason) {
    return ImmutableEnrolmentEvent.of(status, stamp, reason);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EnrolmentEvent}; not thread-safe. */
  public static final class Builder extends ImmutableEnrolmentEvent.Builder {
    Builder() {}
  }
}
