package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.proceeds.Fixtures.PAMEKASAN;
import static org.bengkel.proceeds.Fixtures.assertRefused;
import static org.bengkel.proceeds.Fixtures.refusedBy;
import static org.bengkel.proceeds.Fixtures.rp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.bengkel.Stamps;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Refusal;
import org.junit.jupiter.api.Test;

class PnbpLedgerTest {

  private static final Year Y2024 = Year.of(2024);
  private static final PnbpLedger EMPTY = PnbpLedger.of(PAMEKASAN, Y2024, rp(12_000_000));

  @Test
  void achievementIsDepositedOverTargetShownWithTwoDecimals() {
    // Recorded 3.000.000 + 2.000.000 = 5.000.000; deposited 4.000.000; target 12.000.000.
    // Achievement 4/12 = 1/3 -> 33.33 %; recorded 5/12 = 41.666.. -> 41.67 %.
    PnbpLedger l =
        EMPTY
            .record(Stamps.on(2024, 3, 10), "SO-0001", rp(3_000_000))
            .orElseThrow()
            .record(Stamps.on(2024, 4, 2), "SO-0002", rp(2_000_000))
            .orElseThrow()
            .deposit(Stamps.on(2024, 4, 30), rp(4_000_000), "NTPN-0419A")
            .orElseThrow();
    assertThat(l.totalRecorded()).isEqualTo(rp(5_000_000));
    assertThat(l.totalDeposited()).isEqualTo(rp(4_000_000));
    assertThat(l.undeposited()).isEqualTo(rp(1_000_000));
    assertThat(l.achievement()).isEqualTo(Rate.of(1, 3));
    assertThat(l.achievementPercent()).isEqualTo(new BigDecimal("33.33"));
    assertThat(l.recordedAchievement()).isEqualTo(Rate.of(5, 12));
    assertThat(PnbpLedger.percent(l.recordedAchievement())).isEqualTo(new BigDecimal("41.67"));
    assertThat(l.records()).extracting(PnbpEntry::reference).containsExactly("SO-0001", "SO-0002");
    assertThat(l.deposits()).hasSize(1);
    assertThat(EMPTY.records()).isEmpty(); // unchanged
    assertThat(EMPTY.achievementPercent()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void aReferenceIdentifiesItsRecordOrDepositSoNothingCountsTwice() {
    PnbpLedger l =
        EMPTY
            .record(Stamps.on(2024, 3, 10), "SO-0001", rp(3_000_000))
            .orElseThrow()
            .deposit(Stamps.on(2024, 3, 31), rp(1_000_000), "NTPN-0419A")
            .orElseThrow();
    Refusal sale =
        refusedBy(l.record(Stamps.on(2024, 4, 1), "SO-0001", rp(3_000_000)), CoreRule.DUPLICATE);
    assertThat(sale.subject()).isEqualTo("reference");
    assertThat(sale.value()).contains("SO-0001");
    Refusal deposit =
        refusedBy(
            l.deposit(Stamps.on(2024, 4, 30), rp(1_000_000), "NTPN-0419A"), CoreRule.DUPLICATE);
    assertThat(deposit.value()).contains("NTPN-0419A");
    assertThat(l.totalRecorded()).isEqualTo(rp(3_000_000));
    assertThat(l.totalDeposited()).isEqualTo(rp(1_000_000));
    // records and deposits are counted apart: a deposit may cite the sale it pays in
    assertThat(l.deposit(Stamps.on(2024, 4, 30), rp(1), "SO-0001").isAccepted()).isTrue();
  }

  @Test
  void aLedgerStoredWithAReferenceTwiceIsReadAndReplayedAsStored() {
    // written before the operations refused a repeated reference: still read, and replayed
    PnbpEntry entry = PnbpEntry.of(Stamps.on(2024, 3, 10), "SO-0001", rp(1));
    PnbpLedger stored =
        PnbpLedger.builder().from(EMPTY).addRecords(entry, entry).addDeposits(entry, entry).build();
    assertThat(stored.totalRecorded()).isEqualTo(rp(2));
    assertThat(stored.totalDeposited()).isEqualTo(rp(2));
    List<PnbpEvent> events =
        List.of(
            new PnbpEvent.PnbpRecorded(PAMEKASAN, Y2024, 1, entry),
            new PnbpEvent.PnbpRecorded(PAMEKASAN, Y2024, 2, entry),
            new PnbpEvent.PnbpDeposited(PAMEKASAN, Y2024, 3, entry),
            new PnbpEvent.PnbpDeposited(PAMEKASAN, Y2024, 4, entry));
    assertThat(PnbpLedger.replay(PAMEKASAN, Y2024, rp(12_000_000), events)).isEqualTo(stored);
    // the operations still refuse the reference again
    assertThat(stored.record(entry.stamp(), "SO-0001", rp(1)).codes())
        .containsExactly("value.duplicate");
    assertThat(stored.deposit(entry.stamp(), rp(1), "SO-0001").codes())
        .containsExactly("value.duplicate");
  }

  @Test
  void percentRoundsHalfUpExactly() {
    assertThat(PnbpLedger.percent(Rate.of(2, 3))).isEqualTo(new BigDecimal("66.67"));
    assertThat(PnbpLedger.percent(Rate.of(1, 8))).isEqualTo(new BigDecimal("12.50"));
    // 1/80000 = 0.00125 % -> 0.00; 1/200 = 0.5 % -> 0.50; 3/2 -> 150.00 (above target).
    assertThat(PnbpLedger.percent(Rate.of(1, 80_000))).isEqualTo(new BigDecimal("0.00"));
    assertThat(PnbpLedger.percent(Rate.of(1, 200))).isEqualTo(new BigDecimal("0.50"));
    assertThat(PnbpLedger.percent(Rate.of(3, 2))).isEqualTo(new BigDecimal("150.00"));
    // 1/16000 = 0.00625 % rounds half up to 0.01.
    assertThat(PnbpLedger.percent(Rate.of(1, 16_000))).isEqualTo(new BigDecimal("0.01"));
  }

  @Test
  void depositCannotExceedRecordedButUndeposited() {
    PnbpLedger l =
        EMPTY
            .record(Stamps.on(2024, 3, 10), "SO-1", rp(1_000_000))
            .orElseThrow()
            .deposit(Stamps.on(2024, 3, 31), rp(600_000), "NTPN-1")
            .orElseThrow();
    Refusal over =
        refusedBy(
            l.deposit(Stamps.on(2024, 4, 30), rp(400_001), "NTPN-2"), ProceedsRule.OVER_DEPOSIT);
    assertThat(over.subject()).isEqualTo("amount");
    assertThat(over.details()).containsExactly(rp(400_000).toString());
    PnbpLedger full = l.deposit(Stamps.on(2024, 4, 30), rp(400_000), "NTPN-2").orElseThrow();
    assertThat(full.undeposited()).isEqualTo(Rupiah.ZERO);
    assertThat(l.totalDeposited()).isEqualTo(rp(600_000)); // unchanged
    refusedBy(EMPTY.deposit(Stamps.on(2024, 1, 5), rp(1), "NTPN"), ProceedsRule.OVER_DEPOSIT);
    assertRefused(
        () ->
            PnbpLedger.builder()
                .from(EMPTY)
                .addDeposits(PnbpEntry.of(Stamps.on(2024, 1, 5), "NTPN", rp(1)))
                .build(),
        InvalidValueException.class,
        "proceeds.pnbp.over-deposit");
  }

  @Test
  void entriesMustBelongToTheLedgerYear() {
    Refusal outside =
        refusedBy(EMPTY.record(Stamps.on(2025, 1, 1), "SO-1", rp(1)), ProceedsRule.OUTSIDE_YEAR);
    assertThat(outside.subject()).isEqualTo("date");
    assertThat(outside.details()).containsExactly("2024");
    PnbpLedger l = EMPTY.record(Stamps.on(2024, 12, 30), "SO-9", rp(500)).orElseThrow();
    // December's PNBP deposited in January of the next year is fine; before the year is not.
    assertThat(l.deposit(Stamps.on(2025, 1, 10), rp(500), "NTPN-9").orElseThrow().undeposited())
        .isEqualTo(Rupiah.ZERO);
    refusedBy(l.deposit(Stamps.on(2023, 12, 31), rp(500), "NTPN-9"), ProceedsRule.OUTSIDE_YEAR);
  }

  @Test
  void pnbpOfASplitIsRecordedAndNoProfitRecordsNothing() {
    SplitPolicy policy = SplitPolicy.defaultFor(PAMEKASAN, LocalDate.of(2024, 1, 1));
    // Profit 600.000 -> PNBP 15 % = 90.000.
    PnbpLedger l =
        EMPTY
            .record(Stamps.on(2024, 5, 1), "SO-7", policy.split(rp(1_000_000), rp(400_000)))
            .orElseThrow();
    assertThat(l.totalRecorded()).isEqualTo(rp(90_000));
    assertThat(l.record(Stamps.on(2024, 5, 2), "SO-8", policy.split(rp(1), rp(2))).orElseThrow())
        .isSameAs(l);
    SplitPolicy other =
        SplitPolicy.defaultFor(FacilityCode.of("LAPAS-SUMENEP"), LocalDate.of(2024, 1, 1));
    refusedBy(
        l.record(Stamps.on(2024, 5, 2), "SO-9", other.split(rp(100), rp(0))),
        ProceedsRule.FACILITY_MISMATCH);
  }

  @Test
  void recordsBeyondTheLargestAmountAreRefusedAsOverflow() {
    PnbpLedger l = EMPTY.record(Stamps.on(2024, 5, 1), "SO-1", rp(Long.MAX_VALUE)).orElseThrow();
    assertRefused(
        () -> l.record(Stamps.on(2024, 5, 1), "SO-2", rp(1)),
        InvalidValueException.class,
        "money.overflow");
  }

  @Test
  void targetMustBeAboveZeroAndAmountsPositive() {
    assertRefused(
        () -> PnbpLedger.of(PAMEKASAN, Y2024, Rupiah.ZERO),
        InvalidValueException.class,
        "value.out-of-range");
    assertRefused(
        () -> PnbpLedger.of(FacilityCode.of("x"), Y2024, rp(1)),
        InvalidValueException.class,
        "value.malformed");
    assertRefused(
        () -> EMPTY.record(Stamps.on(2024, 5, 1), "SO-1", Rupiah.ZERO),
        InvalidValueException.class,
        "value.out-of-range");
    assertRefused(
        () -> EMPTY.record(Stamps.on(2024, 5, 1), "", rp(1)),
        InvalidValueException.class,
        "value.blank");
  }
}
