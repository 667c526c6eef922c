package org.bengkel.inventory;

import org.bengkel.error.Displayable;

/**
 * The kind of a stock movement (<i>jenis mutasi persediaan</i>) and its effect on a lot's on-hand
 * and reserved quantities.
 *
 * <p>Immutable and thread-safe.
 */
public enum MovementType implements Displayable {
  /**
   * The lot of a released batch is received into stock (<i>barang masuk dari produksi</i>): on hand
   * +q.
   */
  RECEIVED,
  /** Units are held for an order line (<i>dipesan</i>): reserved +q. */
  RESERVED,
  /** A reservation is cancelled (<i>pemesanan dibatalkan</i>): reserved −q. */
  RESERVATION_CANCELLED,
  /** Units are sold (<i>terjual</i>): on hand −q, and reserved −q when sold from a reservation. */
  SOLD,
  /** Sold units come back into their lot (<i>retur</i>): on hand +q. */
  RETURNED,
  /** Units leave stock as expired or damaged (<i>dihapusbukukan</i>): on hand −q. */
  WRITTEN_OFF
}
