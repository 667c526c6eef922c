package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.proceeds.Fixtures.ADI;
import static org.bengkel.proceeds.Fixtures.BUDI;
import static org.bengkel.proceeds.Fixtures.assertRefused;
import static org.bengkel.proceeds.Fixtures.refusedBy;
import static org.bengkel.proceeds.Fixtures.rp;

import java.util.List;
import java.util.Locale;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
import org.junit.jupiter.api.Test;

class PremiAccountTest {

  private static final Stamp D1 = Stamps.on(2024, 3, 1);
  private static final Stamp D2 = Stamps.on(2024, 3, 15);
  private static final Stamp RELEASE = Stamps.on(2025, 8, 17);

  private static PremiAccount credited(long amount) {
    return accepted(PremiAccount.open(ADI).credit(D1, rp(amount), "SALE-1"));
  }

  private static PremiAccount accepted(Outcome<PremiAccount> r) {
    assertThat(r.isAccepted()).as("accepted: %s", r).isTrue();
    assertThat(r.refusals()).isEmpty();
    return r.orElseThrow();
  }

  @Test
  void newAccountIsEmptyWithTheDefaultCapOfTwentyFivePercent() {
    PremiAccount a = PremiAccount.open(ADI);
    assertThat(a.spendingCap())
        .isEqualTo(Rate.percent(25))
        .isEqualTo(PremiAccount.DEFAULT_SPENDING_CAP);
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
    PremiAccount after = accepted(a.spend(D2, rp(250), "KANTIN-1"));
    assertThat(after.totalSpent()).isEqualTo(rp(250));
    assertThat(after.balance()).isEqualTo(rp(750));
    assertThat(after.spendingAllowance()).isEqualTo(Rupiah.ZERO);
    assertThat(after.entries())
        .extracting(PremiEntry::kind)
        .containsExactly(PremiEntryKind.CREDIT, PremiEntryKind.SPEND);
  }

  @Test
  void spendingOneRupiahOverTheCapIsRefusedAndChangesNothing() {
    PremiAccount a = credited(1_000);
    Outcome<PremiAccount> r = a.spend(D2, rp(251), "KANTIN-1");
    Refusal refusal = refusedBy(r, ProceedsRule.SPENDING_CAP);
    assertThat(refusal.subject()).isEqualTo("amount");
    assertThat(refusal.value()).contains(rp(251).toString());
    assertThat(refusal.details()).containsExactly(rp(250).toString());
    assertThat(refusal.message(Locale.ROOT))
        .isEqualTo(
            "spending inside must not exceed the allowed share of credited premi (still allowed Rp250)"
                + " [proceeds.account.spending-cap]");
    assertThat(refusal.message(Locale.forLanguageTag("id"))).contains("masih boleh Rp250");
    assertThat(r.orElse(a)).isSameAs(a);
    assertThat(a.entries()).hasSize(1);
    assertThatThrownBy(r::orElseThrow)
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("proceeds.account.spending-cap"));
    // After spending the whole 250 in two steps, one more rupiah is refused with nothing allowed.
    PremiAccount spent = accepted(accepted(a.spend(D2, rp(200), "K-1")).spend(D2, rp(50), "K-2"));
    assertThat(refusedBy(spent.spend(D2, rp(1), "K-3"), ProceedsRule.SPENDING_CAP).details())
        .containsExactly(Rupiah.ZERO.toString());
  }

  @Test
  void capIsCumulativeSpentAgainstCumulativeCreditedRoundedDown() {
    // Credited 1.001: 25 % = 250,25, so at most 250 in total.
    PremiAccount a = credited(1_001);
    assertThat(a.spendingAllowance()).isEqualTo(rp(250));
    refusedBy(a.spend(D2, rp(251), "K"), ProceedsRule.SPENDING_CAP);
    // Spend 250, credit 1.000 more: 25 % of 2.001 = 500,25 -> 500 - 250 = 250 more.
    PremiAccount b = accepted(accepted(a.spend(D2, rp(250), "K")).credit(D2, rp(1_000), "SALE-2"));
    assertThat(b.totalCredited()).isEqualTo(rp(2_001));
    assertThat(b.spendingAllowance()).isEqualTo(rp(250));
    assertThat(accepted(b.spend(D2, rp(250), "K")).spendingAllowance()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void overdrawIsRefusedAndChangesNothing() {
    PremiAccount a = credited(1_000);
    Refusal r = refusedBy(a.spend(D2, rp(1_001), "K"), ProceedsRule.OVERDRAW);
    // still allowed, then the balance
    assertThat(r.details()).containsExactly(rp(250).toString(), rp(1_000).toString());
    assertThat(r.message(Locale.ROOT)).contains("(balance Rp1.000, still allowed Rp250)");
    // With a 100 % cap the balance is the limit.
    PremiAccount full = accepted(PremiAccount.open(ADI, Rate.ONE).credit(D1, rp(100), "S"));
    assertThat(full.spendingAllowance()).isEqualTo(rp(100));
    assertThat(refusedBy(full.spend(D2, rp(101), "K"), ProceedsRule.OVERDRAW).details().get(0))
        .isEqualTo(rp(100).toString());
    assertThat(accepted(full.spend(D2, rp(100), "K")).balance()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void payoutOnReleasePaysTheWholeBalanceAndClosesTheAccount() {
    // Credited 1.000, spent 200: payout 800.
    PremiAccount a = accepted(credited(1_000).spend(D2, rp(200), "K"));
    PremiAccount closed = accepted(a.payOut(RELEASE, "SK-BEBAS-17"));
    assertThat(closed.paidOut()).isEqualTo(rp(800));
    assertThat(closed.balance()).isEqualTo(Rupiah.ZERO);
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed.closedOn()).contains(RELEASE.localDate());
    assertThat(closed.spendingAllowance()).isEqualTo(Rupiah.ZERO);
    assertThat(closed.entries()).hasSize(3);
  }

  @Test
  void closedAccountRefusesEveryFurtherOperation() {
    PremiAccount closed = accepted(credited(1_000).payOut(RELEASE, "SK"));
    List<Outcome<PremiAccount>> outcomes =
        List.of(
            closed.credit(RELEASE, rp(10), "LATE-SALE"),
            closed.spend(RELEASE, rp(1), "K"),
            closed.payOut(RELEASE, "SK-2"));
    for (Outcome<PremiAccount> r : outcomes) {
      assertThat(refusedBy(r, ProceedsRule.ACCOUNT_CLOSED).details())
          .containsExactly(Rupiah.ZERO.toString());
      assertThat(r.orElse(closed)).isSameAs(closed);
    }
    assertThat(refusedBy(closed.payOut(RELEASE, "SK-2"), ProceedsRule.ACCOUNT_CLOSED).subject())
        .isEqualTo("payout");
    // Rp0 changes nothing, so it is accepted even here (docs/proceeds.md: credit every share).
    assertThat(accepted(closed.credit(RELEASE, Rupiah.ZERO, "LATE-SALE"))).isSameAs(closed);
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
    Refusal other =
        refusedBy(
            PremiAccount.open(BUDI).credit(D1, share, "BATCH-KAYU-01"), ProceedsRule.ACCOUNT_OWNER);
    assertThat(other.isPersonal()).isTrue();
    assertThat(other.value()).isEmpty();
    assertThat(other.message(Locale.ROOT)).doesNotContain(ADI.value()).doesNotContain(BUDI.value());
  }

  @Test
  void backdatedOperationsAreRefusedAndChangeNothing() {
    PremiAccount a = accepted(credited(1_000).credit(D2, rp(1), "S"));
    List<Outcome<PremiAccount>> backdated =
        List.of(a.credit(D1, rp(1), "S"), a.spend(D1, rp(1), "K"), a.payOut(D1, "SK"));
    for (Outcome<PremiAccount> r : backdated) {
      assertThat(r.codes()).containsExactly("value.date-order");
      Refusal refusal = r.refusals().get(0);
      // compared by instant: 15 March 2024 10:00 WIB is 03:00 UTC
      assertThat(refusal.subject()).isEqualTo("at");
      assertThat(refusal.value()).contains(D1.at().toString());
      assertThat(refusal.details()).containsExactly(D2.at().toString());
      assertThat(refusal.message(Locale.ROOT))
          .isEqualTo("must not be before 2024-03-15T03:00:00Z [value.date-order]")
          .doesNotContain(ADI.value());
      assertThat(r.orElse(a)).isSameAs(a);
      assertThatThrownBy(r::orElseThrow).isInstanceOf(RefusalException.class);
    }
    assertThat(a.entries()).hasSize(2);
  }

  @Test
  void aCreditsReferenceIdentifiesItSoTheSamePremiIsNeverPaidTwice() {
    PremiAccount a = credited(1_000);
    Outcome<PremiAccount> again = a.credit(D2, rp(1_000), "SALE-1");
    assertThat(again.codes()).containsExactly("value.duplicate");
    Refusal r = again.refusals().get(0);
    assertThat(r.subject()).isEqualTo("reference");
    assertThat(r.value()).contains("SALE-1");
    assertThat(again.events()).isEmpty();
    assertThat(again.orElse(a)).isSameAs(a);
    assertThat(a.totalCredited()).isEqualTo(rp(1_000));
    // the same through an allocation's share, and after other entries
    PremiAccount later = accepted(accepted(a.spend(D2, rp(100), "K")).credit(D2, rp(5), "SALE-2"));
    assertThat(later.credit(D2, PremiShare.of(ADI, 1, rp(7)), "SALE-2").codes())
        .containsExactly("value.duplicate");
    // a spending reference may repeat, and does not block a credit
    PremiAccount canteen = accepted(later.spend(D2, rp(10), "K"));
    assertThat(accepted(canteen.credit(D2, rp(1), "K")).totalCredited()).isEqualTo(rp(1_006));
    // Rp0 records nothing, so nothing is paid twice
    assertThat(accepted(a.credit(D2, Rupiah.ZERO, "SALE-1"))).isSameAs(a);
  }

  @Test
  void anAccountStoredWithACreditsReferenceTwiceIsReadAndReplayedAsStored() {
    // written before credit refused a repeated reference: still read, and replayed
    PremiEntry credit = PremiEntry.of(D1, PremiEntryKind.CREDIT, rp(1_000), "SALE-1");
    PremiAccount stored =
        history(credit, PremiEntry.of(D2, PremiEntryKind.CREDIT, rp(1), "SALE-1"));
    assertThat(stored.totalCredited()).isEqualTo(rp(1_001));
    assertThat(PremiAccount.replay(ADI, stored.spendingCap(), stored.events())).isEqualTo(stored);
    // credit still refuses that source again
    assertThat(stored.credit(D2, rp(5), "SALE-1").codes()).containsExactly("value.duplicate");
  }

  @Test
  void creditingRpZeroIsANoOpWhateverTheDate() {
    PremiAccount a = accepted(credited(1_000).credit(D2, rp(1), "S"));
    assertThat(accepted(a.credit(D1, Rupiah.ZERO, "S"))).isSameAs(a);
    assertThat(accepted(a.credit(D1, PremiShare.of(ADI, 0, Rupiah.ZERO), "S"))).isSameAs(a);
  }

  @Test
  void operationsMustBeAboveZeroWithAReference() {
    PremiAccount a = accepted(credited(1_000).credit(D2, rp(1), "S"));
    assertRefused(
        () -> a.spend(D2, Rupiah.ZERO, "K"), InvalidValueException.class, "value.out-of-range");
    assertRefused(() -> a.spend(D2, rp(1), " "), InvalidValueException.class, "value.blank");
  }

  @Test
  void creditingAZeroShareIsAcceptedAndRecordsNothing() {
    PremiAccount a = credited(1_000);
    Outcome<PremiAccount> zero = a.credit(D2, Rupiah.ZERO, "SALE-2");
    assertThat(zero.isAccepted()).isTrue();
    assertThat(zero.orElseThrow()).isSameAs(a);
    assertThat(a.entries()).hasSize(1);
    // A trainee with no minutes gets a Rp0 share; crediting it is the same no-op.
    PremiShare nothing = PremiShare.of(ADI, 0, Rupiah.ZERO);
    assertThat(a.credit(D2, nothing, "BATCH-2").orElseThrow()).isSameAs(a);
    // The reference and date are still checked: a bad call is a broken contract even for Rp0.
    assertRefused(() -> a.credit(D2, Rupiah.ZERO, " "), InvalidValueException.class, "value.blank");
  }

  @Test
  void spendingCapAboveOneHundredPercentIsRefused() {
    assertRefused(
        () -> PremiAccount.open(ADI, Rate.percent(101)),
        InvalidValueException.class,
        "proceeds.account.cap");
    assertThat(PremiAccount.open(ADI, Rate.percent(10)).spendingCap()).isEqualTo(Rate.percent(10));
  }

  @Test
  void builtHistoryMustKeepTheAccountRules() {
    PremiEntry credit = PremiEntry.of(D1, PremiEntryKind.CREDIT, rp(1_000), "S");
    assertRefused(
        () -> history(credit, PremiEntry.of(D2, PremiEntryKind.SPEND, rp(251), "K")),
        InvalidValueException.class,
        "proceeds.account.spending-cap");
    assertRefused(
        () -> history(credit, PremiEntry.of(D2, PremiEntryKind.SPEND, rp(1_001), "K")),
        InvalidValueException.class,
        "proceeds.account.overdraw");
    assertRefused(
        () -> history(PremiEntry.of(D1, PremiEntryKind.CREDIT, Rupiah.ZERO, "S")),
        InvalidValueException.class,
        "value.out-of-range");
    assertRefused(
        () -> history(credit, PremiEntry.of(D2, PremiEntryKind.SPEND, Rupiah.ZERO, "K")),
        InvalidValueException.class,
        "value.out-of-range");
    assertRefused(
        () -> history(PremiEntry.of(D2, PremiEntryKind.CREDIT, rp(1), "S"), credit),
        InvalidValueException.class,
        "value.date-order");
    assertRefused(
        () -> history(credit, PremiEntry.of(D2, PremiEntryKind.PAYOUT, rp(999), "SK")),
        InvalidValueException.class,
        "proceeds.account.history");
    PremiEntry payout = PremiEntry.of(D2, PremiEntryKind.PAYOUT, rp(1_000), "SK");
    assertRefused(
        () -> history(credit, payout, PremiEntry.of(RELEASE, PremiEntryKind.CREDIT, rp(5), "S")),
        InvalidValueException.class,
        "proceeds.account.history");
    assertThat(history(credit, payout).isClosed()).isTrue();
    assertRefused(
        () -> PremiEntry.of(D1, PremiEntryKind.CREDIT, rp(1), "x".repeat(101)),
        InvalidValueException.class,
        "value.too-long");
  }

  @Test
  void toStringShowsNoRegistrationNumber() {
    PremiAccount a = credited(1_000);
    Outcome<PremiAccount> r = a.spend(D2, rp(5_000), "K");
    for (Object o : new Object[] {a, r, a.credit(D2, PremiShare.of(BUDI, 1, rp(1)), "S")}) {
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
    assertThat(refusedBy(a.spend(D2, rp(251), "K"), ProceedsRule.SPENDING_CAP).details())
        .containsExactly(rp(250).toString());
    a = accepted(a.spend(D2, rp(250), "K"));
    assertThat(a.balance()).isEqualTo(rp(750));
    refusedBy(a.spend(D2, rp(1), "K"), ProceedsRule.SPENDING_CAP);
    refusedBy(a.spend(D2, rp(5_000), "K"), ProceedsRule.OVERDRAW);
    a = accepted(a.credit(D2, rp(1_001), "S"));
    assertThat(a.balance()).isEqualTo(rp(1_751));
    assertThat(a.spendingAllowance()).isEqualTo(rp(250));
    PremiAccount paid = accepted(a.payOut(RELEASE, "SK"));
    assertThat(paid.paidOut()).isEqualTo(rp(1_751));
    refusedBy(paid.credit(RELEASE, rp(10), "S"), ProceedsRule.ACCOUNT_CLOSED);
  }

  private static PremiAccount history(PremiEntry... entries) {
    return PremiAccount.builder().registrationNumber(ADI).addEntries(entries).build();
  }
}
