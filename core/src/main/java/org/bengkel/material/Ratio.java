package org.bengkel.material;

import java.math.BigInteger;

/** An exact non-negative fraction for scaling bills of materials; package-private helper. */
final class Ratio {

  final BigInteger num;
  final BigInteger den;

  private Ratio(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static Ratio of(long num, long den) {
    return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  static Ratio of(BigInteger num, BigInteger den) {
    // Reduced only to keep the numbers small; every use (plus, times, ceil, roundHalfUp) depends
    // on the value alone. The denominator is a batch size or a unit factor, never 0, so the gcd is
    // at least 1.
    BigInteger g = num.gcd(den);
    return g.equals(BigInteger.ONE) ? new Ratio(num, den) : new Ratio(num.divide(g), den.divide(g));
  }

  Ratio times(long n) {
    return of(num.multiply(BigInteger.valueOf(n)), den);
  }

  Ratio dividedBy(long n) {
    return of(num, den.multiply(BigInteger.valueOf(n)));
  }

  Ratio plus(Ratio o) {
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  /** Rounded up to a whole number. */
  BigInteger ceil() {
    BigInteger[] qr = num.divideAndRemainder(den);
    return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
  }

  /** Rounded to the nearest whole number, halves up. */
  BigInteger roundHalfUp() {
    return num.shiftLeft(1).add(den).divide(den.shiftLeft(1));
  }
}
