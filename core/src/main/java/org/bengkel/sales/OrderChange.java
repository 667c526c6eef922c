package org.bengkel.sales;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.bengkel.inventory.StockLedger;
import org.immutables.value.Value;

/**
 * What an accepted {@link SalesOrder} transition produced (<i>hasil transaksi pesanan</i>): the
 * order in its new state, the stock ledger after the transition's stock movements and, for a
 * return, the credit note.
 *
 * <p>It is the value of the {@link org.bengkel.outcome.Outcome} a transition returns; a refused
 * transition has none, and the caller continues with the order and the ledger it had.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderChange {

  OrderChange() {}

  /**
   * The order in its new state.
   *
   * @return the order, never null
   */
  @NotNull
  public abstract SalesOrder order();

  /**
   * The stock ledger after the transition's movements (the very ledger given when the transition
   * moves no stock, such as {@link SalesOrder#pay}).
   *
   * @return the ledger, never null
   */
  @NotNull
  public abstract StockLedger ledger();

  /**
   * The credit note a return produced (<i>nota kredit</i>).
   *
   * @return the credit note of a return, empty for the other transitions
   */
  public abstract Optional<Invoice> creditNote();

  static OrderChange of(SalesOrder order, StockLedger ledger) {
    return ImmutableOrderChange.builder().order(order).ledger(ledger).build();
  }

  static OrderChange returned(SalesOrder order, StockLedger ledger, Invoice creditNote) {
    return ImmutableOrderChange.builder()
        .order(order)
        .ledger(ledger)
        .creditNote(creditNote)
        .build();
  }
}
