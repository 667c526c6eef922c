package org.bengkel.programme;

/**
 * The result of a competency assessment (<i>hasil asesmen</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum CompetencyResult {
  /** Competent (<i>kompeten, K</i>). */
  COMPETENT,
  /** Not yet competent (<i>belum kompeten, BK</i>). */
  NOT_YET_COMPETENT
}
