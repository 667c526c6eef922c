package org.bengkel.sales;

import org.bengkel.error.Displayable;

/**
 * The kind of a sales document (<i>jenis dokumen penjualan</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum InvoiceKind implements Displayable {
  /** A bill (<i>faktur, tagihan</i>) for a confirmed, paid or fulfilled order. */
  INVOICE,
  /** A receipt (<i>kuitansi, bukti pembayaran</i>) for a paid or fulfilled order. */
  RECEIPT,
  /** A credit note (<i>nota kredit</i>) for goods returned from a fulfilled order. */
  CREDIT_NOTE
}
