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

  /** The facility as last read, with the version it was read at. */
  private record Known(long version, Facility facility) {}

  private final EventStore store;
  private final JsonMapper mapper;
  private final Clock clock;
  private final AtomicReference<@Nullable Known> known = new AtomicReference<>();

  Stamps(EventStore store, JsonMapper mapper, Clock clock) {
    this.store = store;
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * The facility the service runs for. Every stock and order write asks for it, so it is read back
   * from its JSON only when its stored version is not the one last read.
   */
  Facility facility() {
    EventStore.Stored stored = store.get(FacilityController.FACILITY, FacilityController.CURRENT);
    Known k = known.get();
    if (k != null && k.version() == stored.version()) {
      return k.facility();
    }
    Facility facility = mapper.readValue(stored.json(), Facility.class);
    known.set(new Known(stored.version(), facility));
    return facility;
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
