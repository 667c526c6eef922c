package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.money.MoneyAssertions.assertRefused;

import java.math.BigDecimal;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void ofReducesToLowestTerms() {
    Rate half = Rate.of(2, 4);
    assertThat(half.numerator()).isEqualTo(1);
    assertThat(half.denominator()).isEqualTo(2);
    assertThat(Rate.of(0, 7)).isSameAs(Rate.ZERO);
    assertThat(Rate.of(6, 6)).isEqualTo(Rate.ONE);
  }

  @Test
  void invalidRateIsRefused() {
    assertRefused(() -> Rate.of(-1, 2), MoneyRule.INVALID_RATE, "rate");
    assertRefused(() -> Rate.of(1, 0), MoneyRule.INVALID_RATE, "rate");
    assertRefused(() -> Rate.of(1, -2), MoneyRule.INVALID_RATE, "rate");
    assertRefused(() -> Rate.percent(-1), MoneyRule.INVALID_RATE, "rate");
    assertRefused(() -> Rate.percent(new BigDecimal("-0.5")), MoneyRule.INVALID_RATE, "rate");
  }

  @Test
  void toStringIsAPercentageWhenItTerminatesAndAFractionOtherwise() {
    assertThat(Rate.percent(12)).hasToString("12%");
    assertThat(Rate.of(1, 8)).hasToString("12.5%");
    assertThat(Rate.of(1, 2)).hasToString("50%");
    assertThat(Rate.ZERO).hasToString("0%");
    assertThat(Rate.ONE).hasToString("100%");
    assertThat(Rate.of(5, 4)).hasToString("125%");
    assertThat(Rate.of(1, 400)).hasToString("0.25%");
    assertThat(Rate.of(11, 12)).hasToString("11/12");
    assertThat(Rate.of(2, 3)).hasToString("2/3");
    // 100 x MAX has 21 digits: more than the percent form reads back, so the fraction is written
    assertThat(Rate.of(Long.MAX_VALUE, 1)).hasToString("9223372036854775807/1");
    // 100 / 2^62 terminates but needs 60 decimals: the fraction is written
    assertThat(Rate.of(1, 1L << 62)).hasToString("1/4611686018427387904");
  }

  @Test
  void parseReadsBothForms() {
    assertThat(Rate.parse("12%")).isEqualTo(Rate.of(3, 25));
    assertThat(Rate.parse("12.5%")).isEqualTo(Rate.of(1, 8));
    assertThat(Rate.parse("12.50%")).isEqualTo(Rate.of(1, 8));
    assertThat(Rate.parse("0%")).isSameAs(Rate.ZERO);
    assertThat(Rate.parse("0.0%")).isSameAs(Rate.ZERO);
    assertThat(Rate.parse("11/12")).isEqualTo(Rate.of(11, 12));
    assertThat(Rate.parse("2/4")).isEqualTo(Rate.percent(50));
    assertThat(Rate.parse("0/7")).isSameAs(Rate.ZERO);
  }

  @Test
  void parseReversesToString() {
    Rate[] rates = {
      Rate.ZERO,
      Rate.ONE,
      Rate.percent(12),
      Rate.of(1, 8),
      Rate.of(11, 12),
      Rate.of(2, 3),
      Rate.of(1, 3),
      Rate.of(5, 4),
      Rate.of(Long.MAX_VALUE, 1),
      Rate.of(1, Long.MAX_VALUE),
      Rate.of(1, 1L << 62),
      Rate.of(Long.MAX_VALUE, 1L << 62),
      Rate.of(1, 1_000_000_000_000L)
    };
    for (Rate r : rates) {
      assertThat(Rate.parse(r.toString())).as(r.toString()).isEqualTo(r);
    }
  }

  @Test
  void parseRejectsOtherText() {
    for (String bad :
        new String[] {
          "12", "12 %", "-5%", "012%", "1/0", "12.%", ".5%", "1/2/3", "", "12,5%", "1 / 2", "01/2",
          "1/02", "%", "1e2%", "+1%", "abc"
        }) {
      assertRefused(() -> Rate.parse(bad), MoneyRule.MALFORMED_RATE, "rate");
    }
    assertThatThrownBy(() -> Rate.parse(null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("text"));
  }

  @Test
  void parseOfARateBeyondLongFractionsIsAnOverflow() {
    // 2^63 does not fit a long numerator
    assertRefused(() -> Rate.parse("9223372036854775808/1"), MoneyRule.OVERFLOW, "rate");
    // 18 decimals of a percent need a denominator of 10^20
    assertRefused(() -> Rate.parse("0.000000000000000001%"), MoneyRule.OVERFLOW, "rate");
  }

  @Test
  void elevenTwelfthsTimesTwelvePercentIsElevenPercent() {
    // 11/12 x 12/100 = 132/1200 = 11/100
    assertThat(Rate.of(11, 12).times(Rate.percent(12))).isEqualTo(Rate.percent(11));
  }

  @Test
  void timesPlusAndMinusAreExact() {
    // 1/3 + 1/6 = 2/6 + 1/6 = 1/2
    assertThat(Rate.of(1, 3).plus(Rate.of(1, 6))).isEqualTo(Rate.of(1, 2));
    // 50% + 15% + 35% = 100%
    assertThat(Rate.percent(50).plus(Rate.percent(15)).plus(Rate.percent(35))).isEqualTo(Rate.ONE);
    // 1/2 - 1/3 = 1/6
    assertThat(Rate.of(1, 2).minus(Rate.of(1, 3))).isEqualTo(Rate.of(1, 6));
    assertThat(Rate.of(1, 2).minus(Rate.percent(50))).isSameAs(Rate.ZERO);
    // 2/3 x 3/4 = 1/2
    assertThat(Rate.of(2, 3).times(Rate.of(3, 4))).isEqualTo(Rate.of(1, 2));
    assertThat(Rate.of(2, 3).times(Rate.ZERO)).isSameAs(Rate.ZERO);
  }

  @Test
  void minusBelowZeroIsRefused() {
    assertRefused(() -> Rate.of(1, 3).minus(Rate.of(1, 2)), MoneyRule.INVALID_RATE, "rate");
  }

  @Test
  void resultsBeyondLongFractionsAreAnOverflow() {
    Rate tiny = Rate.of(1, Long.MAX_VALUE);
    assertRefused(() -> tiny.times(tiny), MoneyRule.OVERFLOW, "rate");
    Rate huge = Rate.of(Long.MAX_VALUE, 1);
    assertRefused(() -> huge.plus(huge), MoneyRule.OVERFLOW, "rate");
  }

  @Test
  void percentOfADecimalIsExact() {
    assertThat(Rate.percent(new BigDecimal("12.5"))).isEqualTo(Rate.of(1, 8));
    assertThat(Rate.percent(new BigDecimal("12.50"))).isEqualTo(Rate.of(1, 8));
    assertThat(Rate.percent(new BigDecimal("1E+2"))).isEqualTo(Rate.ONE);
    assertThat(Rate.percent(new BigDecimal("0.000"))).isSameAs(Rate.ZERO);
    assertThat(Rate.percent(new BigDecimal("33.333"))).isEqualTo(Rate.of(33_333, 100_000));
    // 10^-30 % needs a denominator of 10^32
    assertRefused(() -> Rate.percent(new BigDecimal("1E-30")), MoneyRule.OVERFLOW, "rate");
  }

  @Test
  void toPercentIsTheExactDecimal() {
    assertThat(Rate.of(1, 8).toPercent()).isEqualByComparingTo("12.5");
    assertThat(Rate.percent(11).toPercent()).isEqualByComparingTo("11");
    assertRefused(() -> Rate.of(1, 3).toPercent(), MoneyRule.NON_TERMINATING, "rate");
  }

  @Test
  void compareOrdersByValue() {
    // 1/3 = 0.333.. < 34%
    assertThat(Rate.of(1, 3).compareTo(Rate.percent(34))).isNegative();
    assertThat(Rate.percent(34).compareTo(Rate.of(1, 3))).isPositive();
    assertThat(Rate.of(1, 2).compareTo(Rate.percent(50))).isZero();
    // compared exactly even where cross products exceed a long
    assertThat(
            Rate.of(Long.MAX_VALUE - 1, Long.MAX_VALUE)
                .compareTo(Rate.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1)))
        .isPositive();
  }

  @Test
  void equalityIsByValue() {
    assertThat(Rate.of(1, 2)).isEqualTo(Rate.percent(50)).hasSameHashCodeAs(Rate.percent(50));
    assertThat(Rate.of(1, 2))
        .isNotEqualTo(Rate.of(1, 3))
        .isNotEqualTo(Rate.of(2, 2))
        .isNotEqualTo("50%");
  }

  @Test
  void zeroAndGreaterThanOne() {
    assertThat(Rate.ZERO.isZero()).isTrue();
    assertThat(Rate.ONE.isZero()).isFalse();
    assertThat(Rate.ONE.isGreaterThanOne()).isFalse();
    assertThat(Rate.percent(125).isGreaterThanOne()).isTrue();
  }
}
