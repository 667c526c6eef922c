package org.bengkel.trainee;

import org.bengkel.error.Displayable;

/**
 * The kind of custodial sentence (<i>jenis pidana</i>) a verdict imposes.
 *
 * <p>Immutable and thread-safe.
 */
public enum SentenceKind implements Displayable {
  /** Imprisonment (<i>pidana penjara</i>): registered as B.I, B.IIa or B.IIb by its length. */
  IMPRISONMENT,
  /**
   * Confinement (<i>pidana kurungan</i>), registered as B.III whatever its length; at most one
   * year, extendable to one year and four months (KUHP 1946, Art. 18). Verdicts under the old
   * criminal code still carry it.
   */
  KURUNGAN
}
