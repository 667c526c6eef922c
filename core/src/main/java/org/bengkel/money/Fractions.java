package org.bengkel.money;

import java.math.BigInteger;
import java.math.RoundingMode;
import org.bengkel.error.InvalidValueException;

/** Exact rounding of a quotient of integers; shared by money and rate arithmetic. */
final class Fractions {

  private Fractions() {}

  /**
   * Rounds {@code numerator / denominator} to a whole number.
   *
   * @param numerator zero or more
   * @param denominator positive
   * @param mode the rounding mode; for non-negative quotients CEILING acts as UP, FLOOR as DOWN
   * @param field the field named in an error
   * @return the rounded quotient as a long
   * @throws InvalidValueException OVERFLOW beyond a long; INVALID_ROUNDING_MODE for UNNECESSARY
   *     with a remainder
   */
  static long divide(
      BigInteger numerator, BigInteger denominator, RoundingMode mode, String field) {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    if (r.signum() != 0) {
      int half = r.shiftLeft(1).compareTo(denominator); // sign of (remainder - denominator/2)
      boolean up =
          switch (mode) {
            case UP, CEILING -> true;
            case DOWN, FLOOR -> false;
            case HALF_UP -> half >= 0;
            case HALF_DOWN -> half > 0;
            case HALF_EVEN -> half > 0 || (half == 0 && q.testBit(0));
            case UNNECESSARY ->
                throw InvalidValueException.of(
                    MoneyRule.INVALID_ROUNDING_MODE, field, numerator + "/" + denominator);
          };
      if (up) {
        q = q.add(BigInteger.ONE);
      }
    }
    if (q.bitLength() > 63) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, field, numerator + "/" + denominator);
    }
    return q.longValue();
  }
}
