package org.bengkel.production;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * A stretch of time one trainee worked on a batch on one day (<i>jam kerja</i>), from a start time
 * to a later end time on the same date.
 *
 * <p>Team hours on a batch are never counted twice (project domain notes, "Training"): a batch
 * refuses two intervals of the same trainee that {@linkplain #overlaps(WorkInterval) overlap}.
 * Intervals that only touch (one ends at 12:00, the next starts at 12:00) do not overlap.
 *
 * <p>The registration number is personal data and never appears in {@link #toString()}.
 *
 * <p>Immutable and thread-safe. Building an invalid interval throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class WorkInterval {

  WorkInterval() {}

  /**
   * The trainee who worked.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber trainee();

  /**
   * The day worked.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * When the work started.
   *
   * @return the time, never null
   */
  @NotNull
  public abstract LocalTime start();

  /**
   * When the work ended, after {@link #start()}.
   *
   * @return the time, never null
   */
  @NotNull
  public abstract LocalTime end();

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw InvalidValueException.of(ProductionRule.HOURS_TIMES, "end", end(), start());
    }
  }

  /**
   * The length of the interval.
   *
   * @return a positive duration, never null
   */
  public final Duration duration() {
    return Duration.between(start(), end());
  }

  /**
   * The start as a date-time.
   *
   * @return {@code date()} at {@code start()}, never null
   */
  public final LocalDateTime startsAt() {
    return date().atTime(start());
  }

  /**
   * The end as a date-time.
   *
   * @return {@code date()} at {@code end()}, never null
   */
  public final LocalDateTime endsAt() {
    return date().atTime(end());
  }

  /**
   * Whether this interval and another of the same trainee share some time.
   *
   * @param other another interval, not null
   * @return true when both are of the same trainee on the same date and share more than an instant
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public final boolean overlaps(WorkInterval other) {
    Checks.required(other, "other");
    return trainee().equals(other.trainee())
        && date().equals(other.date())
        && start().isBefore(other.end())
        && other.start().isBefore(end());
  }

  /**
   * An interval.
   *
   * @param trainee the trainee, not null
   * @param date the day, not null
   * @param start the start time, not null
   * @param end the end time, not null, after {@code start}
   * @return the interval, never null
   * @throws InvalidValueException rule {@link ProductionRule#HOURS_TIMES} when {@code end} is not
   *     after {@code start}; {@code value.required} for a null argument
   */
  public static WorkInterval of(
      RegistrationNumber trainee, LocalDate date, LocalTime start, LocalTime end) {
    return builder().trainee(trainee).date(date).start(start).end(end).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkInterval}; not thread-safe. */
  public static final class Builder extends ImmutableWorkInterval.Builder {
    Builder() {}
  }
}
