package org.bengkel.trainee;

import org.bengkel.error.Displayable;

/**
 * Where a person stands in the correctional system (<i>status warga binaan</i>).
 *
 * <p>Moves between statuses go through {@link Trainee#changeStatus(TraineeStatus,
 * org.bengkel.audit.Stamp)} and {@link Trainee#sentenced(RegistrationNumber, Sentence,
 * org.bengkel.audit.Stamp)}. Immutable and thread-safe.
 */
public enum TraineeStatus implements Displayable {
  /** Remand prisoner (<i>tahanan</i>), register A.I-A.V: no sentence yet, never in production. */
  DETAINEE,
  /** Sentenced convict in custody (<i>narapidana</i>), register B.I-B.III: may join production. */
  CONVICT,
  /**
   * Convict outside the walls on parole or leave (<i>menjalani PB, CB atau CMB</i>) under the
   * supervision of a Bapas.
   */
  ON_INTEGRATION,
  /** Released (<i>bebas</i>): the sentence has ended, or a detainee was freed. */
  RELEASED,
  /** Transferred to another facility (<i>dipindahkan</i>). */
  TRANSFERRED;

  /**
   * Whether this status belongs to a convict (a sentenced person).
   *
   * @return true for {@link #CONVICT} and {@link #ON_INTEGRATION}
   */
  public boolean isConvict() {
    return this == CONVICT || this == ON_INTEGRATION;
  }
}
