package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.pricing.PricingFixtures.JAN_1;
import static org.bengkel.pricing.PricingFixtures.KUE;
import static org.bengkel.pricing.PricingFixtures.list;
import static org.bengkel.pricing.PricingFixtures.rp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bengkel.Stamps;
import org.bengkel.audit.AuditTrail;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.Stamp;
import org.bengkel.outcome.Outcome;
import org.junit.jupiter.api.Test;

/** Price-book changes as stamped, versioned operations with events (docs/audit.md). */
class PriceBookChangesTest {

  private static final Stamp AT = Stamps.at(2025, 12, 1, 9, 0);

  private static final PriceList GALLERY_2026 =
      list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
          .putListPrice(KUE, rp(90_000))
          .effectiveUntil(LocalDate.of(2026, 12, 31))
          .build();

  @Test
  void addingReplacingAndRetiringAListAreVersionedEventsThatReplay() {
    PriceBook empty = PriceBook.of(List.of());
    assertThat(empty.version()).isZero();
    Outcome<PriceBook> added = empty.addList(GALLERY_2026, AT);
    PriceBook one = added.orElseThrow();
    assertThat(one.version()).isEqualTo(1);
    assertThat(one.lists()).containsExactly(GALLERY_2026);

    PriceList dearer = PriceList.builder().from(GALLERY_2026).putListPrice(KUE, rp(92_500)).build();
    Outcome<PriceBook> replaced = one.replaceList(dearer, AT.plusDays(1));
    PriceBook two = replaced.orElseThrow();
    assertThat(two.listFor(Channel.GALLERY, JAN_1).orElseThrow().listPrices().get(KUE))
        .isEqualTo(rp(92_500));

    Outcome<PriceBook> retired =
        two.retireList("GAL-2026", LocalDate.of(2026, 6, 30), AT.plusDays(2));
    PriceBook three = retired.orElseThrow();
    assertThat(three.version()).isEqualTo(3);
    assertThat(three.listFor(Channel.GALLERY, LocalDate.of(2026, 7, 1))).isEmpty();
    assertThat(three.listFor(Channel.GALLERY, LocalDate.of(2026, 6, 30))).isPresent();

    List<PriceBookEvent> events =
        List.of(
            added.events(PriceBookEvent.class).get(0),
            replaced.events(PriceBookEvent.class).get(0),
            retired.events(PriceBookEvent.class).get(0));
    assertThat(events)
        .extracting(PriceBookEvent::type)
        .containsExactly(
            "pricing.price-list-added",
            "pricing.price-list-replaced",
            "pricing.price-list-retired");
    assertThat(events).extracting(PriceBookEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(PriceBook.replay(events)).isEqualTo(three);
    assertThat(AuditTrail.of(events).lines(Locale.ENGLISH, List.of(), Disclosure.NO_TRAINEES))
        .hasSize(3)
        .last()
        .asString()
        .endsWith("retired price list GAL-2026: in force until 2026-06-30");
  }

  @Test
  void aRefusedChangeYieldsNoEventAndKeepsTheVersion() {
    PriceBook one = PriceBook.of(List.of()).addList(GALLERY_2026, AT).orElseThrow();
    // the same id again
    assertRefused(one.addList(GALLERY_2026, AT), "value.duplicate");
    // another gallery list in force on the same days
    PriceList overlapping =
        list("GAL-B", Channel.GALLERY, PriceBasis.LIST_PRICE).putListPrice(KUE, rp(1)).build();
    assertRefused(one.addList(overlapping, AT), "pricing.list.overlap");
    assertRefused(one.replaceList(overlapping, AT), "pricing.list.unknown");
    assertRefused(one.retireList("GAL-X", JAN_1, AT), "pricing.list.unknown");
    // it already ends on 31 December 2026: retiring it later is no retirement
    assertRefused(
        one.retireList("GAL-2026", LocalDate.of(2027, 1, 1), AT), "pricing.list.retire-later");
    // before it starts
    assertRefused(one.retireList("GAL-2026", JAN_1.minusDays(1), AT), "value.date-order");
    assertThat(one.version()).isEqualTo(1);
  }

  private static void assertRefused(Outcome<PriceBook> outcome, String code) {
    assertThat(outcome.isRefused()).isTrue();
    assertThat(outcome.events()).isEmpty();
    assertThat(outcome.refusals().get(0).code()).isEqualTo(code);
  }
}
