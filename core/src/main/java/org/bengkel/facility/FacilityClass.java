package org.bengkel.facility;

import org.bengkel.error.Displayable;

/**
 * The class of a facility (<i>kelas</i>), by size and capacity.
 *
 * <p>Immutable and thread-safe.
 */
public enum FacilityClass implements Displayable {
  /** Class I. */
  I,
  /** Class IIA. */
  IIA,
  /** Class IIB. */
  IIB,
  /** Class III. */
  III
}
