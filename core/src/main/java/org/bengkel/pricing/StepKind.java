package org.bengkel.pricing;

import org.bengkel.error.Displayable;

/**
 * The kinds of step of the pricing pipeline (<i>langkah perhitungan harga</i>), in the order they
 * run: see {@link PriceBook}.
 *
 * <p>Immutable and thread-safe.
 */
public enum StepKind implements Displayable {
  /** The base price: cost, list price or another channel's price (<i>harga dasar</i>). */
  BASE,
  /** A markup on the base (<i>kenaikan</i>). */
  MARKUP,
  /** A discount on the base (<i>potongan</i>). */
  DISCOUNT,
  /** Rounding to a step such as Rp500 (<i>pembulatan</i>). */
  ROUNDING,
  /** A fixed amount added (<i>biaya tambahan</i>). */
  SURCHARGE,
  /** Raising the price to the minimum margin over cost (<i>margin minimum</i>). */
  MIN_MARGIN,
  /** Lowering the price to the maximum margin over cost (<i>margin maksimum</i>). */
  MAX_MARGIN,
  /** Raising the price to the floor price (<i>harga terendah</i>). */
  FLOOR
}
