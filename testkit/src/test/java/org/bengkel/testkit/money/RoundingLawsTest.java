package org.bengkel.testkit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.testkit.money.MoneyLaws.MAX;
import static org.bengkel.testkit.money.MoneyLaws.assertRefused;
import static org.bengkel.testkit.money.MoneyLaws.big;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.bengkel.money.MoneyRule;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.MoneyGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

class RoundingLawsTest {

  record Case(RoundingStep step, Rupiah amount) {}

  /**
   * Amounts exactly halfway between two multiples of an even step, where the HALF_ modes differ.
   */
  private static final Gen<Case> HALFWAY =
      MoneyGen.roundingSteps()
          .filter(s -> s.step().amount() % 2 == 0 && s.step().amount() <= 1_000_000)
          .flatMap(
              s ->
                  Gen.longs(0, 1_000_000)
                      .map(
                          k ->
                              new Case(
                                  s, Rupiah.of(k * s.step().amount() + s.step().amount() / 2))));

  private static final Gen<Case> CASES =
      Gen.frequency(
          Gen.weighted(
              4,
              Gen.zip(
                  MoneyGen.roundingSteps(),
                  Gen.frequency(
                      Gen.weighted(3, MoneyGen.prices()), Gen.weighted(2, MoneyGen.anyRupiah())),
                  Case::new)),
          Gen.weighted(1, HALFWAY));

  @Test
  void roundingGivesAMultipleOfTheStepWithinOneStepInTheModesDirection() {
    Property.check(
        "rounding to a step: a multiple, within one step, in the mode's direction (or money.overflow)",
        CASES,
        c -> {
          BigInteger step = big(c.step().step().amount());
          BigInteger amount = big(c.amount().amount());
          BigInteger expected =
              new BigDecimal(amount)
                  .divide(new BigDecimal(step), 0, c.step().mode())
                  .toBigIntegerExact()
                  .multiply(step);
          if (expected.compareTo(MAX) > 0) {
            assertRefused(() -> c.step().round(c.amount()), MoneyRule.OVERFLOW);
            return;
          }
          BigInteger rounded = big(c.step().round(c.amount()).amount());
          assertThat(rounded).isEqualTo(expected);
          assertThat(rounded.mod(step)).isEqualTo(BigInteger.ZERO);
          BigInteger diff = rounded.subtract(amount); // positive when rounded up
          assertThat(diff.abs()).isLessThan(step);
          switch (c.step().mode()) {
            case UP, CEILING -> assertThat(diff.signum()).isGreaterThanOrEqualTo(0);
            case DOWN, FLOOR -> assertThat(diff.signum()).isLessThanOrEqualTo(0);
            case HALF_UP, HALF_DOWN, HALF_EVEN -> {
              int twice = diff.abs().shiftLeft(1).compareTo(step);
              assertThat(twice).as("at most half a step away").isLessThanOrEqualTo(0);
              if (twice == 0) { // exactly halfway
                switch (c.step().mode()) {
                  case HALF_UP -> assertThat(diff.signum()).isPositive();
                  case HALF_DOWN -> assertThat(diff.signum()).isNegative();
                  default ->
                      assertThat(rounded.divide(step).testBit(0)).as("even multiple").isFalse();
                }
              }
            }
            default -> throw new AssertionError("UNNECESSARY is never generated");
          }
        });
  }

  @Test
  void roundingIsIdempotent() {
    Property.check(
        "rounding a rounded amount changes nothing",
        CASES.filter(c -> c.amount().amount() <= Long.MAX_VALUE / 2),
        c -> {
          Rupiah once = c.step().round(c.amount());
          assertThat(c.step().round(once)).isEqualTo(once);
        });
  }
}
