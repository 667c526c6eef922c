package org.bengkel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.Nip;
import org.bengkel.facility.TimeZoneName;

/** Stamps for core's tests: an officer of Lapas Pamekasan (WIB) at a wall-clock time. */
public final class Stamps {

  /** The facility whose ledgers the tests keep. */
  public static final FacilityCode FACILITY = FacilityCode.of("LAPAS-PAMEKASAN");

  /** The officer who records the tests' changes. */
  public static final Actor OFFICER = Actor.officer(Nip.of("198503122010121001"));

  private Stamps() {}

  /** The officer at a wall-clock time in WIB. */
  public static Stamp at(LocalDateTime local) {
    return Stamp.ofLocal(OFFICER, local, TimeZoneName.WIB);
  }

  /**
   * The officer on 12 October 2026 at 09.14 WIB: for records whose stamp no rule of the test looks
   * at but its day (a session scheduled ahead; attendance, assessments and records dated on or
   * before that day, since what is recorded has happened).
   */
  public static final Stamp RECORDED = at(LocalDateTime.of(2026, 10, 12, 9, 14));

  /** The officer at a wall-clock time in WIB. */
  public static Stamp at(int year, int month, int day, int hour, int minute) {
    return at(LocalDateTime.of(year, month, day, hour, minute));
  }

  /**
   * The officer at 10:00 WIB on a day: for operations whose tests think in days (a move dated that
   * day).
   */
  public static Stamp on(LocalDate day) {
    return at(day.atTime(10, 0));
  }

  /** The officer at 10:00 WIB on a day. */
  public static Stamp on(int year, int month, int day) {
    return on(LocalDate.of(year, month, day));
  }
}
