package org.bengkel.facility;

/**
 * The class of a facility (<i>kelas</i>), by size and capacity.
 *
 * <p>Immutable and thread-safe.
 */
public enum FacilityClass {
  /** Class I. */
  I,
  /** Class IIA. */
  IIA,
  /** Class IIB. */
  IIB,
  /** Class III. */
  III
}
