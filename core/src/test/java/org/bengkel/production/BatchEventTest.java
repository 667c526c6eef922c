package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.production.Fixtures.ANDI;
import static org.bengkel.production.Fixtures.DESK;
import static org.bengkel.production.Fixtures.KASI;
import static org.bengkel.production.Fixtures.NOV_2;
import static org.bengkel.production.Fixtures.PENGAWAS;
import static org.bengkel.production.Fixtures.at;
import static org.bengkel.production.Fixtures.stamp;
import static org.bengkel.production.Fixtures.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bengkel.audit.AuditTrail;
import org.bengkel.audit.Disclosure;
import org.bengkel.error.BengkelException;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.outcome.Outcome;
import org.junit.jupiter.api.Test;

/**
 * A batch's events (docs/audit.md): one per accepted operation with the next version, none for a
 * refusal; replay rebuilds the batch; the audit sentences withhold trainees unless disclosed.
 */
class BatchEventTest {

  @Test
  void eachAcceptedOperationYieldsOneEventAndReplayRebuildsTheBatch() {
    Outcome<ProductionBatch> story =
        ProductionBatch.plan(
                LotCode.of("KK-20261102-01"),
                Fixtures.kueKering(),
                40,
                NOV_2,
                stamp(KASI, at(NOV_2.minusDays(5), 9, 0)))
            .flatMap(b -> b.assignSupervisor(PENGAWAS, DESK))
            .flatMap(
                b ->
                    b.startProduction(
                        List.of(ANDI), Fixtures.register(), stamp(PENGAWAS, at(NOV_2, 7, 30))))
            .flatMap(
                b ->
                    b.recordWork(
                        work(ANDI, NOV_2, "08:00", "12:00"),
                        EnrolmentCheck.of(Fixtures.register()),
                        DESK))
            .flatMap(b -> b.recordPieces(ANDI, 12, DESK))
            .flatMap(b -> b.startPackaging(38, stamp(PENGAWAS, at(NOV_2, 15, 0))))
            .flatMap(b -> b.recordQualityCheck(36, 2, stamp(KASI, at(NOV_2, 16, 0))))
            .flatMap(b -> b.release(FoodSafetyPolicy.defaults(), stamp(KASI, at(NOV_2, 17, 0))));
    ProductionBatch released = story.orElseThrow();
    List<BatchEvent> events = story.events(BatchEvent.class);
    // plan, supervisor, start, work, pieces, packaging, check, release: 8 events, versions 1..8
    assertThat(events).hasSize(8).isEqualTo(story.events());
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).version()).isEqualTo(i + 1L);
      assertThat(events.get(i).aggregateId()).isEqualTo("KK-20261102-01");
    }
    assertThat(released.version()).isEqualTo(8);
    assertThat(ProductionBatch.replay(released.lotCode(), events)).isEqualTo(released);

    // a refused operation: no event, the version stays
    Outcome<ProductionBatch> again = released.reject("terlambat", stamp(KASI, at(NOV_2, 18, 0)));
    assertThat(again.isRefused()).isTrue();
    assertThat(again.events()).isEmpty();
    assertThat(released.version()).isEqualTo(8);

    // events out of order or of another batch do not replay
    List<BatchEvent> swapped = new ArrayList<>(events);
    swapped.set(1, events.get(2));
    swapped.set(2, events.get(1));
    assertThatThrownBy(() -> ProductionBatch.replay(released.lotCode(), swapped))
        .isInstanceOf(BengkelException.class)
        .hasMessageContaining("events[1]");
    assertThatThrownBy(() -> ProductionBatch.replay(LotCode.of("KK-20261102-02"), events))
        .hasMessageContaining("events[0]");

    // the audit sentences: the trainee only when registration numbers may be seen
    assertThat(line(events.get(3), Locale.ENGLISH, Disclosure.NO_TRAINEES))
        .isEqualTo(
            "30 Nov 2026 09:00 WIB · Slamet Riyadi (NIP 198503122010121001) · recorded the work of a"
                + " trainee on 2026-11-02 from 08:00 to 12:00 for batch KK-20261102-01");
    Locale id = Locale.forLanguageTag("id");
    assertThat(line(events.get(4), id, Disclosure.NO_TRAINEES))
        .endsWith("mencatat 12 buah hasil seorang warga binaan untuk batch KK-20261102-01");
    assertThat(line(events.get(4), id, Disclosure.REGISTRATION_NUMBERS))
        .endsWith(
            "mencatat 12 buah hasil warga binaan " + ANDI.value() + " untuk batch KK-20261102-01");
    assertThat(line(events.get(7), id, Disclosure.NO_TRAINEES))
        .endsWith("merilis batch KK-20261102-01 ke persediaan");
    for (BatchEvent e : events) {
      assertThat(line(e, Locale.ENGLISH, Disclosure.NO_TRAINEES)).doesNotContain(ANDI.value());
      assertThat(line(e, id, Disclosure.NO_TRAINEES)).doesNotContain(ANDI.value());
    }
    assertThat(events.get(2).toString()).doesNotContain(ANDI.value());
    assertThat(events.get(3).toString()).doesNotContain(ANDI.value());
  }

  private static String line(BatchEvent e, Locale locale, Disclosure disclosure) {
    return AuditTrail.of(List.of(e)).lines(locale, List.of(KASI), disclosure).get(0);
  }
}
