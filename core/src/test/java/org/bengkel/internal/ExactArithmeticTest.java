package org.bengkel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Checks' exact arithmetic: the result where it fits, bengkel's refusal where it does not. */
class ExactArithmeticTest {

  private static void refused(Executable call, CoreRule rule, String field) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(rule);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void sumsFitOrAreRefused() {
    assertThat(Checks.addExact(Long.MAX_VALUE - 1, 1, "n")).isEqualTo(Long.MAX_VALUE);
    assertThat(Checks.addExact(Long.MIN_VALUE + 1, -1, "n")).isEqualTo(Long.MIN_VALUE);
    assertThat(Checks.addExact(-5, 3, "n")).isEqualTo(-2);
    // 2^62 + 2^62 = 2^63, one more than Long.MAX_VALUE.
    refused(
        () -> Checks.addExact(1L << 62, 1L << 62, "goodsUnits"), CoreRule.OVERFLOW, "goodsUnits");
    refused(() -> Checks.addExact(Long.MIN_VALUE, -1, "n"), CoreRule.OVERFLOW, "n");
  }

  @Test
  void productsFitOrAreRefused() {
    assertThat(Checks.multiplyExact(3_037_000_499L, 3_037_000_499L, "n"))
        .isEqualTo(9_223_372_030_926_249_001L); // 3,037,000,499^2 < 2^63
    assertThat(Checks.multiplyExact(-4, 5, "n")).isEqualTo(-20);
    assertThat(Checks.multiplyExact(Long.MIN_VALUE, 1, "n")).isEqualTo(Long.MIN_VALUE);
    refused(
        () -> Checks.multiplyExact(3_037_000_500L, 3_037_000_500L, "n"), CoreRule.OVERFLOW, "n");
    refused(() -> Checks.multiplyExact(Long.MIN_VALUE, -1, "n"), CoreRule.OVERFLOW, "n");
  }

  @Test
  void durationsFitOrAreRefused() {
    Duration max = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
    assertThat(Checks.plus(Duration.ofMillis(600), Duration.ofMillis(700), "h"))
        .isEqualTo(Duration.ofMillis(1_300));
    assertThat(Checks.plus(max, Duration.ZERO, "h")).isEqualTo(max);
    refused(
        () -> Checks.plus(max, Duration.ofNanos(1), "teamHours"), CoreRule.OVERFLOW, "teamHours");
    refused(() -> Checks.plus(max, max, "h"), CoreRule.OVERFLOW, "h");
  }

  @Test
  void datesStayInTheCalendarOrAreRefused() {
    assertThat(Checks.plusDays(LocalDate.MAX.minusDays(3), 3, "d")).isEqualTo(LocalDate.MAX);
    assertThat(Checks.plusDays(LocalDate.MIN.plusDays(3), -3, "d")).isEqualTo(LocalDate.MIN);
    refused(
        () -> Checks.plusDays(LocalDate.MAX, 1, "productionDate"),
        CoreRule.DATE_OVERFLOW,
        "productionDate");
    refused(() -> Checks.plusDays(LocalDate.MIN, -1, "d"), CoreRule.DATE_OVERFLOW, "d");
    refused(
        () -> Checks.plusDays(LocalDate.of(2026, 1, 1), Long.MAX_VALUE, "d"),
        CoreRule.DATE_OVERFLOW,
        "d");
    assertThat(Checks.plusMonths(LocalDate.of(2024, 1, 31), 1, "d"))
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Checks.plusMonths(LocalDate.MAX.withDayOfMonth(1).minusMonths(1), 1, "d"))
        .isEqualTo(LocalDate.MAX.withDayOfMonth(1));
    refused(() -> Checks.plusMonths(LocalDate.MAX, 1, "d"), CoreRule.DATE_OVERFLOW, "d");
    refused(() -> Checks.plusMonths(LocalDate.MIN, -1, "d"), CoreRule.DATE_OVERFLOW, "d");
    refused(
        () -> Checks.plusMonths(LocalDate.MIN, Long.MIN_VALUE, "d"), CoreRule.DATE_OVERFLOW, "d");
  }
}
