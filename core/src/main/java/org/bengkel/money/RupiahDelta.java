package org.bengkel.money;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * A signed difference of Rupiah (<i>selisih</i>): a credit or debit, a margin that may be negative,
 * a change in a balance.
 *
 * <p>Kept apart from {@link Rupiah} so that a negative amount can only appear where a type says it
 * may. Arithmetic is exact and throws {@link InvalidValueException} with {@link MoneyRule#OVERFLOW}
 * instead of wrapping.
 *
 * <p>{@link #toString()} writes {@code Rp1.000}, {@code -Rp1.000} or {@code Rp0}; {@link
 * #parse(CharSequence)} reads exactly that back.
 *
 * <p>Immutable and thread-safe.
 */
public final class RupiahDelta implements Comparable<RupiahDelta>, Serializable {

  private static final long serialVersionUID = 1L;

  /** No difference. */
  public static final RupiahDelta ZERO = new RupiahDelta(0);

  private final long amount;

  private RupiahDelta(long amount) {
    this.amount = amount;
  }

  /**
   * A signed number of rupiah.
   *
   * @param amount the difference; {@link Long#MIN_VALUE} is refused so that every delta can be
   *     negated
   * @return the delta, never null
   * @throws InvalidValueException rule {@link MoneyRule#OVERFLOW} for {@link Long#MIN_VALUE}
   */
  public static RupiahDelta of(long amount) {
    if (amount == Long.MIN_VALUE) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, "amount", amount);
    }
    return amount == 0 ? ZERO : new RupiahDelta(amount);
  }

  /**
   * Reads the form written by {@link #toString()}.
   *
   * @param text {@code Rp...} or {@code -Rp...}, not null
   * @return the delta, never null
   * @throws InvalidValueException rule {@link MoneyRule#MALFORMED_AMOUNT} for other text, or for
   *     {@code -Rp0}
   * @throws org.bengkel.error.MissingValueException if {@code text} is null
   */
  public static RupiahDelta parse(CharSequence text) {
    Checks.required(text, "text");
    String s = text.toString();
    if (s.startsWith("-")) {
      Rupiah magnitude = Rupiah.parse(s.substring(1));
      if (magnitude.isZero()) {
        throw InvalidValueException.of(MoneyRule.MALFORMED_AMOUNT, "amount", s);
      }
      return of(-magnitude.amount());
    }
    return of(Rupiah.parse(s).amount());
  }

  /**
   * The signed number of rupiah.
   *
   * @return the amount
   */
  public long amount() {
    return amount;
  }

  /**
   * Whether the difference is below zero.
   *
   * @return true when negative
   */
  public boolean isNegative() {
    return amount < 0;
  }

  /**
   * The sum of two deltas.
   *
   * @param other the delta to add, not null
   * @return the sum, never null
   * @throws InvalidValueException rule {@link MoneyRule#OVERFLOW} if the sum overflows
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public RupiahDelta plus(RupiahDelta other) {
    Checks.required(other, "other");
    try {
      return of(Math.addExact(amount, other.amount));
    } catch (ArithmeticException e) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, "amount", this + " + " + other);
    }
  }

  /**
   * The delta with the opposite sign.
   *
   * @return the negation, never null
   */
  public RupiahDelta negate() {
    return of(-amount);
  }

  /**
   * The non-negative amount of this delta.
   *
   * @return the delta as an amount, never null
   * @throws InvalidValueException rule {@link MoneyRule#NEGATIVE} if the delta is negative
   */
  public Rupiah toRupiah() {
    if (amount < 0) {
      throw InvalidValueException.of(MoneyRule.NEGATIVE, "amount", this);
    }
    return Rupiah.of(amount);
  }

  @Override
  public int compareTo(RupiahDelta other) {
    return Long.compare(amount, other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RupiahDelta d && d.amount == amount;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount);
  }

  @Override
  public String toString() {
    return amount < 0
        ? "-Rp" + Rupiah.group(Long.toString(-amount))
        : "Rp" + Rupiah.group(Long.toString(amount));
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through {@link #of(long)}, so no byte stream can build an invalid value.
   *
   * @return the proxy, never null
   */
  private Object writeReplace() {
    return new SerializedForm(amount);
  }

  /**
   * Refuses a stream that holds this class's own form rather than its proxy: such a stream was
   * crafted to skip the checks.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("RupiahDelta is read only through its serialized form");
  }

  /** The serialized form of a {@link RupiahDelta}: its fields, checked again when read. */
  private static final class SerializedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long amount;

    SerializedForm(long amount) {
      this.amount = amount;
    }

    private Object readResolve() throws InvalidObjectException {
      return Checks.validOnRead(() -> of(amount));
    }
  }
}
