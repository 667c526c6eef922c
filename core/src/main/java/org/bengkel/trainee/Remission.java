package org.bengkel.trainee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.bengkel.error.InvalidValueException;
import org.immutables.value.Value;

/**
 * A remission granted to a convict (<i>remisi</i>, UU 22/2022 Art. 10): a number of days cut from
 * the sentence, with the date it was granted and its kind.
 *
 * <p>Personal data: {@link #toString()} shows none of the attributes. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Remission {

  Remission() {}

  /**
   * The number of days cut from the sentence.
   *
   * @return one or more
   */
  @Positive
  @Value.Redacted
  public abstract int days();

  /**
   * The date the remission was granted; it counts in eligibility from that date on.
   *
   * @return the date, never null
   */
  @NotNull
  @Value.Redacted
  public abstract LocalDate granted();

  /**
   * The kind of remission.
   *
   * @return the kind, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RemissionKind kind();

  @Value.Check
  void check() {
    if (days() <= 0) {
      throw InvalidValueException.personal(TraineeRule.REMISSION_DAYS, "days");
    }
  }

  /**
   * A remission.
   *
   * @param days the days cut, one or more
   * @param granted the date granted, not null
   * @param kind the kind, not null
   * @return the remission, never null
   * @throws InvalidValueException rule {@link TraineeRule#REMISSION_DAYS} for fewer than one day;
   *     {@link org.bengkel.error.MissingValueException} for a null argument
   */
  public static Remission of(int days, LocalDate granted, RemissionKind kind) {
    return builder().days(days).granted(granted).kind(kind).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Remission}; not thread-safe. */
  public static final class Builder extends ImmutableRemission.Builder {
    Builder() {}
  }
}
