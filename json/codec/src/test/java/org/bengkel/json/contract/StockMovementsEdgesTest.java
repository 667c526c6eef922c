package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.document.StockMovements;
import org.junit.jupiter.api.Test;

/**
 * A slice of a ledger's movements lists exactly the lots received in it: each way of listing a lot
 * wrongly, and equality field by field.
 */
class StockMovementsEdgesTest {

  // the whole ledger: the chairs' lot received first, then the cookies'
  private static final StockMovements ALL = StockMovements.of(InventorySamples.LEDGER, 0);
  private static final StockMovements AFTER_1 = StockMovements.of(InventorySamples.LEDGER, 1);

  @Test
  void theSliceListsTheLotsReceivedInIt() {
    assertThat(ALL.lots()).hasSize(2);
    assertThat(AFTER_1.lots()).hasSize(1);
    assertThat(ALL.lots()).contains(AFTER_1.lots().get(0));
  }

  @Test
  void anAfterOutsideTheLedgerNamesTheParameter() {
    // it was "Invalid value for 'sequence'", a name this method does not have
    long count = InventorySamples.LEDGER.movementCount();
    assertRefused(
        () -> StockMovements.of(InventorySamples.LEDGER, count + 1), "value.out-of-range", "after");
    assertRefused(
        () -> StockMovements.of(InventorySamples.LEDGER, -1), "value.out-of-range", "after");
  }

  @Test
  void aLotListedTwiceIsRefused() {
    StockLot cookies = AFTER_1.lots().get(0);
    assertRefused(
        () ->
            StockMovements.of(
                AFTER_1.facility(), 1, List.of(cookies, cookies), AFTER_1.movements()),
        "inventory.lot.already-released",
        "lots[1]");
  }

  @Test
  void aLotReceivedBeforeTheSliceIsNotListedInIt() {
    // the chairs' lot was received by movement 1; after it a chair is only sold
    StockLot chairs = chairs();
    assertThat(AFTER_1.movements())
        .anySatisfy(m -> assertThat(m.lotCode()).isEqualTo(chairs.lotCode()));
    assertRefused(
        () ->
            StockMovements.of(
                AFTER_1.facility(), 1, List.of(chairs, AFTER_1.lots().get(0)), AFTER_1.movements()),
        "inventory.lot.unknown",
        "lots[0]");
  }

  @Test
  void equalityTakesEveryField() {
    StockMovements same =
        StockMovements.of(
            AFTER_1.facility(),
            1,
            AFTER_1.previous().orElseThrow(),
            AFTER_1.lots(),
            AFTER_1.movements());
    assertThat(AFTER_1).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(ALL).isNotEqualTo("x");
    // without the movement they follow (a document written before it was carried)
    assertThat(StockMovements.of(AFTER_1.facility(), 1, AFTER_1.lots(), AFTER_1.movements()))
        .isNotEqualTo(AFTER_1);
    assertThat(ALL.previous()).isEmpty();
    // the same lots and movements after another count: every sequence number differs, so only an
    // empty slice can show "after" alone
    StockMovements none0 = StockMovements.of(AFTER_1.facility(), 0, List.of(), List.of());
    StockMovements none1 = StockMovements.of(AFTER_1.facility(), 1, List.of(), List.of());
    assertThat(none0).isNotEqualTo(none1);
    assertThat(none0.hashCode()).isNotEqualTo(none1.hashCode());
    StockMovements otherFacility =
        StockMovements.of(
            org.bengkel.facility.FacilityCode.of("LAPAS-LAIN"), 0, List.of(), List.of());
    assertThat(none0).isNotEqualTo(otherFacility);
    // the lots in another order; the movements without the last three (both receipts kept)
    List<StockLot> reversed = List.of(ALL.lots().get(1), ALL.lots().get(0));
    assertThat(ALL).isNotEqualTo(StockMovements.of(ALL.facility(), 0, reversed, ALL.movements()));
    assertThat(ALL)
        .isNotEqualTo(
            StockMovements.of(ALL.facility(), 0, ALL.lots(), ALL.movements().subList(0, 2)));
    assertThat(AFTER_1.toString())
        .isEqualTo(
            "StockMovements["
                + AFTER_1.facility()
                + " after 1, "
                + AFTER_1.movements().size()
                + "]");
  }

  private static StockLot chairs() {
    return ALL.lots().stream().filter(l -> !AFTER_1.lots().contains(l)).findFirst().orElseThrow();
  }

  private static void assertRefused(Runnable build, String code, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
