package org.bengkel.facility;

import org.bengkel.error.Displayable;

/**
 * The type of a correctional facility (<i>jenis UPT Pemasyarakatan</i>), UU 22/2022.
 *
 * <p>Immutable and thread-safe.
 */
public enum FacilityType implements Displayable {
  /** <i>Lembaga Pemasyarakatan</i>, prison for sentenced inmates. */
  LAPAS,
  /** <i>Lapas Narkotika</i>, prison for narcotics offenders. */
  LAPAS_NARKOTIKA,
  /** <i>Rumah Tahanan Negara</i>, remand centre. */
  RUTAN,
  /** <i>Lembaga Pembinaan Khusus Anak</i>, juvenile facility. */
  LPKA,
  /** <i>Lembaga Pemasyarakatan Perempuan</i>, women's prison. */
  LPP
}
