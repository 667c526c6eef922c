package org.bengkel.sales;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.IllegalTransitionException;
import org.bengkel.inventory.StockLedger;
import org.immutables.value.Value;

/**
 * The answer of a {@link SalesOrder} transition (<i>hasil transaksi pesanan</i>): accepted, with
 * the order in its new state and the stock ledger after the stock movements the transition made;
 * or refused, with the reasons, the very same order and the very same ledger (nothing changed).
 *
 * <p>{@link #order()} and {@link #ledger()} are always the pair to continue with.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderResult {

  OrderResult() {}

  /**
   * The order to continue with: in its new state when accepted, the unchanged order when refused.
   *
   * @return the order, never null
   */
  @NotNull
  public abstract SalesOrder order();

  /**
   * The stock ledger to continue with: after the transition's movements when accepted, the very
   * same instance the transition was given when refused.
   *
   * @return the ledger, never null
   */
  @NotNull
  public abstract StockLedger ledger();

  /**
   * Why the transition was refused, one reason per line that could not be handled.
   *
   * @return the reasons, never null; empty when accepted
   */
  @NotNull
  public abstract List<@NotNull OrderRefusal> refusals();

  /**
   * The credit note a return produced.
   *
   * @return the credit note of an accepted return, empty otherwise
   */
  public abstract Optional<Invoice> creditNote();

  /**
   * Whether the transition was carried out.
   *
   * @return true when accepted
   */
  public boolean isAccepted() {
    return refusals().isEmpty();
  }

  /**
   * The rule codes of the refusals, in order.
   *
   * @return the codes, never null; empty when accepted
   */
  public List<String> ruleCodes() {
    return refusals().stream().map(OrderRefusal::ruleCode).toList();
  }

  /**
   * The new order, for callers that treat a refusal as a broken contract (scripts, examples).
   *
   * @return the order, never null
   * @throws IllegalTransitionException when refused, with the first refusal's rule, its subject as
   *     {@code from} and the value asked as {@code to}
   */
  public SalesOrder orderOrThrow() {
    if (!isAccepted()) {
      OrderRefusal r = refusals().get(0);
      throw IllegalTransitionException.of(r.rule(), r.subject(), r.value(), r.details().toArray());
    }
    return order();
  }

  static OrderResult accepted(SalesOrder order, StockLedger ledger) {
    return ImmutableOrderResult.builder().order(order).ledger(ledger).build();
  }

  static OrderResult returned(SalesOrder order, StockLedger ledger, Invoice creditNote) {
    return ImmutableOrderResult.builder().order(order).ledger(ledger).creditNote(creditNote).build();
  }

  static OrderResult refused(SalesOrder unchanged, StockLedger ledger, List<OrderRefusal> why) {
    return ImmutableOrderResult.builder().order(unchanged).ledger(ledger).refusals(why).build();
  }
}
