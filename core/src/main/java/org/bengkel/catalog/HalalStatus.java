package org.bengkel.catalog;

import org.bengkel.error.Displayable;

/**
 * The halal status of a food product on a date (<i>status kehalalan</i>), from its {@link
 * FoodSafety food-safety data}: see {@link FoodSafety#halalStatusOn(java.time.LocalDate)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum HalalStatus implements Displayable {
  /**
   * Certified (<i>bersertifikat halal</i>): a certificate issued on or before the date covers it.
   */
  CERTIFIED,
  /**
   * Its composition or process changed after the certificate was issued (<i>perlu ditinjau
   * ulang</i>): the certificate stays valid only while composition and process are unchanged (UU
   * 33/2014 Art. 42(1) as amended by UU 6/2023), so the product may not be labelled halal until the
   * change is reported to BPJPH and the certificate re-verified (Art. 25(d) and (e)).
   */
  REVIEW_REQUIRED,
  /** No certificate, or one issued only after the date (<i>belum bersertifikat halal</i>). */
  NOT_CERTIFIED,
  /** Declared non-halal (<i>dinyatakan tidak halal</i>), exempt from certification. */
  DECLARED_NON_HALAL
}
