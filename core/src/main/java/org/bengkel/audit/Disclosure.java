package org.bengkel.audit;

import org.bengkel.error.Displayable;

/**
 * What the reader of an audit trail may see of the trainees an event concerns (<i>keterbukaan data
 * warga binaan</i>). Registration numbers are personal data (UU 27/2022 Pelindungan Data Pribadi):
 * an inspector from outside the facility reads the trail without them; the facility's own officers
 * with access to the trainee register read them.
 *
 * <p>As a {@link Displayable}, {@link #NO_TRAINEES} is that neutral word ("a trainee", "seorang
 * warga binaan"): an event's {@linkplain DomainEvent#auditFacts facts} hold it where they withhold
 * a registration number, and the audit trail shows it in the reader's language.
 *
 * <p>Immutable and thread-safe.
 */
public enum Disclosure implements Displayable {
  /** No trainee is identified: a neutral word stands where a registration number would. */
  NO_TRAINEES,
  /** Trainees appear by registration number (never by name). */
  REGISTRATION_NUMBERS
}
