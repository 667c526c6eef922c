package org.bengkel.pricing;

import org.bengkel.error.Displayable;

/**
 * A sales channel (<i>saluran penjualan</i>) through which the workshop's goods and services are
 * sold.
 *
 * <p>Immutable and thread-safe.
 */
public enum Channel implements Displayable {
  /** The facility's own gallery or the local market (<i>galeri, pasar lokal</i>). */
  GALLERY,
  /** A government institution buying directly (<i>instansi pemerintah, satker</i>). */
  GOVERNMENT_DIRECT,
  /** The government e-catalogue (<i>e-Katalog LKPP</i>). */
  E_KATALOG,
  /** A private partner reselling the goods (<i>mitra swasta, jual putus</i>). */
  PARTNER_RESALE,
  /** A private partner selling on consignment (<i>mitra swasta, konsinyasi</i>). */
  PARTNER_CONSIGNMENT,
  /** An exhibition or fair (<i>pameran</i>). */
  EXHIBITION,
  /** An online marketplace (<i>lokapasar daring</i>). */
  ONLINE_MARKETPLACE
}
