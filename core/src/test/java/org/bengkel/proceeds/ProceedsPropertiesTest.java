package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.bengkel.Stamps;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Randomized checks over fixed seeds (plain {@link SplittableRandom}: core tests cannot use the
 * testkit). Each dynamic test names its seed; replay a failure by running that seed.
 */
class ProceedsPropertiesTest {

  private static final long[] SEEDS =
      LongStream.rangeClosed(1, 40).map(i -> 0x5EED_0000L + i).toArray();
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  @TestFactory
  Stream<DynamicTest> everySplitConservesTheBaseToTheRupiah() {
    return LongStream.of(SEEDS)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      SplittableRandom r = new SplittableRandom(seed);
                      for (int i = 0; i < 200; i++) {
                        SplitPolicy p = randomPolicy(r);
                        Rupiah revenue = Rupiah.of(r.nextLong(0, 5_000_000_000L));
                        Rupiah cost = Rupiah.of(r.nextLong(0, 5_000_000_000L));
                        ProceedsSplit s = p.split(revenue, cost);
                        String sample =
                            "seed " + seed + " #" + i + " " + p + " " + revenue + " " + cost;
                        assertThat(s.premi().plus(s.pnbp()).plus(s.capital()))
                            .as(sample)
                            .isEqualTo(s.base());
                        long expectedBase =
                            p.base() == SplitBase.GROSS_REVENUE
                                ? revenue.amount()
                                : Math.max(0, revenue.amount() - cost.amount());
                        assertThat(s.base().amount()).as(sample).isEqualTo(expectedBase);
                        // Each part within one rupiah of its exact share.
                        assertWithinOneRupiah(s.premi(), s.base(), p.premiShare(), sample);
                        assertWithinOneRupiah(s.pnbp(), s.base(), p.pnbpShare(), sample);
                        assertWithinOneRupiah(s.capital(), s.base(), p.capitalShare(), sample);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyAllocationConservesThePoolToTheRupiah() {
    return LongStream.of(SEEDS)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      SplittableRandom r = new SplittableRandom(seed);
                      for (int i = 0; i < 50; i++) {
                        int n = r.nextInt(1, 60);
                        List<Contribution> cs = new ArrayList<>(n);
                        long totalWeight = 0;
                        for (int k = 0; k < n; k++) {
                          long q = r.nextInt(4) == 0 ? 0 : r.nextLong(1, 10_000);
                          totalWeight += q;
                          cs.add(
                              Contribution.of(RegistrationNumber.of("B.I-" + k + "/" + seed), q));
                        }
                        if (totalWeight == 0) {
                          continue;
                        }
                        Rupiah pool = Rupiah.of(r.nextLong(0, 100_000_000L));
                        PremiAllocation a =
                            PremiAllocation.allocate(pool, ContributionBasis.PIECES, cs);
                        String sample = "seed " + seed + " #" + i;
                        long sum = a.shares().stream().mapToLong(s -> s.amount().amount()).sum();
                        assertThat(sum).as(sample).isEqualTo(pool.amount());
                        assertThat(a.shares()).as(sample).hasSize(n);
                        for (PremiShare s : a.shares()) {
                          assertWithinOneRupiah(
                              s.amount(), pool, Rate.of(s.quantity(), totalWeight), sample);
                        }
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> premiAccountNeverGoesNegativeNorOverTheCap() {
    return LongStream.of(SEEDS)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      SplittableRandom r = new SplittableRandom(seed);
                      Rate cap =
                          r.nextBoolean()
                              ? PremiAccount.DEFAULT_SPENDING_CAP
                              : Rate.percent(r.nextInt(0, 101));
                      PremiAccount account = PremiAccount.open(Fixtures.ADI, cap);
                      LocalDate date = START;
                      for (int i = 0; i < 300; i++) {
                        date = date.plusDays(r.nextInt(0, 3));
                        Rupiah amount = Rupiah.of(r.nextLong(1, 200_000));
                        int op = r.nextInt(100);
                        Outcome<PremiAccount> result =
                            op < 40
                                ? account.credit(Stamps.on(date), amount, "S-" + i)
                                : op < 99
                                    ? account.spend(Stamps.on(date), amount, "K-" + i)
                                    : account.payOut(Stamps.on(date), "SK-" + i);
                        String sample = "seed " + seed + " op " + i;
                        if (!result.isAccepted()) {
                          Refusal refusal = result.refusals().get(0);
                          assertThat(refusal.details().get(0))
                              .as(sample)
                              .isEqualTo(account.spendingAllowance().toString());
                          assertThat(account.spendingAllowance().isLessThan(amount))
                              .as(sample)
                              .isTrue();
                        }
                        account = result.orElse(account);
                        long credited = account.totalCredited().amount();
                        long spent = account.totalSpent().amount();
                        assertThat(credited - spent - account.paidOut().amount())
                            .as(sample)
                            .isNotNegative()
                            .isEqualTo(account.balance().amount());
                        // spent <= cap x credited, exactly: spent x den <= credited x num.
                        assertThat(
                                BigInteger.valueOf(spent)
                                    .multiply(BigInteger.valueOf(cap.denominator())))
                            .as(sample)
                            .isLessThanOrEqualTo(
                                BigInteger.valueOf(credited)
                                    .multiply(BigInteger.valueOf(cap.numerator())));
                      }
                    }));
  }

  private static SplitPolicy randomPolicy(SplittableRandom r) {
    // Shares as random fractions over a random denominator, summing to exactly one.
    long den = r.nextLong(1, 10_000);
    long a = r.nextLong(0, den + 1);
    long b = r.nextLong(0, den - a + 1);
    long c = den - a - b;
    SplitBase base = r.nextBoolean() ? SplitBase.NET_PROFIT : SplitBase.GROSS_REVENUE;
    return SplitPolicy.of(
        Fixtures.PAMEKASAN, START, base, Rate.of(a, den), Rate.of(b, den), Rate.of(c, den));
  }

  private static void assertWithinOneRupiah(Rupiah part, Rupiah whole, Rate share, String sample) {
    // |part - whole x share| < 1  <=>  |part x den - whole x num| < den
    BigInteger den = BigInteger.valueOf(share.denominator());
    BigInteger diff =
        BigInteger.valueOf(part.amount())
            .multiply(den)
            .subtract(
                BigInteger.valueOf(whole.amount()).multiply(BigInteger.valueOf(share.numerator())));
    assertThat(diff.abs()).as(sample).isLessThan(den);
  }
}
