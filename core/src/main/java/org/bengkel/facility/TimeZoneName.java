package org.bengkel.facility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;

/**
 * Indonesia's three time zones (<i>zona waktu</i>, Keppres 41/1987): a facility keeps its records
 * in instants and derives its local dates and times in its zone, so that records of facilities in
 * different zones can be ordered in a national roll-up and none is ambiguous.
 *
 * <p>Immutable and thread-safe.
 */
public enum TimeZoneName {
  /** <i>Waktu Indonesia Barat</i>, UTC+7: Sumatra, Java, West and Central Kalimantan. */
  WIB("Asia/Jakarta"),
  /**
   * <i>Waktu Indonesia Tengah</i>, UTC+8: Bali, Nusa Tenggara, South, East and North Kalimantan,
   * Sulawesi.
   */
  WITA("Asia/Makassar"),
  /** <i>Waktu Indonesia Timur</i>, UTC+9: Maluku and Papua. */
  WIT("Asia/Jayapura");

  private final ZoneId zone;

  TimeZoneName(String zone) {
    this.zone = ZoneId.of(zone);
  }

  /**
   * The zone's tz-database id, such as {@code Asia/Jakarta}.
   *
   * @return the zone, never null
   */
  public ZoneId zoneId() {
    return zone;
  }

  /**
   * The local date-time of an instant in this zone.
   *
   * @param instant the instant, not null
   * @return the wall-clock date-time, never null
   * @throws MissingValueException if {@code instant} is null
   */
  public LocalDateTime localDateTime(Instant instant) {
    return LocalDateTime.ofInstant(Checks.required(instant, "instant"), zone);
  }

  /**
   * The local date of an instant in this zone: the date on which calendar rules (expiry, best
   * before) judge it.
   *
   * @param instant the instant, not null
   * @return the date, never null
   * @throws MissingValueException if {@code instant} is null
   */
  public LocalDate localDate(Instant instant) {
    return localDateTime(instant).toLocalDate();
  }

  /**
   * The instant of a local date-time in this zone (Indonesia has no daylight-saving time, so every
   * local date-time names exactly one instant).
   *
   * @param local the wall-clock date-time, not null
   * @return the instant, never null
   * @throws MissingValueException if {@code local} is null
   */
  public Instant instant(LocalDateTime local) {
    return Checks.required(local, "local").atZone(zone).toInstant();
  }
}
