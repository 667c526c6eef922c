package org.bengkel.error;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value that breaks a rule of its field (<i>nilai tidak sah</i>): names the field, the rejected
 * value (unless it is personal data) and the rule.
 *
 * <p>Thrown by every factory, builder and parser of the library when asked to build something
 * invalid, so that an invalid object can never exist. The rule's message pattern may refer to
 * {@code {0}} (the field), {@code {1}} (the value, or a redaction marker) and {@code {2}}... (the
 * details).
 *
 * <p>Immutable and thread-safe.
 */
public class InvalidValueException extends BengkelException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final @Nullable String rejectedValue;
  private final boolean personal;

  /**
   * Creates the exception; use the factories {@link #of} and {@link #personal} instead where you
   * can.
   *
   * @param rule the broken rule, not null
   * @param field the field's name, dot-separated for nested values, not null
   * @param rejectedValue the rejected value as text, null where there was none (missing value)
   * @param personal whether the value is personal data, which is then never shown
   * @param details the rule's extra values, not null
   * @param cause the cause, may be null
   */
  protected InvalidValueException(
      Rule rule,
      String field,
      @Nullable String rejectedValue,
      boolean personal,
      List<String> details,
      @Nullable Throwable cause) {
    super(rule, details, cause);
    this.field = MissingValueException.required(field, "field");
    this.rejectedValue = personal || rejectedValue == null ? null : Messages.bounded(rejectedValue);
    this.personal = personal;
  }

  /**
   * An invalid value that is not personal data; the value appears in the message.
   *
   * @param rule the broken rule, not null
   * @param field the field's name, not null
   * @param value the rejected value, may be null
   * @param details values that the message refers to as {@code {2}}, {@code {3}}, ...; not null
   * @return the exception, never null
   * @throws MissingValueException if {@code rule} or {@code details} is null
   */
  public static InvalidValueException of(
      Rule rule, String field, @Nullable Object value, @Nullable Object... details) {
    MissingValueException.required(rule, "rule");
    MissingValueException.required(details, "details");
    return new InvalidValueException(
        rule, field, value == null ? null : text(value), false, texts(details), null);
  }

  /**
   * An invalid value that is personal data (a trainee's name, registration number, sentence): the
   * message names the field and the rule but never the value.
   *
   * @param rule the broken rule, not null
   * @param field the field's name, not null
   * @param details values that the message refers to, not personal themselves; not null
   * @return the exception, never null
   * @throws MissingValueException if an argument is null
   */
  public static InvalidValueException personal(Rule rule, String field, Object... details) {
    MissingValueException.required(rule, "rule");
    MissingValueException.required(details, "details");
    return new InvalidValueException(rule, field, null, true, texts(details), null);
  }

  /**
   * The same error seen from an enclosing value: the field becomes {@code prefix.field}.
   *
   * @param prefix the enclosing field's name, not null
   * @return a new exception with the longer field path, this one as its cause
   * @throws MissingValueException if {@code prefix} is null
   */
  public InvalidValueException within(String prefix) {
    MissingValueException.required(prefix, "prefix");
    return new InvalidValueException(
        rule(), prefix + "." + field, rejectedValue, personal, details(), this);
  }

  /**
   * The name of the field whose value was rejected, dot-separated for nested values.
   *
   * @return the field, never null
   */
  public String field() {
    return field;
  }

  /**
   * The rejected value as text, unless it was personal data or absent.
   *
   * @return the value, empty when personal or missing
   */
  public Optional<String> rejectedValue() {
    return Optional.ofNullable(rejectedValue);
  }

  /**
   * Whether the rejected value is personal data and therefore not shown.
   *
   * @return true when the value is withheld
   */
  public boolean isPersonal() {
    return personal;
  }

  @Override
  public String message(Locale locale) {
    MissingValueException.required(locale, "locale");
    return format(locale, "frame.invalid", leadingArguments(locale));
  }

  @Override
  protected String[] leadingArguments(Locale locale) {
    String shown;
    if (personal) {
      shown = Messages.pattern(Messages.CORE_BUNDLE, "frame.redacted", locale);
    } else if (rejectedValue == null) {
      shown = Messages.pattern(Messages.CORE_BUNDLE, "frame.absent", locale);
    } else {
      shown = "'" + rejectedValue + "'";
    }
    return new String[] {field, shown};
  }

  static List<String> texts(@Nullable Object... details) {
    return Arrays.stream(details).map(BengkelException::text).toList();
  }
}
