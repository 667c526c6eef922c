package org.bengkel.trainee;

/**
 * The outcome of one condition of an eligibility decision (<i>hasil pemeriksaan syarat</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum Outcome {
  /** The condition holds (<i>terpenuhi</i>). */
  MET,
  /** The condition does not hold (<i>tidak terpenuhi</i>). */
  NOT_MET,
  /**
   * The condition depends on a human assessment that has not been recorded yet (<i>perlu
   * penilaian petugas</i>); until it is, the trainee is not eligible.
   */
  NEEDS_INPUT
}
