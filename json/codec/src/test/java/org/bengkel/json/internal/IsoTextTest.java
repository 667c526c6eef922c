package org.bengkel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The formatter-free reading of ISO dates on its own: the readers fall back to the formatter when
 * it answers null, so a shortcut that read too much would pass unnoticed through them.
 */
class IsoTextTest {

  @Test
  void readsTheUsualDateAndNothingLongerOrShorter() {
    assertThat(IsoText.date("2026-10-17")).isEqualTo(LocalDate.of(2026, 10, 17));
    // every digit 0 to 9 in a digit position
    assertThat(IsoText.date("1987-09-30")).isEqualTo(LocalDate.of(1987, 9, 30));
    assertThat(IsoText.date("2026-10-17x")).isNull();
    assertThat(IsoText.date("2026-10-1")).isNull();
    assertThat(IsoText.date("2026/10/17")).isNull();
  }

  @Test
  void theCharactersBesideTheDigitsAreNotDigits() {
    // '/' is just before '0' and ':' just after '9': read as digits, "1/" would be month 9 and
    // "0:" month 10, both real months
    assertThat(IsoText.date("2026-1/-17")).isNull();
    assertThat(IsoText.date("2026-0:-17")).isNull();
    assertThat(IsoText.dateTime("2026-10-17T1/:00", 16)).isNull();
    assertThat(IsoText.dateTime("2026-10-17T0::00", 16)).isNull();
  }

  @Test
  void aDayTheCalendarDoesNotHaveIsNull() {
    assertThat(IsoText.date("2026-02-30")).isNull();
    assertThat(IsoText.dateTime("2026-02-30T08:00", 16)).isNull();
    assertThat(IsoText.dateTime("2026-10-17T24:00", 16)).isNull();
  }

  @Test
  void readsDateTimesWithAndWithoutSecondsOnlyAtTheirLengths() {
    assertThat(IsoText.dateTime("2026-10-17T14:30:59", 19))
        .isEqualTo(LocalDateTime.of(2026, 10, 17, 14, 30, 59));
    assertThat(IsoText.dateTime("2026-10-17T14:30", 16))
        .isEqualTo(LocalDateTime.of(2026, 10, 17, 14, 30));
    // the first 16 characters of a longer text: the seconds are not read
    assertThat(IsoText.dateTime("2026-10-17T14:30:59", 16))
        .isEqualTo(LocalDateTime.of(2026, 10, 17, 14, 30));
    // the first 19 of a text with a trailing Z, as a stamp's instant is read
    assertThat(IsoText.dateTime("2026-10-12T02:14:07Z", 19))
        .isEqualTo(LocalDateTime.of(2026, 10, 12, 2, 14, 7));
    // other lengths are left to the formatter
    assertThat(IsoText.dateTime("2026-10-17T14:30:5", 18)).isNull();
    assertThat(IsoText.dateTime("2026-10-17T14:30:59.5", 21)).isNull();
    assertThat(IsoText.dateTime("2026-10-17 14:30", 16)).isNull();
    assertThat(IsoText.dateTime("2026-10-17T14:30x59", 19)).isNull();
  }
}
