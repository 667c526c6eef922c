package org.bengkel.programme;

import org.bengkel.error.Displayable;

/**
 * The kind of body that issued a competency certificate (<i>penerbit sertifikat</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum CertificateIssuer implements Displayable {
  /**
   * A professional certification body (<i>Lembaga Sertifikasi Profesi, LSP</i>), licensed by BNSP
   * (<i>Badan Nasional Sertifikasi Profesi</i>) to certify against SKKNI.
   */
  LSP,
  /** A vocational training centre (<i>Balai Latihan Kerja, BLK</i>): training certificates. */
  BLK
}
