package org.bengkel.production;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.Optional;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * One trainee's contribution to a batch (<i>kontribusi anggota tim</i>): the time worked, with
 * overlapping time counted once, and the pieces made where pieces were recorded. The premi pool is
 * allocated to trainees by hours or by pieces (project domain notes, "Proceeds"): a caller turns an
 * entry into a premi contribution with {@code Contribution.ofTime(e.trainee(), e.worked())} or
 * {@code Contribution.of(e.trainee(), e.pieces().orElse(0L))} of the proceeds package. The time is
 * the sum of the trainee's intervals, which a {@link WorkLog} never lets overlap.
 *
 * <p>The registration number is personal data and never appears in {@link #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TeamHours {

  TeamHours() {}

  /**
   * The trainee.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber trainee();

  /**
   * The time worked on the batch: the length of the union of the trainee's work intervals.
   *
   * @return zero or more, never null
   */
  @NotNull
  public abstract Duration worked();

  /**
   * The pieces made, where recorded for this trainee.
   *
   * @return the pieces, zero or more; empty when no pieces were recorded for the trainee
   */
  public abstract Optional<@PositiveOrZero Long> pieces();

  @Value.Check
  void check() {
    if (worked().isNegative()) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "worked", worked(), Duration.ZERO, "-");
    }
    if (pieces().isPresent() && pieces().get() < 0) {
      throw InvalidValueException.of(
          CoreRule.OUT_OF_RANGE, "pieces", pieces().get(), 0, Long.MAX_VALUE);
    }
  }

  /**
   * The time worked in whole minutes (seconds dropped), the unit of premi by hours.
   *
   * @return zero or more
   */
  public final long minutes() {
    return worked().toMinutes();
  }

  /**
   * An entry without recorded pieces.
   *
   * @param trainee the trainee, not null
   * @param worked the time worked, not null, not negative
   * @return the entry, never null
   * @throws MissingValueException for a null argument
   * @throws InvalidValueException rule {@code value.out-of-range} for a negative time
   */
  public static TeamHours of(RegistrationNumber trainee, Duration worked) {
    return builder().trainee(trainee).worked(worked).build();
  }

  /**
   * An entry with the pieces made.
   *
   * @param trainee the trainee, not null
   * @param worked the time worked, not null, not negative
   * @param pieces the pieces made, zero or more
   * @return the entry, never null
   * @throws MissingValueException for a null argument
   * @throws InvalidValueException rule {@code value.out-of-range} for a negative time or count
   */
  public static TeamHours of(RegistrationNumber trainee, Duration worked, long pieces) {
    return builder().trainee(trainee).worked(worked).pieces(pieces).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TeamHours}; not thread-safe. */
  public static final class Builder extends ImmutableTeamHours.Builder {
    Builder() {}
  }
}
