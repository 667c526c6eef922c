package org.bengkel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class GenTest {

  private static <T> Set<T> distinct(Gen<T> gen, int n) {
    return new HashSet<>(gen.sample(7L, n));
  }

  @Test
  void sampleIsDeterministicBySeed() {
    Gen<Long> gen = Gen.longs(0, Long.MAX_VALUE);
    assertThat(gen.sample(42L, 100))
        .isEqualTo(gen.sample(42L, 100))
        .isNotEqualTo(gen.sample(43L, 100));
    assertThat(gen.sample(42L, 0)).isEmpty();
    assertThatThrownBy(() -> gen.sample(1L, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longsStayWithinInclusiveBoundsAtTheExtremes() {
    assertThat(distinct(Gen.longs(Long.MAX_VALUE - 1, Long.MAX_VALUE), 100))
        .containsExactlyInAnyOrder(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertThat(distinct(Gen.longs(Long.MIN_VALUE, Long.MIN_VALUE + 1), 100))
        .containsExactlyInAnyOrder(Long.MIN_VALUE, Long.MIN_VALUE + 1);
    assertThat(distinct(Gen.longs(5, 5), 10)).containsExactly(5L);
    assertThat(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).sample(1L, 100)).doesNotHaveDuplicates();
    assertThat(distinct(Gen.ints(-1, 1), 100)).containsExactlyInAnyOrder(-1, 0, 1);
    assertThatThrownBy(() -> Gen.longs(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void choiceCombinatorsReachEveryOption() {
    assertThat(distinct(Gen.booleans(), 100)).containsExactlyInAnyOrder(true, false);
    assertThat(distinct(Gen.choose("a", "b", "c"), 100)).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(distinct(Gen.enums(RoundingMode.class), 200)).hasSize(RoundingMode.values().length);
    assertThat(distinct(Gen.oneOf(Gen.constant(1), Gen.constant(2)), 100))
        .containsExactlyInAnyOrder(1, 2);
    assertThatThrownBy(() -> Gen.choose(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(Gen::oneOf).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void frequencyFollowsTheWeights() {
    Gen<String> gen =
        Gen.frequency(
            Gen.weighted(3, Gen.constant("often")),
            Gen.weighted(0, Gen.constant("never")),
            Gen.weighted(1, Gen.constant("rarely")));
    List<String> values = gen.sample(3L, 4_000);
    long often = values.stream().filter("often"::equals).count();
    assertThat(values).doesNotContain("never").contains("rarely");
    // expected 3.000 of 4.000; the bounds are more than ten standard deviations (27) away
    assertThat(often).isBetween(2_700L, 3_300L);
    assertThatThrownBy(() -> Gen.frequency(Gen.weighted(0, Gen.constant(1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gen.weighted(-1, Gen.constant(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gen.weighted(1, null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void mapFilterAndFlatMap() {
    assertThat(Gen.longs(0, 10).map(n -> n * 2).sample(1L, 100)).allMatch(n -> n % 2 == 0);
    assertThat(Gen.longs(0, 10).filter(n -> n % 3 == 0).sample(1L, 100)).allMatch(n -> n % 3 == 0);
    Gen<long[]> dependent =
        Gen.longs(0, 100).flatMap(n -> Gen.longs(0, n).map(k -> new long[] {n, k}));
    assertThat(dependent.sample(1L, 200)).allMatch(p -> p[1] <= p[0]);
    Gen<Long> impossible = Gen.longs(0, 10).filter(n -> n > 10);
    assertThatThrownBy(() -> impossible.next(Property.random(1L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1000 candidates");
    assertThatThrownBy(() -> Gen.longs(0, 1).filter(n -> true, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesStayWithinInclusiveBounds() {
    LocalDate from = LocalDate.of(2024, 2, 28);
    LocalDate to = LocalDate.of(2024, 3, 1);
    assertThat(distinct(Gen.dates(from, to), 100))
        .containsExactlyInAnyOrder(from, LocalDate.of(2024, 2, 29), to);
  }

  @Test
  void stringsUseTheAlphabetAndLengthInCodePoints() {
    String smiley = "\uD83D\uDE00";
    List<String> values = Gen.strings("ab" + smiley, 2, 4).sample(1L, 300);
    assertThat(values)
        .allMatch(
            s -> s.codePointCount(0, s.length()) >= 2 && s.codePointCount(0, s.length()) <= 4);
    assertThat(values)
        .allMatch(s -> s.replace(smiley, "").chars().allMatch(c -> c == 'a' || c == 'b'));
    assertThat(values).anyMatch(s -> s.contains(smiley));
    assertThatThrownBy(() -> Gen.strings("", 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gen.strings("a", 2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gen.strings("a", -1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsOptionalsAndPairs() {
    List<List<Long>> lists = Gen.listOf(Gen.longs(0, 9), 1, 3).sample(1L, 100);
    assertThat(lists).allMatch(l -> l.size() >= 1 && l.size() <= 3);
    assertThat(lists.stream().map(List::size).distinct()).containsExactlyInAnyOrder(1, 2, 3);
    assertThatThrownBy(() -> lists.get(0).add(1L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Gen.listOf(Gen.constant(1), 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(distinct(Gen.optionalOf(Gen.constant("x")), 100))
        .containsExactlyInAnyOrder(Optional.empty(), Optional.of("x"));
    assertThat(Gen.zip(Gen.constant(2), Gen.constant(3), Integer::sum).sample(1L, 3))
        .containsOnly(5);
  }
}
