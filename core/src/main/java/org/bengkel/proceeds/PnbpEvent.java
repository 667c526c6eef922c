package org.bengkel.proceeds;

import java.time.Year;
import java.util.List;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.Checks;

/**
 * What an accepted operation of a {@link PnbpLedger} caused (<i>peristiwa buku PNBP</i>): one event
 * per entry appended, carrying the ledger's identity ({@link PnbpLedger#id()}, facility and budget
 * year) as aggregate id, the ledger's version after it and the {@link PnbpEntry} it appended (whose
 * stamp is the event's). {@link PnbpLedger#replay} rebuilds a ledger from them.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface PnbpEvent extends DomainEvent
    permits PnbpEvent.PnbpRecorded, PnbpEvent.PnbpDeposited {

  /**
   * The ledger's facility.
   *
   * @return the facility code, never null
   */
  FacilityCode facilityCode();

  /**
   * The ledger's budget year.
   *
   * @return the year, never null
   */
  Year year();

  /**
   * The entry the operation appended.
   *
   * @return the entry, never null
   */
  PnbpEntry entry();

  @Override
  default String aggregateId() {
    return PnbpLedger.id(facilityCode(), year());
  }

  @Override
  default Stamp stamp() {
    return entry().stamp();
  }

  @Override
  default List<Object> auditFacts(Disclosure disclosure) {
    Checks.required(disclosure, "disclosure");
    return List.of(entry().amount().toString(), entry().reference(), aggregateId());
  }

  /**
   * PNBP of a sale was recorded ({@link PnbpLedger#record(Stamp, String,
   * org.bengkel.money.Rupiah)}).
   *
   * @param facilityCode the ledger's facility, not null
   * @param year the ledger's budget year, not null
   * @param version the ledger's version after it, 1 or more
   * @param entry the record, not null
   */
  record PnbpRecorded(FacilityCode facilityCode, Year year, long version, PnbpEntry entry)
      implements PnbpEvent {
    /** Checks. */
    public PnbpRecorded {
      check(facilityCode, year, version, entry);
    }
  }

  /**
   * A deposit to the state treasury was recorded ({@link PnbpLedger#deposit}).
   *
   * @param facilityCode the ledger's facility, not null
   * @param year the ledger's budget year, not null
   * @param version the ledger's version after it, 1 or more
   * @param entry the deposit, not null
   */
  record PnbpDeposited(FacilityCode facilityCode, Year year, long version, PnbpEntry entry)
      implements PnbpEvent {
    /** Checks. */
    public PnbpDeposited {
      check(facilityCode, year, version, entry);
    }
  }

  private static void check(FacilityCode facilityCode, Year year, long version, PnbpEntry entry) {
    Checks.required(facilityCode, "facilityCode");
    Checks.required(year, "year");
    Checks.required(entry, "entry");
    Checks.requireRange(version, "version", 1, Long.MAX_VALUE);
  }
}
