package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.proceeds.Fixtures.ADI;
import static org.bengkel.proceeds.Fixtures.BUDI;
import static org.bengkel.proceeds.Fixtures.JAN_2024;
import static org.bengkel.proceeds.Fixtures.PAMEKASAN;
import static org.bengkel.proceeds.Fixtures.pct;
import static org.bengkel.proceeds.Fixtures.policy;
import static org.bengkel.proceeds.Fixtures.rp;

import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.bengkel.Stamps;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

/**
 * Edges that mutation testing (PIT, STRONGER group) found untested in {@code org.bengkel.proceeds}:
 * the details of refusals, each check of the events' constructors, checks of values built without
 * the operations, and boundaries (first share, a common denominator of exactly 63 bits).
 */
class ProceedsMutationEdgesTest {

  private static final Stamp OCT_1 = Stamps.at(2026, 10, 1, 9, 0);

  private static InvalidValueException thrown(Runnable call) {
    try {
      call.run();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("nothing thrown");
  }

  // ---- premi events -------------------------------------------------------------------------

  @Test
  void eachPremiEventChecksItsEntryKindVersionAndNulls() {
    PremiEntry credit = PremiEntry.of(OCT_1, PremiEntryKind.CREDIT, rp(1_000), "P");
    PremiEntry spend = PremiEntry.of(OCT_1, PremiEntryKind.SPEND, rp(100), "K");
    PremiEntry payout = PremiEntry.of(OCT_1, PremiEntryKind.PAYOUT, rp(900), "SK");
    // each record refuses an entry of another kind: the constructor's check is not skipped
    assertThat(thrown(() -> new PremiEvent.PremiCredited(ADI, 1, spend)).rule())
        .isEqualTo(AuditRule.EVENT_INCONSISTENT);
    assertThat(thrown(() -> new PremiEvent.PremiSpent(ADI, 1, payout)).rule())
        .isEqualTo(AuditRule.EVENT_INCONSISTENT);
    InvalidValueException paidOut = thrown(() -> new PremiEvent.PremiPaidOut(ADI, 1, credit));
    assertThat(paidOut.rule()).isEqualTo(AuditRule.EVENT_INCONSISTENT);
    assertThat(paidOut.field()).isEqualTo("entry.kind");
    // a null entry is bengkel's MissingValueException, not a NullPointerException from kind()
    assertThatThrownBy(() -> new PremiEvent.PremiCredited(ADI, 1, null))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).field())
        .isEqualTo("entry");
    assertThat(thrown(() -> new PremiEvent.PremiSpent(ADI, 0, spend)).rule())
        .isEqualTo(CoreRule.OUT_OF_RANGE);
  }

  @Test
  void premiEventsDescribeThemselvesWithoutTheRegistrationNumber() {
    Stamp at = OCT_1;
    String expectedStamp = at.toString();
    PremiEvent spent =
        new PremiEvent.PremiSpent(
            ADI, 2, PremiEntry.of(at, PremiEntryKind.SPEND, rp(1_500), "KANTIN"));
    PremiEvent paid =
        new PremiEvent.PremiPaidOut(
            ADI, 3, PremiEntry.of(at, PremiEntryKind.PAYOUT, rp(0), "SK-BEBAS"));
    PremiEvent credited =
        new PremiEvent.PremiCredited(
            ADI, 1, PremiEntry.of(at, PremiEntryKind.CREDIT, rp(2_000), "P"));
    assertThat(spent.toString())
        .isEqualTo("PremiSpent{version=2, stamp=" + expectedStamp + ", amount=Rp1.500}");
    assertThat(paid.toString())
        .isEqualTo("PremiPaidOut{version=3, stamp=" + expectedStamp + ", amount=Rp0}");
    assertThat(credited.toString())
        .isEqualTo("PremiCredited{version=1, stamp=" + expectedStamp + ", amount=Rp2.000}")
        .doesNotContain(ADI.value());
  }

  // ---- PNBP events and ledger ---------------------------------------------------------------

  @Test
  void eachPnbpEventChecksItsArguments() {
    PnbpEntry entry = PnbpEntry.of(OCT_1, "SO-1", rp(400_000));
    Year y = Year.of(2026);
    assertThatThrownBy(() -> new PnbpEvent.PnbpRecorded(null, y, 1, entry))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> new PnbpEvent.PnbpDeposited(PAMEKASAN, null, 1, entry))
        .isInstanceOf(MissingValueException.class);
    InvalidValueException v0 = thrown(() -> new PnbpEvent.PnbpRecorded(PAMEKASAN, y, 0, entry));
    assertThat(v0.rule()).isEqualTo(CoreRule.OUT_OF_RANGE);
    assertThat(v0.field()).isEqualTo("version");
  }

  @Test
  void aLedgerBuiltDirectlyRefusesEntriesOutsideItsYear() {
    // a record of 31 Dec 2025 in the ledger of 2026
    InvalidValueException early =
        thrown(
            () ->
                PnbpLedger.builder()
                    .facilityCode(PAMEKASAN)
                    .year(Year.of(2026))
                    .target(rp(1_000))
                    .addRecords(PnbpEntry.of(Stamps.on(2026, 3, 1), "SO-1", rp(10)))
                    .addRecords(PnbpEntry.of(Stamps.on(2025, 12, 31), "SO-0", rp(10)))
                    .build());
    assertThat(early.rule()).isEqualTo(ProceedsRule.OUTSIDE_YEAR);
    assertThat(early.field()).isEqualTo("records[1].date");
    // a record of 2027 is outside too (the check is !=, not <)
    assertThat(
            thrown(
                    () ->
                        PnbpLedger.builder()
                            .facilityCode(PAMEKASAN)
                            .year(Year.of(2026))
                            .target(rp(1_000))
                            .addRecords(PnbpEntry.of(Stamps.on(2027, 1, 1), "SO-9", rp(10)))
                            .build())
                .field())
        .isEqualTo("records[0].date");
    // a deposit may fall in the next year (a December sale deposited in January), not before
    PnbpLedger january =
        PnbpLedger.builder()
            .facilityCode(PAMEKASAN)
            .year(Year.of(2026))
            .target(rp(1_000))
            .addRecords(PnbpEntry.of(Stamps.on(2026, 12, 30), "SO-1", rp(10)))
            .addDeposits(PnbpEntry.of(Stamps.on(2027, 1, 5), "NTPN-1", rp(10)))
            .build();
    assertThat(january.deposits()).hasSize(1);
    InvalidValueException before =
        thrown(
            () ->
                PnbpLedger.builder()
                    .facilityCode(PAMEKASAN)
                    .year(Year.of(2026))
                    .target(rp(1_000))
                    .addRecords(PnbpEntry.of(Stamps.on(2026, 1, 2), "SO-1", rp(10)))
                    .addDeposits(PnbpEntry.of(Stamps.on(2026, 1, 3), "NTPN-1", rp(5)))
                    .addDeposits(PnbpEntry.of(Stamps.on(2025, 12, 31), "NTPN-0", rp(5)))
                    .build());
    assertThat(before.rule()).isEqualTo(ProceedsRule.OUTSIDE_YEAR);
    assertThat(before.field()).isEqualTo("deposits[1].date");
  }

  @Test
  void aPnbpEventOfAnotherVersionDoesNotReplay() {
    PnbpLedger empty = PnbpLedger.of(PAMEKASAN, Year.of(2026), rp(1_000_000));
    PnbpEvent recorded = empty.record(OCT_1, "SO-1", rp(400_000)).events(PnbpEvent.class).get(0);
    // the same entry as version 2: the operation is accepted but yields version 1, not this event
    PnbpEvent wrongVersion =
        new PnbpEvent.PnbpRecorded(PAMEKASAN, Year.of(2026), 2, recorded.entry());
    InvalidValueException e =
        thrown(
            () ->
                PnbpLedger.replay(PAMEKASAN, Year.of(2026), rp(1_000_000), List.of(wrongVersion)));
    assertThat(e.rule()).isEqualTo(AuditRule.EVENT_INCONSISTENT);
    assertThat(e.field()).isEqualTo("events[0]");
    // a deposit before any record is refused by the ledger (over-deposit), so it does not replay
    PnbpEvent deposit =
        new PnbpEvent.PnbpDeposited(
            PAMEKASAN, Year.of(2026), 1, PnbpEntry.of(OCT_1, "NTPN-1", rp(1)));
    assertThat(
            thrown(
                    () ->
                        PnbpLedger.replay(
                            PAMEKASAN, Year.of(2026), rp(1_000_000), List.of(deposit)))
                .field())
        .isEqualTo("events[0]");
  }

  // ---- premi account ------------------------------------------------------------------------

  @Test
  void anAccountBuiltDirectlyNamesWhatMayStillBeSpent() {
    // cap 25 % of Rp1.000 = Rp250; Rp200 spent; then Rp900 asked with a balance of 1.000 - 200
    // = Rp800: overdraw; allowed = min(800, 250 - 200) = Rp50, balance Rp800
    InvalidValueException overdraw =
        thrown(
            () ->
                PremiAccount.builder()
                    .registrationNumber(ADI)
                    .addEntries(PremiEntry.of(OCT_1, PremiEntryKind.CREDIT, rp(1_000), "P"))
                    .addEntries(PremiEntry.of(OCT_1, PremiEntryKind.SPEND, rp(200), "K1"))
                    .addEntries(PremiEntry.of(OCT_1, PremiEntryKind.SPEND, rp(900), "K2"))
                    .build());
    assertThat(overdraw.rule()).isEqualTo(ProceedsRule.OVERDRAW);
    assertThat(overdraw.field()).isEqualTo("entries[2]");
    assertThat(overdraw.details()).containsExactly("Rp50", "Rp800");
    // Rp200 spent, then Rp100 more: 300 > cap 250; room before it = 250 - 300 + 100 = Rp50
    InvalidValueException cap =
        thrown(
            () ->
                PremiAccount.builder()
                    .registrationNumber(ADI)
                    .addEntries(PremiEntry.of(OCT_1, PremiEntryKind.CREDIT, rp(1_000), "P"))
                    .addEntries(PremiEntry.of(OCT_1, PremiEntryKind.SPEND, rp(200), "K1"))
                    .addEntries(PremiEntry.of(OCT_1, PremiEntryKind.SPEND, rp(100), "K2"))
                    .build());
    assertThat(cap.rule()).isEqualTo(ProceedsRule.SPENDING_CAP);
    assertThat(cap.field()).isEqualTo("entries[2]");
    assertThat(cap.details()).containsExactly("Rp50");
  }

  @Test
  void spendingRupiahZeroIsRefusedAsTheArgumentNotAsAnEntry() {
    PremiAccount a = PremiAccount.open(ADI).credit(OCT_1, rp(1_000), "P").orElseThrow();
    InvalidValueException e = thrown(() -> a.spend(OCT_1.plusHours(1), rp(0), "K"));
    assertThat(e.rule()).isEqualTo(CoreRule.OUT_OF_RANGE);
    assertThat(e.field()).isEqualTo("amount");
  }

  // ---- premi allocation ---------------------------------------------------------------------

  @Test
  void allocationRefusalsSayWhichCheckRefused() {
    // an empty list is "[]", not "all zero"
    InvalidValueException empty =
        thrown(
            () -> PremiAllocation.allocate(rp(100), ContributionBasis.MINUTES_WORKED, List.of()));
    assertThat(empty.rule()).isEqualTo(ProceedsRule.NO_CONTRIBUTION);
    assertThat(empty.rejectedValue()).contains("[]");
    InvalidValueException emptyBuilt =
        thrown(
            () ->
                PremiAllocation.builder()
                    .pool(rp(100))
                    .basis(ContributionBasis.MINUTES_WORKED)
                    .build());
    assertThat(emptyBuilt.rule()).isEqualTo(ProceedsRule.NO_CONTRIBUTION);
    assertThat(emptyBuilt.rejectedValue()).contains("[]");
    // a null element is bengkel's MissingValueException before any sorting
    assertThatThrownBy(
            () ->
                PremiAllocation.allocate(
                    rp(100),
                    ContributionBasis.MINUTES_WORKED,
                    Arrays.asList(Contribution.of(ADI, 10), null)))
        .isInstanceOf(MissingValueException.class);
    // a trainee given twice is refused by allocate itself, naming the argument
    InvalidValueException twice =
        thrown(
            () ->
                PremiAllocation.allocate(
                    rp(100),
                    ContributionBasis.MINUTES_WORKED,
                    List.of(Contribution.of(ADI, 10), Contribution.of(ADI, 20))));
    assertThat(twice.rule()).isEqualTo(ProceedsRule.DUPLICATE_TRAINEE);
    assertThat(twice.field()).isEqualTo("contributions.registrationNumber");
    // shares of 60 and 60 from a pool of 100: the second is above what is left (100 - 60 = 40)
    InvalidValueException above =
        thrown(
            () ->
                PremiAllocation.builder()
                    .pool(rp(100))
                    .basis(ContributionBasis.MINUTES_WORKED)
                    .addShares(PremiShare.of(ADI, 1, rp(60)))
                    .addShares(PremiShare.of(BUDI, 1, rp(60)))
                    .build());
    assertThat(above.rule()).isEqualTo(ProceedsRule.ALLOCATION_INCONSISTENT);
    assertThat(above.rejectedValue()).contains("[1]");
  }

  @Test
  void theFirstTraineesShareIsFound() {
    // 100 over 1:3 → 25 and 75
    PremiAllocation a =
        PremiAllocation.allocate(
            rp(100),
            ContributionBasis.PIECES,
            List.of(Contribution.of(BUDI, 3), Contribution.of(ADI, 1)));
    assertThat(a.shareOf(ADI)).hasValueSatisfying(s -> assertThat(s.amount()).isEqualTo(rp(25)));
    assertThat(a.shareOf(BUDI)).hasValueSatisfying(s -> assertThat(s.amount()).isEqualTo(rp(75)));
  }

  // ---- split policies -----------------------------------------------------------------------

  @Test
  void overlapsIsFalseWhenEitherEndsBeforeTheOtherStarts() {
    SplitPolicy y2024 =
        policy(40, 50, 10, SplitBase.NET_PROFIT).withEffectiveUntil(LocalDate.of(2024, 12, 31));
    SplitPolicy from2025 =
        SplitPolicy.of(
            PAMEKASAN, LocalDate.of(2025, 1, 1), SplitBase.NET_PROFIT, pct(40), pct(50), pct(10));
    assertThat(from2025.overlaps(y2024)).isFalse();
    assertThat(y2024.overlaps(from2025)).isFalse();
    assertThat(from2025.overlaps(policy(40, 50, 10, SplitBase.NET_PROFIT))).isTrue();
  }

  @Test
  void supersedingKeepsAnEndedLatestPolicyAndRefusesTheFirstDay() {
    SplitPolicy y2024 =
        policy(40, 50, 10, SplitBase.NET_PROFIT).withEffectiveUntil(LocalDate.of(2024, 12, 31));
    SplitPolicy from2026 =
        SplitPolicy.of(
            PAMEKASAN, LocalDate.of(2026, 1, 1), SplitBase.NET_PROFIT, pct(30), pct(60), pct(10));
    SplitPolicies h = SplitPolicies.of(PAMEKASAN, List.of(y2024)).supersede(from2026);
    // the ended policy keeps its end (31 Dec 2024), not the day before the new one (31 Dec 2025)
    assertThat(h.policies().get(0).effectiveUntil()).contains(LocalDate.of(2024, 12, 31));
    assertThat(h.policies()).hasSize(2);
    SplitPolicies open =
        SplitPolicies.of(PAMEKASAN, List.of(policy(40, 50, 10, SplitBase.NET_PROFIT)));
    SplitPolicy fromMin =
        SplitPolicy.of(PAMEKASAN, LocalDate.MIN, SplitBase.NET_PROFIT, pct(30), pct(60), pct(10));
    InvalidValueException e = thrown(() -> open.supersede(fromMin));
    assertThat(e.rule()).isEqualTo(CoreRule.DATE_ORDER);
    assertThat(e.field()).isEqualTo("effectiveFrom");
  }

  @Test
  void aCommonDenominatorOfSixtyThreeBitsStillSplits() {
    // 2^62 has bit length 63, the most a long holds; weights 1 and 2^62 - 1 and 0
    long d = 1L << 62;
    SplitPolicy p =
        SplitPolicy.of(
            PAMEKASAN,
            JAN_2024,
            SplitBase.GROSS_REVENUE,
            Rate.of(1, d),
            Rate.of(d - 1, d),
            Rate.of(0, 1));
    ProceedsSplit s = p.split(rp(1_000), rp(0));
    // 1.000 × 1/2^62 rounds to 0; all of it to PNBP
    assertThat(s.premi()).isEqualTo(rp(0));
    assertThat(s.pnbp()).isEqualTo(rp(1_000));
    assertThat(s.capital()).isEqualTo(rp(0));
  }

  @Test
  void aSplitBuiltDirectlyWithTheWrongBaseIsRefused() {
    SplitPolicy p = policy(40, 50, 10, SplitBase.NET_PROFIT);
    // net profit of 1.000 - 400 = 600, but the base says 1.000 (and the parts sum to 1.000)
    InvalidValueException e =
        thrown(
            () ->
                ProceedsSplit.builder()
                    .policy(p)
                    .revenue(rp(1_000))
                    .materialCost(rp(400))
                    .base(rp(1_000))
                    .premi(rp(400))
                    .pnbp(rp(500))
                    .capital(rp(100))
                    .build());
    assertThat(e.rule()).isEqualTo(ProceedsRule.ALLOCATION_INCONSISTENT);
    assertThat(e.field()).isEqualTo("base");
  }
}
