package org.bengkel.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up rule messages in resource bundles, English or Indonesian.
 *
 * <p>Why not a {@code ResourceBundle.Control}: {@code getBundle} with a control is unsupported in
 * named modules. Instead, only two bundles exist per base name ({@code base} in English and {@code
 * base_id}); any locale whose language is not Indonesian is served from the base, whatever the
 * JVM's default locale is.
 *
 * <p>Immutable and thread-safe (it holds no state of its own; {@link ResourceBundle} caches).
 */
public final class Messages {

  /** The base name of bengkel-core's bundle. */
  public static final String CORE_BUNDLE = "org.bengkel.error.messages";

  /** Indonesian, the second language of every message. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /**
   * The longest text that an exception or refusal keeps of a value, subject or detail: longer text
   * is cut to this many characters, the last being an ellipsis, so that a hostile input of
   * megabytes cannot make a message of megabytes.
   */
  public static final int MAX_TEXT_LENGTH = 200;

  private Messages() {}

  /**
   * A text cut to {@link #MAX_TEXT_LENGTH} characters, its last one an ellipsis ({@code …}) where
   * it was cut; never cut inside a surrogate pair.
   *
   * @param text any text, not null
   * @return the text itself when short enough, otherwise its start and an ellipsis
   * @throws MissingValueException if {@code text} is null
   */
  public static String bounded(String text) {
    MissingValueException.required(text, "text");
    if (text.length() <= MAX_TEXT_LENGTH) {
      return text;
    }
    int cut = MAX_TEXT_LENGTH - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "\u2026";
  }

  /**
   * The pattern stored under {@code code} in a bundle of bengkel-core, in the language of {@code
   * locale}.
   *
   * @param baseName the bundle's base name, not null
   * @param code the key, not null
   * @param locale the language wanted, not null
   * @return the pattern, or {@code code} itself if the bundle has no entry
   */
  static String pattern(String baseName, String code, Locale locale) {
    return lookup(bundle(baseName, locale), code);
  }

  /**
   * Finds a key in a bundle that the caller loaded, falling back to the key itself.
   *
   * @param bundle the bundle, not null
   * @param code the key, not null
   * @return the value, or {@code code} where the bundle has none
   */
  public static String lookup(ResourceBundle bundle, String code) {
    MissingValueException.required(bundle, "bundle");
    MissingValueException.required(code, "code");
    try {
      return bundle.getString(code);
    } catch (MissingResourceException e) {
      return code;
    }
  }

  /**
   * Whether {@code locale} asks for Indonesian.
   *
   * @param locale any locale, not null
   * @return true for the languages {@code id} and its legacy code {@code in}
   * @throws MissingValueException if {@code locale} is null
   */
  public static boolean isIndonesian(Locale locale) {
    MissingValueException.required(locale, "locale");
    String language = locale.getLanguage();
    return "id".equals(language) || "in".equals(language);
  }

  /**
   * Loads a bundle of the calling module in English or Indonesian. Rules declared outside
   * bengkel-core call {@code ResourceBundle.getBundle} themselves (bundles are encapsulated in
   * their module) and then {@link #lookup}; this is for core's own packages.
   *
   * @param baseName the bundle's base name
   * @param locale the language wanted
   * @return the bundle
   */
  static ResourceBundle bundle(String baseName, Locale locale) {
    // Ask for ROOT rather than ENGLISH so the JVM default locale never leaks in as a fallback.
    return ResourceBundle.getBundle(baseName, isIndonesian(locale) ? INDONESIAN : Locale.ROOT);
  }

  /**
   * The display name of a value, as {@link Displayable#displayName} documents: the entry {@code
   * SimpleTypeName.CODE} of the bundle {@code labels} in the value's package, else the code.
   *
   * @param value an enum constant or a value whose {@code toString()} is its code, not null
   * @param locale the language wanted, not null
   * @return the name, never null
   */
  static String displayName(Object value, Locale locale) {
    MissingValueException.required(value, "value");
    MissingValueException.required(locale, "locale");
    Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
    String code = value instanceof Enum<?> e ? e.name() : value.toString();
    ResourceBundle labels;
    try {
      labels = bundle(type.getPackageName() + ".labels", locale);
    } catch (MissingResourceException e) {
      return code;
    }
    String key = type.getSimpleName() + "." + code;
    String name = lookup(labels, key);
    return name.equals(key) ? code : name;
  }

  /**
   * A message pattern of bengkel-core that is not a rule's: the entry {@code key} of the bundle
   * {@code messages} of the package of {@code owner}, for values that explain themselves with a
   * code and parameters (such as a price step).
   *
   * @param owner a type of bengkel-core whose package holds the bundle, not null
   * @param key the key, not null
   * @param locale the language wanted, not null
   * @return the pattern in {@link java.text.MessageFormat} syntax, or {@code key} where none exists
   * @throws MissingValueException if an argument is null
   */
  public static String pattern(Class<?> owner, String key, Locale locale) {
    MissingValueException.required(owner, "owner");
    MissingValueException.required(key, "key");
    MissingValueException.required(locale, "locale");
    return pattern(owner.getPackageName() + ".messages", key, locale);
  }

  /**
   * Joins names for a sentence in the reader's language: {@code 'nip'}; {@code 'nip' and 'name'};
   * {@code 'a', 'b' and 'c'} (Indonesian {@code dan}), each name in single quotes.
   *
   * @param names the names, not null, at least one
   * @param locale the reader's language, not null
   * @return the joined names, never null
   * @throws IllegalArgumentException for no names
   */
  public static String quotedList(List<String> names, Locale locale) {
    MissingValueException.required(names, "names");
    MissingValueException.required(locale, "locale");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no names to join");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(i < names.size() - 1 ? ", " : isIndonesian(locale) ? " dan " : " and ");
      }
      sb.append('\'').append(names.get(i)).append('\'');
    }
    return sb.toString();
  }

  /**
   * A fixed phrase of a message in the reader's language: a value's expected form ({@code "1 to 20
   * digits"}) or a description standing in for a value ({@code "all zero"}), passed to an exception
   * in English, as {@link BengkelException#details()} keep it. Its Indonesian is declared once, in
   * core's bundle under {@code phrase.} and the English phrase; any other text (a number, a code, a
   * phrase with values in it) is returned as it is.
   *
   * @param text the English text, not null
   * @param locale the reader's language, not null
   * @return the text in that language, never null
   * @throws MissingValueException if an argument is null
   */
  public static String phrase(String text, Locale locale) {
    MissingValueException.required(text, "text");
    if (!isIndonesian(locale)) {
      return text;
    }
    String key = "phrase." + text;
    String translated = lookup(bundle(CORE_BUNDLE, locale), key);
    return translated.equals(key) ? text : translated;
  }

  /**
   * Formats a pattern with its arguments, independent of the JVM's default locale: arguments are
   * expected as text already formatted for the reader.
   *
   * @param pattern the {@link java.text.MessageFormat} pattern, not null
   * @param args the arguments, not null
   * @return the text, never null
   * @throws MissingValueException if {@code pattern} or {@code args} is null
   */
  public static String format(String pattern, Object... args) {
    MissingValueException.required(pattern, "pattern");
    MissingValueException.required(args, "args");
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
