package org.bengkel.facility;

import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The code of a correctional facility (<i>kode UPT</i>), such as {@code LAPAS-PAMEKASAN}: the short
 * identifier by which a {@link Facility}, its trainees, tax policy, proceeds split, PNBP ledger and
 * period reports name the facility they belong to.
 *
 * <p>Upper-case letters and digits in groups joined by single hyphens ({@link #PATTERN}), at most
 * {@link #MAX_LENGTH} characters. This is the one place the form is checked. {@link #toString()}
 * returns the code and {@link #parse(CharSequence)} reads it back; in JSON it is a plain string.
 *
 * <p>Immutable and thread-safe; equality is by the code.
 */
public final class FacilityCode implements Comparable<FacilityCode> {

  /** The form of a facility code, as a regular expression (for Bean Validation and schemas). */
  public static final String PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";

  /** The longest facility code, in characters. */
  public static final int MAX_LENGTH = Checks.CODE_MAX;

  private final String value;

  private FacilityCode(String value) {
    this.value = value;
  }

  /**
   * Reads a facility code.
   *
   * @param facilityCode the code, not null
   * @return the code, never null
   * @throws InvalidValueException rule {@code value.required} if {@code facilityCode} is null,
   *     {@code value.too-long} beyond {@link #MAX_LENGTH} characters or {@code value.malformed} if
   *     it does not match {@link #PATTERN}, naming the field {@code facilityCode}
   */
  public static FacilityCode parse(CharSequence facilityCode) {
    return new FacilityCode(
        Checks.requireCode(facilityCode == null ? null : facilityCode.toString(), "facilityCode"));
  }

  /**
   * Shorthand for {@link #parse(CharSequence)}.
   *
   * @param facilityCode the code, not null
   * @return the code, never null
   * @throws InvalidValueException as {@link #parse(CharSequence)}
   */
  public static FacilityCode of(String facilityCode) {
    return parse(facilityCode);
  }

  /**
   * The code as text.
   *
   * @return the code, never null
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(FacilityCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FacilityCode c && c.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The code, as {@link #parse(CharSequence)} reads it.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return value;
  }
}
