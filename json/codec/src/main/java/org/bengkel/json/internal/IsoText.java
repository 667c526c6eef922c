package org.bengkel.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.jspecify.annotations.Nullable;

/**
 * The usual forms of ISO-8601 dates and date-times, {@code yyyy-mm-dd} and {@code
 * yyyy-mm-ddThh:mm[:ss]}, read without a {@code DateTimeFormatter}, which resolves through a map of
 * fields and costs more than the rest of a small value's read. {@link LocalDate#of} and {@link
 * LocalDateTime#of} refuse what the strict ISO formatters refuse, such as {@code 2026-02-30} or
 * {@code 24:00}. Internal: the callers decide what other forms mean.
 */
public final class IsoText {

  private IsoText() {}

  /**
   * A date in the form {@code yyyy-mm-dd}.
   *
   * @param text any text, not null
   * @return the date, or null for another form or a day the calendar does not have
   */
  public static @Nullable LocalDate date(String text) {
    try {
      return text.length() == 10 && hasShape(text, "0000-00-00")
          ? LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10))
          : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A date-time in the form {@code yyyy-mm-ddThh:mm:ss} or {@code yyyy-mm-ddThh:mm}, the first
   * {@code length} characters of {@code text}.
   *
   * @param text any text, not null
   * @param length how much of it to read, at most its length
   * @return the date-time, or null for another form or a time the calendar does not have
   */
  public static @Nullable LocalDateTime dateTime(String text, int length) {
    try {
      return length == 19 && hasShape(text, "0000-00-00T00:00:00")
              || length == 16 && hasShape(text, "0000-00-00T00:00")
          ? LocalDateTime.of(
              digits(text, 0, 4),
              digits(text, 5, 7),
              digits(text, 8, 10),
              digits(text, 11, 13),
              digits(text, 14, 16),
              length > 16 ? digits(text, 17, 19) : 0)
          : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A year a document may carry: RFC 3339's four digits, 0001 to 9999, the only years the readers
   * read ({@code json.malformed-date} beyond). core's dates are the JDK's and may fall outside (a
   * best-before date derived from a production date in 9999); such a value is refused when it is
   * written, rather than written as a document no reader reads back.
   *
   * @param year the year
   * @param notation the notation of the value being written, such as {@link
   *     JsonReader#DATE_NOTATION}, the error's detail
   * @return the year
   * @throws BengkelJsonException {@code json.malformed-date} at the document's root (a writer does
   *     not know the path), naming the notation but not the date, which may be a sentence's
   */
  public static int writable(int year, String notation) {
    if (year < 1 || year > 9999) {
      throw BengkelJsonException.of(JsonRule.MALFORMED_DATE, JsonPath.ROOT, notation);
    }
    return year;
  }

  /**
   * Whether {@code s} starts with a digit wherever {@code shape} has 0 and the same character
   * elsewhere; {@code s} is at least as long as {@code shape} (the callers check the length).
   */
  private static boolean hasShape(String s, String shape) {
    for (int i = 0; i < shape.length(); i++) {
      char c = s.charAt(i);
      char want = shape.charAt(i);
      if (want == '0' ? c < '0' || c > '9' : c != want) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }
}
