package org.bengkel.catalog;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;

/**
 * A home-industry food licence number (<i>nomor P-IRT</i>, from the <i>Sertifikat Produksi Pangan
 * Industri Rumah Tangga, SPP-IRT</i>; Peraturan BPOM 22/2018), such as {@code 2123456780126-26}.
 *
 * <p>Fifteen digits written as thirteen, a hyphen and two. Digit 1 is the packaging code (<i>kode
 * jenis kemasan</i>, 1 to 8); the last two digits are the year the licence expires (20xx); a
 * licence is valid five years. The digits in between (food type, regency, product serial) are kept
 * but not interpreted.
 *
 * <p>The licence (<i>SPP-IRT</i>) is valid at most five years from its issue date (<i>berlaku
 * paling lama 5 tahun sejak diterbitkan</i>, Peraturan BPOM 22/2018). With the issue date known,
 * {@link #lastValidDay(LocalDate)} is the earlier of the day before the fifth anniversary of issue
 * and 31 December of the expiry year: a licence issued on 15 March 2021 with a number ending {@code
 * -26} is valid through 14 March 2026. An issue date agrees with the number when the expiry year
 * lies from the issue year through the issue year plus five ({@link #agreesWith(LocalDate)}): a
 * licence cannot expire before the year it is issued in, nor last longer than five years; a shorter
 * term is allowed, since five years is a maximum.
 *
 * <p>Without the issue date (data recorded before it was asked for) the number alone gives only the
 * year of expiry: {@link #isValidOn(LocalDate)} then counts the licence as valid from 1 January of
 * the year five years before its expiry year through 31 December of its expiry year, the widest
 * reading of the number.
 *
 * <p>{@link #toString()} writes the hyphenated form and {@link #parse(CharSequence)} reads exactly
 * that form back. Immutable and thread-safe; equality is by the digits.
 */
public final class PirtNumber implements Comparable<PirtNumber>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("[0-9]{13}-[0-9]{2}");

  /** How many years a P-IRT licence is valid. */
  public static final int VALIDITY_YEARS = 5;

  private final String text;

  private PirtNumber(String text) {
    this.text = text;
  }

  /**
   * Reads a P-IRT number in its written form {@code 1234567890123-45}.
   *
   * @param pirt the number, not null
   * @return the number, never null
   * @throws InvalidValueException (field {@code pirt}) rule {@link CatalogRule#PIRT_FORMAT} unless
   *     the text is 13 digits, a hyphen and 2 digits; {@link CatalogRule#PIRT_PACKAGING} if the
   *     first digit is 0 or 9; {@code value.required} if null
   */
  public static PirtNumber parse(CharSequence pirt) {
    if (pirt == null) {
      throw MissingValueException.of("pirt");
    }
    String s = pirt.toString();
    if (!FORM.matcher(s).matches()) {
      throw InvalidValueException.of(CatalogRule.PIRT_FORMAT, "pirt", s);
    }
    char packaging = s.charAt(0);
    if (packaging == '0' || packaging == '9') {
      throw InvalidValueException.of(CatalogRule.PIRT_PACKAGING, "pirt", s, packaging);
    }
    return new PirtNumber(s);
  }

  /**
   * Shorthand for {@link #parse(CharSequence)}.
   *
   * @param pirt the number, not null
   * @return the number, never null
   * @throws InvalidValueException as {@link #parse(CharSequence)}
   */
  public static PirtNumber of(String pirt) {
    return parse(pirt);
  }

  /**
   * The packaging code, digit 1.
   *
   * @return 1 to 8
   */
  public int packagingCode() {
    return text.charAt(0) - '0';
  }

  /**
   * The year the licence expires, from the last two digits.
   *
   * @return 2000 to 2099
   */
  public int expiryYear() {
    return 2000 + Integer.parseInt(text.substring(14));
  }

  /**
   * The first day this licence counts as valid: 1 January, {@value #VALIDITY_YEARS} years before
   * the expiry year.
   *
   * @return the date, never null
   */
  public LocalDate firstValidDay() {
    return LocalDate.of(expiryYear() - VALIDITY_YEARS, 1, 1);
  }

  /**
   * The last day this licence counts as valid: 31 December of the expiry year.
   *
   * @return the date, never null
   */
  public LocalDate lastValidDay() {
    return LocalDate.of(expiryYear(), 12, 31);
  }

  /**
   * Whether the licence is valid on a date when its issue date is not known: from {@link
   * #firstValidDay()} through {@link #lastValidDay()}, both inclusive.
   *
   * @param date the date, not null
   * @return true when valid that day
   * @throws MissingValueException if {@code date} is null
   */
  public boolean isValidOn(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(firstValidDay()) && !date.isAfter(lastValidDay());
  }

  /**
   * Whether an issue date (<i>tanggal terbit SPP-IRT</i>) agrees with this number: the expiry year
   * lies from the issue year through the issue year plus {@value #VALIDITY_YEARS}. A licence valid
   * at most five years (Peraturan BPOM 22/2018) cannot carry a later expiry year, and it cannot
   * expire in a year before it is issued.
   *
   * @param issued the issue date, not null
   * @return true when they agree
   * @throws MissingValueException if {@code issued} is null
   */
  public boolean agreesWith(LocalDate issued) {
    Checks.required(issued, "issued");
    int year = issued.getYear();
    return expiryYear() >= year && expiryYear() <= year + VALIDITY_YEARS;
  }

  /**
   * The last day the licence is valid, given its issue date: the earlier of the day before the
   * fifth anniversary of issue and 31 December of the expiry year (Peraturan BPOM 22/2018: valid at
   * most five years from issue). Issued 15 March 2021 with a number ending {@code -26}: 14 March
   * 2026. The anniversary of 29 February in a common year is 1 March, so a licence issued on 29
   * February 2024 is valid through 28 February 2029.
   *
   * @param issued the issue date, not null
   * @return the date, never null
   * @throws InvalidValueException (field {@code pirtIssued}) rule {@link
   *     CatalogRule#PIRT_ISSUE_YEAR} unless the issue date {@linkplain #agreesWith(LocalDate)
   *     agrees} with the number
   * @throws MissingValueException if {@code issued} is null
   */
  public LocalDate lastValidDay(LocalDate issued) {
    Checks.required(issued, "issued");
    requireAgreement(issued, "pirtIssued");
    LocalDate anniversary = issued.plusYears(VALIDITY_YEARS);
    if (anniversary.getDayOfMonth() != issued.getDayOfMonth()) {
      anniversary =
          anniversary.plusDays(1); // 29 February to 28 February: the anniversary is 1 March
    }
    LocalDate fiveYears = anniversary.minusDays(1);
    return fiveYears.isBefore(lastValidDay()) ? fiveYears : lastValidDay();
  }

  /**
   * Whether the licence is valid on a date, given its issue date: from the issue date through
   * {@link #lastValidDay(LocalDate)}, both inclusive.
   *
   * @param date the date, not null
   * @param issued the issue date, not null
   * @return true when valid that day
   * @throws InvalidValueException as {@link #lastValidDay(LocalDate)}
   * @throws MissingValueException if {@code date} or {@code issued} is null
   */
  public boolean isValidOn(LocalDate date, LocalDate issued) {
    Checks.required(date, "date");
    Checks.required(issued, "issued");
    return !date.isBefore(issued) && !date.isAfter(lastValidDay(issued));
  }

  /**
   * Refuses an issue date that does not {@linkplain #agreesWith(LocalDate) agree} with this number.
   *
   * @param issued the issue date, not null
   * @param field the field the issue date is in, not null
   * @throws InvalidValueException rule {@link CatalogRule#PIRT_ISSUE_YEAR}, with the number and the
   *     accepted years in its message
   */
  void requireAgreement(LocalDate issued, String field) {
    if (!agreesWith(issued)) {
      throw InvalidValueException.of(
          CatalogRule.PIRT_ISSUE_YEAR,
          field,
          issued,
          text,
          expiryYear(),
          issued.getYear(),
          issued.getYear() + VALIDITY_YEARS);
    }
  }

  /**
   * The fifteen digits without the hyphen.
   *
   * @return the digits, never null
   */
  public String digits() {
    return text.substring(0, 13) + text.substring(14);
  }

  @Override
  public int compareTo(PirtNumber other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PirtNumber p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The written form, such as {@code 2123456780126-26}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return text;
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through {@link #of(String)}, so no byte stream can build an invalid value.
   *
   * @return the proxy, never null
   */
  private Object writeReplace() {
    return new SerializedForm(text);
  }

  /**
   * Refuses a stream that holds this class's own form rather than its proxy: such a stream was
   * crafted to skip the checks.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("PirtNumber is read only through its serialized form");
  }

  /** The serialized form of a {@link PirtNumber}: its fields, checked again when read. */
  private static final class SerializedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String text;

    SerializedForm(String text) {
      this.text = text;
    }

    private Object readResolve() throws InvalidObjectException {
      return Checks.validOnRead(() -> of(text));
    }
  }
}
