package org.bengkel.json.document;

import java.util.List;
import java.util.Optional;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.JsonRule;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.SalesOrder;
import org.jspecify.annotations.Nullable;

/**
 * The payload of the {@code order-outcome} document (<i>hasil pesanan</i>): what placing or moving
 * an order came to, either the accepted order in its new state or the refusals, each with its rule
 * code and its message in English and Indonesian ({@link RefusalRecord}). A host stores it as the
 * answer it gave, or sends it to the system that asked.
 *
 * <p>Immutable and thread-safe.
 */
public final class OrderOutcome {

  private final @Nullable SalesOrder order;
  private final List<RefusalRecord> refusals;

  private OrderOutcome(@Nullable SalesOrder order, List<RefusalRecord> refusals) {
    this.order = order;
    this.refusals = refusals;
  }

  /**
   * An accepted order.
   *
   * @param order the order in its new state, not null
   * @return the outcome, never null
   * @throws MissingValueException if {@code order} is null
   */
  public static OrderOutcome accepted(SalesOrder order) {
    return new OrderOutcome(MissingValueException.required(order, "order"), List.of());
  }

  /**
   * A refused order.
   *
   * @param refusals the refusals, at least one, not null, no null element
   * @return the outcome, never null
   * @throws MissingValueException if {@code refusals} is null or holds a null
   * @throws InvalidValueException rule {@code value.required} (field {@code refusals}) if {@code
   *     refusals} is empty
   */
  public static OrderOutcome refused(List<RefusalRecord> refusals) {
    MissingValueException.required(refusals, "refusals");
    if (refusals.isEmpty()) {
      // a list given empty, not a missing order (it was MissingValueException naming "order")
      throw InvalidValueException.of(CoreRule.REQUIRED, "refusals", null);
    }
    return of(null, refusals);
  }

  /**
   * The outcome of an order's transition, such as {@link SalesOrder#confirm}: its order when
   * accepted, else its refusals.
   *
   * @param outcome the transition's outcome, not null
   * @return the outcome, never null
   * @throws MissingValueException if {@code outcome} is null
   */
  public static OrderOutcome of(Outcome<OrderChange> outcome) {
    MissingValueException.required(outcome, "outcome");
    return outcome.isAccepted()
        ? accepted(outcome.orElseThrow().order())
        : ofRefusals(outcome.refusals());
  }

  /**
   * A refused order, from core's refusals.
   *
   * @param refusals the refusals, at least one, not null, no null element
   * @return the outcome, never null
   * @throws MissingValueException if {@code refusals} is null or holds a null
   * @throws InvalidValueException rule {@code value.required} (field {@code refusals}) if {@code
   *     refusals} is empty
   */
  public static OrderOutcome ofRefusals(List<Refusal> refusals) {
    MissingValueException.required(refusals, "refusals");
    return refused(refusals.stream().map(RefusalRecord::of).toList());
  }

  /**
   * An outcome from its parts, as read: either the order or at least one refusal.
   *
   * @param order the accepted order, null when refused
   * @param refusals the refusals, empty when accepted, not null, no null element
   * @return the outcome, never null
   * @throws MissingValueException naming {@code order} when there is neither
   * @throws InvalidValueException rule {@code json.document.outcome} (field {@code refusals}) when
   *     there are both
   */
  public static OrderOutcome of(@Nullable SalesOrder order, List<RefusalRecord> refusals) {
    List<RefusalRecord> all = List.copyOf(MissingValueException.required(refusals, "refusals"));
    if (order == null && all.isEmpty()) {
      throw MissingValueException.of("order");
    }
    if (order != null && !all.isEmpty()) {
      throw InvalidValueException.of(JsonRule.DOCUMENT_OUTCOME, "refusals", all.size());
    }
    return new OrderOutcome(order, all);
  }

  /**
   * Whether the order was accepted.
   *
   * @return true when {@link #order()} is present
   */
  public boolean isAccepted() {
    return order != null;
  }

  /**
   * The accepted order.
   *
   * @return the order in its new state, empty when refused
   */
  public Optional<SalesOrder> order() {
    return Optional.ofNullable(order);
  }

  /**
   * The refusals.
   *
   * @return an unmodifiable list, empty when accepted, never null
   */
  public List<RefusalRecord> refusals() {
    return refusals;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderOutcome r
        && java.util.Objects.equals(r.order, order)
        && r.refusals.equals(refusals);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(order, refusals);
  }

  @Override
  public String toString() {
    return order != null
        ? "OrderOutcome[accepted " + order.number() + "]"
        : "OrderOutcome[refused " + refusals + "]";
  }
}
