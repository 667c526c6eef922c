package org.bengkel.trainee;

import org.bengkel.error.Displayable;

/**
 * The human assessments that eligibility depends on (<i>penilaian petugas</i>), recorded as facts
 * by the officers who made them and never guessed by the library (Permenkumham 3/2018 as amended by
 * 7/2022).
 *
 * <p>Immutable and thread-safe.
 */
public enum AssessmentKind implements Displayable {
  /** The observation team's recommendation (<i>sidang Tim Pengamat Pemasyarakatan, TPP</i>). */
  TPP_APPROVAL,
  /** A community research report by a Bapas officer (<i>penelitian kemasyarakatan, Litmas</i>). */
  LITMAS,
  /**
   * Active participation in the programmes, with good conduct (<i>aktif mengikuti program pembinaan
   * dan berkelakuan baik</i>).
   */
  ACTIVE_PARTICIPATION,
  /**
   * The conditions specific to a special crime (<i>syarat khusus</i>): for example the fine and
   * replacement money paid (corruption, narcotics), the deradicalisation programme completed and
   * the pledge of loyalty made (terrorism).
   */
  CRIME_SPECIFIC_CONDITIONS
}
