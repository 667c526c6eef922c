package org.bengkel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.Nip;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.production.LotCode;
import org.junit.jupiter.api.Test;

/**
 * The edges of actors, stamps and trails that the audit tests did not reach: a system name at its
 * length limit, the officer/system distinction, equality and hashing, and a stamp moved exactly to
 * the first and last instant {@link Instant} can hold (issue 18, mutation testing).
 */
class AuditMutationEdgesTest {

  private static final Nip AGUS = Nip.of("198503122010121001");
  private static final Nip SITI = Nip.of("199001012015032002");
  private static final Instant NOON = Instant.parse("2026-10-12T05:00:00Z");

  @Test
  void aSystemNameMayHaveFortyCharactersButNotFortyOne() {
    String forty = "a".repeat(40);
    assertThat(Actor.system(forty).systemName()).contains(forty);
    // 41 characters match the pattern, so only the length limit refuses them
    assertThatThrownBy(() -> Actor.system(forty + "b"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("audit.actor.system-name"));
  }

  @Test
  void anOfficerHasNoSystemNameAndASystemActorIsNoOfficer() {
    Actor officer = Actor.officer(AGUS);
    Actor system = Actor.system("import");
    assertThat(officer.isOfficer()).isTrue();
    assertThat(system.isOfficer()).isFalse();
    assertThat(officer.systemName()).isEmpty();
    assertThat(system.nip()).isEmpty();
  }

  @Test
  void actorsCompareEqualAndHashByTheirText() {
    Actor agus = Actor.officer(AGUS);
    Actor siti = Actor.officer(SITI);
    Actor system = Actor.system("import");
    // "officer:1985..." < "officer:1990..." < "system:import" as strings
    assertThat(agus.compareTo(siti)).isNegative();
    assertThat(siti.compareTo(agus)).isPositive();
    assertThat(siti.compareTo(system)).isNegative();
    assertThat(agus.compareTo(Actor.parse("officer:198503122010121001"))).isZero();
    assertThat(agus).isEqualTo(Actor.officer(AGUS)).isNotEqualTo(siti).isNotEqualTo(system);
    assertThat((Object) agus).isNotEqualTo("officer:198503122010121001");
    assertThat(agus).hasSameHashCodeAs(Actor.officer(AGUS));
    // three different texts, three different String hashes
    assertThat(List.of(agus.hashCode(), siti.hashCode(), system.hashCode()))
        .doesNotHaveDuplicates();
  }

  @Test
  void stampsAreEqualOnlyWithTheSameActorInstantAndZone() {
    Stamp stamp = Stamp.of(Actor.officer(AGUS), NOON, TimeZoneName.WIB);
    assertThat(stamp)
        .isEqualTo(Stamp.of(Actor.officer(AGUS), NOON, TimeZoneName.WIB))
        .hasSameHashCodeAs(Stamp.of(Actor.officer(AGUS), NOON, TimeZoneName.WIB))
        .isNotEqualTo(stamp.by(Actor.officer(SITI)))
        .isNotEqualTo(stamp.plusMinutes(1))
        .isNotEqualTo(Stamp.of(Actor.officer(AGUS), NOON, TimeZoneName.WITA));
    assertThat((Object) stamp).isNotEqualTo(NOON);
    assertThat(List.of(stamp.hashCode(), stamp.plusMinutes(1).hashCode())).doesNotHaveDuplicates();
    assertThat(stamp).hasToString("officer:198503122010121001@2026-10-12T12:00 WIB");
  }

  @Test
  void aStampMayLandOnTheFirstAndLastSecondAnInstantHolds() {
    long max = Instant.MAX.getEpochSecond(); // 31,556,889,864,403,199
    long min = Instant.MIN.getEpochSecond(); // -31,557,014,167,219,200
    Stamp nearMax =
        Stamp.of(Actor.system("import"), Instant.ofEpochSecond(max - 60), TimeZoneName.WIB);
    Stamp nearMin =
        Stamp.of(Actor.system("import"), Instant.ofEpochSecond(min + 60), TimeZoneName.WIB);
    // (max - 60) + 1 minute x 60 s = max; (min + 60) - 60 s = min
    assertThat(nearMax.plusMinutes(1).at()).isEqualTo(Instant.ofEpochSecond(max));
    assertThat(nearMin.plusMinutes(-1).at()).isEqualTo(Instant.ofEpochSecond(min));
    // a minute further: max + 60 and min - 60 fit in a long but not in an Instant
    assertThatThrownBy(() -> nearMax.plusMinutes(2))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("value.date-overflow"));
    assertThatThrownBy(() -> nearMin.plusMinutes(-2))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("value.date-overflow"));
  }

  @Test
  void aTrailOfOneAggregateKeepsItsEventsAndSaysHowManyItHolds() {
    Sku kue = Sku.of("KUE-KERING-500G");
    LotCode lot = LotCode.of("KK-2610-01");
    Stamp received =
        Stamp.ofLocal(
            Actor.system("import"), LocalDateTime.of(2026, 10, 11, 16, 0), TimeZoneName.WIB);
    StockLot stockLot =
        StockLot.of(
            lot,
            kue,
            LocalDate.of(2026, 10, 10),
            LocalDate.of(2026, 12, 31),
            40,
            LocalDateTime.of(2026, 10, 11, 16, 0));
    List<DomainEvent> events =
        StockLedger.empty(FacilityCode.of("LAPAS-PAMEKASAN"))
            .receive(stockLot, received)
            .flatMap(l -> l.sell(kue, 12, received.plusHours(1)))
            .events()
            .stream()
            .map(DomainEvent.class::cast)
            .toList();
    AuditTrail trail = AuditTrail.of(events);
    String id = events.get(0).aggregateId();
    assertThat(trail.of(id).events()).hasSize(2).containsExactlyElementsOf(trail.events());
    assertThat(trail).hasToString("AuditTrail{events=2}");
    assertThat(trail.of("LAPAS-LAIN")).hasToString("AuditTrail{events=0}");
  }
}
