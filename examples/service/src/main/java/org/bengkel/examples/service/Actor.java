package org.bengkel.examples.service;

import org.bengkel.facility.Nip;

/**
 * The officer acting on a write (<i>petugas yang bertindak</i>), from the {@value #HEADER} header.
 *
 * <p>A stand-in for authentication: a real deployment puts its login (and the officer's NIP from
 * it) in front of the service and never trusts a header a client sets.
 *
 * @param nip the officer's NIP, checked by bengkel
 */
record Actor(Nip nip) {

  /** The request header that names the acting officer. */
  static final String HEADER = "X-Officer-NIP";

  @Override
  public String toString() {
    return nip.toString();
  }
}
