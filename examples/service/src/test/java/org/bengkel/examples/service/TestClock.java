package org.bengkel.examples.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The service's clock in the tests (<i>jam uji</i>): the system's, until a test sets an instant,
 * and again after it resets. The Pamekasan month sets it to each request's instant; the document
 * tests set it to a day of a year no other test issues in, so that a date of issue in that year is
 * not in the future. One bean per application; tests of one JVM run one after another.
 */
final class TestClock extends Clock {

  private volatile @Nullable Instant now;

  /** From now on, the clock answers this instant. */
  void set(Instant instant) {
    now = instant;
  }

  /** From now on, the clock answers the system's time again. */
  void reset() {
    now = null;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    Instant fixed = now;
    return fixed != null ? fixed : Instant.now();
  }
}
