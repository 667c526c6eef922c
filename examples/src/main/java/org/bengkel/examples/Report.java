package org.bengkel.examples;

import java.time.Duration;

/** Formatting shared by the chapters. */
final class Report {

  private Report() {}

  /** Hours and minutes, such as {@code 20j 00m}. */
  static String hours(Duration d) {
    return String.format("%dj %02dm", d.toHours(), d.toMinutesPart());
  }
}
