package org.bengkel.programme;

import org.bengkel.error.Displayable;

/**
 * The result of a competency assessment (<i>hasil asesmen</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum CompetencyResult implements Displayable {
  /** Competent (<i>kompeten, K</i>). */
  COMPETENT,
  /** Not yet competent (<i>belum kompeten, BK</i>). */
  NOT_YET_COMPETENT
}
