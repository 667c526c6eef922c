package org.bengkel.money;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * An amount of money in whole Indonesian Rupiah (<i>rupiah</i>), never negative.
 *
 * <p>The amount is a {@code long} number of rupiah (Indonesia has no sub-unit in use). Arithmetic
 * is exact: an addition or multiplication that would exceed {@link Long#MAX_VALUE} throws {@link
 * InvalidValueException} with rule {@link MoneyRule#OVERFLOW} instead of wrapping, and a
 * subtraction that would go below zero throws with rule {@link MoneyRule#NEGATIVE}. Signed
 * differences are expressed with {@link RupiahDelta}. Rounding to a price step (Rp100, Rp1.000) is
 * not a property of money but a pricing rule: see {@link RoundingStep}.
 *
 * <p>{@link #toString()} writes the Indonesian form {@code Rp1.250.000} (dots group thousands, no
 * space, no decimals) and {@link #parse(CharSequence)} reads exactly that form back.
 *
 * <p>Immutable and thread-safe; {@link #equals(Object)} compares amounts.
 */
public final class Rupiah implements Comparable<Rupiah>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PREFIX = "Rp";

  /** Zero rupiah. */
  public static final Rupiah ZERO = new Rupiah(0);

  private final long amount;

  private Rupiah(long amount) {
    this.amount = amount;
  }

  /**
   * An amount of whole rupiah.
   *
   * @param amount the number of rupiah, zero or more
   * @return the amount, never null
   * @throws InvalidValueException rule {@link MoneyRule#NEGATIVE} if {@code amount < 0}
   */
  public static Rupiah of(long amount) {
    if (amount < 0) {
      throw InvalidValueException.of(MoneyRule.NEGATIVE, "amount", amount);
    }
    return amount == 0 ? ZERO : new Rupiah(amount);
  }

  /**
   * Reads the form written by {@link #toString()}: {@code Rp} followed by the amount with a dot
   * between each group of three digits, for example {@code Rp0}, {@code Rp950}, {@code
   * Rp1.250.000}. Nothing else is accepted: no spaces, no leading zeros, no sign, no decimals.
   *
   * @param text the text, not null
   * @return the amount, never null
   * @throws InvalidValueException rule {@link MoneyRule#MALFORMED_AMOUNT} if the text is not of
   *     that form, or {@link MoneyRule#OVERFLOW} if the amount exceeds {@link Long#MAX_VALUE}
   * @throws org.bengkel.error.MissingValueException if {@code text} is null
   */
  public static Rupiah parse(CharSequence text) {
    String s = Checks.required(text, "text").toString();
    if (!s.startsWith(PREFIX) || s.length() == PREFIX.length()) {
      throw InvalidValueException.of(MoneyRule.MALFORMED_AMOUNT, "amount", s);
    }
    int digitsStart = PREFIX.length();
    int firstGroup = (s.length() - digitsStart) % 4;
    // Groups: a first group of 1-3 digits, then ".ddd" groups.
    int firstLength = firstGroup == 0 ? 4 : firstGroup;
    if (firstLength == 4) {
      throw InvalidValueException.of(MoneyRule.MALFORMED_AMOUNT, "amount", s);
    }
    StringBuilder digits = new StringBuilder(s.length());
    for (int i = digitsStart; i < s.length(); i++) {
      char c = s.charAt(i);
      int position = i - digitsStart - firstLength; // position within the dotted groups
      boolean dotPlace = position >= 0 && position % 4 == 0;
      if (dotPlace ? c != '.' : (c < '0' || c > '9')) {
        throw InvalidValueException.of(MoneyRule.MALFORMED_AMOUNT, "amount", s);
      }
      if (!dotPlace) {
        digits.append(c);
      }
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw InvalidValueException.of(MoneyRule.MALFORMED_AMOUNT, "amount", s);
    }
    // More than 19 digits never fits a long; refuse before BigInteger parses a megabyte of them.
    if (digits.length() > 19) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, "amount", s);
    }
    BigInteger value = new BigInteger(digits.toString());
    if (value.bitLength() > 63) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, "amount", s);
    }
    return of(value.longValue());
  }

  /**
   * The number of rupiah.
   *
   * @return zero or more
   */
  public long amount() {
    return amount;
  }

  /**
   * Whether this is zero rupiah.
   *
   * @return true for Rp0
   */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * The sum of this amount and another.
   *
   * @param other the amount to add, not null
   * @return the sum, never null
   * @throws InvalidValueException rule {@link MoneyRule#OVERFLOW} if the sum exceeds {@link
   *     Long#MAX_VALUE}
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public Rupiah plus(Rupiah other) {
    Checks.required(other, "other");
    return plus(other.amount);
  }

  /**
   * The sum of this amount and a number of rupiah.
   *
   * @param rupiah the rupiah to add, zero or more
   * @return the sum, never null
   * @throws InvalidValueException rule {@link MoneyRule#NEGATIVE} if {@code rupiah < 0}; {@link
   *     MoneyRule#OVERFLOW} if the sum exceeds {@link Long#MAX_VALUE}
   */
  public Rupiah plus(long rupiah) {
    if (rupiah < 0) {
      throw InvalidValueException.of(MoneyRule.NEGATIVE, "amount", rupiah);
    }
    long sum = amount + rupiah;
    if (sum < 0) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, "amount", this + " + Rp" + rupiah);
    }
    return of(sum);
  }

  /**
   * This amount less another, which must not be larger.
   *
   * @param other the amount to subtract, not null
   * @return the difference, never null
   * @throws InvalidValueException rule {@link MoneyRule#NEGATIVE} if {@code other} is larger than
   *     this amount (use {@link #difference(Rupiah)} for a signed result)
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public Rupiah minus(Rupiah other) {
    Checks.required(other, "other");
    if (other.amount > amount) {
      throw InvalidValueException.of(MoneyRule.NEGATIVE, "amount", this + " - " + other);
    }
    return of(amount - other.amount);
  }

  /**
   * The signed difference {@code this - other}.
   *
   * @param other the amount to subtract, not null
   * @return the difference, never null; negative when {@code other} is larger
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public RupiahDelta difference(Rupiah other) {
    Checks.required(other, "other");
    return RupiahDelta.of(amount - other.amount); // both non-negative: cannot overflow
  }

  /**
   * This amount times a whole quantity, exactly.
   *
   * @param quantity the multiplier, zero or more
   * @return the product, never null
   * @throws InvalidValueException rule {@link MoneyRule#NEGATIVE} if {@code quantity < 0}; {@link
   *     MoneyRule#OVERFLOW} if the product exceeds {@link Long#MAX_VALUE}
   */
  public Rupiah times(long quantity) {
    if (quantity < 0) {
      throw InvalidValueException.of(MoneyRule.NEGATIVE, "quantity", quantity);
    }
    long high = Math.multiplyHigh(amount, quantity);
    long low = amount * quantity;
    if (high != 0 || low < 0) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, "amount", this + " x " + quantity);
    }
    return of(low);
  }

  /**
   * This amount times an exact rate, rounded to whole rupiah with the given mode.
   *
   * <p>The product is computed exactly (as {@code amount × numerator / denominator}) and rounded
   * once, so {@code Rp1.000.000 × 11/12 × 12 %} gives exactly Rp110.000.
   *
   * @param rate the rate, not null
   * @param mode how to round the exact product to whole rupiah, not null; {@code UNNECESSARY}
   *     throws unless the product is whole
   * @return the rounded product, never null
   * @throws InvalidValueException rule {@link MoneyRule#OVERFLOW} if the result exceeds {@link
   *     Long#MAX_VALUE}; {@link MoneyRule#INVALID_ROUNDING_MODE} if {@code UNNECESSARY} is given
   *     and the product is not whole
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Rupiah times(Rate rate, RoundingMode mode) {
    Checks.required(rate, "rate");
    Checks.required(mode, "mode");
    return of(
        Fractions.divide(
            BigInteger.valueOf(amount).multiply(BigInteger.valueOf(rate.numerator())),
            BigInteger.valueOf(rate.denominator()),
            mode,
            "amount"));
  }

  /**
   * Allocates this amount over weights by the largest-remainder method: see {@link
   * Allocation#largestRemainder(Rupiah, long[])}.
   *
   * @param weights the weights, each zero or more, at least one positive; not null
   * @return one part per weight, in order, summing exactly to this amount; an unmodifiable list,
   *     never null
   * @throws InvalidValueException rule {@link MoneyRule#INVALID_WEIGHTS} for empty, negative or
   *     all-zero weights
   * @throws org.bengkel.error.MissingValueException if {@code weights} is null
   */
  public List<Rupiah> allocate(long... weights) {
    return Allocation.largestRemainder(this, weights);
  }

  /**
   * The larger of two amounts.
   *
   * @param other the other amount, not null
   * @return this or {@code other}, never null
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public Rupiah max(Rupiah other) {
    Checks.required(other, "other");
    return amount >= other.amount ? this : other;
  }

  /**
   * The smaller of two amounts.
   *
   * @param other the other amount, not null
   * @return this or {@code other}, never null
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public Rupiah min(Rupiah other) {
    Checks.required(other, "other");
    return amount <= other.amount ? this : other;
  }

  /**
   * Whether this amount is larger than another.
   *
   * @param other the other amount, not null
   * @return true if strictly larger
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public boolean isGreaterThan(Rupiah other) {
    Checks.required(other, "other");
    return amount > other.amount;
  }

  /**
   * Whether this amount is smaller than another.
   *
   * @param other the other amount, not null
   * @return true if strictly smaller
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public boolean isLessThan(Rupiah other) {
    Checks.required(other, "other");
    return amount < other.amount;
  }

  @Override
  public int compareTo(Rupiah other) {
    return Long.compare(amount, other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rupiah r && r.amount == amount;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount);
  }

  /**
   * The Indonesian form: {@code Rp} and the amount with dots between groups of three digits, for
   * example {@code Rp1.250.000}.
   *
   * @return the text, never null; {@link #parse(CharSequence)} reads it back
   */
  @Override
  public String toString() {
    return PREFIX + group(Long.toString(amount));
  }

  /**
   * Writes digits with a dot between each group of three from the right.
   *
   * @param digits the digits of a non-negative number
   * @return the grouped digits
   */
  static String group(String digits) {
    int n = digits.length();
    StringBuilder sb = new StringBuilder(n + n / 3);
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 3 == 0) {
        sb.append('.');
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
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
    throw new InvalidObjectException("Rupiah is read only through its serialized form");
  }

  /** The serialized form of a {@link Rupiah}: its fields, checked again when read. */
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
