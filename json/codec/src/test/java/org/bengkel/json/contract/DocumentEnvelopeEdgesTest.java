package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bengkel.inventory.StockLedger;
import org.bengkel.json.Codec;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.OrderOutcome;
import org.bengkel.outcome.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Edges of the documents' envelope that the samples, built once in static initialisers, do not show
 * to a mutation test: the versions a kind admits, and an order's outcome built in the test.
 */
class DocumentEnvelopeEdgesTest {

  private static final Codec<String> TEXT = Codec.ofString(String.class, s -> s, s -> s);

  @Test
  void olderVersionsRunFromOneToBelowTheCurrentEachOnce() {
    DocumentKind<String> kind =
        DocumentKind.of("edge-kind", 3, TEXT).withOlderVersion(1, TEXT, s -> s);
    assertThat(kind.withOlderVersion(2, TEXT, s -> s).supportedVersions()).containsExactly(1, 2, 3);
    for (int refused : new int[] {0, -1, 1, 3, 4}) {
      assertThatThrownBy(() -> kind.withOlderVersion(refused, TEXT, s -> s))
          .as("version %d", refused)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(DocumentKind.of("edge-kind", 2, TEXT).withOlderVersion(1, TEXT, s -> s).supports(1))
        .isTrue();
  }

  @Test
  void aVersionIsSupportedOnlyAsTheNumberItIs() {
    DocumentKind<String> kind =
        DocumentKind.of("edge-kind", 3, TEXT).withOlderVersion(1, TEXT, s -> s);
    assertThat(kind.supports(1)).isTrue();
    assertThat(kind.supports(2)).isFalse();
    assertThat(kind.supports(3)).isTrue();
    assertThat(kind.supports(0)).isFalse();
    // 2^32 + 1 and 1 - 2^32 are 1 as an int: read as 1 they would pass for version 1
    assertThat(kind.supports((1L << 32) + 1)).isFalse();
    assertThat(kind.supports(1 - (1L << 32))).isFalse();
  }

  @Test
  void anOrdersOutcomeIsItsOrderOrItsRefusals() {
    OrderOutcome accepted = OrderOutcome.of(Outcome.accepted(SalesSamples.CONFIRMED));
    assertThat(accepted.isAccepted()).isTrue();
    assertThat(accepted.order()).contains(SalesSamples.CONFIRMED.order());
    assertThat(accepted.refusals()).isEmpty();
    assertThat(accepted.toString())
        .isEqualTo("OrderOutcome[accepted " + SalesSamples.CONFIRMED.order().number() + "]");

    OrderOutcome refused =
        OrderOutcome.of(
            SalesSamples.QUOTED.confirm(
                StockLedger.empty(ContractStamps.LEDGER), SalesSamples.QUOTED_AT.plusMinutes(30)));
    assertThat(refused.isAccepted()).isFalse();
    assertThat(refused.order()).isEmpty();
    assertThat(refused)
        .isEqualTo(DocumentSamples.REFUSED)
        .hasSameHashCodeAs(DocumentSamples.REFUSED);
    assertThat(refused.toString()).startsWith("OrderOutcome[refused [RefusalRecord[");

    assertThat(accepted).isEqualTo(DocumentSamples.CONFIRMED).isNotEqualTo(refused);
    assertThat(accepted.hashCode()).isNotEqualTo(refused.hashCode());
    // another order, no refusals either; the first refusal given twice, no order either
    assertThat(accepted).isNotEqualTo(OrderOutcome.of(DocumentSamples.WASH_ORDER, List.of()));
    List<org.bengkel.json.document.RefusalRecord> records = refused.refusals();
    assertThat(refused)
        .isNotEqualTo(OrderOutcome.of(null, List.of(records.get(0), records.get(0))));
  }
}
