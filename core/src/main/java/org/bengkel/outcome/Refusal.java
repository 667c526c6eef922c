package org.bengkel.outcome;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.bengkel.error.Displayable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.bengkel.error.Rule;
import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Why an operation was refused (<i>alasan penolakan</i>): the rule that refused it, what it was
 * about, the value asked for (unless it is personal data) and the values that explain it.
 *
 * <p>A refusal is a business answer, not an error. {@link #code()} is the stable rule code to match
 * on; {@link #message(Locale)} explains it in English or Indonesian. The rule's message pattern
 * refers to {@code {0}} (the subject), {@code {1}} (the value, or a marker where it is withheld or
 * absent) and {@code {2}}... (the details).
 *
 * <p>The subject names a thing, never a person: a SKU, a lot code, a stage, an order line, or the
 * field that holds personal data ({@code "team"}), not a trainee's registration number.
 *
 * <p>Immutable and thread-safe.
 */
public final class Refusal {

  private static final String BUNDLE = "org.bengkel.outcome.messages";

  private final Rule rule;
  private final String subject;
  private final @Nullable String value;
  private final boolean personal;
  private final List<String> details;
  private final @Nullable String at;

  /**
   * The arguments of the message ({@code {0}} subject, {@code {1}} value, then the details) that
   * were values with a name for people (a status, a stage, a channel), by position; shown by their
   * {@linkplain Displayable#displayName display name} in the reader's language, while the strings
   * above keep their codes for machines. Not part of equality: a refusal read back from JSON shows
   * codes.
   */
  private final Map<Integer, Displayable> named;

  private Refusal(
      Rule rule,
      String subject,
      @Nullable String value,
      boolean personal,
      List<String> details,
      @Nullable String at,
      Map<Integer, Displayable> named) {
    this.rule = rule;
    this.subject = subject;
    this.value = value;
    this.personal = personal;
    this.details = details;
    this.at = at;
    this.named = named;
  }

  /**
   * A refusal whose value may be shown.
   *
   * @param rule the rule that refused, not null
   * @param subject what the refusal is about, not null; its {@code toString()} is shown, so pass
   *     codes and states, never objects that hold personal data
   * @param value the value asked for, not null (its {@code toString()} is shown)
   * @param details values the rule's message refers to as {@code {2}}, {@code {3}}...; not null
   * @return the refusal, never null
   * @throws MissingValueException if an argument is null
   */
  public static Refusal of(Rule rule, Object subject, Object value, Object... details) {
    return new Refusal(
        Checks.required(rule, "rule"),
        text(subject, "subject"),
        text(value, "value"),
        false,
        texts(details),
        null,
        named(subject, value, details));
  }

  /**
   * A refusal whose value is personal data (a trainee's registration number, a sentence date): the
   * message names the subject and the rule but never the value.
   *
   * @param rule the rule that refused, not null
   * @param subject what the refusal is about, not null and not personal itself
   * @param details values the rule's message refers to, not null and not personal themselves
   * @return the refusal, never null
   * @throws MissingValueException if an argument is null
   */
  public static Refusal personal(Rule rule, Object subject, Object... details) {
    return new Refusal(
        Checks.required(rule, "rule"),
        text(subject, "subject"),
        null,
        true,
        texts(details),
        null,
        named(subject, null, details));
  }

  /**
   * The refusal of an operation whose new state broke an invariant: the exception's rule, its field
   * as the subject, its value (withheld where personal) and its details.
   *
   * @param e the exception thrown while building the new state, not null
   * @return the refusal, never null
   * @throws MissingValueException if {@code e} is null
   */
  public static Refusal of(InvalidValueException e) {
    Checks.required(e, "e");
    Object[] details = e.details().toArray();
    return e.isPersonal()
        ? personal(e.rule(), e.field(), details)
        : of(e.rule(), e.field(), e.rejectedValue().orElse(""), details);
  }

  /**
   * This refusal as the exception of a construction, such as rebuilding a value from a stored
   * history in which an operation would be refused: the same rule and details, the value withheld
   * where personal.
   *
   * @param field the field of the stored history that holds the refused step, not null
   * @return the exception, never null
   * @throws MissingValueException if {@code field} is null
   */
  public InvalidValueException toInvalidValue(String field) {
    Checks.required(field, "field");
    Object[] shown = details.toArray();
    return personal
        ? InvalidValueException.personal(rule, field, shown)
        : InvalidValueException.of(rule, field, value, shown);
  }

  /**
   * The same refusal located inside a larger operation, such as the order line it concerns.
   *
   * @param where where it applies, for example {@code "lines[2]"}; not null
   * @return a copy located there (an existing location is kept after it, dot-separated)
   * @throws MissingValueException if {@code where} is null
   */
  public Refusal at(String where) {
    String w = text(where, "where");
    return new Refusal(
        rule, subject, value, personal, details, at == null ? w : w + "." + at, named);
  }

  /**
   * The rule that refused.
   *
   * @return the rule, never null
   */
  public Rule rule() {
    return rule;
  }

  /**
   * The stable rule code, such as {@code inventory.available.insufficient}.
   *
   * @return the code, never null
   */
  public String code() {
    return rule.code();
  }

  /**
   * What the refusal is about ({@code {0}} in the message).
   *
   * @return the subject, never null
   */
  public String subject() {
    return subject;
  }

  /**
   * The value asked for ({@code {1}} in the message).
   *
   * @return the value, empty when it is personal data
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Whether the value is personal data and therefore withheld.
   *
   * @return true when withheld
   */
  public boolean isPersonal() {
    return personal;
  }

  /**
   * The rule's further values ({@code {2}}... in the message), documented on each rule.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> details() {
    return details;
  }

  /**
   * Where in a larger operation the refusal applies, such as {@code "lines[2]"}.
   *
   * @return the location, empty when it concerns the whole operation
   */
  public Optional<String> where() {
    return Optional.ofNullable(at);
  }

  /**
   * The explanation in the caller's language: Indonesian for {@code id}, English otherwise.
   *
   * @param locale the caller's locale, not null
   * @return the location (if any), the rule's message and the code in brackets, never null
   * @throws MissingValueException if {@code locale} is null
   */
  public String message(Locale locale) {
    Checks.required(locale, "locale");
    String[] leading = leadingArguments(locale);
    Object[] args = new Object[leading.length + details.size()];
    System.arraycopy(leading, 0, args, 0, leading.length);
    for (int i = 0; i < details.size(); i++) {
      args[leading.length + i] = Messages.phrase(details.get(i), locale);
    }
    // a withheld value stays withheld: a personal refusal keeps no value, so none is named at {1}
    named.forEach((i, v) -> args[i] = v.displayName(locale));
    String text = new MessageFormat(rule.pattern(locale), Locale.ROOT).format(args);
    return (at == null ? "" : at + ": ") + text + " [" + code() + "]";
  }

  /** {@code {0}} and {@code {1}} of the rule's message: the subject and the value as shown. */
  String[] leadingArguments(Locale locale) {
    // only a personal refusal has no value
    return new String[] {subject, value == null ? marker(locale) : value};
  }

  private static String marker(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, Messages.isIndonesian(locale) ? Messages.INDONESIAN : Locale.ROOT);
    return Messages.lookup(bundle, "refusal.withheld");
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Refusal)) {
      return false;
    }
    Refusal r = (Refusal) o;
    return rule.equals(r.rule)
        && subject.equals(r.subject)
        && Objects.equals(value, r.value)
        && personal == r.personal
        && details.equals(r.details)
        && Objects.equals(at, r.at);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, subject, value, personal, details, at);
  }

  /** The code, location and subject; the value and details only where not personal. */
  @Override
  public String toString() {
    return "Refusal{"
        + code()
        + (at == null ? "" : " at " + at)
        + " "
        + subject
        + (personal ? "" : " " + value + " " + details)
        + "}";
  }

  /** Subject, value and details as kept: their text, bounded by {@link Messages#bounded}. */
  private static String text(@Nullable Object value, String name) {
    return Messages.bounded(Checks.required(value, name).toString());
  }

  private static Map<Integer, Displayable> named(
      Object subject, @Nullable Object value, @Nullable Object... details) {
    Map<Integer, Displayable> named = new HashMap<>();
    if (subject instanceof Displayable d) {
      named.put(0, d);
    }
    if (value instanceof Displayable d) {
      named.put(1, d);
    }
    for (int i = 0; i < details.length; i++) {
      if (details[i] instanceof Displayable d) {
        named.put(2 + i, d);
      }
    }
    return Map.copyOf(named);
  }

  private static List<String> texts(@Nullable Object... details) {
    Checks.required(details, "details");
    return Arrays.stream(details).map(d -> text(d, "details")).toList();
  }
}
