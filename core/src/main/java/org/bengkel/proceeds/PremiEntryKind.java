package org.bengkel.proceeds;

import org.bengkel.error.Displayable;

/**
 * The kind of an entry in a premi savings account (<i>jenis mutasi tabungan premi</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum PremiEntryKind implements Displayable {
  /** Premi credited from an allocation (<i>setoran premi</i>). */
  CREDIT,
  /** Spending inside the facility, within the cap (<i>belanja di dalam</i>). */
  SPEND,
  /** Payout of the whole balance on release (<i>pembayaran saat bebas</i>); closes the account. */
  PAYOUT
}
