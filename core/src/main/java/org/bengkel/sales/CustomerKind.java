package org.bengkel.sales;

import org.bengkel.error.Displayable;

/**
 * The kind of buyer (<i>jenis pembeli</i>), which decides what identifies a {@link Customer}.
 *
 * <p>Immutable and thread-safe.
 */
public enum CustomerKind implements Displayable {
  /**
   * A private person (<i>perorangan</i>), named or an anonymous walk-in buyer at the gallery
   * (<i>pembeli langsung</i>).
   */
  INDIVIDUAL,
  /**
   * A government institution buying directly (<i>instansi pemerintah</i>), identified by its work
   * unit code (<i>kode satker</i>) and name.
   */
  GOVERNMENT,
  /** A private partner (<i>mitra swasta</i>), identified by its partner code and business name. */
  PARTNER,
  /** A member of the facility's staff (<i>pegawai</i>), identified by NIP. */
  STAFF
}
