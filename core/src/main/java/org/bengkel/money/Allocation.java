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
    if (left > 0) {
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      // Largest remainder first; on equal remainders the earlier part first (stable sort).
      Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
      for (int k = 0; k < left; k++) {
        floors[order[k]]++;
      }
    }
    Rupiah[] parts = new Rupiah[n];
    for (int i = 0; i < n; i++) {
      parts[i] = Rupiah.of(floors[i]);
    }
    return parts;
  }
}
