package org.bengkel.proceeds;

import org.bengkel.error.Displayable;

/**
 * What a split policy divides (<i>dasar pembagian</i>): the net profit of a sale or period, or its
 * gross revenue.
 *
 * <p>The default, as facilities cite Kepmen Kehakiman M.01-PP.02.01/1990, is {@link #NET_PROFIT};
 * some facilities split {@link #GROSS_REVENUE} instead.
 *
 * <p>Immutable and thread-safe.
 */
public enum SplitBase implements Displayable {
  /**
   * Net profit (<i>laba bersih</i>): revenue less material cost. With no profit (cost at or above
   * revenue) nothing is split: no premi and no PNBP.
   */
  NET_PROFIT,
  /**
   * Gross revenue (<i>pendapatan kotor</i>): the whole revenue, whatever the material cost; the
   * split happens even at a loss.
   */
  GROSS_REVENUE
}
