package org.bengkel.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.bengkel.error.Messages;
import org.bengkel.production.BatchStage;
import org.bengkel.production.ProductionRule;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesRule;
import org.junit.jupiter.api.Test;

/** A refusal names the statuses and stages it mentions as people read them, and keeps the codes. */
class RefusalDisplayNamesTest {

  @Test
  void aStageIsShownByItsNameInTheReadersLanguage() {
    Refusal r =
        Refusal.of(ProductionRule.STAGE_ORDER, BatchStage.RELEASED, BatchStage.IN_PRODUCTION);
    assertThat(r.message(Messages.INDONESIAN))
        .isEqualTo(
            "batch pada tahap dirilis tidak dapat berpindah ke tahap dalam produksi [production.stage.order]");
    assertThat(r.message(Locale.ROOT))
        .isEqualTo(
            "a batch in stage released cannot move to stage in production [production.stage.order]");
    // machines still get the codes
    assertThat(r.subject()).isEqualTo("RELEASED");
    assertThat(r.value()).contains("IN_PRODUCTION");
  }

  @Test
  void detailsAreNamedTooAndTheNamesSurviveALocation() {
    Refusal r =
        Refusal.of(
                SalesRule.ORDER_TRANSITION,
                "SO-1",
                OrderStatus.PAID,
                OrderStatus.CANCELLED,
                OrderStatus.PAID)
            .at("events[3]");
    assertThat(r.message(Messages.INDONESIAN)).contains("dari dibatalkan ke lunas");
    assertThat(r.details()).containsExactly("CANCELLED", "PAID");
    assertThat(r)
        .isEqualTo(
            Refusal.of(SalesRule.ORDER_TRANSITION, "SO-1", "PAID", "CANCELLED", "PAID")
                .at("events[3]"));
  }

  @Test
  void aWithheldValueStaysWithheldEvenWhenItHasAName() {
    Refusal r = Refusal.personal(ProductionRule.STAGE_ORDER, BatchStage.PLANNED);
    assertThat(r.message(Messages.INDONESIAN)).startsWith("batch pada tahap direncanakan");
  }
}
