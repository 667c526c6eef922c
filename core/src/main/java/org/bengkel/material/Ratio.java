package org.bengkel.material;

import java.math.BigInteger;

/** An exact non-negative fraction for scaling bills of materials; package-private helper. */
final class Ratio {

  static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

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
    BigInteger g = num.gcd(den);
    return g.signum() == 0 || g.equals(BigInteger.ONE)
        ? new Ratio(num, den)
        : new Ratio(num.divide(g), den.divide(g));
  }

  Ratio times(Ratio o) {
    return of(num.multiply(o.num), den.multiply(o.den));
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio r && r.num.equals(num) && r.den.equals(den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  @Override
  public String toString() {
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
