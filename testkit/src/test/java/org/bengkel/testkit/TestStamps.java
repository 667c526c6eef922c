package org.bengkel.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Nip;
import org.bengkel.facility.TimeZoneName;

/** Stamps for the testkit's own tests: one officer, in WIB. */
public final class TestStamps {

  /** The officer who records the tests' changes. */
  public static final Actor OFFICER = Actor.officer(Nip.of("198503122010121001"));

  /**
   * The officer on 12 October 2026 at 09.14 WIB: for records whose stamp no rule of the test looks
   * at but its day (a session scheduled ahead; attendance, assessments and records dated on or
   * before that day, since what is recorded has happened).
   */
  public static final Stamp RECORDED =
      Stamp.ofLocal(OFFICER, LocalDateTime.of(2026, 10, 12, 9, 14), TimeZoneName.WIB);

  private TestStamps() {}

  /**
   * The officer at 08.00 WIB on a date: a move dated that day.
   *
   * @param date the date, not null
   * @return the stamp, never null
   */
  public static Stamp on(LocalDate date) {
    return Stamp.ofLocal(OFFICER, date.atTime(8, 0), TimeZoneName.WIB);
  }
}
