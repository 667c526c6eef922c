package org.bengkel.testkit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.testkit.money.MoneyLaws.big;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.bengkel.money.Allocation;
import org.bengkel.money.Rupiah;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.MoneyGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

class AllocationLawsTest {

  /** A total and its weights; prints the weights, not the array's identity. */
  record Split(Rupiah total, long[] weights) {
    @Override
    public String toString() {
      return total + " over " + Arrays.toString(weights);
    }
  }

  private static final Gen<Split> SPLITS =
      Gen.zip(MoneyGen.anyRupiah(), MoneyGen.weights(), Split::new);

  @Test
  void partsSumExactlyToTheTotal() {
    Property.check(
        "largest remainder conserves the total",
        SPLITS,
        s -> {
          List<Rupiah> parts = Allocation.largestRemainder(s.total(), s.weights());
          assertThat(parts).hasSize(s.weights().length);
          BigInteger sum =
              parts.stream().map(p -> big(p.amount())).reduce(BigInteger.ZERO, BigInteger::add);
          assertThat(sum).isEqualTo(big(s.total().amount()));
        });
  }

  @Test
  void eachPartIsWithinOneRupiahOfItsExactShare() {
    Property.check(
        "each part differs from total x weight / sum by less than Rp1",
        SPLITS,
        s -> {
          List<Rupiah> parts = Allocation.largestRemainder(s.total(), s.weights());
          BigInteger sum =
              Arrays.stream(s.weights())
                  .mapToObj(MoneyLaws::big)
                  .reduce(BigInteger.ZERO, BigInteger::add);
          for (int i = 0; i < parts.size(); i++) {
            // |part - total x w / sum| < 1  <=>  |part x sum - total x w| < sum
            BigInteger exactTimesSum = big(s.total().amount()).multiply(big(s.weights()[i]));
            BigInteger gap = big(parts.get(i).amount()).multiply(sum).subtract(exactTimesSum).abs();
            assertThat(gap).as("part %d", i).isLessThan(sum);
            if (s.weights()[i] == 0) {
              assertThat(parts.get(i)).isEqualTo(Rupiah.ZERO);
            }
          }
        });
  }

  @Test
  void leftoverRupiahGoToTheLargestRemaindersAndTiesToTheEarlierPart() {
    Property.check(
        "a part rounded down never has a larger remainder than one rounded up (nor an equal one, earlier)",
        SPLITS,
        s -> {
          List<Rupiah> parts = Allocation.largestRemainder(s.total(), s.weights());
          BigInteger sum =
              Arrays.stream(s.weights())
                  .mapToObj(MoneyLaws::big)
                  .reduce(BigInteger.ZERO, BigInteger::add);
          int n = parts.size();
          BigInteger[] remainder = new BigInteger[n];
          boolean[] roundedUp = new boolean[n];
          for (int i = 0; i < n; i++) {
            BigInteger[] qr =
                big(s.total().amount()).multiply(big(s.weights()[i])).divideAndRemainder(sum);
            remainder[i] = qr[1];
            roundedUp[i] = big(parts.get(i).amount()).equals(qr[0].add(BigInteger.ONE));
            assertThat(roundedUp[i] || big(parts.get(i).amount()).equals(qr[0])).isTrue();
          }
          for (int down = 0; down < n; down++) {
            for (int up = 0; up < n; up++) {
              if (!roundedUp[down] && roundedUp[up]) {
                int c = remainder[down].compareTo(remainder[up]);
                assertThat(c < 0 || (c == 0 && up < down))
                    .as(
                        "part %d kept its remainder %s while part %d with %s got a rupiah",
                        down, remainder[down], up, remainder[up])
                    .isTrue();
              }
            }
          }
        });
  }

  @Test
  void allocationIsDeterministic() {
    Property.check(
        "the same split always gives the same parts",
        SPLITS,
        s ->
            assertThat(Allocation.largestRemainder(s.total(), s.weights().clone()))
                .isEqualTo(s.total().allocate(s.weights().clone())));
  }
}
