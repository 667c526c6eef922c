package org.bengkel.pricing;

import org.bengkel.error.Displayable;

/**
 * The size class of a producer (<i>skala usaha</i>), the label an e-Katalog listing carries.
 * Perpres 46/2025 requires at least 40 % of government procurement to go to micro and small
 * producers.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProducerScale implements Displayable {
  /** A micro enterprise (<i>usaha mikro</i>). */
  MICRO,
  /** A small enterprise (<i>usaha kecil</i>). */
  SMALL,
  /** A medium enterprise (<i>usaha menengah</i>). */
  MEDIUM,
  /** A large enterprise (<i>usaha besar</i>). */
  LARGE;

  /**
   * Whether this counts towards the micro and small producers' share of Perpres 46/2025.
   *
   * @return true for {@link #MICRO} and {@link #SMALL}
   */
  public boolean isMicroOrSmall() {
    return this == MICRO || this == SMALL;
  }
}
