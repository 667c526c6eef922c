package org.bengkel.testkit.proceeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.proceeds.ProceedsRule;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitBase;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.proceeds.SplitPolicy;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.ProceedsGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

/** Laws of the proceeds: splits and allocations conserve to the rupiah, accounts stay in bounds. */
class ProceedsLawsTest {

  private static final BigInteger ONE_HUNDRED = BigInteger.valueOf(100);

  @Test
  void everySplitConservesTheBase() {
    Property.check(
        "a split's premi, PNBP and capital sum to its base, each within one rupiah of its exact share",
        Gen.zip(
            ProceedsGen.splitPolicies(),
            Gen.zip(ProceedsGen.amounts(), ProceedsGen.amounts(), Map::entry),
            Map::entry),
        e -> {
          SplitPolicy policy = e.getKey();
          Rupiah revenue = e.getValue().getKey();
          Rupiah cost = e.getValue().getValue();
          ProceedsSplit split = policy.split(revenue, cost);
          long expectedBase =
              policy.base() == SplitBase.GROSS_REVENUE
                  ? revenue.amount()
                  : Math.max(0, revenue.amount() - cost.amount());
          assertThat(split.base().amount()).isEqualTo(expectedBase);
          assertThat(
                  BigInteger.valueOf(split.premi().amount())
                      .add(BigInteger.valueOf(split.pnbp().amount()))
                      .add(BigInteger.valueOf(split.capital().amount())))
              .isEqualTo(BigInteger.valueOf(expectedBase));
          assertWithinOneRupiah(split.premi(), split.base(), policy.premiShare());
          assertWithinOneRupiah(split.pnbp(), split.base(), policy.pnbpShare());
          assertWithinOneRupiah(split.capital(), split.base(), policy.capitalShare());
          if (policy.base() == SplitBase.NET_PROFIT && !revenue.isGreaterThan(cost)) {
            assertThat(List.of(split.premi(), split.pnbp(), split.capital()))
                .containsOnly(Rupiah.ZERO);
          }
        });
  }

  /** |part − base × n/d| < 1, that is |part × d − base × n| < d. */
  private static void assertWithinOneRupiah(Rupiah part, Rupiah base, Rate share) {
    BigInteger d = BigInteger.valueOf(share.denominator());
    BigInteger diff =
        BigInteger.valueOf(part.amount())
            .multiply(d)
            .subtract(
                BigInteger.valueOf(base.amount()).multiply(BigInteger.valueOf(share.numerator())));
    assertThat(diff.abs()).as("%s of %s at %s", part, base, share).isLessThan(d);
  }

  @Test
  void policyHistoriesFindTheOnePolicyInForce() {
    Property.check(
        "a generated history has no overlap and policyOn finds the one policy effective on a day",
        Gen.zip(
            ProceedsGen.splitPolicyHistories(),
            Gen.dates(LocalDate.of(2019, 6, 1), LocalDate.of(2030, 12, 31)),
            Map::entry),
        e -> {
          SplitPolicies history = e.getKey();
          LocalDate date = e.getValue();
          List<SplitPolicy> effective =
              history.policies().stream().filter(p -> p.isEffectiveOn(date)).toList();
          assertThat(effective).hasSizeLessThanOrEqualTo(1);
          assertThat(history.policyOn(date)).isEqualTo(effective.stream().findFirst());
          assertThat(history.policies())
              .isSortedAccordingTo(Comparator.comparing(SplitPolicy::effectiveFrom));
        });
  }

  @Test
  void everyPremiAllocationSumsToThePool() {
    Property.check(
        "a premi allocation sums exactly to the pool, each share within one rupiah of its exact share",
        ProceedsGen.allocationCases(),
        c -> {
          PremiAllocation allocation =
              PremiAllocation.allocate(c.pool(), c.basis(), c.contributions());
          BigInteger total = BigInteger.ZERO;
          for (Contribution contribution : c.contributions()) {
            total = total.add(BigInteger.valueOf(contribution.quantity()));
          }
          BigInteger sum = BigInteger.ZERO;
          assertThat(allocation.shares()).hasSameSizeAs(c.contributions());
          for (Contribution contribution : c.contributions()) {
            PremiShare share = allocation.shareOf(contribution.registrationNumber()).orElseThrow();
            assertThat(share.quantity()).isEqualTo(contribution.quantity());
            BigInteger diff =
                BigInteger.valueOf(share.amount().amount())
                    .multiply(total)
                    .subtract(
                        BigInteger.valueOf(c.pool().amount())
                            .multiply(BigInteger.valueOf(contribution.quantity())));
            assertThat(diff.abs()).as("share of %s", contribution).isLessThan(total);
            if (contribution.quantity() == 0) {
              assertThat(share.amount()).isEqualTo(Rupiah.ZERO);
            }
            sum = sum.add(BigInteger.valueOf(share.amount().amount()));
          }
          assertThat(sum).isEqualTo(BigInteger.valueOf(c.pool().amount()));
        });
  }

  @Test
  void premiAccountsNeverGoNegativeNorOverTheCap() {
    Property.check(
        "a premi account under random operations is never negative nor over its spending cap; refusals change nothing",
        ProceedsGen.premiScenarios(),
        s -> {
          PremiAccount account = s.account();
          for (ProceedsGen.PremiOperation op : s.operations()) {
            PremiAccount before = account;
            Outcome<PremiAccount> result = op.applyTo(before);
            if (result.isAccepted()) {
              account = result.orElseThrow();
              assertThat(account.entries()).hasSize(before.entries().size() + 1);
            } else {
              assertThat(result.orElse(before)).as("refused %s", op).isSameAs(before);
              Refusal refusal = result.refusals().get(0);
              assertThat(refusal.rule())
                  .isIn(
                      ProceedsRule.OVERDRAW,
                      ProceedsRule.SPENDING_CAP,
                      ProceedsRule.ACCOUNT_CLOSED);
              assertThat(refusal.details().get(0)).isEqualTo(before.spendingAllowance().toString());
              if (op instanceof ProceedsGen.Spend spend
                  && refusal.rule() == ProceedsRule.SPENDING_CAP) {
                assertThat(spend.amount()).isGreaterThan(before.spendingAllowance());
              }
            }
            long credited = account.totalCredited().amount();
            long spent = account.totalSpent().amount();
            assertThat(credited - spent - account.paidOut().amount())
                .isNotNegative()
                .isEqualTo(account.balance().amount());
            long cap =
                account.totalCredited().times(account.spendingCap(), RoundingMode.FLOOR).amount();
            assertThat(spent)
                .as("spent of credited %s at cap %s", credited, account.spendingCap())
                .isLessThanOrEqualTo(cap);
            assertThat(account.spendingAllowance().amount())
                .isEqualTo(
                    account.isClosed() ? 0 : Math.min(cap - spent, account.balance().amount()));
            if (account.isClosed()) {
              assertThat(account.balance()).isEqualTo(Rupiah.ZERO);
            }
          }
        });
  }

  @Test
  void pnbpLedgersNeverDepositMoreThanRecorded() {
    Property.check(
        "a PNBP ledger's deposits never exceed its records, and achievement is deposited over target",
        ProceedsGen.pnbpLedgers(),
        ledger -> {
          long recorded = ledger.records().stream().mapToLong(r -> r.amount().amount()).sum();
          long deposited = ledger.deposits().stream().mapToLong(d -> d.amount().amount()).sum();
          assertThat(ledger.totalRecorded().amount()).isEqualTo(recorded);
          assertThat(ledger.totalDeposited().amount())
              .isEqualTo(deposited)
              .isLessThanOrEqualTo(recorded);
          assertThat(ledger.undeposited().amount()).isEqualTo(recorded - deposited);
          assertThat(ledger.achievement()).isEqualTo(Rate.of(deposited, ledger.target().amount()));
          assertThat(ledger.achievementPercent())
              .isEqualTo(
                  new java.math.BigDecimal(BigInteger.valueOf(deposited).multiply(ONE_HUNDRED))
                      .divide(
                          new java.math.BigDecimal(ledger.target().amount()),
                          2,
                          RoundingMode.HALF_UP));
          assertThat(ledger.records())
              .allMatch(r -> r.date().getYear() == ledger.year().getValue());
        });
  }

  @Test
  void generatorsReachTheEdges() {
    List<SplitPolicy> policies = ProceedsGen.splitPolicies().sample(5L, 1_000);
    assertThat(policies.stream().map(SplitPolicy::base).distinct()).hasSize(2);
    assertThat(policies)
        .anyMatch(
            p ->
                p.premiShare().equals(SplitPolicy.DEFAULT_PREMI)
                    && p.capitalShare().equals(SplitPolicy.DEFAULT_CAPITAL));
    assertThat(policies)
        .anyMatch(p -> p.premiShare().isZero())
        .anyMatch(p -> p.capitalShare().equals(Rate.ONE));
    assertThat(policies)
        .anyMatch(p -> p.effectiveUntil().isPresent())
        .anyMatch(p -> p.effectiveUntil().isEmpty());
    assertThat(policies)
        .allMatch(p -> p.premiShare().plus(p.pnbpShare()).plus(p.capitalShare()).equals(Rate.ONE));
    assertThat(ProceedsGen.splitPolicyHistories().sample(5L, 200))
        .anyMatch(h -> h.policies().isEmpty())
        .anyMatch(h -> h.policies().size() >= 5);
    assertThat(ProceedsGen.contributions(ContributionBasis.PIECES).sample(5L, 300))
        .anyMatch(l -> l.size() == 1)
        .anyMatch(l -> l.stream().anyMatch(c -> c.quantity() == 0));
    assertThat(ProceedsGen.premiAllocations().sample(5L, 300))
        .anyMatch(a -> a.pool().isZero())
        .anyMatch(a -> a.basis() == ContributionBasis.MINUTES_WORKED);
    List<PremiAccount> accounts = ProceedsGen.premiAccounts().sample(5L, 300);
    assertThat(accounts)
        .anyMatch(PremiAccount::isClosed)
        .anyMatch(a -> !a.isClosed() && !a.totalSpent().isZero());
    assertThat(accounts).anyMatch(a -> !a.spendingCap().equals(PremiAccount.DEFAULT_SPENDING_CAP));
    List<PnbpLedger> ledgers = ProceedsGen.pnbpLedgers().sample(5L, 300);
    assertThat(ledgers)
        .anyMatch(l -> l.undeposited().isZero() && !l.deposits().isEmpty())
        .anyMatch(l -> l.records().isEmpty());
    assertThat(ledgers)
        .anyMatch(
            l -> l.deposits().stream().anyMatch(d -> d.date().getYear() > l.year().getValue()));
    assertThat(ProceedsGen.registrationNumbers().sample(5L, 100))
        .allMatch(r -> r.toString().endsWith("***]"));
    assertThat(ProceedsGen.shares().sample(5L, 100)).allMatch(s -> s.length == 3);
    assertThat(ProceedsGen.premiScenarios().sample(4L, 5))
        .isEqualTo(ProceedsGen.premiScenarios().sample(4L, 5));
  }
}
