package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.proceeds.Fixtures.JAN_2024;
import static org.bengkel.proceeds.Fixtures.PAMEKASAN;
import static org.bengkel.proceeds.Fixtures.assertRefused;
import static org.bengkel.proceeds.Fixtures.pct;
import static org.bengkel.proceeds.Fixtures.rp;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

class SplitPoliciesTest {

  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

  private static final SplitPolicy Y2024 =
      SplitPolicy.defaultFor(PAMEKASAN, JAN_2024).withEffectiveUntil(END_2024);
  private static final SplitPolicy FROM_2025 =
      SplitPolicy.of(PAMEKASAN, JAN_2025, SplitBase.NET_PROFIT, pct(30), pct(20), pct(50));

  /** docs/proceeds.md, "History": the example's calls, line for line. */
  @Test
  void theHistoryExampleOfTheProceedsDocSplitsBy30To20To50From2025() {
    LocalDate saleDate = LocalDate.of(2025, 3, 1);
    FacilityCode pamekasan = FacilityCode.of("LAPAS-PAMEKASAN");
    SplitPolicies history =
        SplitPolicies.of(SplitPolicy.defaultFor(pamekasan, LocalDate.of(2024, 1, 1)))
            .supersede(
                SplitPolicy.of(
                    pamekasan,
                    LocalDate.of(2025, 1, 1),
                    SplitBase.NET_PROFIT,
                    Rate.percent(30),
                    Rate.percent(20),
                    Rate.percent(50)));
    ProceedsSplit split = history.split(saleDate, Rupiah.of(1_000_000), Rupiah.of(400_000));
    assertThat(List.of(split.premi(), split.pnbp(), split.capital()))
        .containsExactly(rp(180_000), rp(120_000), rp(300_000));
  }

  @Test
  void policyEffectiveOnADateIsChosen() {
    SplitPolicies h = SplitPolicies.of(PAMEKASAN, List.of(FROM_2025, Y2024));
    assertThat(h.policies()).containsExactly(Y2024, FROM_2025); // sorted by first day
    assertThat(h.policyOn(LocalDate.of(2023, 12, 31))).isEmpty();
    assertThat(h.policyOn(JAN_2024)).contains(Y2024);
    assertThat(h.policyOn(END_2024)).contains(Y2024);
    assertThat(h.policyOn(JAN_2025)).contains(FROM_2025);
    assertThat(h.policyOn(LocalDate.of(2030, 6, 1))).contains(FROM_2025);
    // Profit 100.000 on 31 Dec 2024 (50/15/35) and on 1 Jan 2025 (30/20/50).
    assertThat(h.split(END_2024, rp(150_000), rp(50_000)).premi()).isEqualTo(rp(50_000));
    assertThat(h.split(JAN_2025, rp(150_000), rp(50_000)).premi()).isEqualTo(rp(30_000));
  }

  @Test
  void noPolicyOnADateRefusesTheSplit() {
    SplitPolicies h = SplitPolicies.of(Y2024);
    assertRefused(
        () -> h.split(JAN_2025, rp(1), rp(0)), InvalidValueException.class, "proceeds.policy.none");
    assertRefused(
        () -> SplitPolicies.of(PAMEKASAN, List.of()).split(JAN_2024, rp(1), rp(0)),
        InvalidValueException.class,
        "proceeds.policy.none");
  }

  @Test
  void gapsBetweenPoliciesAreAllowed() {
    SplitPolicy from2026 =
        SplitPolicy.builder().from(FROM_2025).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    SplitPolicies h = SplitPolicies.of(Y2024).with(from2026);
    assertThat(h.policyOn(LocalDate.of(2025, 6, 1))).isEmpty();
    assertThat(h.policyOn(LocalDate.of(2026, 6, 1))).contains(from2026);
  }

  @Test
  void overlappingPoliciesAreRefused() {
    // Open-ended 2024 policy and one from 2025: they share every day from 2025.
    SplitPolicy open2024 = SplitPolicy.defaultFor(PAMEKASAN, JAN_2024);
    assertRefused(
        () -> SplitPolicies.of(PAMEKASAN, List.of(open2024, FROM_2025)),
        InvalidValueException.class,
        "proceeds.policy.overlap");
    // Sharing only the last day of 2024.
    SplitPolicy fromLastDay = SplitPolicy.defaultFor(PAMEKASAN, END_2024);
    assertRefused(
        () -> SplitPolicies.of(Y2024).with(fromLastDay),
        InvalidValueException.class,
        "proceeds.policy.overlap");
    // The same start date twice.
    assertRefused(
        () -> SplitPolicies.of(Y2024).with(Y2024),
        InvalidValueException.class,
        "proceeds.policy.overlap");
    // Adjacent days do not overlap.
    assertThat(SplitPolicies.of(Y2024).with(FROM_2025).policies()).hasSize(2);
  }

  @Test
  void policiesOfAnotherFacilityAreRefused() {
    SplitPolicy elsewhere = SplitPolicy.defaultFor(FacilityCode.of("LAPAS-SUMENEP"), JAN_2025);
    assertRefused(
        () -> SplitPolicies.of(Y2024).with(elsewhere),
        InvalidValueException.class,
        "proceeds.facility-mismatch");
  }

  @Test
  void supersedeEndsTheOpenLatestPolicyTheDayBefore() {
    SplitPolicies h =
        SplitPolicies.of(SplitPolicy.defaultFor(PAMEKASAN, JAN_2024)).supersede(FROM_2025);
    assertThat(h.policies()).hasSize(2);
    assertThat(h.policies().get(0).effectiveUntil()).contains(END_2024);
    assertThat(h.policyOn(END_2024).map(SplitPolicy::premiShare)).contains(pct(50));
    assertThat(h.policyOn(JAN_2025)).contains(FROM_2025);
    // Superseding with a policy that starts on the latest one's first day cannot end it in time.
    assertRefused(
        () -> SplitPolicies.of(SplitPolicy.defaultFor(PAMEKASAN, JAN_2025)).supersede(FROM_2025),
        InvalidValueException.class,
        "value.date-order");
    // An empty history simply takes the policy; a closed latest policy is left as it is.
    assertThat(SplitPolicies.of(PAMEKASAN, List.of()).supersede(FROM_2025).policies())
        .containsExactly(FROM_2025);
    assertThat(SplitPolicies.of(Y2024).supersede(FROM_2025).policies())
        .containsExactly(Y2024, FROM_2025);
  }
}
