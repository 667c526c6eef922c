package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.money.MoneyAssertions.assertRefused;

import org.junit.jupiter.api.Test;

class RupiahDeltaTest {

  private static final long MAX = Long.MAX_VALUE;

  @Test
  void toStringWritesTheSignBeforeRp() {
    assertThat(RupiahDelta.of(-1_000)).hasToString("-Rp1.000");
    assertThat(RupiahDelta.of(1_250_000)).hasToString("Rp1.250.000");
    assertThat(RupiahDelta.ZERO).hasToString("Rp0");
    assertThat(RupiahDelta.of(-MAX)).hasToString("-Rp9.223.372.036.854.775.807");
  }

  @Test
  void parseReadsBackTheCanonicalForm() {
    for (long amount : new long[] {0, 1, -1, 999, -1_000, 15_000, -3_000_000, MAX, -MAX}) {
      RupiahDelta d = RupiahDelta.of(amount);
      assertThat(RupiahDelta.parse(d.toString())).isEqualTo(d);
    }
    assertThat(RupiahDelta.parse("Rp0")).isSameAs(RupiahDelta.ZERO);
  }

  @Test
  void parseRejectsMinusZeroAndOtherSigns() {
    assertRefused(() -> RupiahDelta.parse("-Rp0"), MoneyRule.MALFORMED_AMOUNT, "amount");
    assertRefused(() -> RupiahDelta.parse("+Rp1"), MoneyRule.MALFORMED_AMOUNT, "amount");
    assertRefused(() -> RupiahDelta.parse("--Rp1"), MoneyRule.MALFORMED_AMOUNT, "amount");
    assertRefused(() -> RupiahDelta.parse("Rp-1"), MoneyRule.MALFORMED_AMOUNT, "amount");
    assertRefused(() -> RupiahDelta.parse("- Rp1"), MoneyRule.MALFORMED_AMOUNT, "amount");
  }

  @Test
  void longMinValueIsRefusedSoThatEveryDeltaCanBeNegated() {
    assertRefused(() -> RupiahDelta.of(Long.MIN_VALUE), MoneyRule.OVERFLOW, "amount");
    assertRefused(
        () -> RupiahDelta.parse("-Rp9.223.372.036.854.775.808"), MoneyRule.OVERFLOW, "amount");
  }

  @Test
  void plusOverflowThrowsInsteadOfWrapping() {
    assertThat(RupiahDelta.of(-5_000).plus(RupiahDelta.of(2_000)))
        .isEqualTo(RupiahDelta.of(-3_000));
    assertThat(RupiahDelta.of(MAX).plus(RupiahDelta.of(-MAX))).isSameAs(RupiahDelta.ZERO);
    assertRefused(() -> RupiahDelta.of(MAX).plus(RupiahDelta.of(1)), MoneyRule.OVERFLOW, "amount");
    // -MAX + -1 = Long.MIN_VALUE, which is not a delta
    assertRefused(
        () -> RupiahDelta.of(-MAX).plus(RupiahDelta.of(-1)), MoneyRule.OVERFLOW, "amount");
    assertRefused(
        () -> RupiahDelta.of(-MAX).plus(RupiahDelta.of(-MAX)), MoneyRule.OVERFLOW, "amount");
  }

  @Test
  void negateFlipsTheSign() {
    assertThat(RupiahDelta.of(7).negate()).isEqualTo(RupiahDelta.of(-7));
    assertThat(RupiahDelta.of(-MAX).negate()).isEqualTo(RupiahDelta.of(MAX));
    assertThat(RupiahDelta.ZERO.negate()).isSameAs(RupiahDelta.ZERO);
  }

  @Test
  void toRupiahRefusesANegativeDelta() {
    assertThat(RupiahDelta.of(9).toRupiah()).isEqualTo(Rupiah.of(9));
    assertThat(RupiahDelta.ZERO.toRupiah()).isSameAs(Rupiah.ZERO);
    assertRefused(() -> RupiahDelta.of(-9).toRupiah(), MoneyRule.NEGATIVE, "amount");
  }

  @Test
  void signComparisonAndEquality() {
    assertThat(RupiahDelta.of(-1).isNegative()).isTrue();
    assertThat(RupiahDelta.ZERO.isNegative()).isFalse();
    assertThat(RupiahDelta.of(-1).compareTo(RupiahDelta.of(1))).isNegative();
    assertThat(RupiahDelta.of(1).compareTo(RupiahDelta.of(-1))).isPositive();
    assertThat(RupiahDelta.of(4)).isEqualTo(RupiahDelta.of(4)).hasSameHashCodeAs(RupiahDelta.of(4));
    assertThat(RupiahDelta.of(4)).isNotEqualTo(RupiahDelta.of(-4)).isNotEqualTo(Rupiah.of(4));
    assertThat(RupiahDelta.of(-4).amount()).isEqualTo(-4);
  }
}
