package org.bengkel.testkit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.testkit.money.MoneyLaws.MAX;
import static org.bengkel.testkit.money.MoneyLaws.assertRefused;
import static org.bengkel.testkit.money.MoneyLaws.big;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.bengkel.money.MoneyRule;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.MoneyGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

class RupiahLawsTest {

  record Pair(Rupiah a, Rupiah b) {}

  record Scaled(Rupiah amount, long quantity) {}

  record Priced(Rupiah amount, Rate rate, RoundingMode mode) {}

  record Deltas(RupiahDelta a, RupiahDelta b) {}

  record AmountRate(Rupiah amount, Rate rate) {}

  private static final Gen<Pair> PAIRS =
      Gen.zip(MoneyGen.anyRupiah(), MoneyGen.anyRupiah(), Pair::new);

  @Test
  void parseReversesToString() {
    Property.check(
        "Rupiah.parse reverses toString",
        MoneyGen.anyRupiah(),
        r -> assertThat(Rupiah.parse(r.toString())).isEqualTo(r));
  }

  @Test
  void deltaParseReversesToString() {
    Property.check(
        "RupiahDelta.parse reverses toString",
        MoneyGen.deltas(),
        d -> assertThat(RupiahDelta.parse(d.toString())).isEqualTo(d));
  }

  @Test
  void plusEqualsExactSumOrThrowsOverflow() {
    Property.check(
        "Rupiah.plus is the exact sum or money.overflow",
        PAIRS,
        p -> {
          BigInteger exact = big(p.a().amount()).add(big(p.b().amount()));
          if (exact.compareTo(MAX) > 0) {
            assertRefused(() -> p.a().plus(p.b()), MoneyRule.OVERFLOW);
            assertRefused(() -> p.a().plus(p.b().amount()), MoneyRule.OVERFLOW);
          } else {
            assertThat(p.a().plus(p.b()).amount()).isEqualTo(exact.longValueExact());
          }
        });
  }

  @Test
  void minusEqualsExactDifferenceOrThrowsNegative() {
    Property.check(
        "Rupiah.minus is the exact difference or money.negative; difference is signed",
        PAIRS,
        p -> {
          long a = p.a().amount();
          long b = p.b().amount();
          if (b > a) {
            assertRefused(() -> p.a().minus(p.b()), MoneyRule.NEGATIVE);
          } else {
            assertThat(p.a().minus(p.b()).amount()).isEqualTo(a - b);
          }
          assertThat(p.a().difference(p.b()).amount())
              .isEqualTo(big(a).subtract(big(b)).longValueExact());
        });
  }

  @Test
  void timesEqualsExactProductOrThrowsOverflow() {
    Gen<Long> quantities =
        Gen.frequency(
            Gen.weighted(3, Gen.longs(0, 1_000)),
            Gen.weighted(1, MoneyGen.anyRupiah().map(Rupiah::amount)));
    Property.check(
        "Rupiah.times is the exact product or money.overflow",
        Gen.zip(MoneyGen.anyRupiah(), quantities, Scaled::new),
        s -> {
          BigInteger exact = big(s.amount().amount()).multiply(big(s.quantity()));
          if (exact.compareTo(MAX) > 0) {
            assertRefused(() -> s.amount().times(s.quantity()), MoneyRule.OVERFLOW);
          } else {
            assertThat(s.amount().times(s.quantity()).amount()).isEqualTo(exact.longValueExact());
          }
        });
  }

  @Test
  void timesRateRoundsTheExactProductOnce() {
    Gen<RoundingMode> modes = Gen.enums(RoundingMode.class);
    Property.check(
        "Rupiah.times(rate, mode) equals BigDecimal's rounding of the exact product",
        Gen.zip(
            Gen.frequency(
                Gen.weighted(3, Gen.zip(MoneyGen.anyRupiah(), MoneyGen.rates(), AmountRate::new)),
                // small amounts and denominators: products often end in exactly one half
                Gen.weighted(
                    2, Gen.zip(MoneyGen.rupiah(10_000), MoneyGen.rates(200, 8), AmountRate::new))),
            modes,
            (p, m) -> new Priced(p.amount(), p.rate(), m)),
        p -> {
          BigDecimal product =
              new BigDecimal(big(p.amount().amount()).multiply(big(p.rate().numerator())));
          BigDecimal denominator = new BigDecimal(p.rate().denominator());
          BigDecimal exact;
          try {
            exact = product.divide(denominator, 0, p.mode());
          } catch (ArithmeticException unnecessaryButInexact) {
            assertRefused(
                () -> p.amount().times(p.rate(), p.mode()), MoneyRule.INVALID_ROUNDING_MODE);
            return;
          }
          if (exact.toBigIntegerExact().compareTo(MAX) > 0) {
            assertRefused(() -> p.amount().times(p.rate(), p.mode()), MoneyRule.OVERFLOW);
          } else {
            assertThat(p.amount().times(p.rate(), p.mode()).amount())
                .isEqualTo(exact.longValueExact());
          }
        });
  }

  @Test
  void deltaPlusEqualsExactSumOrThrowsOverflow() {
    Property.check(
        "RupiahDelta.plus is the exact sum or money.overflow",
        Gen.zip(MoneyGen.deltas(), MoneyGen.deltas(), Deltas::new),
        d -> {
          BigInteger exact = big(d.a().amount()).add(big(d.b().amount()));
          if (exact.abs().compareTo(MAX) > 0) {
            assertRefused(() -> d.a().plus(d.b()), MoneyRule.OVERFLOW);
          } else {
            assertThat(d.a().plus(d.b()).amount()).isEqualTo(exact.longValueExact());
          }
          assertThat(d.a().negate().negate()).isEqualTo(d.a());
        });
  }
}
