package org.bengkel.error;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of bengkel's exceptions: a broken contract, never a business decision.
 *
 * <p>Business questions ("may this trainee work outside the walls?") are answered with decision
 * values; exceptions are for input that can never be valid and for impossible state transitions.
 * Every exception names the {@link Rule} it enforces, so callers can react to the {@linkplain
 * #ruleCode() code} and show the {@linkplain #message(Locale) message} in English or Indonesian.
 *
 * <p>Instances are immutable once thrown and safe to share between threads. Messages never contain
 * personal data: subclasses redact values marked as personal.
 */
public abstract class BengkelException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Rule rule;
  private final String code;
  private final List<String> details;

  /**
   * Creates an exception for a rule.
   *
   * @param rule the rule that was broken, not null
   * @param details values that the rule's message pattern refers to from index 2 on, not null
   * @param cause the underlying cause, may be null
   */
  protected BengkelException(Rule rule, List<String> details, @Nullable Throwable cause) {
    super(rule.code(), cause);
    this.rule = rule;
    this.code = rule.code();
    this.details = details.stream().map(Messages::bounded).toList();
  }

  /**
   * The rule that was broken.
   *
   * @return the rule, never null (after deserialization of a serialized exception the rule object
   *     is not kept; use {@link #ruleCode()})
   */
  public Rule rule() {
    return rule;
  }

  /**
   * The machine-readable code of the broken rule, for example {@code money.overflow}.
   *
   * @return the code, never null
   */
  public String ruleCode() {
    return code;
  }

  /**
   * The extra values that the rule's message mentions (limits, dates), already formatted.
   *
   * @return an unmodifiable list, never null, possibly empty
   */
  public List<String> details() {
    return details;
  }

  /**
   * The human message in the caller's language: Indonesian for {@code id}, English otherwise.
   *
   * @param locale the caller's locale, not null
   * @return the message, never null
   * @throws MissingValueException if {@code locale} is null
   */
  public abstract String message(Locale locale);

  /**
   * Only the rule's own text in the caller's language, without the field, value and code around it:
   * for example "must not be negative". Useful where the field is already shown.
   *
   * @param locale the caller's locale, not null
   * @return the rule's text, never null
   * @throws MissingValueException if {@code locale} is null
   */
  public String reason(Locale locale) {
    MissingValueException.required(locale, "locale");
    return Messages.format(
        rule != null ? rule.pattern(locale) : code, arguments(locale, leadingArguments(locale)));
  }

  /**
   * The arguments that come before the {@linkplain #details() details} in the rule's message
   * pattern: field and shown value for invalid values, from and to for transitions. Subclasses
   * whose rules use such leading arguments override this.
   *
   * @param locale the language of any marker among them (such as a redaction notice), not null
   * @return the leading arguments, never null; empty by default
   */
  protected String[] leadingArguments(Locale locale) {
    return new String[0];
  }

  /** The English message. */
  @Override
  public String getMessage() {
    return message(Locale.ROOT);
  }

  /** The message in the JVM's default locale (Indonesian or English). */
  @Override
  public String getLocalizedMessage() {
    return message(Locale.getDefault());
  }

  /**
   * Formats the message: the frame pattern around the rule's own pattern.
   *
   * @param locale the language
   * @param frameKey the key of the frame in the core bundle
   * @param first the first two arguments (field and value, or from and to)
   * @return the formatted message
   */
  String format(Locale locale, String frameKey, String... first) {
    String ruleText =
        Messages.format(rule != null ? rule.pattern(locale) : code, arguments(locale, first));
    String frame = Messages.pattern(Messages.CORE_BUNDLE, frameKey, locale);
    Object[] frameArgs = Arrays.copyOf(first, first.length + 2, Object[].class);
    frameArgs[first.length] = ruleText;
    frameArgs[first.length + 1] = code;
    return Messages.format(frame, frameArgs);
  }

  private Object[] arguments(Locale locale, String... first) {
    Object[] args = new Object[first.length + details.size()];
    System.arraycopy(first, 0, args, 0, first.length);
    for (int i = 0; i < details.size(); i++) {
      args[first.length + i] = Messages.phrase(details.get(i), locale);
    }
    return args;
  }

  /** A value or detail as kept in the exception: its text, bounded by {@link Messages#bounded}. */
  static String text(@Nullable Object value) {
    return Messages.bounded(Objects.toString(value));
  }
}
