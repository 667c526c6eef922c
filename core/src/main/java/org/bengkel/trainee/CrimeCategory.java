package org.bengkel.trainee;

import org.bengkel.error.Displayable;

/**
 * The category of the crime a convict was sentenced for (<i>jenis tindak pidana</i>), as far as the
 * eligibility rules distinguish it: general crimes, or one of the special crimes for which
 * Permenkumham 3/2018 (as amended by Permenkumham 7/2022) sets stricter conditions for asimilasi,
 * parole and leave.
 *
 * <p>Personal data (UU 27/2022): never show a trainee's category in logs or to buyers. Narcotics
 * counts as special only with a sentence of at least five years (configurable in {@link
 * EligibilityPolicy#narcoticsSpecialFromYears()}); shorter narcotics sentences follow the general
 * rules.
 *
 * <p>Immutable and thread-safe.
 */
public enum CrimeCategory implements Displayable {
  /** General crimes (<i>tindak pidana umum</i>). */
  GENERAL,
  /** Terrorism (<i>terorisme</i>). */
  TERRORISM,
  /**
   * Narcotics and psychotropics (<i>narkotika dan psikotropika</i>): special when the sentence is
   * at least five years.
   */
  NARCOTICS,
  /** Corruption (<i>korupsi</i>). */
  CORRUPTION,
  /** Crimes against state security (<i>kejahatan terhadap keamanan negara</i>). */
  STATE_SECURITY,
  /** Grave violations of human rights (<i>kejahatan hak asasi manusia yang berat</i>). */
  GRAVE_HUMAN_RIGHTS,
  /** Transnational organised crime (<i>kejahatan transnasional terorganisasi</i>). */
  TRANSNATIONAL_ORGANISED_CRIME
}
