package org.bengkel.sales;

import org.bengkel.error.Displayable;

/**
 * What happens to returned goods (<i>penanganan barang retur</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum ReturnDisposition implements Displayable {
  /** Undamaged: the units go back into their lot and may be sold again (<i>masuk stok</i>). */
  RESTOCK,
  /**
   * Damaged: the units come back into their lot and are written off at once as damaged
   * (<i>dihapuskan, rusak</i>).
   */
  WRITE_OFF
}
