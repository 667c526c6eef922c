package org.bengkel.programme;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.bengkel.error.InvalidValueException;
import org.immutables.value.Value;

/**
 * One move in an enrolment's history (<i>riwayat status</i>): the state reached, on which date and
 * why.
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
   * The date of the move; the state holds from this date on.
   *
   * @return the date, never null
   */
  @NotNull
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Why the move happened.
   *
   * @return the reason, never null, one that {@linkplain EnrolmentReason#fits fits} the state
   */
  @NotNull
  @Value.Parameter
  public abstract EnrolmentReason reason();

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
   * @param date the date, not null
   * @param reason the reason, not null
   * @return the event, never null
   * @throws InvalidValueException rule {@link ProgrammeRule#ENROLMENT_REASON} when the reason does
   *     not fit the state
   */
  public static EnrolmentEvent of(EnrolmentStatus status, LocalDate date, EnrolmentReason reason) {
    return ImmutableEnrolmentEvent.of(status, date, reason);
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
