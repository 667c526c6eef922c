package org.bengkel.facility;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The civil-servant identification number of an officer (<i>Nomor Induk Pegawai, NIP</i>): 18
 * digits.
 *
 * <p>Layout (Peraturan BKN on NIP): digits 1-8 the birth date {@code yyyyMMdd} (a real date);
 * digits 9-14 the month of appointment as a civil servant {@code yyyyMM} (a real month, after the
 * birth month); digit 15 the sex, {@code 1} male or {@code 2} female; digits 16-18 a serial number
 * (not {@code 000}). Example: {@code 198503122010121001}.
 *
 * <p>{@link #toString()} returns the 18 digits, which {@link #parse(CharSequence)} reads back.
 * Officers are public servants acting in office; their NIP is not treated as the protected personal
 * data of trainees.
 *
 * <p>Immutable and thread-safe.
 */
public final class Nip implements Comparable<Nip>, Serializable {

  private static final long serialVersionUID = 1L;

  private final String digits;

  private Nip(String digits) {
    this.digits = digits;
  }

  /**
   * Reads and checks a NIP.
   *
   * @param text exactly 18 ASCII digits, not null
   * @return the NIP, never null
   * @throws InvalidValueException with the rule that failed: {@link FacilityRule#NIP_FORMAT},
   *     {@link FacilityRule#NIP_BIRTH_DATE}, {@link FacilityRule#NIP_APPOINTMENT}, {@link
   *     FacilityRule#NIP_SEX} or {@link FacilityRule#NIP_SERIAL}
   * @throws org.bengkel.error.MissingValueException if {@code text} is null
   */
  public static Nip parse(CharSequence text) {
    String s = Checks.required(text, "text").toString();
    if (s.length() != 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw InvalidValueException.of(FacilityRule.NIP_FORMAT, "nip", s);
    }
    LocalDate birth;
    try {
      birth = LocalDate.of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
    } catch (DateTimeException e) {
      throw InvalidValueException.of(FacilityRule.NIP_BIRTH_DATE, "nip", s, s.substring(0, 8));
    }
    YearMonth appointed;
    int month = num(s, 12, 14);
    if (month < 1 || month > 12) {
      throw InvalidValueException.of(FacilityRule.NIP_APPOINTMENT, "nip", s, s.substring(8, 14));
    }
    appointed = YearMonth.of(num(s, 8, 12), month);
    if (!appointed.isAfter(YearMonth.from(birth))) {
      throw InvalidValueException.of(FacilityRule.NIP_APPOINTMENT, "nip", s, s.substring(8, 14));
    }
    char sex = s.charAt(14);
    if (sex != '1' && sex != '2') {
      throw InvalidValueException.of(FacilityRule.NIP_SEX, "nip", s, sex);
    }
    if (s.endsWith("000")) {
      throw InvalidValueException.of(FacilityRule.NIP_SERIAL, "nip", s);
    }
    return new Nip(s);
  }

  /**
   * Shorthand for {@link #parse(CharSequence)}.
   *
   * @param text the 18 digits, not null
   * @return the NIP, never null
   * @throws InvalidValueException as {@link #parse(CharSequence)}
   */
  public static Nip of(String text) {
    return parse(text);
  }

  private static int num(String s, int from, int to) {
    return Integer.parseInt(s, from, to, 10);
  }

  /**
   * The birth date encoded in digits 1-8.
   *
   * @return the date, never null
   */
  public LocalDate birthDate() {
    return LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
  }

  /**
   * The month of appointment encoded in digits 9-14.
   *
   * @return the month, never null
   */
  public YearMonth appointment() {
    return YearMonth.of(num(digits, 8, 12), num(digits, 12, 14));
  }

  /**
   * The sex encoded in digit 15.
   *
   * @return the sex, never null
   */
  public Sex sex() {
    return digits.charAt(14) == '1' ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * The serial in digits 16-18.
   *
   * @return 1 to 999
   */
  public int serial() {
    return num(digits, 15, 18);
  }

  @Override
  public int compareTo(Nip other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nip n && n.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * The 18 digits.
   *
   * @return the NIP as written, never null
   */
  @Override
  public String toString() {
    return digits;
  }

  /** The sex digit of a NIP (<i>jenis kelamin</i>). */
  public enum Sex {
    /** Digit 1, <i>laki-laki</i>. */
    MALE,
    /** Digit 2, <i>perempuan</i>. */
    FEMALE
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through {@link #of(String)}, so no byte stream can build an invalid value.
   *
   * @return the proxy, never null
   */
  private Object writeReplace() {
    return new SerializedForm(digits);
  }

  /**
   * Refuses a stream that holds this class's own form rather than its proxy: such a stream was
   * crafted to skip the checks.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Nip is read only through its serialized form");
  }

  /** The serialized form of a {@link Nip}: its fields, checked again when read. */
  private static final class SerializedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String digits;

    SerializedForm(String digits) {
      this.digits = digits;
    }

    private Object readResolve() throws InvalidObjectException {
      return Checks.validOnRead(() -> of(digits));
    }
  }
}
