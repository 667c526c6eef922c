package org.bengkel.inventory;

import org.bengkel.error.Displayable;

/**
 * Why units are written off (<i>alasan penghapusan</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum WriteOffReason implements Displayable {
  /**
   * The lot is past its expiry date (<i>kedaluwarsa</i>); the ledger refuses this reason for a lot
   * that is not expired on the write-off date.
   */
  EXPIRED,
  /** The units are damaged, spoiled or lost (<i>rusak</i>), whatever the expiry date. */
  DAMAGED
}
