package org.bengkel.trainee;

import org.bengkel.error.Displayable;

/**
 * The kind of a remission (<i>jenis remisi</i>), UU 22/2022 Art. 10 and Keppres 174/1999.
 *
 * <p>Immutable and thread-safe.
 */
public enum RemissionKind implements Displayable {
  /** General remission (<i>remisi umum</i>), granted on Independence Day, 17 August. */
  GENERAL,
  /** Special remission (<i>remisi khusus</i>), granted on the convict's religious holiday. */
  SPECIAL,
  /** Any other remission (<i>remisi tambahan, kemanusiaan, dasawarsa</i>). */
  OTHER
}
