package org.bengkel.money;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * An exact, non-negative rate (<i>tarif, persentase</i>): a fraction {@code numerator/denominator}
 * of whole numbers, kept in lowest terms. No floating point is involved anywhere.
 *
 * <p>Rates express percentages (PPN 12 %, a 50 % premi share, a 25 % markup), fractions of a
 * sentence (1/2, 2/3) and tax bases (11/12). Products are exact: {@code Rate.of(11, 12)
 * .times(Rate.percent(12))} equals {@code Rate.percent(11)}. A rate may exceed one (a 125 %
 * markup).
 *
 * <p>{@link #toString()} writes a percentage where it is a terminating decimal ({@code 12%}, {@code
 * 12.5%}, {@code 0%}) and a fraction otherwise ({@code 11/12}, {@code 2/3}). {@link
 * #parse(CharSequence)} reads both forms, so {@code parse(r.toString()).equals(r)} always holds.
 *
 * <p>Immutable and thread-safe; equality is by value ({@code 1/2} equals {@code 50%}).
 */
public final class Rate implements Comparable<Rate>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PERCENT_FORM = "(0|[1-9][0-9]{0,17})(?:\\.([0-9]{1,18}))?%";
  private static final String FRACTION_FORM = "(0|[1-9][0-9]{0,18})/([1-9][0-9]{0,18})";
  private static final Pattern PERCENT = Pattern.compile(PERCENT_FORM);
  private static final Pattern FRACTION = Pattern.compile(FRACTION_FORM);

  /**
   * The texts {@link #parse(CharSequence)} reads, as one regular expression without anchors in the
   * dialect ECMA-262, Java and Python share: a percentage ({@code 12%}, {@code 12.5%}) or a
   * fraction with a denominator of at least 1 ({@code 11/12}), ASCII digits without leading zeros.
   * A text of this form may still be refused as too large for a fraction of longs ({@link
   * MoneyRule#OVERFLOW}); any other text is refused with {@link MoneyRule#MALFORMED_RATE}.
   */
  public static final String TEXT_FORM = "(?:" + PERCENT_FORM + "|" + FRACTION_FORM + ")";

  /** Zero. */
  public static final Rate ZERO = new Rate(0, 1);

  /** One, that is 100 %. */
  public static final Rate ONE = new Rate(1, 1);

  /** The most significant digits of a percentage that {@link #percent(BigDecimal)} reads. */
  public static final int MAX_PERCENT_PRECISION = 40;

  /** The smallest scale (after trailing zeros are stripped) of a readable percentage. */
  public static final int MIN_PERCENT_SCALE = -20;

  /** The largest scale of a readable percentage. */
  public static final int MAX_PERCENT_SCALE = 64;

  private final long numerator;
  private final long denominator;

  private Rate(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The rate {@code numerator/denominator}, reduced to lowest terms.
   *
   * @param numerator zero or more
   * @param denominator one or more
   * @return the rate, never null
   * @throws InvalidValueException rule {@link MoneyRule#INVALID_RATE} for a negative numerator or a
   *     denominator below one
   */
  public static Rate of(long numerator, long denominator) {
    if (numerator < 0 || denominator <= 0) {
      throw InvalidValueException.of(MoneyRule.INVALID_RATE, "rate", numerator + "/" + denominator);
    }
    return reduced(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * A whole percentage, such as {@code percent(12)} for 12 %.
   *
   * @param percent zero or more
   * @return the rate {@code percent/100}, never null
   * @throws InvalidValueException rule {@link MoneyRule#INVALID_RATE} if negative
   */
  public static Rate percent(long percent) {
    return of(percent, 100);
  }

  /**
   * A decimal percentage, exact, such as {@code percent(new BigDecimal("12.5"))}.
   *
   * @param percent zero or more, not null
   * @return the rate, never null
   * @throws InvalidValueException rule {@link MoneyRule#INVALID_RATE} if negative; {@link
   *     CoreRule#DECIMAL_BOUNDS} for more than {@value #MAX_PERCENT_PRECISION} significant digits
   *     or a scale outside {@value #MIN_PERCENT_SCALE} to {@value #MAX_PERCENT_SCALE} (checked
   *     before any conversion); {@link MoneyRule#OVERFLOW} if otherwise too large or too precise to
   *     hold as a fraction of longs
   * @throws org.bengkel.error.MissingValueException if {@code percent} is null
   */
  public static Rate percent(BigDecimal percent) {
    Checks.required(percent, "percent");
    if (percent.signum() < 0) {
      throw InvalidValueException.of(MoneyRule.INVALID_RATE, "rate", percent + "%");
    }
    // Bound the decimal before any conversion: 1e999999999 would otherwise become a billion-digit
    // integer. Outside these bounds the rate cannot fit a fraction of longs anyway (the numerator
    // keeps the precision's digits, the denominator 10^(scale + 2) loses at most 63 factors of 2).
    // The precision is bounded before stripping zeros, which costs time per zero.
    // 10^40 lies between 2^132 and 2^133: a longer unscaled value has more than 40 digits, known
    // from its bit length without the power of ten that precision() would compute.
    BigDecimal stripped =
        percent.unscaledValue().bitLength() > 133 || percent.precision() > MAX_PERCENT_PRECISION
            ? percent
            : percent.stripTrailingZeros();
    if (stripped.unscaledValue().bitLength() > 133
        || stripped.precision() > MAX_PERCENT_PRECISION
        || stripped.scale() < MIN_PERCENT_SCALE
        || stripped.scale() > MAX_PERCENT_SCALE) {
      throw InvalidValueException.of(
          CoreRule.DECIMAL_BOUNDS,
          "rate",
          percent,
          MAX_PERCENT_PRECISION,
          MIN_PERCENT_SCALE,
          MAX_PERCENT_SCALE);
    }
    int scale = Math.max(stripped.scale(), 0);
    BigInteger num = stripped.movePointRight(scale).toBigIntegerExact();
    BigInteger den = BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100));
    return reduced(num, den);
  }

  /**
   * Reads a rate written as a percentage ({@code 12%}, {@code 12.5%}) or a fraction ({@code
   * 11/12}); the form written by {@link #toString()} always reads back to an equal rate.
   *
   * @param text the text, not null
   * @return the rate, never null
   * @throws InvalidValueException rule {@link MoneyRule#MALFORMED_RATE} for any other text
   *     (including a zero denominator), or {@link MoneyRule#OVERFLOW} if the rate does not fit in a
   *     fraction of longs
   * @throws org.bengkel.error.MissingValueException if {@code text} is null
   */
  public static Rate parse(CharSequence text) {
    String s = Checks.required(text, "text").toString();
    Matcher p = PERCENT.matcher(s);
    if (p.matches()) {
      String fraction = p.group(2);
      BigDecimal value =
          new BigDecimal(fraction == null ? p.group(1) : p.group(1) + "." + fraction);
      return percent(value);
    }
    Matcher f = FRACTION.matcher(s);
    if (f.matches()) {
      return reduced(new BigInteger(f.group(1)), new BigInteger(f.group(2)));
    }
    throw InvalidValueException.of(MoneyRule.MALFORMED_RATE, "rate", s);
  }

  private static Rate reduced(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw InvalidValueException.of(MoneyRule.INVALID_RATE, "rate", num + "/" + den);
    }
    BigInteger gcd = num.gcd(den);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      num = num.divide(gcd);
      den = den.divide(gcd);
    }
    if (num.signum() == 0) {
      return ZERO;
    }
    if (num.bitLength() > 63 || den.bitLength() > 63) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, "rate", num + "/" + den);
    }
    return new Rate(num.longValue(), den.longValue());
  }

  /**
   * The numerator in lowest terms.
   *
   * @return zero or more
   */
  public long numerator() {
    return numerator;
  }

  /**
   * The denominator in lowest terms.
   *
   * @return one or more
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Whether this rate is zero.
   *
   * @return true for 0 %
   */
  public boolean isZero() {
    return numerator == 0;
  }

  /**
   * Whether this rate is above one (more than 100 %).
   *
   * @return true when greater than one
   */
  public boolean isGreaterThanOne() {
    return numerator > denominator;
  }

  /**
   * The exact product of two rates.
   *
   * @param other the other rate, not null
   * @return the product in lowest terms, never null
   * @throws InvalidValueException rule {@link MoneyRule#OVERFLOW} if the reduced product does not
   *     fit in long fractions
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public Rate times(Rate other) {
    Checks.required(other, "other");
    return reduced(
        BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.numerator)),
        BigInteger.valueOf(denominator).multiply(BigInteger.valueOf(other.denominator)));
  }

  /**
   * The exact sum of two rates.
   *
   * @param other the other rate, not null
   * @return the sum, never null
   * @throws InvalidValueException rule {@link MoneyRule#OVERFLOW} if it does not fit
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public Rate plus(Rate other) {
    Checks.required(other, "other");
    BigInteger d1 = BigInteger.valueOf(denominator);
    BigInteger d2 = BigInteger.valueOf(other.denominator);
    return reduced(
        BigInteger.valueOf(numerator)
            .multiply(d2)
            .add(BigInteger.valueOf(other.numerator).multiply(d1)),
        d1.multiply(d2));
  }

  /**
   * The exact difference {@code this - other}, which must not be negative.
   *
   * @param other the rate to subtract, not null
   * @return the difference, never null
   * @throws InvalidValueException rule {@link MoneyRule#INVALID_RATE} if {@code other} is larger
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public Rate minus(Rate other) {
    Checks.required(other, "other");
    BigInteger d1 = BigInteger.valueOf(denominator);
    BigInteger d2 = BigInteger.valueOf(other.denominator);
    BigInteger num =
        BigInteger.valueOf(numerator)
            .multiply(d2)
            .subtract(BigInteger.valueOf(other.numerator).multiply(d1));
    if (num.signum() < 0) {
      throw InvalidValueException.of(MoneyRule.INVALID_RATE, "rate", this + " - " + other);
    }
    return reduced(num, d1.multiply(d2));
  }

  /**
   * The exact value as a decimal percentage, where it terminates.
   *
   * @return {@code 12.5} for 1/8; throws for 1/3
   * @throws InvalidValueException rule {@link MoneyRule#NON_TERMINATING} if the percentage has no
   *     terminating decimal form
   */
  public BigDecimal toPercent() {
    if (!isTerminating()) {
      throw InvalidValueException.of(MoneyRule.NON_TERMINATING, "rate", this);
    }
    return new BigDecimal(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(100)))
        .divide(new BigDecimal(denominator))
        .stripTrailingZeros();
  }

  private boolean isTerminating() {
    long d = denominator;
    while (d % 2 == 0) {
      d /= 2;
    }
    while (d % 5 == 0) {
      d /= 5;
    }
    return d == 1;
  }

  @Override
  public int compareTo(Rate other) {
    return BigInteger.valueOf(numerator)
        .multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate r && r.numerator == numerator && r.denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /**
   * {@code 12%}, {@code 12.5%} where the percentage terminates, {@code 11/12} otherwise.
   *
   * @return the canonical text, never null
   */
  @Override
  public String toString() {
    if (isTerminating()) {
      String percent = toPercent().toPlainString();
      // Only print the percent form when it parses back within the pattern's digit limits.
      if (PERCENT.matcher(percent + "%").matches()) {
        return percent + "%";
      }
    }
    return numerator + "/" + denominator;
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through {@link #of(long,long)}, so no byte stream can build an invalid value.
   *
   * @return the proxy, never null
   */
  private Object writeReplace() {
    return new SerializedForm(numerator, denominator);
  }

  /**
   * Refuses a stream that holds this class's own form rather than its proxy: such a stream was
   * crafted to skip the checks.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Rate is read only through its serialized form");
  }

  /** The serialized form of a {@link Rate}: its fields, checked again when read. */
  private static final class SerializedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long numerator;
    private final long denominator;

    SerializedForm(long numerator, long denominator) {
      this.numerator = numerator;
      this.denominator = denominator;
    }

    private Object readResolve() throws InvalidObjectException {
      return Checks.validOnRead(() -> of(numerator, denominator));
    }
  }
}
