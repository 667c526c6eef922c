package org.bengkel.examples.service;

import java.util.regex.Pattern;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.sales.SalesOrder;

/**
 * An order number of a path (<i>nomor pesanan</i>), {@code SO-2026-10-001}, in the form bengkel's
 * {@link SalesOrder} requires: capitals and digits in groups joined by hyphens, at most {@value
 * SalesOrder#MAX_NUMBER} characters. bengkel keeps the number as a string checked when the order is
 * built; the service checks it where it arrives ({@link StrictRequests} converts every {@code
 * {number}} of a path to this type), so that a malformed number is 400 at {@code path.number}, not
 * a refusal (422) when an order is placed, nor a 500 when it is put in a {@code Location} header
 * ({@code URI.create} refuses a space).
 *
 * @param value the number as written
 */
record OrderNumber(String value) {

  // core's code pattern, which SalesOrder's number follows
  private static final Pattern FORM = Pattern.compile(Facility.CODE_PATTERN);

  /**
   * Checks a number.
   *
   * @param text the number
   * @return the number
   * @throws InvalidValueException {@code value.too-long} or {@code value.malformed}
   */
  static OrderNumber of(String text) {
    if (text.length() > SalesOrder.MAX_NUMBER) {
      throw InvalidValueException.of(CoreRule.TOO_LONG, "number", text, SalesOrder.MAX_NUMBER);
    }
    if (!FORM.matcher(text).matches()) {
      throw InvalidValueException.of(
          CoreRule.MALFORMED, "number", text, "A-Z 0-9 groups joined by -");
    }
    return new OrderNumber(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
