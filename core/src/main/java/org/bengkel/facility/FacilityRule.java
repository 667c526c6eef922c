package org.bengkel.facility;

import org.bengkel.error.Rule;

/**
 * The rules of facilities and officers (<i>aturan UPT dan petugas</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum FacilityRule implements Rule {
  /** A NIP is not exactly 18 digits. */
  NIP_FORMAT("facility.nip.format"),
  /** The first eight digits of a NIP are not a real date (yyyyMMdd). */
  NIP_BIRTH_DATE("facility.nip.birth-date"),
  /** Digits 9 to 14 of a NIP are not a real month (yyyyMM) after the birth date. */
  NIP_APPOINTMENT("facility.nip.appointment"),
  /** Digit 15 of a NIP is not 1 (male) or 2 (female). */
  NIP_SEX("facility.nip.sex"),
  /** The serial (digits 16 to 18) of a NIP is 000. */
  NIP_SERIAL("facility.nip.serial");

  private final String code;

  FacilityRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
