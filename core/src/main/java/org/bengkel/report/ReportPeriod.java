package org.bengkel.report;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The period of a report (<i>periode laporan</i>): from a first day to a last day, both inclusive,
 * such as a calendar month.
 *
 * <p>Immutable and thread-safe. Building a period that ends before it starts throws {@link
 * InvalidValueException} with rule {@code value.date-order} (field {@code lastDay}).
 */
@Value.Immutable
public abstract class ReportPeriod {

  ReportPeriod() {}

  /**
   * The first day, included.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate firstDay();

  /**
   * The last day, included; on or after {@link #firstDay()}.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate lastDay();

  @Value.Check
  void check() {
    if (lastDay().isBefore(firstDay())) {
      throw InvalidValueException.of(CoreRule.DATE_ORDER, "lastDay", lastDay(), firstDay());
    }
  }

  /**
   * Whether a day falls in the period.
   *
   * @param date the day, not null
   * @return true when {@code from <= date <= to}
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public final boolean contains(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /**
   * Whether a moment falls on a day of the period.
   *
   * @param at the moment, not null
   * @return true when its day is in the period
   * @throws org.bengkel.error.MissingValueException if {@code at} is null
   */
  public final boolean contains(LocalDateTime at) {
    Checks.required(at, "at");
    return contains(at.toLocalDate());
  }

  /**
   * A period from one day to another, both inclusive.
   *
   * @param from the first day, not null
   * @param to the last day, not null, not before {@code from}
   * @return the period, never null
   * @throws InvalidValueException rule {@code value.date-order} if {@code to} is before {@code
   *     from}; {@code value.required} for a null argument
   */
  public static ReportPeriod of(LocalDate from, LocalDate to) {
    Checks.required(from, "from");
    Checks.required(to, "to");
    return builder().firstDay(from).lastDay(to).build();
  }

  /**
   * A calendar month (<i>bulan</i>): its first to its last day.
   *
   * @param month the month, not null
   * @return the period, never null
   * @throws org.bengkel.error.MissingValueException if {@code month} is null
   */
  public static ReportPeriod ofMonth(YearMonth month) {
    Checks.required(month, "month");
    return of(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportPeriod}; not thread-safe. */
  public static final class Builder extends ImmutableReportPeriod.Builder {
    Builder() {}
  }
}
