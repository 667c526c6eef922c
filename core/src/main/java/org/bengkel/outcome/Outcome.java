package org.bengkel.outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an operation that the domain may refuse (<i>hasil operasi</i>): accepted, with the
 * new state, or refused, with the reasons why.
 *
 * <p>Every operation of bengkel-core that a rule may refuse answers with an {@code Outcome}: the
 * stock ledger's movements, a sales order's transitions, a premi account's credits and spending, a
 * production batch's stages, a training register's enrolments. A refused operation changes nothing:
 * the object it was called on is immutable, so the caller continues with it.
 *
 * <pre>{@code
 * Outcome<StockLedger> sold = ledger.sell(sku, 12, at);          // at: the Stamp, who and when
 * if (sold.isAccepted()) {
 *   ledger = sold.orElseThrow();
 * } else {
 *   show(sold.refusals().get(0).message(locale));
 * }
 * }</pre>
 *
 * <p>An accepted outcome also carries the {@linkplain #events() events} the operation caused (a
 * sale's {@code StockSold}, an order's {@code OrderConfirmed}), each naming its aggregate, the
 * aggregate's new version, who acted and when; a refused outcome carries none.
 *
 * <p>The API is deliberately small: {@link #map}, {@link #flatMap}, {@link #orElse}, {@link
 * #orElseThrow} and accessors. Immutable, and thread-safe when the value is.
 *
 * @param <T> the type of the new state
 */
public final class Outcome<T> {

  private final @Nullable T value;
  private final List<Refusal> refusals;
  private final List<Event> events;

  private Outcome(@Nullable T value, List<Refusal> refusals, List<Event> events) {
    this.value = value;
    this.refusals = refusals;
    this.events = events;
  }

  /**
   * An accepted operation that caused no event, such as a derivation ({@code toStockLot}) or a step
   * of an operation whose caller adds the event.
   *
   * @param value the new state, not null
   * @param <T> its type
   * @return the outcome, never null
   * @throws MissingValueException if {@code value} is null
   */
  public static <T> Outcome<T> accepted(T value) {
    return new Outcome<>(Checks.required(value, "value"), List.of(), List.of());
  }

  /**
   * An accepted operation with the events it caused, in order.
   *
   * @param value the new state, not null
   * @param events the events, not null, without null elements; may be empty
   * @param <T> its type
   * @return the outcome, never null
   * @throws MissingValueException if an argument or an event is null
   */
  public static <T> Outcome<T> accepted(T value, List<? extends Event> events) {
    Checks.requiredElements(events, "events");
    return new Outcome<>(Checks.required(value, "value"), List.of(), List.copyOf(events));
  }

  /**
   * An accepted operation that caused one event.
   *
   * @param value the new state, not null
   * @param event the event, not null
   * @param <T> its type
   * @return the outcome, never null
   * @throws MissingValueException if an argument is null
   */
  public static <T> Outcome<T> accepted(T value, Event event) {
    return accepted(value, List.of(Checks.required(event, "event")));
  }

  /**
   * A refused operation.
   *
   * @param first the first (often the only) reason, not null
   * @param more further reasons, not null
   * @param <T> the type the operation would have produced
   * @return the outcome, never null
   * @throws MissingValueException if a reason is null
   */
  public static <T> Outcome<T> refused(Refusal first, Refusal... more) {
    Checks.required(first, "first");
    Checks.requiredElements(java.util.Arrays.asList(Checks.required(more, "more")), "more");
    Refusal[] all = new Refusal[more.length + 1];
    all[0] = first;
    System.arraycopy(more, 0, all, 1, more.length);
    return refused(List.of(all));
  }

  /**
   * A refused operation with several reasons, such as one per order line that could not be served.
   *
   * @param reasons the reasons, not null, not empty, without null elements
   * @param <T> the type the operation would have produced
   * @return the outcome, never null
   * @throws MissingValueException if {@code reasons} is null or holds null
   * @throws InvalidValueException rule {@code value.required} if {@code reasons} is empty
   */
  public static <T> Outcome<T> refused(List<Refusal> reasons) {
    Checks.required(reasons, "reasons");
    Checks.requireNotEmpty(reasons, "reasons");
    Checks.requiredElements(reasons, "reasons");
    return new Outcome<>(null, List.copyOf(reasons), List.of());
  }

  /**
   * Whether the operation was carried out.
   *
   * @return true when accepted
   */
  public boolean isAccepted() {
    return value != null;
  }

  /**
   * Whether the operation was refused.
   *
   * @return true when refused
   */
  public boolean isRefused() {
    return value == null;
  }

  /**
   * The new state.
   *
   * @return the state when accepted, empty when refused
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Why the operation was refused, in order.
   *
   * @return an unmodifiable list, never null; empty when accepted
   */
  public List<Refusal> refusals() {
    return refusals;
  }

  /**
   * The events the operation caused, in order: what a host appends to its event store. A refused
   * operation causes none.
   *
   * @return an unmodifiable list, never null; empty when refused
   */
  public List<Event> events() {
    return events;
  }

  /**
   * The events of one kind, such as a stock ledger's among those of a confirmed order.
   *
   * @param type the event type wanted, not null
   * @param <E> that type
   * @return an unmodifiable list in order, never null
   * @throws MissingValueException if {@code type} is null
   */
  public <E extends Event> List<E> events(Class<E> type) {
    Checks.required(type, "type");
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * The first reason why the operation was refused.
   *
   * @return the refusal, empty when accepted
   */
  public Optional<Refusal> refusal() {
    return refusals.isEmpty() ? Optional.empty() : Optional.of(refusals.get(0));
  }

  /**
   * The rule codes of the refusals, in order.
   *
   * @return an unmodifiable list, never null; empty when accepted
   */
  public List<String> codes() {
    return refusals.stream().map(Refusal::code).toList();
  }

  /**
   * The new state, or {@code other} when refused: typically the object the operation was called on,
   * to continue with it unchanged.
   *
   * @param other what to continue with when refused, not null
   * @return the new state or {@code other}, never null
   * @throws MissingValueException if {@code other} is null
   */
  public T orElse(T other) {
    Checks.required(other, "other");
    return value != null ? value : other;
  }

  /**
   * The new state, for callers that treat a refusal as a broken contract.
   *
   * @return the new state, never null
   * @throws RefusalException when refused, carrying every refusal
   */
  public T orElseThrow() {
    if (value == null) {
      throw new RefusalException(refusals);
    }
    return value;
  }

  /**
   * Transforms the new state; a refusal passes through unchanged.
   *
   * @param f the transformation, not null; must not return null
   * @param <U> the new type
   * @return the transformed outcome, never null
   * @throws MissingValueException if {@code f} is null or returns null
   */
  public <U> Outcome<U> map(Function<? super T, ? extends U> f) {
    Checks.required(f, "f");
    return value != null
        ? new Outcome<>(Checks.required(f.apply(value), "value"), List.of(), events)
        : new Outcome<>(null, refusals, List.of());
  }

  /**
   * Continues with a further operation on the new state; a refusal passes through unchanged. The
   * events of an accepted chain are this outcome's followed by the next one's; a refusal anywhere
   * carries none (all or nothing).
   *
   * @param f the next operation, not null; must not return null
   * @param <U> the type it produces
   * @return its outcome, or this refusal, never null
   * @throws MissingValueException if {@code f} is null or returns null
   */
  public <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
    Checks.required(f, "f");
    if (value == null) {
      return new Outcome<>(null, refusals, List.of());
    }
    Outcome<U> next = Checks.required(f.apply(value), "outcome");
    if (next.value == null || events.isEmpty()) {
      return next;
    }
    List<Event> all = new java.util.ArrayList<>(events);
    all.addAll(next.events);
    return new Outcome<>(next.value, List.of(), List.copyOf(all));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Outcome)) {
      return false;
    }
    Outcome<?> other = (Outcome<?>) o;
    return Objects.equals(value, other.value)
        && refusals.equals(other.refusals)
        && events.equals(other.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, refusals, events);
  }

  /** "accepted" with the state's own (redacted) text, or "refused" with the refusals. */
  @Override
  public String toString() {
    return value != null ? "Outcome{accepted " + value + "}" : "Outcome{refused " + refusals + "}";
  }
}
