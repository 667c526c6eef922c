package org.bengkel.pricing;

import org.bengkel.error.Displayable;

/**
 * Whether quoted prices include PPN (<i>harga termasuk atau belum termasuk PPN</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum PriceInclusion implements Displayable {
  /** Prices include PPN: the buyer pays the quoted total (<i>harga termasuk PPN</i>). */
  INCLUSIVE,
  /** Prices exclude PPN: it is added to the quoted total (<i>harga belum termasuk PPN</i>). */
  EXCLUSIVE
}
