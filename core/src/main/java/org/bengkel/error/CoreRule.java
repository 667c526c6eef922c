package org.bengkel.error;

/**
 * Rules that apply to every value, whatever its package.
 *
 * <p>Immutable and thread-safe.
 */
public enum CoreRule implements Rule {
  /** A required value is missing or null. */
  REQUIRED("value.required"),
  /** A text value is blank. */
  BLANK("value.blank"),
  /** A text value is longer than its field allows; detail {2} is the maximum length. */
  TOO_LONG("value.too-long"),
  /** A text value does not have the form its field needs; detail {2} describes the form. */
  MALFORMED("value.malformed"),
  /** A number is outside its field's range; details {2} and {3} are the bounds. */
  OUT_OF_RANGE("value.out-of-range"),
  /** A date range ends before it starts; detail {2} is the start. */
  DATE_ORDER("value.date-order"),
  /** A collection holds the same element twice. */
  DUPLICATE("value.duplicate"),
  /**
   * A fact dated after the day of the stamp that records it (<i>dicatat sebelum terjadi</i>): work
   * done, a session attended, an assessment made, a discipline record; what is recorded has
   * happened, so its day is not after the day it is recorded in the facility's zone. Detail {2} is
   * the day of recording. A host's clock gives the stamps; refusing a stamp in the future is the
   * host's business.
   */
  DATED_AFTER_RECORDING("value.dated-after-recording"),
  /**
   * A count or sum would exceed what a {@code long} holds (<i>melampaui batas</i>); detail {2} is
   * the largest value that can be held. Refused instead of overflowing.
   */
  OVERFLOW("value.overflow"),
  /**
   * A date, or a date computed from it (an end, an anniversary, a horizon), falls outside the
   * calendar that {@link java.time.LocalDate} holds; detail {2} is the latest date allowed.
   */
  DATE_OVERFLOW("value.date-overflow"),
  /**
   * A decimal number has more significant digits or a larger or smaller exponent than its field can
   * hold; refused before any conversion, so that {@code 1e999999999} costs nothing. Details {2} is
   * the most significant digits, {3} and {4} the bounds of the scale.
   */
  DECIMAL_BOUNDS("value.decimal-bounds");

  private final String code;

  CoreRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
