package org.bengkel.json.contract;

import java.time.LocalDateTime;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.Nip;
import org.bengkel.facility.TimeZoneName;

/** Who and when in the contract's samples: an officer of Lapas Pamekasan (WIB). */
final class ContractStamps {

  /** The facility of the samples' stock ledgers. */
  static final FacilityCode LEDGER = FacilityCode.of("LAPAS-PAMEKASAN");

  /** The officer who records the samples' changes. */
  static final Actor OFFICER = Actor.officer(Nip.of("198503122010121001"));

  private ContractStamps() {}

  /**
   * How a time of a document older than stamps reads: WIB local time, recorded by the system actor
   * {@code import}.
   */
  static Stamp legacy(LocalDateTime local) {
    return Stamp.ofLocal(Actor.system("import"), local, TimeZoneName.WIB);
  }

  /** The officer at a wall-clock time in WIB. */
  static Stamp at(LocalDateTime local) {
    return Stamp.ofLocal(OFFICER, local, TimeZoneName.WIB);
  }
}
