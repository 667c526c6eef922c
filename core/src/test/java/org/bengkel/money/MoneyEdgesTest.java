package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.money.MoneyAssertions.assertRefused;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The edges of the money values that mutation testing showed no test looked at. */
class MoneyEdgesTest {

  @Test
  void equalValuesHashAlikeAndNearbyValuesDoNot() {
    assertThat(Rupiah.of(1_000).hashCode())
        .isEqualTo(Rupiah.parse("Rp1.000").hashCode())
        .isNotEqualTo(Rupiah.of(1_001).hashCode());
    assertThat(RupiahDelta.of(-5).hashCode())
        .isEqualTo(RupiahDelta.of(-5).hashCode())
        .isNotEqualTo(RupiahDelta.of(5).hashCode());
    // 1/8 and 3/8 share a denominator: numerator x 31 + denominator tells them apart (39, 101).
    assertThat(Rate.of(1, 8).hashCode())
        .isEqualTo(Rate.percent(new BigDecimal("12.5")).hashCode())
        .isNotEqualTo(Rate.of(3, 8).hashCode());
    // Steps of Rp1 and Rp2 in one mode: the step's hash times 31 plus the mode's.
    assertThat(RoundingStep.of(1, RoundingMode.UP).hashCode())
        .isEqualTo(RoundingStep.of(Rupiah.of(1), RoundingMode.UP).hashCode())
        .isNotEqualTo(RoundingStep.of(2, RoundingMode.UP).hashCode());
  }

  @Test
  void comparisonsAreStrictAtEquality() {
    Rupiah five = Rupiah.of(5);
    assertThat(five.isLessThan(Rupiah.of(5))).isFalse();
    assertThat(five.isGreaterThan(Rupiah.of(5))).isFalse();
    assertThat(five.isLessThan(Rupiah.of(6))).isTrue();
    assertThat(five.minus(Rupiah.of(5))).isEqualTo(Rupiah.ZERO);
    assertRefused(() -> five.minus(Rupiah.of(6)), MoneyRule.NEGATIVE, "amount");
    assertThat(RupiahDelta.of(0).toRupiah()).isEqualTo(Rupiah.ZERO);
    assertRefused(() -> RupiahDelta.of(-1).toRupiah(), MoneyRule.NEGATIVE, "amount");
  }

  @Test
  void amountsParseOnlyWithTheirDotsInPlace() {
    // Lengths 1 to 7 after "Rp": the first group holds 1-3 digits, then ".ddd" groups.
    assertThat(Rupiah.parse("Rp7")).isEqualTo(Rupiah.of(7));
    assertThat(Rupiah.parse("Rp75")).isEqualTo(Rupiah.of(75));
    assertThat(Rupiah.parse("Rp750")).isEqualTo(Rupiah.of(750));
    assertThat(Rupiah.parse("Rp7.500")).isEqualTo(Rupiah.of(7_500));
    assertThat(Rupiah.parse("Rp75.000")).isEqualTo(Rupiah.of(75_000));
    for (String bad :
        List.of(
            "Rp",
            "Rp7500",
            "Rp.750",
            "Rp7.50",
            "Rp7,500",
            "Rp7.5000",
            "Rp75.00",
            "Rp7.500.",
            "Rp07",
            "Rp0.750",
            "Rp7.5a0",
            "rp750",
            "Rp 750")) {
      assertRefused(() -> Rupiah.parse(bad), MoneyRule.MALFORMED_AMOUNT, "amount");
    }
    assertThat(Rupiah.of(1_000_000)).hasToString("Rp1.000.000");
    assertThat(Rupiah.of(100_000)).hasToString("Rp100.000");
    assertThat(Rupiah.of(10)).hasToString("Rp10");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aMegabyteOfDigitsIsAnOverflowAtOnce() {
    String huge = "Rp1" + ".000".repeat(250_000);
    assertRefused(() -> Rupiah.parse(huge), MoneyRule.OVERFLOW, "amount");
  }

  @Test
  void roundingToAStepOfOneIsTheAmountItself() {
    Rupiah odd = Rupiah.of(12_345);
    assertThat(RoundingStep.of(1, RoundingMode.UP).round(odd)).isSameAs(odd);
    // Rp12.345 to Rp500 up: 12,345 / 500 = 24.69, up to 25 x 500 = Rp12.500.
    assertThat(RoundingStep.of(500, RoundingMode.UP).round(odd)).isEqualTo(Rupiah.of(12_500));
    assertThat(RoundingStep.of(500, RoundingMode.DOWN).round(Rupiah.of(12_500)))
        .isEqualTo(Rupiah.of(12_500));
  }

  @Test
  void noWeightsAtAllAreRefusedAsEmpty() {
    assertRefused(
        () -> Allocation.largestRemainder(Rupiah.of(10)), MoneyRule.INVALID_WEIGHTS, "weights");
  }
}
