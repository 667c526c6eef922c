package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.money.MoneyAssertions.assertRefused;

import java.math.RoundingMode;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class RupiahTest {

  private static final long MAX = Long.MAX_VALUE;

  @Test
  void toStringGroupsThousandsWithDotsTheIndonesianWay() {
    assertThat(Rupiah.of(1_250_000)).hasToString("Rp1.250.000");
    assertThat(Rupiah.of(950)).hasToString("Rp950");
    assertThat(Rupiah.of(1_000)).hasToString("Rp1.000");
    assertThat(Rupiah.of(100_000)).hasToString("Rp100.000");
    assertThat(Rupiah.ZERO).hasToString("Rp0");
    assertThat(Rupiah.of(MAX)).hasToString("Rp9.223.372.036.854.775.807");
  }

  @Test
  void parseReadsBackTheCanonicalForm() {
    assertThat(Rupiah.parse("Rp1.250.000")).isEqualTo(Rupiah.of(1_250_000));
    assertThat(Rupiah.parse("Rp0")).isSameAs(Rupiah.ZERO);
    assertThat(Rupiah.parse("Rp12.345")).isEqualTo(Rupiah.of(12_345));
    assertThat(Rupiah.parse("Rp" + "9.223.372.036.854.775.807").amount()).isEqualTo(MAX);
    for (long amount : new long[] {0, 1, 999, 1_000, 15_000, 1_200_000, 3_000_000_000L, MAX}) {
      Rupiah r = Rupiah.of(amount);
      assertThat(Rupiah.parse(r.toString())).isEqualTo(r);
    }
  }

  @Test
  void parseRejectsNonCanonicalText() {
    for (String bad :
        new String[] {
          "1250000",
          "Rp1250000",
          "Rp 1.250",
          "Rp01",
          "Rp1.25",
          "Rp.250",
          "Rp-5",
          "Rp",
          "",
          "rp100",
          "Rp1,250",
          "Rp0.100",
          "Rp1.2a4",
          "Rp1.250.",
          "Rp1..250",
          "Rp1.2345",
          "Rp100 ",
          "Rp1.250,00"
        }) {
      assertThatThrownBy(() -> Rupiah.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).ruleCode())
          .isEqualTo("money.malformed-amount");
    }
  }

  @Test
  void parseOfAnAmountBeyondLongMaxIsAnOverflow() {
    // Long.MAX_VALUE + 1 = 9.223.372.036.854.775.808
    assertRefused(() -> Rupiah.parse("Rp9.223.372.036.854.775.808"), MoneyRule.OVERFLOW, "amount");
    assertRefused(
        () -> Rupiah.parse("Rp100.000.000.000.000.000.000.000"), MoneyRule.OVERFLOW, "amount");
  }

  @Test
  void parseOfNullThrowsMissingValueException() {
    assertThatThrownBy(() -> Rupiah.parse(null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("text"));
  }

  @Test
  void negativeAmountIsRefused() {
    assertRefused(() -> Rupiah.of(-1), MoneyRule.NEGATIVE, "amount");
    assertThat(Rupiah.of(0)).isSameAs(Rupiah.ZERO);
    assertThat(Rupiah.ZERO.isZero()).isTrue();
    assertThat(Rupiah.of(1).isZero()).isFalse();
  }

  @Test
  void plusAddsExactlyUpToLongMax() {
    assertThat(Rupiah.of(15_000).plus(Rupiah.of(30_000))).isEqualTo(Rupiah.of(45_000));
    assertThat(Rupiah.of(MAX - 1).plus(1)).isEqualTo(Rupiah.of(MAX));
    assertThat(Rupiah.of(MAX).plus(0)).isEqualTo(Rupiah.of(MAX));
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Rupiah max = Rupiah.of(MAX);
    assertRefused(() -> max.plus(Rupiah.of(1)), MoneyRule.OVERFLOW, "amount");
    assertRefused(
        () -> Rupiah.of(MAX / 2 + 1).plus(Rupiah.of(MAX / 2 + 1)), MoneyRule.OVERFLOW, "amount");
    assertRefused(() -> max.times(2), MoneyRule.OVERFLOW, "amount");
    // (MAX / 2 + 1) * 2 = MAX + 1: the low word is negative, the high word zero.
    assertRefused(() -> Rupiah.of(MAX / 2 + 1).times(2), MoneyRule.OVERFLOW, "amount");
    // 2^32 * 2^32 = 2^64: the low word is zero, the high word one.
    assertRefused(() -> Rupiah.of(1L << 32).times(1L << 32), MoneyRule.OVERFLOW, "amount");
    assertThat(max.plus(Rupiah.ZERO)).isEqualTo(max);
  }

  @Test
  void plusOfANegativeNumberIsRefused() {
    assertRefused(() -> Rupiah.of(10).plus(-1), MoneyRule.NEGATIVE, "amount");
  }

  @Test
  void minusBelowZeroIsRefused() {
    assertThat(Rupiah.of(50_000).minus(Rupiah.of(20_000))).isEqualTo(Rupiah.of(30_000));
    assertThat(Rupiah.of(5).minus(Rupiah.of(5))).isSameAs(Rupiah.ZERO);
    assertRefused(() -> Rupiah.of(5).minus(Rupiah.of(6)), MoneyRule.NEGATIVE, "amount");
  }

  @Test
  void differenceIsSigned() {
    assertThat(Rupiah.of(5).difference(Rupiah.of(8))).isEqualTo(RupiahDelta.of(-3));
    assertThat(Rupiah.of(8).difference(Rupiah.of(5))).isEqualTo(RupiahDelta.of(3));
    assertThat(Rupiah.ZERO.difference(Rupiah.of(MAX))).isEqualTo(RupiahDelta.of(-MAX));
  }

  @Test
  void timesMultipliesExactlyAndRefusesNegativeQuantities() {
    // 3 chairs at Rp1.200.000 = Rp3.600.000
    assertThat(Rupiah.of(1_200_000).times(3)).isEqualTo(Rupiah.of(3_600_000));
    assertThat(Rupiah.of(1_200_000).times(0)).isSameAs(Rupiah.ZERO);
    // 3 * 3074457345618258602 = 9223372036854775806 = MAX - 1
    assertThat(Rupiah.of(3).times(MAX / 3)).isEqualTo(Rupiah.of(MAX - 1));
    assertRefused(() -> Rupiah.of(1).times(-1), MoneyRule.NEGATIVE, "quantity");
  }

  @Test
  void ppnOnElevenTwelfthsIsExactlyElevenPercent() {
    Rate base = Rate.of(11, 12);
    Rate ppn = Rate.percent(12);
    assertThat(base.times(ppn)).isEqualTo(Rate.percent(11)).hasToString("11%");
    // 1.000.000 x 11/12 x 12/100 = 110.000 exactly
    assertThat(Rupiah.of(1_000_000).times(base.times(ppn), RoundingMode.HALF_UP))
        .isEqualTo(Rupiah.of(110_000));
    // 95.000 x 11% = 10.450 exactly
    assertThat(Rupiah.of(95_000).times(base.times(ppn), RoundingMode.UNNECESSARY))
        .isEqualTo(Rupiah.of(10_450));
  }

  @Test
  void timesRateRoundsOnceInTheGivenMode() {
    // 10 x 1/3 = 3.33..
    assertThat(Rupiah.of(10).times(Rate.of(1, 3), RoundingMode.HALF_UP)).isEqualTo(Rupiah.of(3));
    assertThat(Rupiah.of(10).times(Rate.of(1, 3), RoundingMode.UP)).isEqualTo(Rupiah.of(4));
    assertThat(Rupiah.of(10).times(Rate.of(1, 3), RoundingMode.CEILING)).isEqualTo(Rupiah.of(4));
    assertThat(Rupiah.of(10).times(Rate.of(1, 3), RoundingMode.FLOOR)).isEqualTo(Rupiah.of(3));
    // 5 x 1/2 = 2.5
    assertThat(Rupiah.of(5).times(Rate.percent(50), RoundingMode.HALF_UP)).isEqualTo(Rupiah.of(3));
    assertThat(Rupiah.of(5).times(Rate.percent(50), RoundingMode.HALF_DOWN))
        .isEqualTo(Rupiah.of(2));
    assertThat(Rupiah.of(5).times(Rate.percent(50), RoundingMode.HALF_EVEN))
        .isEqualTo(Rupiah.of(2));
    // 7 x 1/2 = 3.5, HALF_EVEN goes to 4
    assertThat(Rupiah.of(7).times(Rate.percent(50), RoundingMode.HALF_EVEN))
        .isEqualTo(Rupiah.of(4));
    // 20 x 2/3 = 13.33..: HALF_DOWN stays at 13, 10 x 2/3 = 6.67: HALF_DOWN goes to 7
    assertThat(Rupiah.of(20).times(Rate.of(2, 3), RoundingMode.HALF_DOWN)).isEqualTo(Rupiah.of(13));
    assertThat(Rupiah.of(10).times(Rate.of(2, 3), RoundingMode.HALF_DOWN)).isEqualTo(Rupiah.of(7));
    // a 125 % markup of Rp100.000 is Rp125.000
    assertThat(Rupiah.of(100_000).times(Rate.percent(125), RoundingMode.UNNECESSARY))
        .isEqualTo(Rupiah.of(125_000));
  }

  @Test
  void timesRateWithUnnecessaryRoundingOnAFractionIsRefused() {
    assertRefused(
        () -> Rupiah.of(10).times(Rate.of(1, 3), RoundingMode.UNNECESSARY),
        MoneyRule.INVALID_ROUNDING_MODE,
        "amount");
  }

  @Test
  void timesRateBeyondLongMaxIsAnOverflow() {
    assertRefused(
        () -> Rupiah.of(MAX).times(Rate.of(2, 1), RoundingMode.DOWN), MoneyRule.OVERFLOW, "amount");
    // MAX x 3/2 overflows although MAX x 3 is computed exactly first
    assertRefused(
        () -> Rupiah.of(MAX).times(Rate.of(3, 2), RoundingMode.DOWN), MoneyRule.OVERFLOW, "amount");
    // MAX x 2/3 = 6148914691236517204.67 fits: exact intermediate, no overflow
    assertThat(Rupiah.of(MAX).times(Rate.of(2, 3), RoundingMode.DOWN))
        .isEqualTo(Rupiah.of(6_148_914_691_236_517_204L));
  }

  @Test
  void allocateDelegatesToLargestRemainder() {
    assertThat(Rupiah.of(100).allocate(1, 1, 1))
        .containsExactly(Rupiah.of(34), Rupiah.of(33), Rupiah.of(33));
  }

  @Test
  void comparisonsOrderByAmount() {
    Rupiah small = Rupiah.of(10_000);
    Rupiah large = Rupiah.of(90_000);
    assertThat(small.max(large)).isSameAs(large);
    assertThat(large.max(small)).isSameAs(large);
    assertThat(small.min(large)).isSameAs(small);
    assertThat(large.min(small)).isSameAs(small);
    assertThat(small.isLessThan(large)).isTrue();
    assertThat(large.isLessThan(small)).isFalse();
    assertThat(large.isGreaterThan(small)).isTrue();
    assertThat(small.isGreaterThan(small)).isFalse();
    assertThat(small.compareTo(large)).isNegative();
    assertThat(large.compareTo(small)).isPositive();
    assertThat(small.compareTo(Rupiah.of(10_000))).isZero();
  }

  @Test
  void equalityIsByAmount() {
    assertThat(Rupiah.of(15_000)).isEqualTo(Rupiah.of(15_000)).hasSameHashCodeAs(Rupiah.of(15_000));
    assertThat(Rupiah.of(15_000)).isNotEqualTo(Rupiah.of(15_001));
    assertThat(Rupiah.of(15_000)).isNotEqualTo(RupiahDelta.of(15_000));
    assertThat(Rupiah.of(15_000).amount()).isEqualTo(15_000);
  }
}
