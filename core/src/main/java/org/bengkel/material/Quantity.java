package org.bengkel.material;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;

/**
 * An exact quantity of a material (<i>jumlah bahan</i>): a whole, non-negative number of a {@link
 * MeasureUnit}, such as {@code 250 g} or {@code 2 lembar}.
 *
 * <p>Fractions of a unit are written in a smaller unit of the same base ({@code 500 g}, not half a
 * kilogram); no floating point is involved. {@link #toString()} writes the amount, a space and the
 * unit's symbol, and {@link #parse(CharSequence)} reads exactly that back.
 *
 * <p>Immutable and thread-safe; equality is by amount and unit ({@code 1 kg} is not equal to {@code
 * 1000 g}; compare {@link #baseAmount()} for that).
 */
public final class Quantity implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,18}) (\\S+)");

  private final long amount;
  private final MeasureUnit unit;

  private Quantity(long amount, MeasureUnit unit) {
    this.amount = amount;
    this.unit = unit;
  }

  /**
   * A quantity.
   *
   * @param amount zero or more, such that the amount in base units fits in a long
   * @param unit the unit, not null
   * @return the quantity, never null
   * @throws InvalidValueException {@code value.out-of-range} (field {@code quantity}) for a
   *     negative amount or one too large; {@code value.required} if {@code unit} is null
   */
  public static Quantity of(long amount, MeasureUnit unit) {
    Checks.required(unit, "unit");
    if (unit == null) {
      throw MissingValueException.of("quantity.unit");
    }
    long max = Long.MAX_VALUE / unit.factor();
    if (amount < 0 || amount > max) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "quantity", amount, 0, max);
    }
    return new Quantity(amount, unit);
  }

  /**
   * Reads the form written by {@link #toString()}, such as {@code 250 g} or {@code 3 pcs}.
   *
   * @param text the text, not null
   * @return the quantity, never null
   * @throws InvalidValueException {@code value.malformed} (field {@code quantity}) for any other
   *     form or an unknown symbol; {@code value.out-of-range} as {@link #of}
   * @throws org.bengkel.error.MissingValueException if {@code text} is null
   */
  public static Quantity parse(CharSequence text) {
    String s = Checks.required(text, "text").toString();
    Matcher m = FORM.matcher(s);
    MeasureUnit unit = m.matches() ? MeasureUnit.bySymbol(m.group(2)) : null;
    if (unit == null) {
      throw InvalidValueException.of(
          CoreRule.MALFORMED, "quantity", s, "a whole number, a space and a unit symbol");
    }
    long amount;
    try {
      amount = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) { // 19 digits above Long.MAX_VALUE
      throw InvalidValueException.of(
          CoreRule.MALFORMED, "quantity", s, "a whole number, a space and a unit symbol");
    }
    return of(amount, unit);
  }

  /**
   * The number of units.
   *
   * @return zero or more
   */
  public long amount() {
    return amount;
  }

  /**
   * The unit.
   *
   * @return the unit, never null
   */
  public MeasureUnit unit() {
    return unit;
  }

  /**
   * The amount in the unit's base unit: 2000 for {@code 2 kg}, 250 for {@code 250 g}.
   *
   * @return zero or more
   */
  public long baseAmount() {
    return amount * unit.factor();
  }

  /**
   * Whether this is zero.
   *
   * @return true for a zero amount
   */
  public boolean isZero() {
    return amount == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && q.amount == amount && q.unit == unit;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount) * 31 + unit.hashCode();
  }

  /**
   * The amount, a space and the unit's symbol, such as {@code 250 g}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return amount + " " + unit.symbol();
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through {@link #of(long,MeasureUnit)}, so no byte stream can build an invalid
   * value.
   *
   * @return the proxy, never null
   */
  private Object writeReplace() {
    return new SerializedForm(amount, unit);
  }

  /**
   * Refuses a stream that holds this class's own form rather than its proxy: such a stream was
   * crafted to skip the checks.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Quantity is read only through its serialized form");
  }

  /** The serialized form of a {@link Quantity}: its fields, checked again when read. */
  private static final class SerializedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long amount;
    private final MeasureUnit unit;

    SerializedForm(long amount, MeasureUnit unit) {
      this.amount = amount;
      this.unit = unit;
    }

    private Object readResolve() throws InvalidObjectException {
      return Checks.validOnRead(() -> of(amount, unit));
    }
  }
}
