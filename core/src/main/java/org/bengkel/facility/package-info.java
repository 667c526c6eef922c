/**
 * Facilities and officers (<i>UPT Pemasyarakatan dan petugas</i>): {@link
 * org.bengkel.facility.Facility} with its {@link org.bengkel.facility.FacilityType} and {@link
 * org.bengkel.facility.FacilityClass}, {@link org.bengkel.facility.Officer} identified by {@link
 * org.bengkel.facility.Nip}.
 */
@BengkelStyle
@NullMarked
package org.bengkel.facility;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
