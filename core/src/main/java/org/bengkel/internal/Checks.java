package org.bengkel.internal;

import java.io.InvalidObjectException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.jspecify.annotations.Nullable;

/**
 * Field checks shared by the value types' {@code @Value.Check} methods, so that every type reports
 * the same rule for the same kind of mistake. Not exported.
 */
public final class Checks {

  /** The form of an identifier code: upper-case letters and digits in groups joined by hyphens. */
  public static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

  /** The longest identifier code. */
  public static final int CODE_MAX = 40;

  private Checks() {}

  /**
   * The one null check of the library (<i>nilai wajib</i>): a {@code null} where none is allowed
   * throws {@link MissingValueException} naming the parameter or field, never a bare {@code
   * NullPointerException}.
   *
   * @param <T> the value's type
   * @param value the value, may be null
   * @param field the parameter's or field's name, not null
   * @return {@code value}, never null
   * @throws MissingValueException if {@code value} is null
   */
  public static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw MissingValueException.of(field);
    }
    return value;
  }

  /**
   * A collection without null elements: a null element throws {@link MissingValueException} naming
   * it by its position in iteration order, {@code field[i]}, so the caller finds which one.
   *
   * @param <C> the collection's type
   * @param values the collection, may be null
   * @param field the parameter's or field's name, not null
   * @return {@code values}, never null
   * @throws MissingValueException naming {@code field} if {@code values} is null, or {@code
   *     field[i]} for the first null element
   */
  public static <C extends Iterable<?>> C requiredElements(@Nullable C values, String field) {
    C all = required(values, field);
    int i = 0;
    for (Object e : all) {
      if (e == null) {
        throw MissingValueException.of(field + "[" + i + "]");
      }
      i++;
    }
    return all;
  }

  /**
   * A list, set or map that must hold at least one element (<i>wajib diisi</i>): an empty one
   * throws {@link InvalidValueException} with rule {@link CoreRule#REQUIRED} naming the field. Not
   * {@link MissingValueException}: the field is there, with nothing in it, and a reader of a
   * document tells the two apart (a property missing, or a property given empty).
   *
   * @param values the elements, not null
   * @param field the field's name
   * @throws InvalidValueException rule {@code value.required} naming {@code field} if {@code
   *     values} is empty
   */
  public static void requireNotEmpty(Collection<?> values, String field) {
    if (values.isEmpty()) {
      throw InvalidValueException.of(CoreRule.REQUIRED, field, null);
    }
  }

  /**
   * A map that must hold at least one entry: see {@link #requireNotEmpty(Collection, String)}.
   *
   * @param values the entries, not null
   * @param field the field's name
   * @throws InvalidValueException rule {@code value.required} naming {@code field} if {@code
   *     values} is empty
   */
  public static void requireNotEmpty(Map<?, ?> values, String field) {
    if (values.isEmpty()) {
      throw InvalidValueException.of(CoreRule.REQUIRED, field, null);
    }
  }

  /**
   * An optional part of a value that an operation or a state needs (an order's quoted tax to
   * invoice it, a rejection's note), given as {@code optional.orElse(null)}: its content, or {@link
   * InvalidValueException} with rule {@link CoreRule#REQUIRED} naming the field, as for an empty
   * list (see {@link #requireNotEmpty(Collection, String)}).
   *
   * @param <T> the content's type
   * @param value the optional part's content, null when it is empty
   * @param field the field's name
   * @return {@code value}, never null
   * @throws InvalidValueException rule {@code value.required} naming {@code field} if {@code value}
   *     is null
   */
  public static <T> T requirePresent(@Nullable T value, String field) {
    if (value == null) {
      throw InvalidValueException.of(CoreRule.REQUIRED, field, null);
    }
    return value;
  }

  /**
   * A value that the code around it guarantees to be there, such as a map's entry for a key known
   * to be present: says so to the nullness checker, and fails loudly should the guarantee ever
   * break. Not for a caller's null (that is {@link #required}).
   *
   * @param <T> the value's type
   * @param value the value, null only through a bug in bengkel
   * @return {@code value}, never null
   * @throws IllegalStateException if {@code value} is null
   */
  public static <T> T present(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("bengkel: a value that must be present is missing");
    }
    return value;
  }

  /**
   * An identifier code such as {@code KUE-KERING-500G}: see {@link #CODE}.
   *
   * @param value the code; null is refused
   * @param field the field's name
   * @return the code
   * @throws InvalidValueException {@link CoreRule#REQUIRED}, {@link CoreRule#TOO_LONG} or {@link
   *     CoreRule#MALFORMED}
   */
  public static String requireCode(@Nullable String value, String field) {
    if (value == null) {
      throw MissingValueException.of(field);
    }
    if (value.length() > CODE_MAX) {
      throw InvalidValueException.of(CoreRule.TOO_LONG, field, abbreviate(value), CODE_MAX);
    }
    if (!isCode(value)) {
      throw InvalidValueException.of(
          CoreRule.MALFORMED, field, value, "A-Z 0-9 groups joined by -");
    }
    return value;
  }

  /**
   * Whether a text has the form of {@link #CODE}, by a plain character loop (this check runs for
   * every code of every value built, so it avoids the regular expression's matcher).
   *
   * @param value the text, not null
   * @return true if it is non-empty groups of A-Z and 0-9 joined by single hyphens
   */
  private static boolean isCodeCharacter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static boolean isCode(String value) {
    int n = value.length();
    if (n == 0) {
      return false;
    }
    // A hyphen must follow a letter or digit, and the code must end with one: the first and last
    // characters are letters or digits, and no two hyphens are adjacent.
    if (!isCodeCharacter(value.charAt(0)) || !isCodeCharacter(value.charAt(n - 1))) {
      return false;
    }
    char before = 'A';
    for (int i = 1; i < n - 1; i++) {
      char c = value.charAt(i);
      if (!isCodeCharacter(c) && (c != '-' || before == '-')) {
        return false;
      }
      before = c;
    }
    return true;
  }

  /**
   * A text that must not be blank and not longer than {@code max}.
   *
   * @param value the text (non-null: builders reject null before checks run)
   * @param field the field's name
   * @param max the maximum length
   * @throws InvalidValueException {@link CoreRule#BLANK} or {@link CoreRule#TOO_LONG}
   */
  public static void requireText(String value, String field, int max) {
    if (value.isBlank()) {
      throw InvalidValueException.of(CoreRule.BLANK, field, value);
    }
    if (longerThan(value, max)) {
      throw InvalidValueException.of(CoreRule.TOO_LONG, field, abbreviate(value), max);
    }
  }

  /**
   * Like {@link #requireText} for personal data: the value is never shown.
   *
   * @param value the text
   * @param field the field's name
   * @param max the maximum length
   * @throws InvalidValueException {@link CoreRule#BLANK} or {@link CoreRule#TOO_LONG}, redacted
   */
  public static void requirePersonalText(String value, String field, int max) {
    if (value.isBlank()) {
      throw InvalidValueException.personal(CoreRule.BLANK, field);
    }
    if (longerThan(value, max)) {
      throw InvalidValueException.personal(CoreRule.TOO_LONG, field, max);
    }
  }

  /**
   * Whether a text has more than {@code max} characters, counted as code points: a character
   * outside the basic plane (an emoji) is one character, as JSON Schema's {@code maxLength} and a
   * database's character types count it, not the two {@code char}s {@link String#length()} sees.
   *
   * @param value the text, not null
   * @param max the most characters allowed
   * @return true if it has more
   */
  public static boolean longerThan(String value, int max) {
    // length() bounds the count from above: a text of at most max chars is never too long
    return value.length() > max && value.codePointCount(0, value.length()) > max;
  }

  /**
   * A text that must match a pattern and length.
   *
   * @param value the text
   * @param field the field's name
   * @param pattern the pattern the whole text must match
   * @param max the maximum length
   * @param form a short description of the form, shown in the message
   * @throws InvalidValueException {@link CoreRule#TOO_LONG} or {@link CoreRule#MALFORMED}
   */
  public static void requireMatch(
      String value, String field, Pattern pattern, int max, String form) {
    if (longerThan(value, max)) {
      throw InvalidValueException.of(CoreRule.TOO_LONG, field, abbreviate(value), max);
    }
    // CODE is the most common pattern and is checked without a matcher (see isCode).
    if (pattern == CODE ? !isCode(value) : !pattern.matcher(value).matches()) {
      throw InvalidValueException.of(CoreRule.MALFORMED, field, value, form);
    }
  }

  /**
   * A whole number within bounds.
   *
   * @param value the number
   * @param field the field's name
   * @param min the smallest allowed
   * @param max the largest allowed
   * @throws InvalidValueException {@link CoreRule#OUT_OF_RANGE}
   */
  public static void requireRange(long value, String field, long min, long max) {
    if (value < min || value > max) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, field, value, min, max);
    }
  }

  /**
   * The exact sum of two counts, refused instead of overflowing.
   *
   * @param a the first count
   * @param b the second count
   * @param field the field whose total this is
   * @return {@code a + b}
   * @throws InvalidValueException {@link CoreRule#OVERFLOW} if the sum does not fit in a long
   */
  public static long addExact(long a, long b, String field) {
    long sum = a + b;
    // Overflow iff both operands have the sign opposite to the result (Hacker's Delight 2-13).
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw InvalidValueException.of(CoreRule.OVERFLOW, field, a + " + " + b, Long.MAX_VALUE);
    }
    return sum;
  }

  /**
   * The exact product of two counts, refused instead of overflowing.
   *
   * @param a the first factor
   * @param b the second factor
   * @param field the field whose value this is
   * @return {@code a × b}
   * @throws InvalidValueException {@link CoreRule#OVERFLOW} if the product does not fit in a long
   */
  public static long multiplyExact(long a, long b, String field) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
      return low;
    }
    throw InvalidValueException.of(CoreRule.OVERFLOW, field, a + " x " + b, Long.MAX_VALUE);
  }

  /**
   * The exact sum of two durations, refused instead of overflowing.
   *
   * @param a the first duration
   * @param b the second duration
   * @param field the field whose total this is
   * @return {@code a + b}
   * @throws InvalidValueException {@link CoreRule#OVERFLOW} if the sum exceeds what a {@link
   *     Duration} holds
   */
  public static Duration plus(Duration a, Duration b, String field) {
    long seconds = addExact(a.getSeconds(), b.getSeconds(), field);
    // Nanos add up to less than two seconds; one more second must still fit.
    long nanos = (long) a.getNano() + b.getNano();
    if (nanos >= 1_000_000_000L) {
      seconds = addExact(seconds, 1, field);
      nanos -= 1_000_000_000L;
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  /**
   * A date plus a number of days, refused where the result leaves {@link LocalDate}'s calendar.
   *
   * @param date the date
   * @param days the days to add, may be negative
   * @param field the field whose date this is
   * @return {@code date + days}
   * @throws InvalidValueException {@link CoreRule#DATE_OVERFLOW} if the result is not a date
   */
  public static LocalDate plusDays(LocalDate date, long days, String field) {
    long epochDay = date.toEpochDay();
    long maxDay = LocalDate.MAX.toEpochDay();
    long minDay = LocalDate.MIN.toEpochDay();
    if (days > maxDay - epochDay || days < minDay - epochDay) {
      throw InvalidValueException.of(CoreRule.DATE_OVERFLOW, field, date, LocalDate.MAX);
    }
    return LocalDate.ofEpochDay(epochDay + days);
  }

  /**
   * A date plus a number of months (calendar addition), refused where the result leaves {@link
   * LocalDate}'s calendar.
   *
   * @param date the date
   * @param months the months to add, may be negative
   * @param field the field whose date this is
   * @return {@code date + months}
   * @throws InvalidValueException {@link CoreRule#DATE_OVERFLOW} if the result is not a date
   */
  public static LocalDate plusMonths(LocalDate date, long months, String field) {
    long month = date.getYear() * 12L + date.getMonthValue() - 1;
    long maxMonth = LocalDate.MAX.getYear() * 12L + 11;
    long minMonth = LocalDate.MIN.getYear() * 12L;
    if (months > maxMonth - month || months < minMonth - month) {
      throw InvalidValueException.of(CoreRule.DATE_OVERFLOW, field, date, LocalDate.MAX);
    }
    return date.plusMonths(months);
  }

  /**
   * The one check that what an operation records has happened ({@link
   * CoreRule#DATED_AFTER_RECORDING}): a fact (work done, a session attended, an assessment made, a
   * discipline record) dated after the local day of the stamp that records it. Operations refuse
   * it, with {@code Refusal.of} of the answer; values and events do not check it, so a stored fact
   * is read as stored.
   *
   * @param date the fact's date, not null
   * @param recordedOn the local day of the stamp that records it, not null
   * @param field the fact's date as the operation names it, such as {@code "work.date"}, not null
   * @param personal whether the date is personal data (a trainee's own records): then withheld
   * @return the broken rule naming {@code field}, the date (unless personal) and, as detail {2},
   *     {@code recordedOn}; empty when {@code date} is on or before {@code recordedOn}
   */
  public static Optional<InvalidValueException> datedAfterRecording(
      LocalDate date, LocalDate recordedOn, String field, boolean personal) {
    if (!date.isAfter(recordedOn)) {
      return Optional.empty();
    }
    return Optional.of(
        personal
            ? InvalidValueException.personal(CoreRule.DATED_AFTER_RECORDING, field, recordedOn)
            : InvalidValueException.of(CoreRule.DATED_AFTER_RECORDING, field, date, recordedOn));
  }

  /**
   * A collection without repeated elements (by {@code equals}).
   *
   * @param values the elements
   * @param field the field's name
   * @throws InvalidValueException {@link CoreRule#DUPLICATE} naming the first repeated element
   */
  public static void requireDistinct(Collection<?> values, String field) {
    if (values.size() < 2) {
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (Object v : values) {
      if (!seen.add(v)) {
        throw InvalidValueException.of(CoreRule.DUPLICATE, field, v);
      }
    }
  }

  /**
   * Shortens a long text for an error message.
   *
   * @param value any text
   * @return the text, cut to 64 characters with an ellipsis
   */
  public static String abbreviate(String value) {
    return value.length() <= 64 ? value : prefix(value, 61) + "...";
  }

  /**
   * The first {@code length} characters of a text, one fewer where the cut would split a surrogate
   * pair: a lone surrogate is not text, and bengkel's JSON refuses it, so a value core shortens
   * must stay whole code points.
   *
   * @param text any text at least {@code length} long, not null
   * @param length the characters to keep, 1 or more
   * @return the prefix, never null
   */
  public static String prefix(String text, int length) {
    int cut = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, cut);
  }

  /**
   * The value a serialization proxy's {@code readResolve} returns: built again through the
   * validating factory, so that a crafted stream cannot make an invalid value.
   *
   * @param factory the factory call, not null
   * @param <T> the value's type
   * @return the value, never null
   * @throws InvalidObjectException if the factory refuses the stream's fields, with the {@link
   *     InvalidValueException} as its cause
   */
  public static <T> T validOnRead(Supplier<T> factory) throws InvalidObjectException {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }
}
