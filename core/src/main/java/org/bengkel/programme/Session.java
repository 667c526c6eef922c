package org.bengkel.programme;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * One training session of a programme (<i>sesi pelatihan</i>): a date, a start and an end time on
 * that date, in the facility's local time.
 *
 * <p>Two sessions overlap when they are on the same date and each starts before the other ends;
 * sessions that only touch (one ends at 12:00, the next starts at 12:00) do not overlap. Sessions
 * are identified by value: programme, date and times.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Session {

  Session() {}

  /**
   * The programme.
   *
   * @return the programme's code, never null
   */
  @NotNull
  @Value.Parameter
  public abstract ProgrammeCode programme();

  /**
   * The date.
   *
   * @return the date, never null
   */
  @NotNull
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The start time.
   *
   * @return the time, never null
   */
  @NotNull
  @Value.Parameter
  public abstract LocalTime start();

  /**
   * The end time, after the start on the same date.
   *
   * @return the time, never null
   */
  @NotNull
  @Value.Parameter
  public abstract LocalTime end();

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw InvalidValueException.of(ProgrammeRule.SESSION_TIMES, "end", end(), start());
    }
  }

  /**
   * A session.
   *
   * @param programme the programme, not null
   * @param date the date, not null
   * @param start the start time, not null
   * @param end the end time, after {@code start}, not null
   * @return the session, never null
   * @throws InvalidValueException rule {@link ProgrammeRule#SESSION_TIMES} unless the end is after
   *     the start
   */
  public static Session of(
      ProgrammeCode programme, LocalDate date, LocalTime start, LocalTime end) {
    return ImmutableSession.of(programme, date, start, end);
  }

  /**
   * The session's length: the longest attendance it can record.
   *
   * @return the time from start to end, positive, never null
   */
  public Duration length() {
    return Duration.between(start(), end());
  }

  /**
   * Whether the two sessions overlap in time (same date, each starting before the other ends).
   *
   * @param other another session, not null
   * @return true when they overlap
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public boolean overlaps(Session other) {
    Checks.required(other, "other");
    return date().equals(other.date())
        && start().isBefore(other.end())
        && other.start().isBefore(end());
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Session}; not thread-safe. */
  public static final class Builder extends ImmutableSession.Builder {
    Builder() {}
  }
}
