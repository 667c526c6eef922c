package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A decimal percentage is bounded before it is converted: huge exponents cost nothing. */
class RateBoundsTest {

  private static void outOfBounds(BigDecimal percent) {
    assertThatThrownBy(() -> Rate.percent(percent))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.decimal-bounds");
              assertThat(e.field()).isEqualTo("rate");
              assertThat(e.details()).containsExactly("40", "-20", "64");
              assertThat(e.getMessage()).hasSizeLessThan(600);
            });
  }

  @Test
  @Timeout(
      value = 30,
      unit = TimeUnit.SECONDS) // a billion-digit number takes minutes, or all memory
  void hugeAndTinyExponentsAreRefusedAtOnce() {
    outOfBounds(new BigDecimal("1e999999999")); // once a billion-digit integer
    outOfBounds(new BigDecimal("1e2147483647"));
    outOfBounds(new BigDecimal("1e-999999999"));
    outOfBounds(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1));
    outOfBounds(new BigDecimal("1e21")); // scale -21
    outOfBounds(new BigDecimal("1e-65")); // scale 65
    outOfBounds(new BigDecimal("1." + "1".repeat(40))); // 41 significant digits
    outOfBounds(new BigDecimal("1." + "0".repeat(10_000))); // trailing zeros count before stripping
  }

  @Test
  void valuesInsideTheBoundsAreExact() {
    assertThat(Rate.percent(new BigDecimal("12.5"))).isEqualTo(Rate.of(1, 8));
    assertThat(Rate.percent(new BigDecimal("1e20")))
        .isEqualTo(Rate.of(1_000_000_000_000_000_000L, 1));
    // 1e-30 % = 1 / 10^32: inside the bounds, but its denominator is over a long: an overflow.
    assertThatThrownBy(() -> Rate.percent(new BigDecimal("1e-30")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.ruleCode()).isEqualTo("money.overflow"));
  }

  @Test
  void theBoundsThemselvesAreInside() {
    // At the bounds the decimal is converted, and then does not fit a fraction of longs: an
    // overflow, not a bounds refusal. 40 nines have 133 bits, as many as 10^40, so the bit-length
    // shortcut must leave them to precision(); 10^-64 % has scale 64.
    for (String inside : List.of("9".repeat(40), "1." + "1".repeat(39), "1e-64", "9e-64")) {
      assertThatThrownBy(() -> Rate.percent(new BigDecimal(inside)))
          .as(inside)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.ruleCode()).isEqualTo("money.overflow"));
    }
    outOfBounds(new BigDecimal("1" + "0".repeat(40) + ".5")); // 42 digits, 134 bits
  }

  @Test
  void aNonTerminatingRateHasNoDecimalPercentage() {
    assertThat(Rate.of(1, 8).toPercent()).isEqualByComparingTo("12.5");
    assertThatThrownBy(() -> Rate.of(1, 3).toPercent())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("money.non-terminating"));
  }
}
