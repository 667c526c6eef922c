package org.bengkel.json.document;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.outcome.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A refusal as stored and exchanged (<i>catatan penolakan</i>): the rule code to match on, where
 * and about what it applies, the value (absent where it is personal data and withheld), the
 * details, and the message in English and in Indonesian as bengkel-core wrote them. Unlike a core
 * {@link Refusal}, it needs no rule of this version of bengkel to be read back: a host stores it
 * and shows it as it was written.
 *
 * <p>Immutable and thread-safe.
 */
public final class RefusalRecord {

  /** A rule code: lower-case words joined by dots, such as {@code inventory.lot.expired}. */
  public static final String CODE_PATTERN = "[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+";

  /** The most characters of a rule code. */
  public static final int MAX_CODE = 100;

  private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

  private final String code;
  private final @Nullable String where;
  private final String subject;
  private final @Nullable String value;
  private final List<String> details;
  private final String message;
  private final String indonesianMessage;

  private RefusalRecord(
      String code,
      @Nullable String where,
      String subject,
      @Nullable String value,
      List<String> details,
      String message,
      String indonesianMessage) {
    this.code = code;
    this.where = where;
    this.subject = subject;
    this.value = value;
    this.details = details;
    this.message = message;
    this.indonesianMessage = indonesianMessage;
  }

  /**
   * The record of a core refusal, with its message in English and in Indonesian.
   *
   * @param refusal the refusal, not null
   * @return the record, never null
   * @throws MissingValueException if {@code refusal} is null
   */
  public static RefusalRecord of(Refusal refusal) {
    MissingValueException.required(refusal, "refusal");
    return of(
        refusal.code(),
        refusal.where().orElse(null),
        refusal.subject(),
        refusal.value().orElse(null),
        refusal.details(),
        refusal.message(Locale.ENGLISH),
        refusal.message(Messages.INDONESIAN));
  }

  /**
   * A record from its parts, such as read back from storage.
   *
   * @param code the rule code, matching {@link #CODE_PATTERN}, at most {@link #MAX_CODE}
   *     characters, not null
   * @param where where in the operation it applies, such as {@code lines[2]}; null for the whole
   * @param subject what it is about, not null
   * @param value the value asked for; null when withheld or absent
   * @param details the rule's further values, not null, no null element
   * @param message the message in English, not null
   * @param indonesianMessage the message in Indonesian, not null
   * @return the record, never null
   * @throws MissingValueException if a required argument is null
   * @throws InvalidValueException rule {@code value.malformed} for a malformed code, {@code
   *     value.blank} for a blank message, {@code value.too-long} for a code or text over its length
   *     (texts: {@value Scalars#MAX_TEXT_LENGTH} characters, as bengkel's JSON reads them)
   */
  public static RefusalRecord of(
      String code,
      @Nullable String where,
      String subject,
      @Nullable String value,
      List<String> details,
      String message,
      String indonesianMessage) {
    MissingValueException.required(code, "code");
    if (code.length() > MAX_CODE) {
      throw InvalidValueException.of(CoreRule.TOO_LONG, "code", code, MAX_CODE);
    }
    if (!CODE.matcher(code).matches()) {
      throw InvalidValueException.of(CoreRule.MALFORMED, "code", code, "a rule code");
    }
    List<String> all = List.copyOf(MissingValueException.required(details, "details"));
    for (int i = 0; i < all.size(); i++) {
      text(all.get(i), "details[" + i + "]");
    }
    return new RefusalRecord(
        code,
        where == null ? null : text(where, "where"),
        text(subject, "subject"),
        value == null ? null : text(value, "value"),
        all,
        message(message, "message"),
        message(indonesianMessage, "indonesianMessage"));
  }

  // a message: a free text that says something (a blank one was read, and shown as the refusal)
  private static String message(String text, String field) {
    text(text, field);
    if (text.isBlank()) {
      throw InvalidValueException.of(CoreRule.BLANK, field, text);
    }
    return text;
  }

  // a free text that bengkel's JSON reads back (Scalars.TEXT)
  private static String text(String text, String field) {
    MissingValueException.required(text, field);
    if (text.codePointCount(0, text.length()) > Scalars.MAX_TEXT_LENGTH) {
      throw InvalidValueException.of(CoreRule.TOO_LONG, field, null, Scalars.MAX_TEXT_LENGTH);
    }
    return text;
  }

  /**
   * The rule code.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Where in the operation the refusal applies, such as {@code lines[2]}.
   *
   * @return the location, empty for the whole operation
   */
  public Optional<String> where() {
    return Optional.ofNullable(where);
  }

  /**
   * What the refusal is about.
   *
   * @return the subject, never null
   */
  public String subject() {
    return subject;
  }

  /**
   * The value asked for.
   *
   * @return the value, empty when it was personal data (withheld) or absent
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The rule's further values.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> details() {
    return details;
  }

  /**
   * The message in English.
   *
   * @return the message, never null
   */
  public String message() {
    return message;
  }

  /**
   * The message in Indonesian (<i>pesan</i>).
   *
   * @return the message, never null
   */
  public String indonesianMessage() {
    return indonesianMessage;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RefusalRecord r
        && r.code.equals(code)
        && Objects.equals(r.where, where)
        && r.subject.equals(subject)
        && Objects.equals(r.value, value)
        && r.details.equals(details)
        && r.message.equals(message)
        && r.indonesianMessage.equals(indonesianMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, where, subject, value, details, message, indonesianMessage);
  }

  /** The code, location and subject; never the value or the messages. */
  @Override
  public String toString() {
    return "RefusalRecord[" + code + (where == null ? "" : " at " + where) + " " + subject + "]";
  }
}
