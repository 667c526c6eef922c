package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.inventory.StockLedger;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.document.OrderOutcome;
import org.bengkel.json.document.RefusalRecord;
import org.bengkel.json.document.StockMovements;
import org.bengkel.outcome.Outcome;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.InventoryGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The {@code stock-movements} document stores a ledger incrementally: read back and applied to the
 * ledger at its {@code after} sequence it gives the ledger it was taken from; and the {@code
 * order-outcome} document keeps a refusal's code and both messages.
 */
class TextStockMovementsTest {

  private static final JsonBinding JSON = TextJson.binding(BengkelJsonOptions.strict());

  /** A scenario's ledgers after each accepted operation, the empty ledger first. */
  private static final Gen<List<StockLedger>> HISTORIES =
      InventoryGen.scenarios()
          .map(
              scenario -> {
                List<StockLedger> ledgers = new ArrayList<>();
                StockLedger ledger = StockLedger.empty(InventoryGen.LEDGER);
                ledgers.add(ledger);
                for (InventoryGen.Operation op : scenario.operations()) {
                  Outcome<StockLedger> next = op.applyTo(ledger);
                  if (next.isAccepted()) {
                    ledger = next.orElseThrow();
                    ledgers.add(ledger);
                  }
                }
                return ledgers;
              });

  private static StockMovements roundTrip(StockMovements movements) {
    String json = JSON.write(Document.of(DocumentKinds.STOCK_MOVEMENTS, movements));
    return JSON.read(json, Document.class).payload(DocumentKinds.STOCK_MOVEMENTS);
  }

  @Test
  void movementsReadBackAndAppliedAtTheirSequenceGiveTheSameLedger() {
    Property.check(
        "stock-movements read back and applied to the ledger at 'after' give the ledger",
        HISTORIES,
        ledgers -> {
          StockLedger last = ledgers.get(ledgers.size() - 1);
          // every stored state as a starting point: the host's ledger at that sequence
          for (int k = 0; k < ledgers.size(); k += Math.max(1, ledgers.size() / 4)) {
            StockLedger stored = ledgers.get(k);
            StockMovements read = roundTrip(StockMovements.of(last, stored.movementCount()));
            assertThat(read.applyTo(stored)).isEqualTo(last);
          }
        });
  }

  @Test
  void aLedgerStoredOneOperationAtATimeReplaysToTheSameLedger() {
    Property.check(
        "a ledger stored as one stock-movements document per operation replays to the ledger",
        HISTORIES,
        ledgers -> {
          StockLedger replayed = ledgers.get(0);
          for (int k = 1; k < ledgers.size(); k++) {
            StockMovements step =
                roundTrip(StockMovements.of(ledgers.get(k), ledgers.get(k - 1).movementCount()));
            replayed = step.applyTo(replayed);
          }
          assertThat(replayed).isEqualTo(ledgers.get(ledgers.size() - 1));
        });
  }

  @Test
  void movementsAppliedToALedgerOfTheSameCountButAnotherHistoryAreRefused() {
    // the chairs received a minute later: one movement, as the document's ledger at sequence 1,
    // but another history. The movements after it replayed on top of it, a ledger neither side had.
    StockLedger other =
        StockLedger.empty(InventorySamples.LEDGER.facility())
            .receive(
                InventorySamples.CHAIRS,
                ContractStamps.at(InventorySamples.CHAIRS.receivedAt().plusMinutes(1)))
            .orElseThrow();
    StockMovements afterOne = roundTrip(StockMovements.of(InventorySamples.LEDGER, 1));
    assertThat(other.movementCount()).isEqualTo(afterOne.after());
    assertThatThrownBy(() -> afterOne.applyTo(other))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.document.mismatch");
              assertThat(e.field()).isEqualTo("previous");
            });
    // a document written without the movement it follows cannot tell: it is replayed as before
    StockMovements unchecked =
        StockMovements.of(
            afterOne.facility(), afterOne.after(), afterOne.lots(), afterOne.movements());
    assertThat(unchecked.applyTo(other).movementCount())
        .isEqualTo(InventorySamples.LEDGER.movementCount());
  }

  @Test
  void movementsAppliedToAnotherLedgerAreRefused() {
    StockLedger ledger = InventorySamples.LEDGER;
    StockMovements afterOne = StockMovements.of(ledger, 1);
    // the ledger at 0 movements is not the one the document continues (it follows sequence 1)
    assertThatThrownBy(() -> afterOne.applyTo(StockLedger.empty(ledger.facility())))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.document.mismatch");
              assertThat(e.field()).isEqualTo("after");
            });
    assertThatThrownBy(() -> afterOne.applyTo(StockLedger.empty(FacilityCode.of("RUTAN-BANGIL"))))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("facility"));
    // nothing after the last movement: the ledger itself
    assertThat(StockMovements.of(ledger, ledger.movementCount()).applyTo(ledger)).isSameAs(ledger);
  }

  @Test
  void movementsOutOfTurnOrWithoutTheirLotAreRefusedAtTheirPath() {
    String json = TextJson.compact(DocumentContract.golden("stock-movements-v1"));
    // the movements follow sequence 1: the movement they follow is number 1, the first number 2
    assertRefused(
        json.replace("\"after\":1", "\"after\":0"),
        "$.data.previous.sequence",
        "json.document.mismatch");
    int previous = json.indexOf(",\"previous\":");
    String withoutPrevious =
        json.substring(0, previous) + json.substring(json.indexOf(",\"lots\""));
    assertRefused(
        withoutPrevious.replace("\"after\":1", "\"after\":0"),
        "$.data.movements[0].sequence",
        "json.document.mismatch");
    // the cookies' receipt without the cookies' lot
    int lots = json.indexOf("\"lots\":[");
    int end = json.indexOf("],\"movements\"");
    assertRefused(
        json.substring(0, lots) + "\"lots\":[" + json.substring(end),
        "$.data.movements[0].lotCode",
        "inventory.lot.unknown");
    assertRefused(
        json.replace("\"after\":1", "\"after\":-1"), "$.data.after", "value.out-of-range");
  }

  private static void assertRefused(String json, String path, String code) {
    assertThatThrownBy(() -> JSON.read(json, Document.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).as(json).isEqualTo(code);
              assertThat(e.path()).isEqualTo(path);
            });
  }

  @Test
  void aRefusedOrderKeepsEachRefusalsCodeAndBothMessages() {
    OrderOutcome refused = DocumentSamples.REFUSED;
    assertThat(refused.isAccepted()).isFalse();
    RefusalRecord first = refused.refusals().get(0);
    assertThat(first.code()).isEqualTo("inventory.available.insufficient");
    assertThat(first.where()).contains("lines[0]");
    // 10 packs asked, 0 available in a ledger without stock
    assertThat(first.value()).contains("10");
    assertThat(first.details()).containsExactly("0");
    assertThat(first.message()).contains("[inventory.available.insufficient]");
    assertThat(first.indonesianMessage())
        .contains("[inventory.available.insufficient]")
        .isNotEqualTo(first.message());
    String json = JSON.write(Document.of(DocumentKinds.ORDER_OUTCOME, refused));
    assertThat(JSON.read(json, Document.class).payload()).isEqualTo(refused);
    assertThat(first.toString()).doesNotContain("10");

    OrderOutcome accepted = DocumentSamples.CONFIRMED;
    assertThat(accepted.isAccepted()).isTrue();
    assertThat(accepted.refusals()).isEmpty();
    assertThat(accepted.order()).contains(SalesSamples.CONFIRMED.order());
  }

  @Test
  void anOrderOutcomeHoldsTheOrderOrItsRefusals() {
    RefusalRecord refusal = DocumentSamples.REFUSED.refusals().get(0);
    assertThatThrownBy(() -> OrderOutcome.of(null, List.of()))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> OrderOutcome.of(SalesSamples.CONFIRMED.order(), List.of(refusal)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.document.outcome"));
    String accepted = TextJson.compact(DocumentContract.golden("order-outcome-accepted-v1"));
    String refused = TextJson.compact(DocumentContract.golden("order-outcome-v1"));
    String refusals = refused.substring(refused.indexOf("\"refusals\":"), refused.length() - 2);
    // an accepted order's refusals are written empty: give it one
    accepted = accepted.replace("\"refusals\":[]", refusals);
    assertRefused(accepted, "$.data.refusals", "json.document.outcome");
    assertRefused(
        "{\"kind\":\"order-outcome\",\"schemaVersion\":1,\"data\":{\"refusals\":[]}}",
        "$.data.order",
        "json.missing-property");
    assertThatThrownBy(() -> RefusalRecord.of("Not A Code", null, "x", null, List.of(), "m", "m"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("value.malformed"));
  }
}
