package org.bengkel.pricing;

import org.bengkel.error.Displayable;

/**
 * Whether the seller charges PPN (<i>status Pengusaha Kena Pajak</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum TaxStatus implements Displayable {
  /** Not a VAT-registered seller: no PPN is charged (<i>bukan PKP</i>). */
  NON_PKP,
  /** A VAT-registered seller charging PPN (<i>Pengusaha Kena Pajak, PKP</i>). */
  PKP
}
