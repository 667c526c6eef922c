package org.bengkel.catalog;

import org.bengkel.error.Displayable;
import org.bengkel.error.Messages;

/**
 * The unit a product is sold in (<i>satuan jual</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum Unit implements Displayable {
  /** A single piece (<i>buah</i>), such as a miniature. */
  PIECE,
  /** A jar (<i>toples</i>), such as 500 g of kue kering. */
  JAR,
  /** A pack or bag (<i>bungkus</i>), such as keripik 150 g. */
  PACK,
  /** A set (<i>set</i>), such as a table with chairs. */
  SET,
  /** A sachet (<i>sachet</i>). */
  SACHET,
  /** A box (<i>kotak, dus</i>), such as 30 sachets of ginger drink. */
  BOX,
  /** A bottle (<i>botol</i>). */
  BOTTLE,
  /** A pair (<i>pasang</i>). */
  PAIR;

  /**
   * The Indonesian term, such as {@code toples}: the same as {@code displayName(id)}, declared once
   * in the package's {@code labels_id} bundle.
   *
   * @return the term, never null
   */
  public String indonesian() {
    return displayName(Messages.INDONESIAN);
  }
}
