package org.bengkel.inventory;

/**
 * The kind of a stock movement (<i>jenis mutasi persediaan</i>) and its effect on a lot's on-hand
 * and reserved quantities.
 *
 * <p>Immutable and thread-safe.
 */
public enum MovementType {
  /** A released batch enters stock (<i>masuk dari produksi</i>): on hand +q. */
  RELEASED,
  /** Units are held for an order line (<i>dipesan</i>): reserved +q. */
  RESERVED,
  /** A reservation is cancelled (<i>pemesanan dibatalkan</i>): reserved −q. */
  RESERVATION_RELEASED,
  /**
   * Units are sold (<i>terjual</i>): on hand −q, and reserved −q when sold from a reservation.
   */
  SOLD,
  /** Sold units come back into their lot (<i>retur</i>): on hand +q. */
  RETURNED,
  /** Units leave stock as expired or damaged (<i>dihapusbukukan</i>): on hand −q. */
  WRITTEN_OFF
}
