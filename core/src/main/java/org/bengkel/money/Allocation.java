package org.bengkel.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

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
   * @return one part per weight, in the order of the weights, summing exactly to {@code total}; an
   *     unmodifiable list, never null
   * @throws InvalidValueException rule {@link MoneyRule#INVALID_WEIGHTS} if the weights are empty,
   *     negative, or all zero; {@link MoneyRule#OVERFLOW} if their sum exceeds a long
   * @throws org.bengkel.error.MissingValueException if {@code total} or {@code weights} is null
   */
  public static List<Rupiah> largestRemainder(Rupiah total, long... weights) {
    Checks.required(total, "total");
    Checks.required(weights, "weights");
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
    BigInteger t = BigInteger.valueOf(total.amount());
    BigInteger s = BigInteger.valueOf(sum);
    long[] parts = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long allocated = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = t.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(s);
      parts[i] = qr[0].longValueExact(); // at most the total
      remainders[i] = qr[1];
      allocated += parts[i];
    }
    // The parts by remainder, largest first, equal remainders by position (the sort is stable):
    // the first "left" of them get one rupiah more. Fewer rupiah are left than there are parts.
    long left = total.amount() - allocated;
    List<Integer> byRemainder = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byRemainder.add(i);
    }
    byRemainder.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
    for (int k = 0; k < left; k++) {
      parts[byRemainder.get(k)]++;
    }
    List<Rupiah> result = new ArrayList<>(n);
    for (long part : parts) {
      result.add(Rupiah.of(part));
    }
    return Collections.unmodifiableList(result);
  }
}
