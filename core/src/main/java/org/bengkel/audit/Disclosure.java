package org.bengkel.audit;

/**
 * What the reader of an audit trail may see of the trainees an event concerns (<i>keterbukaan data
 * warga binaan</i>). Registration numbers are personal data (UU 27/2022 Pelindungan Data Pribadi):
 * an inspector from outside the facility reads the trail without them; the facility's own officers
 * with access to the trainee register read them.
 *
 * <p>Immutable and thread-safe.
 */
public enum Disclosure {
  /** No trainee is identified: a neutral word stands where a registration number would. */
  NO_TRAINEES,
  /** Trainees appear by registration number (never by name). */
  REGISTRATION_NUMBERS
}
