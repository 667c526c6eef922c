package org.bengkel.money;

import java.math.BigDecimal;
import java.util.Locale;
import org.bengkel.error.Messages;
import org.bengkel.internal.Checks;

/**
 * Numbers written for people in their language (<i>penulisan angka</i>): Indonesian puts a comma
 * before decimals, a dot between thousands and a space before the percent sign ({@code 72,74 %},
 * {@code 1.234,5}); English the other way round ({@code 72.74%}, {@code 1,234.5}). Rupiah amounts
 * need nothing here: {@link Rupiah#toString()} already writes the Indonesian form {@code
 * Rp1.110.000}, the form in which the rupiah is written in both languages.
 *
 * <p>Only for display: the canonical texts that {@code parse} reads back stay those of {@link
 * Rate#toString()} and {@link Rupiah#toString()}. Independent of the JVM's default locale.
 *
 * <p>Immutable and thread-safe (stateless).
 */
public final class NumberText {

  private NumberText() {}

  /**
   * A rate as a percentage where it terminates ({@code 12,5 %} / {@code 12.5%}), as a fraction
   * otherwise ({@code 11/12}).
   *
   * @param rate the rate, not null
   * @param locale the reader's language, not null; Indonesian or else English
   * @return the text, never null
   * @throws org.bengkel.error.MissingValueException if an argument is null, even for a rate written
   *     as a fraction, which does not need the locale
   */
  public static String percent(Rate rate, Locale locale) {
    Checks.required(rate, "rate");
    Checks.required(locale, "locale");
    String canonical = rate.toString();
    return canonical.endsWith("%") ? percent(rate.toPercent(), locale) : canonical;
  }

  /**
   * A percentage given as its decimal value: {@code 72.74} is {@code 72,74 %} in Indonesian and
   * {@code 72.74%} in English, digits as given (no rounding here).
   *
   * @param percent the percentage, not null
   * @param locale the reader's language, not null
   * @return the text, never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static String percent(BigDecimal percent, Locale locale) {
    Checks.required(percent, "percent");
    String number = decimal(percent, locale);
    return Messages.isIndonesian(Checks.required(locale, "locale")) ? number + " %" : number + "%";
  }

  /**
   * A decimal with its thousands grouped: {@code 1234.5} is {@code 1.234,5} in Indonesian and
   * {@code 1,234.5} in English; the digits after the point are kept as given.
   *
   * @param value the number, not null
   * @param locale the reader's language, not null
   * @return the text, never null
   */
  public static String decimal(BigDecimal value, Locale locale) {
    Checks.required(value, "value");
    boolean indonesian = Messages.isIndonesian(Checks.required(locale, "locale"));
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int point = digits.indexOf('.');
    String whole = point < 0 ? digits : digits.substring(0, point);
    StringBuilder sb = new StringBuilder(negative ? "-" : "");
    char group = indonesian ? '.' : ',';
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(group);
      }
      sb.append(whole.charAt(i));
    }
    if (point >= 0) {
      sb.append(indonesian ? ',' : '.').append(digits, point + 1, digits.length());
    }
    return sb.toString();
  }

  /**
   * A whole number with its thousands grouped: {@code 1.250} in Indonesian, {@code 1,250} in
   * English.
   *
   * @param value the number
   * @param locale the reader's language, not null
   * @return the text, never null
   */
  public static String count(long value, Locale locale) {
    return decimal(BigDecimal.valueOf(value), locale);
  }
}
