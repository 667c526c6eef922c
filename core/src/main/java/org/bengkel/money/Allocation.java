package org.bengkel.money;

import java.math.BigInteger;
import java.util.Arrays;
import org.bengkel.error.InvalidValueException;

/**
 * Splitting an amount into parts proportional to weights, exactly (<i>pembagian</i>), by the
 * largest-remainder (Hamilton) method.
 *
 * <p>Each part first gets {@code floor(total × weight / sum of weights)}; the rupiah left over
 * (fewer than the number of parts) go one each to the parts with the largest remainders. Ties go to
 * the earlier part, so the result is deterministic. The parts always sum exactly to the total and
 * each differs from its exact proportional share by less than one rupiah.
 *
 * <p>Used for the premi pool over trainees' hours or pieces, and for proceeds split over shares.
 * Stateless and thread-safe.
 */
public final class Allocation {

  private Allocation() {}

  /**
   * Allocates {@code total} over {@code weights} by largest remainder.
   *
   * @param total the amount to allocate, not null
   * @param weights the weights, each zero or more, at least one positive, not null; a weight of
   *     zero always gets Rp0
   * @return one part per weight, in the order of the weights, summing exactly to {@code total}
   * @throws InvalidValueException rule {@link MoneyRule#INVALID_WEIGHTS} if the weights are empty,
   *     negative, or all zero; {@link MoneyRule#OVERFLOW} if their sum exceeds a long
   */
  public static Rupiah[] largestRemainder(Rupiah total, long... weights) {
    int n = weights.length;
    if (n == 0) {
      throw InvalidValueException.of(MoneyRule.INVALID_WEIGHTS, "weights", "[]");
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      if (weights[i] < 0) {
        throw InvalidValueException.of(MoneyRule.INVALID_WEIGHTS, "weights[" + i + "]", weights[i]);
      }
      try {
        sum = Math.addExact(sum, weights[i]);
      } catch (ArithmeticException e) {
        throw InvalidValueException.of(MoneyRule.OVERFLOW, "weights", "sum > " + Long.MAX_VALUE);
      }
    }
    if (sum == 0) {
      throw InvalidValueException.of(MoneyRule.INVALID_WEIGHTS, "weights", "all zero");
    }
    long t = total.amount();
    long[] floors = new long[n];
    long[] remainders = new long[n];
    long allocated = 0;
    for (int i = 0; i < n; i++) {
      long w = weights[i];
      long high = Math.multiplyHigh(t, w);
      long low = t * w;
      if (high == 0 && low >= 0) {
        floors[i] = low / sum;
        remainders[i] = low % sum;
      } else {
        BigInteger[] qr = BigInteger.valueOf(t).multiply(BigInteger.valueOf(w))
            .divideAndRemainder(BigInteger.valueOf(sum));
        floors[i] = qr[0].longValue(); // <= t, fits
        remainders[i] = qr[1].longValue(); // < sum, fits
      }
      allocated += floors[i];
    }
    int left = (int) (t - allocated); // < n
    Rupiah[] parts = new Rupiah[n];
    if (left == 0) {
      for (int i = 0; i < n; i++) {
        parts[i] = Rupiah.of(floors[i]);
      }
      return parts;
    }
    // The parts ordered by remainder, largest first, and on equal remainders by position, earlier
    // first: the first `left` of them get one rupiah more. Those are all parts whose remainder is
    // above the left-th largest remainder, then as many of the parts whose remainder equals it as
    // are still needed, in order. Linear expected time, without boxing. The selection reorders the
    // remainders, so the last pass works each one out again from its floor: t × w − floor × sum.
    long threshold = select(remainders, n - left, selectionBudget(n));
    int above = 0;
    for (long r : remainders) {
      if (r > threshold) {
        above++;
      }
    }
    int atThreshold = left - above; // at least 1: fewer than left remainders exceed the threshold
    for (int i = 0; i < n; i++) {
      long r = remainder(t, weights[i], floors[i], sum);
      long part = floors[i];
      if (r > threshold) {
        part++;
      } else if (r == threshold && atThreshold > 0) {
        part++;
        atThreshold--;
      }
      parts[i] = Rupiah.of(part);
    }
    return parts;
  }

  /**
   * {@code t × w − floor × sum}, the remainder of {@code t × w / sum} given its floor; exact also
   * when {@code t × w} exceeds a long.
   */
  static long remainder(long t, long w, long floor, long sum) {
    if (Math.multiplyHigh(t, w) == 0 && t * w >= 0) {
      return t * w - floor * sum; // floor × sum <= t × w: no overflow
    }
    return BigInteger.valueOf(t).multiply(BigInteger.valueOf(w))
        .subtract(BigInteger.valueOf(floor).multiply(BigInteger.valueOf(sum)))
        .longValueExact();
  }

  /** Partitioning rounds allowed before {@link #select} falls back to a full sort. */
  static int selectionBudget(int n) {
    return 2 * (Integer.SIZE - Integer.numberOfLeadingZeros(n)) + 8;
  }

  /**
   * The value that would be at index {@code k} if {@code a} were sorted ascending: quickselect with
   * a median-of-three pivot and a three-way partition (so runs of equal values, such as the zero
   * remainders of exact shares, cost one round). After {@code budget} rounds it sorts the rest, so
   * the worst case stays O(n log n). Reorders {@code a}.
   */
  static long select(long[] a, int k, int budget) {
    int lo = 0;
    int hi = a.length - 1;
    for (int rounds = 0; lo < hi; rounds++) {
      if (rounds == budget) {
        Arrays.sort(a, lo, hi + 1);
        return a[k];
      }
      int mid = (lo + hi) >>> 1;
      long pivot = medianOfThree(a[lo], a[mid], a[hi]);
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        long v = a[i];
        if (v < pivot) {
          a[i++] = a[lt];
          a[lt++] = v;
        } else if (v > pivot) {
          a[i] = a[gt];
          a[gt--] = v;
        } else {
          i++;
        }
      }
      // a[lo, lt) < pivot, a[lt, gt] == pivot, a(gt, hi] > pivot
      if (k < lt) {
        hi = lt - 1;
      } else if (k > gt) {
        lo = gt + 1;
      } else {
        return pivot;
      }
    }
    return a[k];
  }

  private static long medianOfThree(long x, long y, long z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }
}
