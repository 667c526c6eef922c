package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.proceeds.Fixtures.ADI;
import static org.bengkel.proceeds.Fixtures.PAMEKASAN;
import static org.bengkel.proceeds.Fixtures.rp;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.bengkel.Stamps;
import org.bengkel.audit.AuditTrail;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.outcome.Outcome;
import org.junit.jupiter.api.Test;

/** Premi and PNBP events: versions, stamps, replay and the audit sentences (docs/audit.md). */
class ProceedsEventsTest {

  private static final Stamp OCT_1 = Stamps.at(2026, 10, 1, 9, 0);

  @Test
  void eachAcceptedPremiOperationYieldsOneEventOfTheNextVersion() {
    PremiAccount a = PremiAccount.open(ADI);
    assertThat(a.version()).isZero();
    Outcome<PremiAccount> credited = a.credit(OCT_1, rp(1_000), "PREMI-2026-09");
    PremiAccount b = credited.orElseThrow();
    assertThat(b.version()).isEqualTo(1);
    assertThat(credited.events())
        .singleElement()
        .isInstanceOfSatisfying(
            PremiEvent.PremiCredited.class,
            e -> {
              assertThat(e.version()).isEqualTo(1);
              assertThat(e.stamp()).isEqualTo(OCT_1);
              assertThat(e.aggregateId()).isEqualTo("B.I-101/2024");
              assertThat(e.type()).isEqualTo("proceeds.premi-credited");
              assertThat(e.toString()).doesNotContain("B.I-101/2024");
            });
    // Rp0 is accepted and changes nothing: no event, same version
    Outcome<PremiAccount> zero = b.credit(OCT_1.plusHours(1), rp(0), "PREMI-0");
    assertThat(zero.events()).isEmpty();
    assertThat(zero.orElseThrow()).isSameAs(b);
    // a refused spending (over the cap: 25 % of 1.000 = 250) yields no event
    Outcome<PremiAccount> over = b.spend(OCT_1.plusHours(2), rp(251), "KANTIN");
    assertThat(over.isRefused()).isTrue();
    assertThat(over.events()).isEmpty();
    PremiAccount c = b.spend(OCT_1.plusHours(2), rp(250), "KANTIN").orElseThrow();
    PremiAccount d = c.payOut(OCT_1.plusDays(30), "SK-BEBAS").orElseThrow();
    assertThat(d.version()).isEqualTo(3);
    assertThat(d.events())
        .extracting(PremiEvent::type)
        .containsExactly(
            "proceeds.premi-credited", "proceeds.premi-spent", "proceeds.premi-paid-out");
    assertThat(PremiAccount.replay(ADI, d.spendingCap(), d.events())).isEqualTo(d);
    assertThat(d.closedOn()).contains(OCT_1.plusDays(30).localDate());
  }

  @Test
  void aPremiOperationStampedBeforeTheLastEntryIsRefused() {
    PremiAccount a = PremiAccount.open(ADI).credit(OCT_1, rp(1_000), "P").orElseThrow();
    Outcome<PremiAccount> early = a.spend(OCT_1.plusMinutes(-1), rp(10), "K");
    assertThat(early.refusals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rule()).isEqualTo(CoreRule.DATE_ORDER);
              assertThat(r.subject()).isEqualTo("at");
            });
    assertThat(early.events()).isEmpty();
  }

  @Test
  void anEventThatDoesNotReplayIsRefusedByName() {
    PremiAccount a = PremiAccount.open(ADI).credit(OCT_1, rp(1_000), "P").orElseThrow();
    List<PremiEvent> events = a.events();
    // replayed on an account of another cap, the same event is still the same: but twice it is
    // out of version order
    assertThatThrownBy(
            () -> PremiAccount.replay(ADI, a.spendingCap(), List.of(events.get(0), events.get(0))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("events[1]");
  }

  @Test
  void thePremiSentenceNamesTheHolderOnlyUnderDisclosure() {
    PremiAccount a =
        PremiAccount.open(ADI).credit(OCT_1, rp(300_000), "PREMI-2026-09").orElseThrow();
    AuditTrail trail = AuditTrail.of(a.events());
    assertThat(trail.lines(Locale.forLanguageTag("id"), List.of(), Disclosure.NO_TRAINEES))
        .containsExactly(
            "1 Okt 2026 09.00 WIB · NIP 198503122010121001 · menyetor premi Rp300.000"
                + " (PREMI-2026-09) ke tabungan seorang warga binaan");
    assertThat(trail.lines(Locale.ENGLISH, List.of(), Disclosure.REGISTRATION_NUMBERS).get(0))
        .endsWith("credited Rp300.000 premi (PREMI-2026-09) to the account of B.I-101/2024");
  }

  @Test
  void pnbpRecordsAndDepositsAreEventsOfTheLedgerOfTheFacilityAndYear() {
    PnbpLedger empty = PnbpLedger.of(PAMEKASAN, Year.of(2026), rp(12_000_000));
    assertThat(empty.id()).isEqualTo("LAPAS-PAMEKASAN/2026");
    Outcome<PnbpLedger> recorded = empty.record(OCT_1, "SO-1", rp(400_000));
    PnbpLedger l = recorded.orElseThrow();
    Outcome<PnbpLedger> deposited = l.deposit(OCT_1.plusDays(2), rp(400_000), "NTPN-1");
    assertThat(deposited.orElseThrow().version()).isEqualTo(2);
    List<PnbpEvent> events =
        List.of(recorded.events(PnbpEvent.class).get(0), deposited.events(PnbpEvent.class).get(0));
    assertThat(events)
        .extracting(PnbpEvent::type, PnbpEvent::version, PnbpEvent::aggregateId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "proceeds.pnbp-recorded", 1L, "LAPAS-PAMEKASAN/2026"),
            org.assertj.core.groups.Tuple.tuple(
                "proceeds.pnbp-deposited", 2L, "LAPAS-PAMEKASAN/2026"));
    assertThat(PnbpLedger.replay(PAMEKASAN, Year.of(2026), rp(12_000_000), events))
        .isEqualTo(deposited.orElseThrow());
    // over-deposit refused: no event, version kept
    Outcome<PnbpLedger> over = l.deposit(OCT_1.plusDays(2), rp(400_001), "NTPN-2");
    assertThat(over.events()).isEmpty();
    assertThat(l.version()).isEqualTo(1);
    assertThat(AuditTrail.of(events).lines(Locale.ENGLISH, List.of(), Disclosure.NO_TRAINEES))
        .containsExactly(
            "1 Oct 2026 09:00 WIB · NIP 198503122010121001 · recorded PNBP of Rp400.000 (SO-1)"
                + " in ledger LAPAS-PAMEKASAN/2026",
            "3 Oct 2026 09:00 WIB · NIP 198503122010121001 · recorded a deposit of Rp400.000"
                + " PNBP to the state treasury (NTPN-1) in ledger LAPAS-PAMEKASAN/2026");
  }

  @Test
  void thePnbpYearIsJudgedOnTheStampsLocalDateInTheFacilitysZone() {
    PnbpLedger empty = PnbpLedger.of(PAMEKASAN, Year.of(2026), rp(1_000));
    // 1 January 2026 00:30 WIB is still 31 December 2025 17:30 UTC: in the year, in WIB
    Stamp newYear = Stamps.at(2026, 1, 1, 0, 30);
    assertThat(empty.record(newYear, "SO-1", rp(1)).isAccepted()).isTrue();
    assertThat(empty.record(newYear.plusHours(-1), "SO-0", rp(1)).isRefused()).isTrue();
  }
}
