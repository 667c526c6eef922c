package org.bengkel.trainee;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.bengkel.error.InvalidValueException;
import org.immutables.value.Value;

/**
 * One period of detention before the sentence was served (<i>masa penahanan</i>): its kind and its
 * first and last day, both inclusive, as a detention warrant states them ("selama 20 hari, sejak 1
 * Maret sampai dengan 20 Maret").
 *
 * <p>Each day of the period counts toward the sentence by its {@link DetentionKind#credit() kind}
 * (KUHAP 1981 Art. 22(4) and (5)). Days between periods count for nothing.
 *
 * <p>Personal data: {@link #toString()} shows none of the attributes. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DetentionPeriod {

  DetentionPeriod() {}

  /**
   * The kind of detention.
   *
   * @return the kind, never null
   */
  @NotNull
  @Value.Redacted
  public abstract DetentionKind kind();

  /**
   * The first day of the period.
   *
   * @return the date, never null
   */
  @NotNull
  @Value.Redacted
  public abstract LocalDate firstDay();

  /**
   * The last day of the period, inclusive.
   *
   * @return the date, never null; on or after {@link #firstDay()}
   */
  @NotNull
  @Value.Redacted
  public abstract LocalDate lastDay();

  @Value.Check
  void check() {
    if (lastDay().isBefore(firstDay())) {
      throw InvalidValueException.personal(TraineeRule.DETENTION_DATES, "lastDay");
    }
  }

  /**
   * The calendar days of the period, both ends included.
   *
   * @return one or more
   */
  public long days() {
    return ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
  }

  /**
   * A detention period.
   *
   * @param kind the kind, not null
   * @param firstDay the first day, not null
   * @param lastDay the last day, inclusive, not null
   * @return the period, never null
   * @throws InvalidValueException rule {@link TraineeRule#DETENTION_DATES} when the last day is
   *     before the first; {@link org.bengkel.error.MissingValueException} for a null argument
   */
  public static DetentionPeriod of(DetentionKind kind, LocalDate firstDay, LocalDate lastDay) {
    return builder().kind(kind).firstDay(firstDay).lastDay(lastDay).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DetentionPeriod}; not thread-safe. */
  public static final class Builder extends ImmutableDetentionPeriod.Builder {
    Builder() {}
  }
}
