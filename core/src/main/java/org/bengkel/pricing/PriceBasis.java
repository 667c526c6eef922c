package org.bengkel.pricing;

import org.bengkel.error.Displayable;

/**
 * What a price list's prices start from (<i>dasar harga</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum PriceBasis implements Displayable {
  /** The item's material cost per unit: cost-plus pricing (<i>biaya plus</i>). */
  COST,
  /** The list's own price per SKU (<i>harga daftar</i>). */
  LIST_PRICE,
  /**
   * The price that another channel's list computes for the same item (<i>harga saluran lain</i>).
   */
  CHANNEL
}
