package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.money.MoneyAssertions.assertRefused;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static long[] allocate(long total, long... weights) {
    return Allocation.largestRemainder(Rupiah.of(total), weights).stream()
        .mapToLong(Rupiah::amount)
        .toArray();
  }

  @Test
  void exactSharesNeedNoRemainder() {
    // premi 50 %, PNBP 15 %, capital 35 % of Rp1.000: 500, 150, 350
    assertThat(allocate(1_000, 50, 15, 35)).containsExactly(500, 150, 350);
    // 10 over 1:2:3:4 (sum 10) is exact
    assertThat(allocate(10, 1, 2, 3, 4)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void leftoverRupiahGoToTheLargestRemainders() {
    // 100 over 1:0:2 (sum 3): 100/3 = 33 r1, 0, 200/3 = 66 r2; 99 given, 1 left -> r2 part
    assertThat(allocate(100, 1, 0, 2)).containsExactly(33, 0, 67);
    // 8 over 1:2:2 (sum 5): 8/5 = 1 r3, 16/5 = 3 r1, 3 r1; 7 given, 1 left -> r3 part (the first)
    assertThat(allocate(8, 1, 2, 2)).containsExactly(2, 3, 3);
    // 7 over 1:2:2: 7/5 = 1 r2, 14/5 = 2 r4, 2 r4; 5 given, 2 left -> both r4 parts
    assertThat(allocate(7, 1, 2, 2)).containsExactly(1, 3, 3);
    // 9 over 3:1 (sum 4): 27/4 = 6 r3, 9/4 = 2 r1; 8 given, 1 left -> first
    assertThat(allocate(9, 3, 1)).containsExactly(7, 2);
    // 9 over 1:3: 9/4 = 2 r1, 27/4 = 6 r3; 1 left -> the later part has the larger remainder
    assertThat(allocate(9, 1, 3)).containsExactly(2, 7);
  }

  @Test
  void tiesGoToTheEarlierPart() {
    // 100 over 1:1:1: 33 r1 each, 1 left -> first
    assertThat(allocate(100, 1, 1, 1)).containsExactly(34, 33, 33);
    // 5 over 1:1:1:1: 1 r1 each, 1 left -> first
    assertThat(allocate(5, 1, 1, 1, 1)).containsExactly(2, 1, 1, 1);
    // 2 over 1:1:1: 0 r2 each, 2 left -> first two
    assertThat(allocate(2, 1, 1, 1)).containsExactly(1, 1, 0);
    // 11 over 1:3:1:3 (sum 8): 1 r3, 4 r1, 1 r3, 4 r1; 10 given, 1 left -> first r3 part
    assertThat(allocate(11, 1, 3, 1, 3)).containsExactly(2, 4, 1, 4);
  }

  @Test
  void zeroWeightsGetNothingAndZeroTotalsGiveZeroParts() {
    assertThat(allocate(1, 0, 1, 0)).containsExactly(0, 1, 0);
    assertThat(allocate(0, 3, 4)).containsExactly(0, 0);
    assertThat(allocate(5, 7)).containsExactly(5);
  }

  @Test
  void hugeTotalsUseExactIntermediates() {
    long max = Long.MAX_VALUE;
    // MAX over 1:1: MAX / 2 = 4611686018427387903 r1 each; 1 left -> first
    assertThat(allocate(max, 1, 1))
        .containsExactly(4_611_686_018_427_387_904L, 4_611_686_018_427_387_903L);
    // MAX over 2:1 (MAX x 2 needs BigInteger): 2 MAX / 3 = 6148914691236517204 r2,
    // MAX / 3 = 3074457345618258602 r1; 1 left -> first
    assertThat(allocate(max, 2, 1))
        .containsExactly(6_148_914_691_236_517_205L, 3_074_457_345_618_258_602L);
    // MAX over MAX-1 : 1 (sum MAX): MAX x (MAX-1) / MAX = MAX-1 exactly, MAX x 1 / MAX = 1
    assertThat(allocate(max, max - 1, 1)).containsExactly(max - 1, 1);
    // 10 over MAX-1 : 1 (sum MAX): 10(MAX-1)/MAX = 9 r(MAX-10), 10/MAX = 0 r10; 1 left -> first
    assertThat(allocate(10, max - 1, 1)).containsExactly(10, 0);
  }

  @Test
  void invalidWeightsAreRefused() {
    assertRefused(
        () -> Allocation.largestRemainder(Rupiah.of(10)), MoneyRule.INVALID_WEIGHTS, "weights");
    assertRefused(
        () -> Allocation.largestRemainder(Rupiah.of(10), 0, 0),
        MoneyRule.INVALID_WEIGHTS,
        "weights");
    assertRefused(
        () -> Allocation.largestRemainder(Rupiah.of(10), 1, -1),
        MoneyRule.INVALID_WEIGHTS,
        "weights[1]");
  }

  @Test
  void weightsSummingBeyondLongMaxAreAnOverflow() {
    assertRefused(
        () -> Allocation.largestRemainder(Rupiah.of(10), Long.MAX_VALUE, 1),
        MoneyRule.OVERFLOW,
        "weights");
  }

  @Test
  void leftoversGoAsAFullSortByRemainderThenPositionWouldGiveThem() {
    // The reference is the definition: order the parts by remainder, largest first, ties by
    // position, and give one rupiah to each of the first "left". Weights drawn from small ranges
    // so that equal remainders (and zero weights) are common; sizes up to 5,000 parts.
    SplittableRandom random = new SplittableRandom(20261127L);
    for (int sample = 0; sample < 300; sample++) {
      int n = 1 + random.nextInt(sample < 250 ? 40 : 5_000);
      long[] weights = new long[n];
      int range = 1 + random.nextInt(sample % 3 == 0 ? 3 : 1_000);
      for (int i = 0; i < n; i++) {
        weights[i] = random.nextInt(range + 1);
      }
      weights[random.nextInt(n)] = 1 + random.nextInt(range);
      long total = random.nextLong(sample % 2 == 0 ? 1_000 : 1_000_000_000_000L);
      assertThat(allocate(total, weights))
          .as("sample %d: total %d over %s", sample, total, Arrays.toString(weights))
          .containsExactly(bySorting(total, weights));
    }
  }

  @Test
  void thePartsCannotBeChanged() {
    List<Rupiah> parts = Allocation.largestRemainder(Rupiah.of(10), 1, 1);
    assertThatThrownBy(() -> parts.set(0, Rupiah.of(10)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** Largest remainder by a stable sort of boxed indices, exactly as the definition reads. */
  private static long[] bySorting(long total, long... weights) {
    long sum = Arrays.stream(weights).sum();
    int n = weights.length;
    long[] parts = new long[n];
    java.math.BigInteger[] remainders = new java.math.BigInteger[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      java.math.BigInteger[] qr =
          java.math.BigInteger.valueOf(total)
              .multiply(java.math.BigInteger.valueOf(weights[i]))
              .divideAndRemainder(java.math.BigInteger.valueOf(sum));
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += parts[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < total - given; k++) {
      parts[order[k]]++;
    }
    return parts;
  }
}
