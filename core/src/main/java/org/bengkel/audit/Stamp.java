package org.bengkel.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Who made a change and when (<i>cap pelaku dan waktu</i>): every state-changing operation of
 * bengkel-core takes one.
 *
 * <p>Why one parameter and not two: the actor and the instant always travel together, from the
 * operation into the movement or entry it records and into the event it yields; one value keeps
 * each signature one parameter shorter, lets a host build it once per request ({@code
 * Stamp.of(facility, actor, clock.instant())}), and cannot be half-supplied.
 *
 * <p>The stamp carries the facility's {@linkplain #zone() time zone} beside the instant. The
 * instant alone orders changes across facilities in different zones; the zone says in which local
 * calendar the change happened, so that calendar rules (a lot expired "on the date of the sale", a
 * best-before date) and the audit trail's clock ("09.14 WIB") are derived from the stamp itself,
 * never stored as an ambiguous local date-time.
 *
 * <p>Immutable and thread-safe.
 */
public final class Stamp implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Actor actor;
  private final Instant at;
  private final TimeZoneName zone;

  private Stamp(Actor actor, Instant at, TimeZoneName zone) {
    this.actor = actor;
    this.at = at;
    this.zone = zone;
  }

  /**
   * A stamp in a zone.
   *
   * @param actor who, not null
   * @param at when, not null
   * @param zone the time zone of the facility where it happened, not null
   * @return the stamp, never null
   * @throws MissingValueException if an argument is null
   */
  public static Stamp of(Actor actor, Instant at, TimeZoneName zone) {
    return new Stamp(
        Checks.required(actor, "actor"), Checks.required(at, "at"), Checks.required(zone, "zone"));
  }

  /**
   * A stamp in a facility's zone.
   *
   * @param facility the facility where it happened, not null
   * @param actor who, not null
   * @param at when, not null
   * @return the stamp, never null
   * @throws MissingValueException if an argument is null
   */
  public static Stamp of(Facility facility, Actor actor, Instant at) {
    return of(actor, at, Checks.required(facility, "facility").zone());
  }

  /**
   * A stamp for a local date-time in a zone, for callers that hold wall-clock times (a form, a
   * spreadsheet import).
   *
   * @param actor who, not null
   * @param local the wall-clock date-time in {@code zone}, not null
   * @param zone the zone, not null
   * @return the stamp, never null
   * @throws MissingValueException if an argument is null
   */
  public static Stamp ofLocal(Actor actor, LocalDateTime local, TimeZoneName zone) {
    Checks.required(zone, "zone");
    return of(actor, zone.instant(Checks.required(local, "local")), zone);
  }

  /**
   * Who.
   *
   * @return the actor, never null
   */
  public Actor actor() {
    return actor;
  }

  /**
   * When.
   *
   * @return the instant, never null
   */
  public Instant at() {
    return at;
  }

  /**
   * The zone of the facility where it happened.
   *
   * @return the zone, never null
   */
  public TimeZoneName zone() {
    return zone;
  }

  /**
   * The local date-time in {@link #zone()}.
   *
   * @return the wall-clock date-time, never null
   */
  public LocalDateTime localDateTime() {
    return zone.localDateTime(at);
  }

  /**
   * The local date in {@link #zone()}: the date calendar rules judge the change on.
   *
   * @return the date, never null
   */
  public LocalDate localDate() {
    return zone.localDate(at);
  }

  /**
   * The same actor and zone at another instant.
   *
   * @param other the instant, not null
   * @return the stamp, never null
   * @throws MissingValueException if {@code other} is null
   */
  public Stamp at(Instant other) {
    Checks.required(other, "other");
    return of(actor, other, zone);
  }

  // Units of whole seconds, counted exactly: a far-off stamp is refused with bengkel's rule instead
  // of overflowing in Instant's arithmetic.
  private Stamp later(long amount, long secondsPerUnit, String field) {
    long seconds =
        Checks.addExact(
            at.getEpochSecond(), Checks.multiplyExact(amount, secondsPerUnit, field), field);
    if (seconds > Instant.MAX.getEpochSecond() || seconds < Instant.MIN.getEpochSecond()) {
      throw InvalidValueException.of(CoreRule.DATE_OVERFLOW, field, amount, Instant.MAX);
    }
    return at(Instant.ofEpochSecond(seconds, at.getNano()));
  }

  /**
   * The same actor and zone a number of minutes later, for scripts and tests.
   *
   * @param minutes minutes to add, may be negative
   * @return the stamp, never null
   */
  public Stamp plusMinutes(long minutes) {
    return later(minutes, 60, "minutes");
  }

  /**
   * The same actor and zone a number of hours later, for scripts and tests.
   *
   * @param hours hours to add, may be negative
   * @return the stamp, never null
   */
  public Stamp plusHours(long hours) {
    return later(hours, 3_600, "hours");
  }

  /**
   * The same actor and zone a number of days later (Indonesia keeps no daylight-saving time, so a
   * day is always 24 hours), for scripts and tests.
   *
   * @param days days to add, may be negative
   * @return the stamp, never null
   */
  public Stamp plusDays(long days) {
    return later(days, 86_400, "days");
  }

  /**
   * Another actor at the same instant and zone.
   *
   * @param other the actor, not null
   * @return the stamp, never null
   * @throws MissingValueException if {@code other} is null
   */
  public Stamp by(Actor other) {
    Checks.required(other, "other");
    return of(other, at, zone);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Stamp that
        && actor.equals(that.actor)
        && at.equals(that.at)
        && zone == that.zone;
  }

  @Override
  public int hashCode() {
    return Objects.hash(actor, at, zone);
  }

  /**
   * {@code <actor>@<local date-time> <zone>}, the wall-clock time in the stamp's zone beside the
   * zone's name, such as {@code system:import@2026-10-12T09:14 WIB} for 02:14 UTC: an instant in
   * UTC beside "WIB" would read as a time seven hours off.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return actor + "@" + localDateTime() + " " + zone;
  }
}
