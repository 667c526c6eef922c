package org.bengkel.inventory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bengkel.error.IllegalTransitionException;
import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a {@link StockLedger} operation (<i>hasil mutasi</i>): accepted, with the new
 * ledger and the movements it appended, or refused, with the {@link Refusal} and the ledger
 * unchanged.
 *
 * <p>{@link #ledger()} is always the ledger to continue with: the new one when accepted, the very
 * same instance the operation was called on when refused. Operations are all or nothing: a
 * reservation across three lots either appends all three movements or none.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedgerResult {

  private final StockLedger ledger;
  private final List<Movement> movements;
  private final @Nullable Refusal refusal;

  private LedgerResult(StockLedger ledger, List<Movement> movements, @Nullable Refusal refusal) {
    this.ledger = ledger;
    this.movements = List.copyOf(movements);
    this.refusal = refusal;
  }

  static LedgerResult accepted(StockLedger ledger, List<Movement> movements) {
    return new LedgerResult(ledger, movements, null);
  }

  static LedgerResult refused(StockLedger unchanged, Refusal refusal) {
    return new LedgerResult(unchanged, List.of(), Checks.required(refusal, "refusal"));
  }

  /**
   * Whether the operation was carried out.
   *
   * @return true when accepted, false when refused
   */
  public boolean isAccepted() {
    return refusal == null;
  }

  /**
   * The ledger to continue with.
   *
   * @return the new ledger when accepted, the unchanged one when refused; never null
   */
  public StockLedger ledger() {
    return ledger;
  }

  /**
   * The movements the operation appended, in order.
   *
   * @return the movements, never null, empty when refused
   */
  public List<Movement> movements() {
    return movements;
  }

  /**
   * Why the operation was refused.
   *
   * @return the refusal, empty when accepted
   */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /**
   * The new ledger, for callers that treat a refusal as a broken contract (scripts, examples,
   * replays of a history that is known to be valid).
   *
   * @return the new ledger, never null
   * @throws IllegalTransitionException when refused, with the refusal's rule, its subject as
   *     {@code from}, the value asked as {@code to} and its details (so the rule's message reads
   *     as in {@link Refusal#message})
   */
  public StockLedger orElseThrow() {
    if (refusal != null) {
      Object[] details = refusal.details().toArray();
      throw IllegalTransitionException.of(
          refusal.rule(), refusal.subject(), refusal.value(), details);
    }
    return ledger;
  }

  @Override
  public String toString() {
    return refusal == null
        ? "LedgerResult{accepted, movements=" + movements + "}"
        : "LedgerResult{refused, " + refusal.code() + " " + refusal.subject() + "}";
  }
}
