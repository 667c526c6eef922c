package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.proceeds.Fixtures.JAN_2024;
import static org.bengkel.proceeds.Fixtures.PAMEKASAN;
import static org.bengkel.proceeds.Fixtures.assertRefused;
import static org.bengkel.proceeds.Fixtures.pct;
import static org.bengkel.proceeds.Fixtures.policy;
import static org.bengkel.proceeds.Fixtures.rp;

import java.math.BigInteger;
import java.time.LocalDate;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.RupiahDelta;
import org.junit.jupiter.api.Test;

class SplitPolicyTest {

  @Test
  void defaultSplitIsFiftyFifteenThirtyFiveOfNetProfit() {
    SplitPolicy p = SplitPolicy.defaultFor(PAMEKASAN, JAN_2024);
    assertThat(p.base()).isEqualTo(SplitBase.NET_PROFIT);
    assertThat(p.premiShare()).isEqualTo(pct(50));
    assertThat(p.pnbpShare()).isEqualTo(pct(15));
    assertThat(p.capitalShare()).isEqualTo(pct(35));
    assertThat(p.effectiveUntil()).isEmpty();

    // Revenue Rp1.000.000, material cost Rp400.000: profit Rp600.000.
    // 50 % = 300.000, 15 % = 90.000, 35 % = 210.000 (all exact).
    ProceedsSplit s = p.split(rp(1_000_000), rp(400_000));
    assertThat(s.base()).isEqualTo(rp(600_000));
    assertThat(s.premi()).isEqualTo(rp(300_000));
    assertThat(s.pnbp()).isEqualTo(rp(90_000));
    assertThat(s.capital()).isEqualTo(rp(210_000));
    assertThat(s.netProfit()).isEqualTo(RupiahDelta.of(600_000));
    assertThat(s.isLoss()).isFalse();
    assertThat(s.policy()).isSameAs(p);
  }

  @Test
  void grossRevenueBaseSplitsTheWholeRevenue() {
    // Boat miniature 70 cm sold for Rp350.000, materials Rp120.000, policy 40/10/50 of gross:
    // 40 % of 350.000 = 140.000, 10 % = 35.000, 50 % = 175.000.
    ProceedsSplit s = policy(40, 10, 50, SplitBase.GROSS_REVENUE).split(rp(350_000), rp(120_000));
    assertThat(s.base()).isEqualTo(rp(350_000));
    assertThat(s.premi()).isEqualTo(rp(140_000));
    assertThat(s.pnbp()).isEqualTo(rp(35_000));
    assertThat(s.capital()).isEqualTo(rp(175_000));
  }

  @Test
  void grossRevenueBaseSplitsEvenAtALoss() {
    // Revenue 100.000 below cost 150.000; gross base 50/15/35: 50.000, 15.000, 35.000.
    ProceedsSplit s = policy(50, 15, 35, SplitBase.GROSS_REVENUE).split(rp(100_000), rp(150_000));
    assertThat(s.premi()).isEqualTo(rp(50_000));
    assertThat(s.pnbp()).isEqualTo(rp(15_000));
    assertThat(s.capital()).isEqualTo(rp(35_000));
    assertThat(s.netProfit()).isEqualTo(RupiahDelta.of(-50_000));
  }

  @Test
  void customThirtyTwentyFiftyPolicyUsesLargestRemainder() {
    // Terrace chair Rp1.200.000, materials Rp700.001: profit 499.999.
    // 30 % = 149.999,7   20 % = 99.999,8   50 % = 249.999,5
    // floors 149.999 + 99.999 + 249.999 = 499.997, 2 rupiah left:
    // largest remainders ,8 (PNBP) then ,7 (premi) -> 150.000, 100.000, 249.999.
    ProceedsSplit s = policy(30, 20, 50, SplitBase.NET_PROFIT).split(rp(1_200_000), rp(700_001));
    assertThat(s.base()).isEqualTo(rp(499_999));
    assertThat(s.premi()).isEqualTo(rp(150_000));
    assertThat(s.pnbp()).isEqualTo(rp(100_000));
    assertThat(s.capital()).isEqualTo(rp(249_999));
  }

  @Test
  void oddRupiahGoToTheLargestRemainderAndTiesToPremi() {
    SplitPolicy p = SplitPolicy.defaultFor(PAMEKASAN, JAN_2024);
    // Profit 1.001: 500,5 / 150,15 / 350,35 -> floors 500+150+350 = 1.000, 1 left to ,5 (premi).
    assertParts(p.split(rp(11_001), rp(10_000)), 501, 150, 350);
    // Profit 3: 1,5 / 0,45 / 1,05 -> floors 1+0+1 = 2, 1 left to ,5 (premi).
    assertParts(p.split(rp(3), rp(0)), 2, 0, 1);
    // Profit 1: ,5 / ,15 / ,35 -> premi.
    assertParts(p.split(rp(1), rp(0)), 1, 0, 0);
    // Profit 9: 4,5 / 1,35 / 3,15 -> floors 4+1+3 = 8, 1 left to ,5 (premi).
    assertParts(p.split(rp(9), rp(0)), 5, 1, 3);
    // Equal thirds of 100: 33,33.. each, floors 99, 1 left; equal remainders: the earlier (premi).
    Rate third = Rate.of(1, 3);
    SplitPolicy thirds =
        SplitPolicy.of(PAMEKASAN, JAN_2024, SplitBase.NET_PROFIT, third, third, third);
    assertParts(thirds.split(rp(100), rp(0)), 34, 33, 33);
  }

  @Test
  void noProfitMeansNoPremiNoPnbpAndNoCapitalShare() {
    SplitPolicy p = SplitPolicy.defaultFor(PAMEKASAN, JAN_2024);
    // Revenue 100.000, cost 120.000: a loss of 20.000, nothing split.
    ProceedsSplit loss = p.split(rp(100_000), rp(120_000));
    assertParts(loss, 0, 0, 0);
    assertThat(loss.base()).isEqualTo(rp(0));
    assertThat(loss.netProfit()).isEqualTo(RupiahDelta.of(-20_000));
    assertThat(loss.isLoss()).isTrue();
    // Break-even: nothing split, no loss.
    ProceedsSplit even = p.split(rp(50_000), rp(50_000));
    assertParts(even, 0, 0, 0);
    assertThat(even.isLoss()).isFalse();
    assertThat(even.netProfit()).isEqualTo(RupiahDelta.ZERO);
  }

  @Test
  void sharesMustSumToExactlyOneHundredPercent() {
    assertRefused(
        () -> policy(50, 15, 30, SplitBase.NET_PROFIT),
        InvalidValueException.class,
        "proceeds.policy.shares-sum");
    assertRefused(
        () -> policy(50, 15, 40, SplitBase.NET_PROFIT),
        InvalidValueException.class,
        "proceeds.policy.shares-sum");
    // One third three times is exactly one; 33 % three times is not.
    assertRefused(
        () -> policy(33, 33, 33, SplitBase.NET_PROFIT),
        InvalidValueException.class,
        "proceeds.policy.shares-sum");
  }

  @Test
  void effectiveUntilMustNotBeBeforeEffectiveFrom() {
    SplitPolicy p = SplitPolicy.defaultFor(PAMEKASAN, JAN_2024);
    assertRefused(
        () -> p.withEffectiveUntil(LocalDate.of(2023, 12, 31)),
        InvalidValueException.class,
        "value.date-order");
    SplitPolicy oneDay = p.withEffectiveUntil(JAN_2024);
    assertThat(oneDay.isEffectiveOn(JAN_2024)).isTrue();
    assertThat(oneDay.isEffectiveOn(JAN_2024.plusDays(1))).isFalse();
    assertThat(oneDay.period()).isEqualTo("2024-01-01..2024-01-01");
    assertThat(p.period()).isEqualTo("2024-01-01..");
    assertThat(p).isNotEqualTo(oneDay);
  }

  @Test
  void effectiveDatesIncludeBothEnds() {
    SplitPolicy p =
        SplitPolicy.defaultFor(PAMEKASAN, JAN_2024).withEffectiveUntil(LocalDate.of(2024, 12, 31));
    assertThat(p.isEffectiveOn(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(p.isEffectiveOn(JAN_2024)).isTrue();
    assertThat(p.isEffectiveOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(p.isEffectiveOn(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void facilityCodeMustBeACode() {
    assertRefused(
        () -> SplitPolicy.defaultFor(FacilityCode.of("lapas pamekasan"), JAN_2024),
        InvalidValueException.class,
        "value.malformed");
    assertRefused(
        () -> SplitPolicy.defaultFor(null, JAN_2024),
        MissingValueException.class,
        "value.required");
  }

  @Test
  void splitRefusesABuiltSplitThatDoesNotConserveTheBase() {
    SplitPolicy p = SplitPolicy.defaultFor(PAMEKASAN, JAN_2024);
    ProceedsSplit good = p.split(rp(1_000), rp(0));
    assertRefused(
        () -> ProceedsSplit.builder().from(good).premi(rp(499)).build(),
        InvalidValueException.class,
        "proceeds.allocation.inconsistent");
    assertRefused(
        () -> ProceedsSplit.builder().from(good).base(rp(999)).build(),
        InvalidValueException.class,
        "proceeds.allocation.inconsistent");
  }

  @Test
  void sharesWhoseCommonDenominatorOverflowsAreRefusedOnSplit() {
    // 1/(3 x 5^26) + ((5^26 - 4)/3)/(4 x 5^26) = 5^26/(12 x 5^26) = 1/12, capital 11/12: a valid
    // policy, but the least common denominator 12 x 5^26 does not fit in a long.
    long five26 = BigInteger.valueOf(5).pow(26).longValueExact();
    SplitPolicy p =
        SplitPolicy.of(
            PAMEKASAN,
            JAN_2024,
            SplitBase.NET_PROFIT,
            Rate.of(1, 3 * five26),
            Rate.of((five26 - 4) / 3, 4 * five26),
            Rate.of(11, 12));
    assertRefused(() -> p.split(rp(100), rp(0)), InvalidValueException.class, "money.overflow");
  }

  private static void assertParts(ProceedsSplit s, long premi, long pnbp, long capital) {
    assertThat(s.premi().amount()).as("premi").isEqualTo(premi);
    assertThat(s.pnbp().amount()).as("pnbp").isEqualTo(pnbp);
    assertThat(s.capital().amount()).as("capital").isEqualTo(capital);
    assertThat(premi + pnbp + capital).isEqualTo(s.base().amount());
  }
}
