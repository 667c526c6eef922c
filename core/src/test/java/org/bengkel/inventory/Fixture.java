package org.bengkel.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Sku;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.production.LotCode;

/** Hand-built test data: kue kering lots with expiry, boat miniatures without. */
final class Fixture {

  static final Sku KUE = Sku.of("KUE-KERING-500G");
  static final Sku PERAHU = Sku.of("MINIATUR-PERAHU-30");
  static final Sku JAHE = Sku.of("JAHE-INSTAN-30");

  /** 10 November 2026, 08:00: after every lot below was received. */
  static final Stamp T0 = Stamps.at(2026, 11, 10, 8, 0);

  private Fixture() {}

  static LotCode code(String c) {
    return LotCode.of(c);
  }

  static ReservationId rid(String c) {
    return ReservationId.of(c);
  }

  static StockLot food(String code, Sku sku, LocalDate produced, LocalDate expiry, long qty) {
    return StockLot.of(LotCode.of(code), sku, produced, expiry, qty, produced.atTime(16, 0));
  }

  static StockLot craft(String code, Sku sku, LocalDate produced, long qty) {
    return StockLot.of(LotCode.of(code), sku, produced, null, qty, produced.atTime(16, 0));
  }

  /** KK-C (exp 1 Dec, made 20 Sep, 5), KK-A (exp 1 Dec, made 1 Oct, 10), KK-B (exp 15 Dec, 20). */
  static final StockLot KK_A =
      food("KK-A", KUE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1), 10);

  static final StockLot KK_B =
      food("KK-B", KUE, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 15), 20);
  static final StockLot KK_C =
      food("KK-C", KUE, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 12, 1), 5);

  /** Boat miniatures, no expiry: P-2 (made 1 Jul, 3) is older than P-1 (made 1 Aug, 4). */
  static final StockLot P_1 = craft("P-1", PERAHU, LocalDate.of(2026, 8, 1), 4);

  static final StockLot P_2 = craft("P-2", PERAHU, LocalDate.of(2026, 7, 1), 3);

  /** A ledger holding KK-A, KK-B, KK-C, P-1 and P-2, received in production order. */
  static StockLedger stocked() {
    StockLedger l = StockLedger.empty(Stamps.FACILITY);
    for (StockLot lot : new StockLot[] {P_2, P_1, KK_C, KK_A, KK_B}) {
      l = accept(l.receive(lot, Stamps.at(lot.receivedAt())));
    }
    return l;
  }

  static StockLedger accept(Outcome<StockLedger> r) {
    assertThat(r.refusals()).as("refusals").isEmpty();
    assertThat(r.isAccepted()).isTrue();
    return r.orElseThrow();
  }

  /** The movements an accepted operation on {@code before} appended. */
  static List<Movement> appended(StockLedger before, Outcome<StockLedger> r) {
    return accept(r).movementsAfter(before.movementCount());
  }

  /**
   * Asserts a refusal with the code, and that continuing with the ledger asked leaves everything as
   * it was: the refused outcome has no ledger, {@code orElse} gives back the very same one.
   */
  static Refusal refused(StockLedger before, Outcome<StockLedger> r, InventoryRule rule) {
    long count = before.movementCount();
    List<SkuStock> stock = before.stock();
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.isRefused()).isTrue();
    assertThat(r.value()).isEmpty();
    assertThat(r.orElse(before)).isSameAs(before);
    assertThat(r.refusals()).hasSize(1);
    Refusal refusal = r.refusal().orElseThrow();
    assertThat(refusal.code()).isEqualTo(rule.code());
    assertThat(refusal.rule()).isEqualTo(rule);
    assertThat(refusal.isPersonal()).isFalse();
    assertThat(r.codes()).containsExactly(rule.code());
    assertThat(before.movementCount()).isEqualTo(count);
    assertThat(before.stock()).isEqualTo(stock);
    return refusal;
  }
}
