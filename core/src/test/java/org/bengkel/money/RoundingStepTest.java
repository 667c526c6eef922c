package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.money.MoneyAssertions.assertRefused;

import java.math.RoundingMode;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class RoundingStepTest {

  private static Rupiah round(long step, RoundingMode mode, long amount) {
    return RoundingStep.of(step, mode).round(Rupiah.of(amount));
  }

  @Test
  void halfwayToRp500() {
    // 1.250 / 500 = 2.5 steps
    assertThat(round(500, RoundingMode.HALF_UP, 1_250)).isEqualTo(Rupiah.of(1_500));
    assertThat(round(500, RoundingMode.HALF_DOWN, 1_250)).isEqualTo(Rupiah.of(1_000));
    assertThat(round(500, RoundingMode.HALF_EVEN, 1_250)).isEqualTo(Rupiah.of(1_000));
    assertThat(round(500, RoundingMode.UP, 1_250)).isEqualTo(Rupiah.of(1_500));
    assertThat(round(500, RoundingMode.CEILING, 1_250)).isEqualTo(Rupiah.of(1_500));
    assertThat(round(500, RoundingMode.DOWN, 1_250)).isEqualTo(Rupiah.of(1_000));
    assertThat(round(500, RoundingMode.FLOOR, 1_250)).isEqualTo(Rupiah.of(1_000));
    // 1.750 / 500 = 3.5 steps: HALF_EVEN goes to the even 4
    assertThat(round(500, RoundingMode.HALF_UP, 1_750)).isEqualTo(Rupiah.of(2_000));
    assertThat(round(500, RoundingMode.HALF_DOWN, 1_750)).isEqualTo(Rupiah.of(1_500));
    assertThat(round(500, RoundingMode.HALF_EVEN, 1_750)).isEqualTo(Rupiah.of(2_000));
    // 250 / 500 = 0.5 steps, as the class Javadoc says
    assertThat(round(500, RoundingMode.HALF_UP, 250)).isEqualTo(Rupiah.of(500));
    assertThat(round(500, RoundingMode.HALF_EVEN, 250)).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void offHalfwayToRp500() {
    // 1.251 / 500 = 2.502 steps; 1.249 / 500 = 2.498 steps
    for (RoundingMode mode :
        new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}) {
      assertThat(round(500, mode, 1_251)).as(mode.name()).isEqualTo(Rupiah.of(1_500));
      assertThat(round(500, mode, 1_249)).as(mode.name()).isEqualTo(Rupiah.of(1_000));
    }
    assertThat(round(500, RoundingMode.UP, 1_001)).isEqualTo(Rupiah.of(1_500));
    assertThat(round(500, RoundingMode.DOWN, 1_499)).isEqualTo(Rupiah.of(1_000));
  }

  @Test
  void exactMultiplesStayInEveryMode() {
    for (RoundingMode mode : RoundingMode.values()) {
      if (mode != RoundingMode.UNNECESSARY) {
        assertThat(round(500, mode, 1_500)).as(mode.name()).isEqualTo(Rupiah.of(1_500));
        assertThat(round(1_000, mode, 0)).as(mode.name()).isEqualTo(Rupiah.ZERO);
      }
    }
  }

  @Test
  void toRp100() {
    // 12.345 / 100 = 123.45 steps
    assertThat(round(100, RoundingMode.HALF_UP, 12_345)).isEqualTo(Rupiah.of(12_300));
    assertThat(round(100, RoundingMode.UP, 12_345)).isEqualTo(Rupiah.of(12_400));
    assertThat(round(100, RoundingMode.DOWN, 12_345)).isEqualTo(Rupiah.of(12_300));
    // 12.350 / 100 = 123.5 steps: HALF_EVEN goes to 124
    assertThat(round(100, RoundingMode.HALF_UP, 12_350)).isEqualTo(Rupiah.of(12_400));
    assertThat(round(100, RoundingMode.HALF_DOWN, 12_350)).isEqualTo(Rupiah.of(12_300));
    assertThat(round(100, RoundingMode.HALF_EVEN, 12_350)).isEqualTo(Rupiah.of(12_400));
  }

  @Test
  void toRp1000() {
    // 95.500 / 1.000 = 95.5 steps: HALF_EVEN goes to 96; 94.500 -> 94.5 -> 94
    assertThat(round(1_000, RoundingMode.HALF_EVEN, 95_500)).isEqualTo(Rupiah.of(96_000));
    assertThat(round(1_000, RoundingMode.HALF_EVEN, 94_500)).isEqualTo(Rupiah.of(94_000));
    assertThat(round(1_000, RoundingMode.HALF_DOWN, 95_500)).isEqualTo(Rupiah.of(95_000));
    assertThat(round(1_000, RoundingMode.CEILING, 92_001)).isEqualTo(Rupiah.of(93_000));
    assertThat(round(1_000, RoundingMode.FLOOR, 92_999)).isEqualTo(Rupiah.of(92_000));
  }

  @Test
  void noneLeavesWholeRupiahAlone() {
    assertThat(RoundingStep.NONE.round(Rupiah.of(12_345))).isEqualTo(Rupiah.of(12_345));
    assertThat(RoundingStep.NONE.step()).isEqualTo(Rupiah.of(1));
    assertThat(RoundingStep.NONE.mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(round(1, RoundingMode.UP, Long.MAX_VALUE)).isEqualTo(Rupiah.of(Long.MAX_VALUE));
  }

  @Test
  void unnecessaryRoundingModeIsRefused() {
    assertRefused(
        () -> RoundingStep.of(500, RoundingMode.UNNECESSARY),
        MoneyRule.INVALID_ROUNDING_MODE,
        "mode");
  }

  @Test
  void zeroOrNegativeStepIsRefused() {
    assertRefused(() -> RoundingStep.of(0, RoundingMode.HALF_UP), MoneyRule.INVALID_STEP, "step");
    assertRefused(() -> RoundingStep.of(-100, RoundingMode.HALF_UP), MoneyRule.NEGATIVE, "amount");
    assertThatThrownBy(() -> RoundingStep.of(null, RoundingMode.UP))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("step"));
    assertThatThrownBy(() -> RoundingStep.of(Rupiah.of(100), null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("mode"));
  }

  @Test
  void roundingUpPastLongMaxIsAnOverflow() {
    // MAX = 9223372036854775 x 1.000 + 807: up is 9223372036854776 x 1.000 > MAX
    assertRefused(
        () -> round(1_000, RoundingMode.UP, Long.MAX_VALUE), MoneyRule.OVERFLOW, "amount");
    assertThat(round(1_000, RoundingMode.DOWN, Long.MAX_VALUE))
        .isEqualTo(Rupiah.of(9_223_372_036_854_775_000L));
  }

  @Test
  void equalityAndDescription() {
    RoundingStep a = RoundingStep.of(Rupiah.of(500), RoundingMode.HALF_UP);
    assertThat(a)
        .isEqualTo(RoundingStep.of(500, RoundingMode.HALF_UP))
        .hasSameHashCodeAs(RoundingStep.of(500, RoundingMode.HALF_UP));
    assertThat(a).isNotEqualTo(RoundingStep.of(500, RoundingMode.HALF_EVEN));
    assertThat(a).isNotEqualTo(RoundingStep.of(100, RoundingMode.HALF_UP));
    assertThat(a).isNotEqualTo(Rupiah.of(500));
    assertThat(a).hasToString("Rp500 HALF_UP");
  }
}
