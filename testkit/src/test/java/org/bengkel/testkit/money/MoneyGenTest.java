package org.bengkel.testkit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.bengkel.money.Rupiah;
import org.bengkel.testkit.MoneyGen;
import org.junit.jupiter.api.Test;

/** The money generators reach the values the laws need: edges, every magnitude, every mode. */
class MoneyGenTest {

  @Test
  void amountsReachTheEdgesAndEveryMagnitude() {
    List<Rupiah> amounts = MoneyGen.anyRupiah().sample(5L, 5_000);
    assertThat(amounts).contains(Rupiah.ZERO, Rupiah.of(Long.MAX_VALUE));
    assertThat(amounts.stream().map(r -> Long.toString(r.amount()).length()).distinct())
        .hasSize(19);
    assertThat(MoneyGen.rupiah(10, 20).sample(5L, 500))
        .allMatch(r -> r.amount() >= 10 && r.amount() <= 20);
    assertThat(MoneyGen.rupiah(0).sample(5L, 10)).containsOnly(Rupiah.ZERO);
    assertThatThrownBy(() -> MoneyGen.rupiah(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MoneyGen.rupiah(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pricesAreWorkshopPrices() {
    assertThat(MoneyGen.prices().sample(5L, 1_000))
        .allMatch(r -> r.amount() >= 1_000 && r.amount() <= 5_000_000);
  }

  @Test
  void deltasHaveBothSigns() {
    assertThat(MoneyGen.deltas().sample(5L, 100))
        .anyMatch(d -> d.isNegative())
        .anyMatch(d -> d.amount() > 0);
  }

  @Test
  void ratesAndStepsStayWithinTheirBounds() {
    assertThat(MoneyGen.percents().sample(5L, 500))
        .allMatch(r -> r.compareTo(org.bengkel.money.Rate.ONE) <= 0);
    assertThat(MoneyGen.rates(10, 3).sample(5L, 500))
        .allMatch(r -> r.numerator() <= 10 && r.denominator() <= 3);
    assertThat(MoneyGen.roundingModes().sample(5L, 500))
        .doesNotContain(RoundingMode.UNNECESSARY)
        .hasSizeGreaterThan(0);
    assertThat(MoneyGen.roundingSteps().sample(5L, 500).stream().map(s -> s.step().amount()))
        .contains(1L, 100L, 500L, 1_000L);
  }

  @Test
  void weightsAreValidAndSometimesHuge() {
    List<long[]> all = MoneyGen.weights().sample(5L, 2_000);
    for (long[] w : all) {
      assertThat(w.length).isBetween(1, 12);
      assertThat(Arrays.stream(w).allMatch(x -> x >= 0)).isTrue();
      assertThat(Arrays.stream(w).anyMatch(x -> x > 0)).isTrue();
      long sum = 0;
      for (long x : w) {
        sum = Math.addExact(sum, x); // never overflows
      }
    }
    assertThat(all).anyMatch(w -> Arrays.stream(w).anyMatch(x -> x == 0));
    assertThat(all).anyMatch(w -> Arrays.stream(w).anyMatch(x -> x > Long.MAX_VALUE / 100));
    assertThatThrownBy(() -> MoneyGen.weights(0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MoneyGen.weights(2, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MoneyGen.weights(1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
