package org.bengkel.examples.service;

import java.time.Clock;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Facility;
import org.springframework.stereotype.Component;

/**
 * The stamp of a write (<i>cap pelaku dan waktu</i>): the officer from {@code X-Officer-NIP}, the
 * instant from the service's clock (a bean a test may replace) and the zone of the facility the
 * service runs for ({@code PUT /facility}, 404 before one is put).
 */
@Component
class Stamps {

  private final Aggregates aggregates;
  private final Clock clock;

  Stamps(Aggregates aggregates, Clock clock) {
    this.aggregates = aggregates;
    this.clock = clock;
  }

  /** The facility the service runs for. */
  Facility facility() {
    return aggregates.load(FacilityController.FACILITY, FacilityController.CURRENT, Facility.class);
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
