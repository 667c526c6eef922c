package org.bengkel.examples.service;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stamp of a write (<i>cap pelaku dan waktu</i>): the officer from {@code X-Officer-NIP}, the
 * instant from the service's clock (a bean a test may replace) and the zone of the facility the
 * service runs for ({@code PUT /facility}, 404 before one is put).
 */
@Component
class Stamps {

  /**
   * The facility at a version of its aggregate: a write that must not outlive a change of the
   * facility (the stock ledger's, {@link StockLedgers}) stores itself only while this version is
   * still the stored one.
   *
   * @param version the version of the facility's aggregate
   * @param facility the facility at that version
   */
  record FacilityAt(long version, Facility facility) {}

  private final EventStore store;
  private final JsonMapper mapper;
  private final Clock clock;
  private final AtomicReference<@Nullable FacilityAt> known = new AtomicReference<>();

  Stamps(EventStore store, JsonMapper mapper, Clock clock) {
    this.store = store;
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * The facility the service runs for, as stored now. Every stock and order write asks for it, so
   * it is read back from its JSON only when its stored version is not the one last read.
   */
  Facility facility() {
    return stored().facility();
  }

  /**
   * The facility as stored now, with its version: one read of its row.
   *
   * @return the facility and its version
   * @throws ServiceException 404 before a facility is put
   */
  FacilityAt stored() {
    EventStore.Stored stored = store.get(FacilityController.FACILITY, FacilityController.CURRENT);
    FacilityAt k = known.get();
    if (k != null && k.version() == stored.version()) {
      return k;
    }
    FacilityAt read =
        new FacilityAt(stored.version(), mapper.readValue(stored.json(), Facility.class));
    known.set(read);
    return read;
  }

  /**
   * The facility as last read, without reading its row: for a write whose own statement checks that
   * the version is still the stored one, and reads again with {@link #stored()} if not.
   *
   * @return the facility and its version as last read (read now if never)
   */
  FacilityAt lastRead() {
    FacilityAt k = known.get();
    return k != null ? k : stored();
  }

  /**
   * A stamp for a write by an officer, now.
   *
   * @param actor the acting officer
   * @param facility the facility, whose zone the stamp carries
   * @return the stamp
   */
  Stamp of(Actor actor, Facility facility) {
    return Stamp.of(facility, org.bengkel.audit.Actor.officer(actor.nip()), clock.instant());
  }
}
