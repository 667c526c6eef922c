package org.bengkel.proceeds;

import org.bengkel.error.Displayable;

/**
 * What a trainee's share of the premi pool is proportional to (<i>dasar pembagian premi</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum ContributionBasis implements Displayable {
  /** Time worked on the goods or service jobs, in whole minutes (<i>jam kerja</i>). */
  MINUTES_WORKED,
  /** Good pieces made (<i>jumlah barang</i>). */
  PIECES
}
