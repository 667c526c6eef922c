package org.bengkel.json;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.error.BengkelException;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.bengkel.error.Rule;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that cannot be read as the requested type (<i>dokumen JSON tidak sah</i>): names
 * the JSON path of the offending value (for example {@code $.officers[2].nip}) and the rule it
 * breaks.
 *
 * <p>The rule is a {@link JsonRule} when the document breaks the format itself (unknown property,
 * float amount, trailing tokens...), or the domain rule of bengkel-core when a well-formed value is
 * refused by the type's factory (a bad NIP gives {@code facility.nip.birth-date}); the core {@link
 * InvalidValueException} is then the {@linkplain #valueError() cause}. A {@link JsonRule}'s message
 * repeats no value from the document, only property names; a core rule's message is core's, which
 * names the field, the value unless it is personal data, and the rule ({@code JSON $.nip: Invalid
 * value for 'nip' ('198513122010121001'): ...}). Neither ever repeats personal data.
 *
 * <p>Immutable and thread-safe.
 */
public final class BengkelJsonException extends BengkelException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN = 64;

  /** The key of the text for several missing properties, beside {@code json.missing-property}. */
  private static final String MISSING_PROPERTIES = "json.missing-properties";

  private final String path;

  private BengkelJsonException(
      Rule rule, String path, List<String> details, @Nullable Throwable cause) {
    super(rule, details, cause);
    this.path = MissingValueException.required(path, "path");
  }

  /**
   * An error of the JSON format at a path.
   *
   * @param rule the broken rule, not null
   * @param path the JSON path, such as {@code $.nip}, not null
   * @param details the values the rule's message refers to as {@code {2}}, {@code {3}}...; long
   *     texts are shortened; for {@code json.duplicate-key} and {@code json.unknown-property}, a
   *     property name that starts as a registration number does is shown {@code <registration
   *     number>} (see {@link JsonPath}); not null
   * @return the exception, never null
   */
  public static BengkelJsonException of(Rule rule, String path, Object... details) {
    // a repeated or unknown property's name is the document's text: never a registration number
    boolean named = rule == JsonRule.DUPLICATE_KEY || rule == JsonRule.UNKNOWN_PROPERTY;
    return new BengkelJsonException(
        rule,
        path,
        Arrays.stream(details)
            .map(String::valueOf)
            .map(d -> shorten(named ? JsonPath.shownName(d) : d))
            .toList(),
        null);
  }

  /**
   * An error for a text that is not one of the values bengkel knows (an enumeration's constants,
   * the document kinds): the known values are bengkel's own names, not text from the document, so
   * they are listed up to the length of every detail ({@link Messages#MAX_TEXT_LENGTH}), where a
   * detail from the document is shortened to 64 characters.
   *
   * @param rule the broken rule, not null
   * @param path the JSON path, such as {@code $.channel}, not null
   * @param known the values the text may take, in the order to show them, not null
   * @return the exception, its detail {@code {2}} the list, never null
   */
  static BengkelJsonException ofKnown(Rule rule, String path, Collection<?> known) {
    return new BengkelJsonException(
        rule, path, List.of(Messages.printable(known.toString())), null);
  }

  /**
   * The same error at a different place, keeping its rule, details and cause; used when a reader
   * nested inside another document reports a path relative to its own start.
   *
   * @param newPath the full JSON path, not null
   * @return a new exception, never null
   */
  public BengkelJsonException at(String newPath) {
    return new BengkelJsonException(rule(), newPath, details(), getCause());
  }

  /**
   * A value refused by bengkel-core while it was being built from the document: keeps the core rule
   * and adds the JSON path.
   *
   * @param cause the core error, not null
   * @param path the JSON path of the refused value, not null
   * @return the exception, with {@code cause} as its cause, never null
   */
  public static BengkelJsonException wrapping(InvalidValueException cause, String path) {
    return new BengkelJsonException(cause.rule(), path, cause.details(), cause);
  }

  /**
   * The JSON path of the offending value, {@code $} for the whole document, {@code .name} for a
   * property and {@code [i]} for an array element (names that are not plain identifiers are written
   * {@code ['na me']}).
   *
   * @return the path, never null
   */
  public String path() {
    return path;
  }

  /**
   * The error of bengkel-core that refused the value, when the document was well-formed but the
   * value broke a domain rule.
   *
   * @return the core error, empty for errors of the JSON format itself
   */
  public Optional<InvalidValueException> valueError() {
    return getCause() instanceof InvalidValueException e ? Optional.of(e) : Optional.empty();
  }

  @Override
  protected String[] leadingArguments(Locale locale) {
    return new String[] {path, ""};
  }

  /**
   * The rule's text alone: that of the core error where a domain rule refused the value.
   *
   * @param locale the caller's locale, not null
   * @return the text, never null
   */
  @Override
  public String reason(Locale locale) {
    return valueError().map(e -> e.reason(locale)).orElseGet(() -> ruleText(locale));
  }

  @Override
  public String message(Locale locale) {
    String text;
    Optional<InvalidValueException> valueError = valueError();
    if (valueError.isPresent()) {
      text = valueError.get().message(locale);
    } else {
      text = ruleText(locale) + " [" + ruleCode() + "]";
    }
    String frame = Messages.lookup(JsonRule.bundle(locale), "frame");
    return new MessageFormat(frame, Locale.ROOT).format(new Object[] {path, text});
  }

  /**
   * The rule's text with the path and the details; several missing properties (detail {@code "nip,
   * name"}) are named with the language's grammar: "the required properties 'nip' and 'name' are
   * missing".
   */
  private String ruleText(Locale locale) {
    Object[] args = new Object[2 + details().size()];
    args[0] = path;
    args[1] = "";
    for (int i = 0; i < details().size(); i++) {
      args[2 + i] =
          rule() instanceof JsonRule r && r.phrasedDetails()
              ? phrase(details().get(i), locale)
              : details().get(i);
    }
    String pattern = rule() != null ? rule().pattern(locale) : ruleCode();
    if (rule() == JsonRule.MISSING_PROPERTY && details().size() == 1) {
      List<String> names = List.of(details().get(0).split(", *"));
      if (names.size() > 1) {
        pattern = Messages.lookup(JsonRule.bundle(locale), MISSING_PROPERTIES);
        args[2] = Messages.quotedList(names, locale);
      }
    }
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /**
   * A fixed English phrase of this module's messages ("a string", "the end of an object") in the
   * reader's language: declared once, in this module's bundle under {@code phrase.} and the English
   * phrase, falling back to core's phrases ({@link Messages#phrase}) and then to the text itself.
   */
  static String phrase(String text, Locale locale) {
    if (!Messages.isIndonesian(locale)) {
      return text;
    }
    String key = "phrase." + text;
    String own = Messages.lookup(JsonRule.bundle(locale), key);
    if (!own.equals(key)) {
      return own;
    }
    // a phrase with numbers in it ("nesting depth 1000", "line 3, column 7") is declared once with
    // {0}, {1}... in their places
    Matcher numbers = NUMBER.matcher(text);
    List<Object> found = new ArrayList<>();
    StringBuilder template = new StringBuilder("phrase.");
    while (numbers.find()) {
      numbers.appendReplacement(template, "{" + found.size() + "}");
      found.add(numbers.group());
    }
    numbers.appendTail(template);
    String pattern = Messages.lookup(JsonRule.bundle(locale), template.toString());
    if (!found.isEmpty() && !pattern.equals(template.toString())) {
      return new MessageFormat(pattern, Locale.ROOT).format(found.toArray());
    }
    return Messages.phrase(text, locale);
  }

  private static final Pattern NUMBER = Pattern.compile("[0-9]+");

  /**
   * A text as an error shows it: {@linkplain Messages#printable printable} (a control character
   * from the document cannot break or forge a line of a log), at most 64 characters.
   */
  static String shorten(String text) {
    String shown = Messages.printable(text);
    return shown.length() <= MAX_SHOWN
        ? shown
        : shown.substring(0, Messages.cutBefore(shown, MAX_SHOWN - 3)) + "...";
  }
}
