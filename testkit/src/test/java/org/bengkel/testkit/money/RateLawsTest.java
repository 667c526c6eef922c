package org.bengkel.testkit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.testkit.money.MoneyLaws.MAX;
import static org.bengkel.testkit.money.MoneyLaws.assertRefused;
import static org.bengkel.testkit.money.MoneyLaws.big;

import java.math.BigInteger;
import org.bengkel.money.MoneyRule;
import org.bengkel.money.Rate;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.MoneyGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

class RateLawsTest {

  record Pair(Rate a, Rate b) {}

  private static final Gen<Pair> PAIRS = Gen.zip(MoneyGen.rates(), MoneyGen.rates(), Pair::new);

  /** The exact fraction n/d in lowest terms, or null where it does not fit a Rate. */
  private static BigInteger[] reduced(BigInteger n, BigInteger d) {
    BigInteger g = n.gcd(d);
    BigInteger rn = n.divide(g);
    BigInteger rd = d.divide(g);
    if (n.signum() == 0) {
      return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
    }
    return rn.compareTo(MAX) > 0 || rd.compareTo(MAX) > 0 ? null : new BigInteger[] {rn, rd};
  }

  private static void assertExact(Rate actual, BigInteger[] expected) {
    assertThat(big(actual.numerator())).isEqualTo(expected[0]);
    assertThat(big(actual.denominator())).isEqualTo(expected[1]);
  }

  @Test
  void parseReversesToString() {
    Property.check(
        "Rate.parse reverses toString",
        MoneyGen.rates(),
        r -> assertThat(Rate.parse(r.toString())).isEqualTo(r));
  }

  @Test
  void ratesAreInLowestTerms() {
    Property.check(
        "a Rate is kept in lowest terms",
        MoneyGen.rates(),
        r -> {
          assertThat(big(r.numerator()).gcd(big(r.denominator()))).isEqualTo(BigInteger.ONE);
          assertThat(r.denominator()).isPositive();
        });
  }

  @Test
  void timesAndPlusAreExactOrThrowOverflow() {
    Property.check(
        "Rate.times and Rate.plus are exact or money.overflow",
        PAIRS,
        p -> {
          BigInteger n1 = big(p.a().numerator());
          BigInteger d1 = big(p.a().denominator());
          BigInteger n2 = big(p.b().numerator());
          BigInteger d2 = big(p.b().denominator());
          BigInteger[] product = reduced(n1.multiply(n2), d1.multiply(d2));
          if (product == null) {
            assertRefused(() -> p.a().times(p.b()), MoneyRule.OVERFLOW);
          } else {
            assertExact(p.a().times(p.b()), product);
          }
          BigInteger[] sum = reduced(n1.multiply(d2).add(n2.multiply(d1)), d1.multiply(d2));
          if (sum == null) {
            assertRefused(() -> p.a().plus(p.b()), MoneyRule.OVERFLOW);
          } else {
            assertExact(p.a().plus(p.b()), sum);
          }
        });
  }

  @Test
  void minusIsExactOrRefusedBelowZero() {
    Property.check(
        "Rate.minus is exact, or money.invalid-rate below zero",
        PAIRS,
        p -> {
          BigInteger n =
              big(p.a().numerator())
                  .multiply(big(p.b().denominator()))
                  .subtract(big(p.b().numerator()).multiply(big(p.a().denominator())));
          BigInteger[] difference =
              n.signum() < 0
                  ? null
                  : reduced(n, big(p.a().denominator()).multiply(big(p.b().denominator())));
          if (n.signum() < 0) {
            assertRefused(() -> p.a().minus(p.b()), MoneyRule.INVALID_RATE);
          } else if (difference == null) {
            assertRefused(() -> p.a().minus(p.b()), MoneyRule.OVERFLOW);
          } else {
            assertExact(p.a().minus(p.b()), difference);
          }
        });
  }

  @Test
  void compareToAgreesWithExactOrderAndEquals() {
    Property.check(
        "Rate.compareTo is the exact order and consistent with equals",
        PAIRS,
        p -> {
          int exact =
              big(p.a().numerator())
                  .multiply(big(p.b().denominator()))
                  .compareTo(big(p.b().numerator()).multiply(big(p.a().denominator())));
          assertThat(Integer.signum(p.a().compareTo(p.b()))).isEqualTo(exact);
          assertThat(p.a().equals(p.b())).isEqualTo(exact == 0);
        });
  }
}
