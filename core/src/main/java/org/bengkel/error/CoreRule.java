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
  DUPLICATE("value.duplicate");

  private final String code;

  CoreRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
