package org.bengkel.audit;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.inventory.WriteOffReason;
import org.bengkel.outcome.Event;
import org.bengkel.outcome.Outcome;
import org.bengkel.production.LotCode;
import org.junit.jupiter.api.Test;

/** Actors, stamps and the audit trail's lines (docs/audit.md). */
class AuditTrailTest {

  static final Nip AGUS = Nip.of("198503122010121001");
  static final Officer AGUS_SALIM = Officer.of(AGUS, "Agus Salim");
  static final Sku KUE = Sku.of("KUE-KERING-500G");
  static final LotCode LOT = LotCode.of("KK-2610-01");

  @Test
  void anActorIsAnOfficerByNipOrANamedSystemAndReadsBack() {
    Actor officer = Actor.officer(AGUS);
    Actor system = Actor.system("import");
    assertThat(officer).hasToString("officer:198503122010121001");
    assertThat(system).hasToString("system:import");
    assertThat(Actor.parse(officer.toString())).isEqualTo(officer);
    assertThat(Actor.parse(system.toString())).isEqualTo(system);
    assertThat(officer.nip()).contains(AGUS);
    assertThat(system.systemName()).contains("import");
    assertThatThrownBy(() -> Actor.system("Import Job"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("audit.actor.system-name"));
    assertThatThrownBy(() -> Actor.parse("trainee:B.I-1/2024"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("audit.actor.format"));
  }

  @Test
  void aStampDerivesLocalTimeInTheFacilitysZone() {
    // 02:14 UTC is 09.14 WIB (UTC+7), 10.14 WITA (UTC+8), 11.14 WIT (UTC+9)
    Instant at = Instant.parse("2026-10-12T02:14:00Z");
    Actor who = Actor.officer(AGUS);
    assertThat(Stamp.of(who, at, TimeZoneName.WIB).localDateTime())
        .isEqualTo(LocalDateTime.of(2026, 10, 12, 9, 14));
    assertThat(Stamp.of(who, at, TimeZoneName.WITA).localDateTime())
        .isEqualTo(LocalDateTime.of(2026, 10, 12, 10, 14));
    assertThat(Stamp.of(who, at, TimeZoneName.WIT).localDateTime())
        .isEqualTo(LocalDateTime.of(2026, 10, 12, 11, 14));
    // 20:00 UTC is already the next day in Jayapura (05.00 WIT)
    assertThat(Stamp.of(who, Instant.parse("2026-10-12T20:00:00Z"), TimeZoneName.WIT).localDate())
        .isEqualTo(java.time.LocalDate.of(2026, 10, 13));
    assertThat(Stamp.ofLocal(who, LocalDateTime.of(2026, 10, 12, 9, 14), TimeZoneName.WIB).at())
        .isEqualTo(at);
  }

  @Test
  void theTrailReadsAsAnOfficerWouldInIndonesianAndEnglish() {
    Stamp received =
        Stamp.ofLocal(
            Actor.system("import"), LocalDateTime.of(2026, 10, 11, 16, 0), TimeZoneName.WIB);
    Stamp sold =
        Stamp.ofLocal(Actor.officer(AGUS), LocalDateTime.of(2026, 10, 12, 9, 14), TimeZoneName.WIB);
    StockLot lot =
        StockLot.of(
            LOT,
            KUE,
            java.time.LocalDate.of(2026, 10, 10),
            java.time.LocalDate.of(2026, 12, 31),
            40,
            LocalDateTime.of(2026, 10, 11, 16, 0));
    List<Event> events = new ArrayList<>();
    Outcome<StockLedger> r =
        StockLedger.empty(FacilityCode.of("LAPAS-PAMEKASAN"))
            .receive(lot, received)
            .flatMap(l -> l.sell(KUE, 12, sold));
    events.addAll(r.events());
    List<DomainEvent> domain = events.stream().map(DomainEvent.class::cast).toList();
    AuditTrail trail = AuditTrail.of(List.of(domain.get(1), domain.get(0))); // any order in
    assertThat(trail.events()).extracting(Event::version).containsExactly(1L, 2L);
    assertThat(
            trail.lines(Locale.forLanguageTag("id"), List.of(AGUS_SALIM), Disclosure.NO_TRAINEES))
        .containsExactly(
            "11 Okt 2026 16.00 WIB · sistem import · menerima 40 unit SKU KUE-KERING-500G sebagai lot KK-2610-01",
            "12 Okt 2026 09.14 WIB · Agus Salim (NIP 198503122010121001) · menjual 12 unit SKU"
                + " KUE-KERING-500G dari lot KK-2610-01");
    assertThat(trail.lines(Locale.ENGLISH, List.of(), Disclosure.NO_TRAINEES).get(1))
        .isEqualTo(
            "12 Oct 2026 09:14 WIB · NIP 198503122010121001 · sold 12 units of SKU"
                + " KUE-KERING-500G from lot KK-2610-01");
    assertThat(trail.of("LAPAS-LAIN").events()).isEmpty();
    // a fact that is one of core's displayable constants reads in the reader's language
    AuditTrail writtenOff =
        AuditTrail.of(
            r.flatMap(l -> l.writeOff(LOT, 1, WriteOffReason.DAMAGED, sold)).events().stream()
                .map(DomainEvent.class::cast)
                .toList());
    assertThat(writtenOff.lines(Locale.forLanguageTag("id"), List.of(), Disclosure.NO_TRAINEES))
        .last(as(InstanceOfAssertFactories.STRING))
        .endsWith("menghapus 1 unit lot KK-2610-01 (rusak)");
    assertThat(writtenOff.lines(Locale.ENGLISH, List.of(), Disclosure.NO_TRAINEES))
        .last(as(InstanceOfAssertFactories.STRING))
        .endsWith("wrote off 1 units of lot KK-2610-01 (damaged)");
  }

  @Test
  void aRefusedOperationYieldsNoEventAndKeepsTheVersion() {
    StockLedger empty = StockLedger.empty(FacilityCode.of("LAPAS-PAMEKASAN"));
    Outcome<StockLedger> r =
        empty.sell(
            KUE,
            1,
            Stamp.of(Actor.officer(AGUS), Instant.parse("2026-10-12T02:14:00Z"), TimeZoneName.WIB));
    assertThat(r.isRefused()).isTrue();
    assertThat(r.events()).isEmpty();
    assertThat(empty.version()).isZero();
  }
}
