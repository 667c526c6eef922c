package org.bengkel.outcome;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of an operation that the domain may refuse (<i>hasil operasi</i>): accepted, with
 * the new state, or refused, with the reasons why.
 *
 * <p>Every operation of bengkel-core that a rule may refuse answers with an {@code Outcome}: the
 * stock ledger's movements, a sales order's transitions, a premi account's credits and spending,
 * a production batch's stages, a training register's enrolments. A refused operation changes
 * nothing: the object it was called on is immutable, so the caller continues with it.
 *
 * <pre>{@code
 * Outcome<StockLedger> sold = ledger.sell(sku, 12, at, reference);
 * if (sold.isAccepted()) {
 *   ledger = sold.orElseThrow();
 * } else {
 *   show(sold.refusals().get(0).message(locale));
 * }
 * }</pre>
 *
 * <p>The API is deliberately small: {@link #map}, {@link #flatMap}, {@link #orElse},
 * {@link #orElseThrow} and accessors. Immutable, and thread-safe when the value is.
 *
 * @param <T> the type of the new state
 */
public final class Outcome<T> {

  private final @Nullable T value;
  private final List<Refusal> refusals;

  private Outcome(@Nullable T value, List<Refusal> refusals) {
    this.value = value;
    this.refusals = refusals;
  }

  /**
   * An accepted operation.
   *
   * @param value the new state, not null
   * @param <T> its type
   * @return the outcome, never null
   * @throws MissingValueException if {@code value} is null
   */
  public static <T> Outcome<T> accepted(T value) {
    return new Outcome<>(Checks.required(value, "value"), List.of());
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
    Checks.required(more, "more");
    Refusal[] all = new Refusal[more.length + 1];
    all[0] = Checks.required(first, "first");
    System.arraycopy(more, 0, all, 1, more.length);
    return refused(List.of(all));
  }

  /**
   * A refused operation with several reasons, such as one per order line that could not be
   * served.
   *
   * @param reasons the reasons, not null, not empty, without null elements
   * @param <T> the type the operation would have produced
   * @return the outcome, never null
   * @throws MissingValueException if {@code reasons} is null, empty or holds null
   */
  public static <T> Outcome<T> refused(List<Refusal> reasons) {
    Checks.required(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw MissingValueException.of("reasons");
    }
    for (Refusal r : reasons) {
      Checks.required(r, "reasons");
    }
    return new Outcome<>(null, List.copyOf(reasons));
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
   * The new state, or {@code other} when refused: typically the object the operation was called
   * on, to continue with it unchanged.
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
    return value != null ? accepted(f.apply(value)) : new Outcome<>(null, refusals);
  }

  /**
   * Continues with a further operation on the new state; a refusal passes through unchanged.
   *
   * @param f the next operation, not null; must not return null
   * @param <U> the type it produces
   * @return its outcome, or this refusal, never null
   * @throws MissingValueException if {@code f} is null or returns null
   */
  public <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
    Checks.required(f, "f");
    return value != null ? Checks.required(f.apply(value), "outcome") : new Outcome<>(null, refusals);
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
    return Objects.equals(value, other.value) && refusals.equals(other.refusals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, refusals);
  }

  /** "accepted" with the state's own (redacted) text, or "refused" with the refusals. */
  @Override
  public String toString() {
    return value != null ? "Outcome{accepted " + value + "}" : "Outcome{refused " + refusals + "}";
  }
}
