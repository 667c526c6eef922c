package org.bengkel.trainee;

import org.bengkel.error.Displayable;

/**
 * A convict's right that eligibility rules govern (<i>hak narapidana</i>, UU 22/2022 Art. 10;
 * Permenkumham 3/2018 as amended by 7/2022).
 *
 * <p>Immutable and thread-safe.
 */
public enum Entitlement implements Displayable {
  /** Assimilation (<i>asimilasi</i>): taking part in community life, working with the public. */
  ASIMILASI,
  /**
   * Outside-the-walls work at an assimilation and education site (<i>Sarana Asimilasi dan Edukasi,
   * SAE</i>), such as the public car wash: a form of asimilasi (Permenkumham 3/2018 as amended by
   * 7/2022), with the same conditions as {@link #ASIMILASI}. The TPP's approval of asimilasi covers
   * SAE work unless {@link EligibilityPolicy#saeNeedsOwnApproval()}; an approval of SAE work does
   * not approve asimilasi.
   */
  SAE,
  /** Parole (<i>pembebasan bersyarat, PB</i>). */
  PB,
  /** Conditional leave (<i>cuti bersyarat, CB</i>). */
  CB,
  /** Pre-release leave (<i>cuti menjelang bebas, CMB</i>). */
  CMB;

  /**
   * Whether the asimilasi conditions apply (asimilasi itself and SAE work).
   *
   * @return true for {@link #ASIMILASI} and {@link #SAE}
   */
  public boolean isAsimilasi() {
    return this == ASIMILASI || this == SAE;
  }
}
