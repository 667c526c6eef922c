package org.bengkel.json.codec.sales;

import java.util.Locale;
import java.util.ResourceBundle;
import org.bengkel.error.Messages;
import org.bengkel.error.Rule;

/**
 * The rules the sales JSON form adds to bengkel's format (<i>aturan format JSON penjualan</i>):
 * checks of values the format writes for the reader's convenience although core derives them.
 *
 * <p>Immutable and thread-safe.
 */
public enum SalesJsonRule implements Rule {
  /**
   * An invoice's written {@code subtotal} or {@code total} differs from what its lines and taxes
   * give, or a material cost's ({@code material.MaterialCost}) written {@code total} or {@code
   * perUnit} from what its lines and units give; {@code {0}} is the JSON path, detail {@code {2}}
   * names what the amount must equal.
   */
  TOTAL_MISMATCH("json.total-mismatch");

  private static final String BUNDLE = "org.bengkel.json.codec.sales.messages";

  private final String code;

  SalesJsonRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Reads the pattern from this package's bundle {@code org.bengkel.json.codec.sales.messages}.
   *
   * @param locale the caller's locale, not null; languages other than Indonesian get English
   * @return the pattern, never null
   */
  @Override
  public String pattern(Locale locale) {
    return Messages.lookup(
        ResourceBundle.getBundle(
            BUNDLE, Messages.isIndonesian(locale) ? Messages.INDONESIAN : Locale.ROOT),
        code);
  }
}
