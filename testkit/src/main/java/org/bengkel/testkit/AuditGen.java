package org.bengkel.testkit;

import java.time.LocalDateTime;
import java.util.random.RandomGenerator;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.TimeZoneName;

/**
 * Seeded generators of who-and-when (<i>pelaku dan waktu</i>): {@link Actor}s and {@link Stamp}s,
 * for the operations of the other generators.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuditGen {

  private static final String[] SYSTEMS = {"import", "expiry-run", "sync-sdp"};

  private AuditGen() {}

  /**
   * Actors: mostly officers with valid NIPs, now and then a system actor ({@code import}, {@code
   * expiry-run}, {@code sync-sdp}).
   *
   * @return the generator, never null
   */
  public static Gen<Actor> actors() {
    return random ->
        random.nextInt(8) == 0
            ? Actor.system(SYSTEMS[random.nextInt(SYSTEMS.length)])
            : Actor.officer(FacilityGen.nips().next(random));
  }

  /**
   * Indonesia's three zones, WIB most often.
   *
   * @return the generator, never null
   */
  public static Gen<TimeZoneName> zones() {
    return Gen.frequency(
        Gen.weighted(4, Gen.constant(TimeZoneName.WIB)),
        Gen.weighted(1, Gen.constant(TimeZoneName.WITA)),
        Gen.weighted(1, Gen.constant(TimeZoneName.WIT)));
  }

  /**
   * A stamp for a wall-clock time in a zone, by a generated actor.
   *
   * @param random the source, not null
   * @param local the wall-clock time, not null
   * @param zone the zone, not null
   * @return the stamp, never null
   * @throws MissingValueException if an argument is null
   */
  public static Stamp stamp(RandomGenerator random, LocalDateTime local, TimeZoneName zone) {
    MissingValueException.required(random, "random");
    return Stamp.ofLocal(actors().next(random), local, zone);
  }
}
