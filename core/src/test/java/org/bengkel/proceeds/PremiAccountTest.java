package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.proceeds.Fixtures.ADI;
import static org.bengkel.proceeds.Fixtures.BUDI;
import static org.bengkel.proceeds.Fixtures.assertRefused;
import static org.bengkel.proceeds.Fixtures.rp;

import java.time.LocalDate;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

class PremiAccountTest {

  private static final LocalDate D1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate D2 = LocalDate.of(2024, 3, 15);
  private static final LocalDate RELEASE = LocalDate.of(2025, 8, 17);

  private static PremiAccount credited(long amount) {
    return accepted(PremiAccount.open(ADI).credit(D1, rp(amount), "SALE-1"));
  }

  private static PremiAccount accepted(PremiAccountResult r) {
    assertThat(r.isAccepted()).as("accepted: %s", r).isTrue();
    assertThat(r.refusal()).isEmpty();
    return r.account();
  }

  @Test
  void newAccountIsEmptyWithTheDefaultCapOfTwentyFivePercent() {
    PremiAccount a = PremiAccount.open(ADI);
    assertThat(a.spendingCap()).isEqualTo(Rate.percent(25)).isEqualTo(PremiAccount.DEFAULT_SPENDING_CAP);
    assertThat(a.balance()).isEqualTo(Rupiah.ZERO);
    assertThat(a.entries()).isEmpty();
    assertThat(a.isClosed()).isFalse();
    assertThat(a.closedOn()).isEmpty();
    assertThat(a.spendingAllowance()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void spendingExactlyTwentyFivePercentOfCreditsIsAccepted() {
    // Credited 1.000: 25 % = 250 may be spent.
    PremiAccount a = credited(1_000);
    assertThat(a.spendingAllowance()).isEqualTo(rp(250));
    PremiAccountResult r = a.spend(D2, rp(250), "KANTIN-1");
    PremiAccount after = accepted(r);
    assertThat(r.allowed()).isEqualTo(rp(250));
    assertThat(r.requested()).isEqualTo(rp(250));
    assertThat(after.totalSpent()).isEqualTo(rp(250));
    assertThat(after.balance()).isEqualTo(rp(750));
    assertThat(after.spendingAllowance()).isEqualTo(Rupiah.ZERO);
    assertThat(after.entries()).extracting(PremiEntry::kind)
        .containsExactly(PremiEntryKind.CREDIT, PremiEntryKind.SPEND);
  }

  @Test
  void spendingOneRupiahOverTheCapIsRefusedAndChangesNothing() {
    PremiAccount a = credited(1_000);
    PremiAccountResult r = a.spend(D2, rp(251), "KANTIN-1");
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.refusal()).contains(ProceedsRule.SPENDING_CAP);
    assertThat(r.allowed()).isEqualTo(rp(250));
    assertThat(r.account()).isSameAs(a);
    assertThat(a.entries()).hasSize(1);
    // After spending the whole 250 in two steps, one more rupiah is refused with nothing allowed.
    PremiAccount spent = accepted(accepted(a.spend(D2, rp(200), "K-1")).spend(D2, rp(50), "K-2"));
    PremiAccountResult one = spent.spend(D2, rp(1), "K-3");
    assertThat(one.refusal()).contains(ProceedsRule.SPENDING_CAP);
    assertThat(one.allowed()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void capIsCumulativeSpentAgainstCumulativeCreditedRoundedDown() {
    // Credited 1.001: 25 % = 250,25, so at most 250 in total.
    PremiAccount a = credited(1_001);
    assertThat(a.spendingAllowance()).isEqualTo(rp(250));
    assertThat(a.spend(D2, rp(251), "K").refusal()).contains(ProceedsRule.SPENDING_CAP);
    // Spend 250, credit 1.000 more: 25 % of 2.001 = 500,25 -> 500 - 250 = 250 more.
    PremiAccount b = accepted(accepted(a.spend(D2, rp(250), "K")).credit(D2, rp(1_000), "SALE-2"));
    assertThat(b.totalCredited()).isEqualTo(rp(2_001));
    assertThat(b.spendingAllowance()).isEqualTo(rp(250));
    assertThat(accepted(b.spend(D2, rp(250), "K")).spendingAllowance()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void overdrawIsRefusedAndChangesNothing() {
    PremiAccount a = credited(1_000);
    PremiAccountResult r = a.spend(D2, rp(1_001), "K");
    assertThat(r.refusal()).contains(ProceedsRule.OVERDRAW);
    assertThat(r.allowed()).isEqualTo(rp(250));
    assertThat(r.account()).isSameAs(a);
    // With a 100 % cap the balance is the limit.
    PremiAccount full = accepted(PremiAccount.open(ADI, Rate.ONE).credit(D1, rp(100), "S"));
    assertThat(full.spendingAllowance()).isEqualTo(rp(100));
    PremiAccountResult over = full.spend(D2, rp(101), "K");
    assertThat(over.refusal()).contains(ProceedsRule.OVERDRAW);
    assertThat(over.allowed()).isEqualTo(rp(100));
    assertThat(accepted(full.spend(D2, rp(100), "K")).balance()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void payoutOnReleasePaysTheWholeBalanceAndClosesTheAccount() {
    // Credited 1.000, spent 200: payout 800.
    PremiAccount a = accepted(credited(1_000).spend(D2, rp(200), "K"));
    PremiAccountResult r = a.payOut(RELEASE, "SK-BEBAS-17");
    PremiAccount closed = accepted(r);
    assertThat(r.requested()).isEqualTo(rp(800));
    assertThat(closed.paidOut()).isEqualTo(rp(800));
    assertThat(closed.balance()).isEqualTo(Rupiah.ZERO);
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed.closedOn()).contains(RELEASE);
    assertThat(closed.spendingAllowance()).isEqualTo(Rupiah.ZERO);
    assertThat(closed.entries()).hasSize(3);
  }

  @Test
  void closedAccountRefusesEveryFurtherOperation() {
    PremiAccount closed = accepted(credited(1_000).payOut(RELEASE, "SK"));
    PremiAccountResult credit = closed.credit(RELEASE, rp(10), "LATE-SALE");
    PremiAccountResult spend = closed.spend(RELEASE, rp(1), "K");
    PremiAccountResult payout = closed.payOut(RELEASE, "SK-2");
    for (PremiAccountResult r : new PremiAccountResult[] {credit, spend, payout}) {
      assertThat(r.refusal()).contains(ProceedsRule.ACCOUNT_CLOSED);
      assertThat(r.allowed()).isEqualTo(Rupiah.ZERO);
      assertThat(r.account()).isSameAs(closed);
    }
  }

  @Test
  void emptyAccountClosesWithAZeroPayout() {
    PremiAccount closed = accepted(PremiAccount.open(ADI).payOut(RELEASE, "SK"));
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed.paidOut()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void creditingAnAllocationShareNeedsTheSameTrainee() {
    PremiShare share = PremiShare.of(ADI, 480, rp(120_000));
    PremiAccount a = accepted(PremiAccount.open(ADI).credit(D1, share, "BATCH-KAYU-01"));
    assertThat(a.balance()).isEqualTo(rp(120_000));
    assertThat(a.entries().get(0).reference()).isEqualTo("BATCH-KAYU-01");
    assertThatThrownBy(() -> PremiAccount.open(BUDI).credit(D1, share, "BATCH-KAYU-01"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.ruleCode()).isEqualTo("proceeds.account.owner");
          assertThat(e.isPersonal()).isTrue();
        });
  }

  @Test
  void operationsMustBeDatedInOrderAndAboveZero() {
    PremiAccount a = accepted(credited(1_000).credit(D2, rp(1), "S"));
    assertRefused(() -> a.credit(D1, rp(1), "S"), InvalidValueException.class, "value.date-order");
    assertRefused(() -> a.spend(D1, rp(1), "K"), InvalidValueException.class, "value.date-order");
    assertRefused(() -> a.payOut(D1, "SK"), InvalidValueException.class, "value.date-order");
    assertRefused(() -> a.credit(D2, Rupiah.ZERO, "S"), InvalidValueException.class, "value.out-of-range");
    assertRefused(() -> a.spend(D2, Rupiah.ZERO, "K"), InvalidValueException.class, "value.out-of-range");
    assertRefused(() -> a.spend(D2, rp(1), " "), InvalidValueException.class, "value.blank");
  }

  @Test
  void spendingCapAboveOneHundredPercentIsRefused() {
    assertRefused(() -> PremiAccount.open(ADI, Rate.percent(101)),
        InvalidValueException.class, "proceeds.account.cap");
    assertThat(PremiAccount.open(ADI, Rate.percent(10)).spendingCap()).isEqualTo(Rate.percent(10));
  }

  @Test
  void builtHistoryMustKeepTheAccountRules() {
    PremiEntry credit = PremiEntry.of(D1, PremiEntryKind.CREDIT, rp(1_000), "S");
    assertRefused(() -> history(credit, PremiEntry.of(D2, PremiEntryKind.SPEND, rp(251), "K")),
        InvalidValueException.class, "proceeds.account.spending-cap");
    assertRefused(() -> history(credit, PremiEntry.of(D2, PremiEntryKind.SPEND, rp(1_001), "K")),
        InvalidValueException.class, "proceeds.account.overdraw");
    assertRefused(() -> history(PremiEntry.of(D1, PremiEntryKind.CREDIT, Rupiah.ZERO, "S")),
        InvalidValueException.class, "value.out-of-range");
    assertRefused(() -> history(credit, PremiEntry.of(D2, PremiEntryKind.SPEND, Rupiah.ZERO, "K")),
        InvalidValueException.class, "value.out-of-range");
    assertRefused(() -> history(PremiEntry.of(D2, PremiEntryKind.CREDIT, rp(1), "S"), credit),
        InvalidValueException.class, "value.date-order");
    assertRefused(() -> history(credit, PremiEntry.of(D2, PremiEntryKind.PAYOUT, rp(999), "SK")),
        InvalidValueException.class, "proceeds.account.history");
    PremiEntry payout = PremiEntry.of(D2, PremiEntryKind.PAYOUT, rp(1_000), "SK");
    assertRefused(() -> history(credit, payout, PremiEntry.of(RELEASE, PremiEntryKind.CREDIT, rp(5), "S")),
        InvalidValueException.class, "proceeds.account.history");
    assertThat(history(credit, payout).isClosed()).isTrue();
    assertRefused(() -> PremiEntry.of(D1, PremiEntryKind.CREDIT, rp(1), "x".repeat(101)),
        InvalidValueException.class, "value.too-long");
  }

  @Test
  void toStringShowsNoRegistrationNumber() {
    PremiAccount a = credited(1_000);
    PremiAccountResult r = a.spend(D2, rp(5_000), "K");
    for (Object o : new Object[] {a, r}) {
      assertThat(o.toString()).doesNotContain(ADI.value()).doesNotContain("B.I");
    }
  }

  @Test
  void creditsBeyondTheLargestAmountAreRefusedAsOverflow() {
    PremiAccount a = credited(Long.MAX_VALUE);
    assertRefused(() -> a.credit(D2, rp(1), "S"), InvalidValueException.class, "money.overflow");
  }

  @Test
  void workedExampleOfTheDocsHolds() {
    // docs/proceeds.md section 3, row by row.
    PremiAccount a = credited(1_000);
    assertThat(a.spend(D2, rp(251), "K").allowed()).isEqualTo(rp(250));
    a = accepted(a.spend(D2, rp(250), "K"));
    assertThat(a.balance()).isEqualTo(rp(750));
    assertThat(a.spend(D2, rp(1), "K").refusal()).contains(ProceedsRule.SPENDING_CAP);
    assertThat(a.spend(D2, rp(5_000), "K").refusal()).contains(ProceedsRule.OVERDRAW);
    a = accepted(a.credit(D2, rp(1_001), "S"));
    assertThat(a.balance()).isEqualTo(rp(1_751));
    assertThat(a.spendingAllowance()).isEqualTo(rp(250));
    PremiAccountResult payout = a.payOut(RELEASE, "SK");
    assertThat(payout.requested()).isEqualTo(rp(1_751));
    assertThat(payout.account().credit(RELEASE, rp(10), "S").refusal())
        .contains(ProceedsRule.ACCOUNT_CLOSED);
  }

  private static PremiAccount history(PremiEntry... entries) {
    return PremiAccount.builder().registrationNumber(ADI).addEntries(entries).build();
  }
}
