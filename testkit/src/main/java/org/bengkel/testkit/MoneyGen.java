package org.bengkel.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;

/**
 * Generators of valid money values (<i>uang</i>): {@link Rupiah}, {@link RupiahDelta}, {@link
 * Rate}, {@link RoundingStep} and allocation weights.
 *
 * <p>Amounts are spread over every magnitude (so that every number of digit groups appears) and
 * include the edges: zero, one, and amounts near {@link Long#MAX_VALUE} where overflow lives.
 *
 * <p>Stateless and thread-safe.
 */
public final class MoneyGen {

  private static final long MAX = Long.MAX_VALUE;

  private MoneyGen() {}

  /**
   * Amounts from Rp0 to {@code max}, spread over magnitudes: as many small as large numbers of
   * digits, with the bounds themselves now and then.
   *
   * @param max the largest amount, zero or more
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code max < 0}
   */
  public static Gen<Rupiah> rupiah(long max) {
    return magnitudes(0, max).map(Rupiah::of);
  }

  /**
   * Amounts from {@code min} to {@code max}, spread over magnitudes above {@code min}.
   *
   * @param min the smallest amount, zero or more
   * @param max the largest amount, at least {@code min}
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code min < 0} or {@code max < min}
   */
  public static Gen<Rupiah> rupiah(long min, long max) {
    return magnitudes(min, max).map(Rupiah::of);
  }

  /**
   * Any amount a {@link Rupiah} can hold: mostly everyday sizes, often huge ones, regularly the
   * last million rupiah below {@link Long#MAX_VALUE}.
   *
   * @return the generator, never null
   */
  public static Gen<Rupiah> anyRupiah() {
    return Gen.frequency(
        Gen.weighted(4, rupiah(10_000_000)),
        Gen.weighted(4, rupiah(MAX)),
        Gen.weighted(2, rupiah(MAX - 1_000_000, MAX)));
  }

  /**
   * Workshop prices (<i>harga</i>) like those of the Pamekasan example data: Rp1.000 to
   * Rp5.000.000, usually in whole thousands.
   *
   * @return the generator, never null
   */
  public static Gen<Rupiah> prices() {
    return Gen.frequency(
        Gen.weighted(3, Gen.longs(1, 5_000).map(k -> Rupiah.of(k * 1_000))),
        Gen.weighted(1, Gen.longs(1_000, 5_000_000).map(Rupiah::of)));
  }

  /**
   * Any signed difference a {@link RupiahDelta} can hold, positive, zero and negative, including
   * values near {@code ±Long.MAX_VALUE}.
   *
   * @return the generator, never null
   */
  public static Gen<RupiahDelta> deltas() {
    return Gen.zip(
        anyRupiah(),
        Gen.booleans(),
        (r, negative) -> RupiahDelta.of(negative ? -r.amount() : r.amount()));
  }

  /**
   * Whole percentages from 0 % to 100 %.
   *
   * @return the generator, never null
   */
  public static Gen<Rate> percents() {
    return Gen.longs(0, 100).map(Rate::percent);
  }

  /**
   * Any rate: whole and decimal percentages (also above 100 %), small fractions such as 11/12 or
   * 2/3, and fractions of large numbers.
   *
   * @return the generator, never null
   */
  public static Gen<Rate> rates() {
    Gen<Rate> decimals =
        Gen.zip(
            Gen.longs(0, 1_000_000),
            Gen.ints(0, 6),
            (unscaled, scale) -> Rate.percent(BigDecimal.valueOf(unscaled, scale)));
    Gen<Rate> smallFractions =
        Gen.longs(1, 1_000).flatMap(d -> Gen.longs(0, 2 * d).map(n -> Rate.of(n, d)));
    Gen<Rate> largeFractions = Gen.zip(Gen.longs(0, MAX), Gen.longs(1, MAX), Rate::of);
    return Gen.frequency(
        Gen.weighted(3, Gen.longs(0, 200).map(Rate::percent)),
        Gen.weighted(2, decimals),
        Gen.weighted(3, smallFractions),
        Gen.weighted(1, largeFractions),
        Gen.weighted(
            1, Gen.choose(Rate.ZERO, Rate.ONE, Rate.of(11, 12), Rate.of(1, 2), Rate.of(2, 3))));
  }

  /**
   * Rates with numerator and denominator within bounds, so that products with amounts stay small
   * enough for a test's arithmetic.
   *
   * @param maxNumerator the largest numerator, zero or more
   * @param maxDenominator the largest denominator, one or more
   * @return the generator, never null
   * @throws IllegalArgumentException if a bound is out of range
   */
  public static Gen<Rate> rates(long maxNumerator, long maxDenominator) {
    return Gen.zip(Gen.longs(0, maxNumerator), Gen.longs(1, maxDenominator), Rate::of);
  }

  /**
   * The rounding modes a {@link RoundingStep} accepts: every mode but {@code UNNECESSARY}.
   *
   * @return the generator, never null
   */
  public static Gen<RoundingMode> roundingModes() {
    return Gen.enums(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY);
  }

  /**
   * Rounding steps: mostly the price steps Rp1, Rp100, Rp500 and Rp1.000 the workshop uses,
   * sometimes any step up to Rp1.000.000 and now and then a huge one; with any accepted mode.
   *
   * @return the generator, never null
   */
  public static Gen<RoundingStep> roundingSteps() {
    Gen<Long> steps =
        Gen.frequency(
            Gen.weighted(6, Gen.choose(1L, 100L, 500L, 1_000L)),
            Gen.weighted(3, Gen.longs(1, 1_000_000)),
            Gen.weighted(1, Gen.longs(1, MAX)));
    return Gen.zip(steps, roundingModes(), RoundingStep::of);
  }

  /**
   * Allocation weights (<i>bobot</i>): 1 to 12 parts, mostly small weights (hours, pieces) with
   * some zeros, sometimes weights so large that their products with an amount need more than a
   * long. Always valid for {@link org.bengkel.money.Allocation#largestRemainder}.
   *
   * @return the generator of fresh arrays, never null
   */
  public static Gen<long[]> weights() {
    return Gen.frequency(
        Gen.weighted(8, weights(1, 12, 10_000)), Gen.weighted(2, weights(1, 12, MAX)));
  }

  /**
   * Allocation weights with bounds: each weight from 0 to {@code maxWeight} (about one in five is
   * zero), at least one positive, and their sum never beyond {@link Long#MAX_VALUE} (each weight is
   * capped at {@code Long.MAX_VALUE / parts}).
   *
   * @param minParts the fewest parts, one or more
   * @param maxParts the most parts, at least {@code minParts}
   * @param maxWeight the largest weight, one or more
   * @return the generator of fresh arrays, never null
   * @throws IllegalArgumentException if a bound is out of range
   */
  public static Gen<long[]> weights(int minParts, int maxParts, long maxWeight) {
    if (minParts < 1 || maxParts < minParts || maxWeight < 1) {
      throw new IllegalArgumentException(
          "weights needs 1 <= minParts <= maxParts and maxWeight >= 1");
    }
    return random -> {
      int parts = random.nextInt(minParts, maxParts + 1);
      long cap = Math.min(maxWeight, MAX / parts);
      Gen<Long> weight = magnitudes(1, cap);
      long[] weights = new long[parts];
      boolean positive = false;
      for (int i = 0; i < parts; i++) {
        weights[i] = random.nextInt(5) == 0 ? 0 : weight.next(random);
        positive |= weights[i] > 0;
      }
      if (!positive) {
        weights[random.nextInt(parts)] = weight.next(random);
      }
      return weights;
    };
  }

  /**
   * Whole numbers from {@code min} to {@code max}: a random number of the range's bits is kept, so
   * every magnitude is about equally likely; the bounds themselves come up one time in sixteen.
   */
  static Gen<Long> magnitudes(long min, long max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("need 0 <= min <= max, got " + min + ".." + max);
    }
    long span = max - min;
    int bits = 64 - Long.numberOfLeadingZeros(span);
    return random -> {
      int edge = random.nextInt(32);
      if (edge == 0) {
        return min;
      }
      if (edge == 1) {
        return max;
      }
      long bound = bits == 0 ? 0 : span >>> random.nextInt(bits);
      return min + (bound == MAX ? random.nextLong() & MAX : random.nextLong(bound + 1));
    };
  }
}
