package org.bengkel.trainee;

import org.bengkel.error.Displayable;

/**
 * The verdict on one condition of an eligibility decision (<i>hasil pemeriksaan syarat</i>): met,
 * not met, or waiting for an officer's assessment.
 *
 * <p>Named {@code Verdict}, not {@code Outcome}, so that it never collides with {@link
 * org.bengkel.outcome.Outcome}, the answer of a refusable operation. Its JSON form is the constant
 * name, as before.
 *
 * <p>Immutable and thread-safe.
 */
public enum Verdict implements Displayable {
  /** The condition holds (<i>terpenuhi</i>). */
  MET,
  /** The condition does not hold (<i>tidak terpenuhi</i>). */
  NOT_MET,
  /**
   * The condition depends on a human assessment that has not been recorded yet (<i>perlu penilaian
   * petugas</i>); until it is, the trainee is not eligible.
   */
  NEEDS_INPUT
}
