package org.bengkel.money;

import org.bengkel.error.Rule;

/**
 * The rules of money values (<i>aturan uang</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum MoneyRule implements Rule {
  /** An amount that must not be negative is negative. */
  NEGATIVE("money.negative"),
  /** An operation would exceed the largest representable amount ({@link Long#MAX_VALUE} rupiah). */
  OVERFLOW("money.overflow"),
  /** A text is not a canonical Rupiah amount such as {@code Rp1.250.000}. */
  MALFORMED_AMOUNT("money.malformed-amount"),
  /** A text is not a canonical rate such as {@code 12%}, {@code 12.5%} or {@code 11/12}. */
  MALFORMED_RATE("money.malformed-rate"),
  /** A rate's denominator is zero or negative, or its numerator negative. */
  INVALID_RATE("money.invalid-rate"),
  /** A rounding step is not a positive amount. */
  INVALID_STEP("money.invalid-step"),
  /** A rounding mode that cannot be used ({@code UNNECESSARY}). */
  INVALID_ROUNDING_MODE("money.invalid-rounding-mode"),
  /** Allocation weights are empty, negative, or sum to zero. */
  INVALID_WEIGHTS("money.invalid-weights"),
  /** A rate asked for as a decimal percentage has none that terminates, such as 1/3. */
  NON_TERMINATING("money.non-terminating");

  private final String code;

  MoneyRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
