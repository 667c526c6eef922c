package org.bengkel.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up rule messages in resource bundles, English or Indonesian.
 *
 * <p>Why not a {@code ResourceBundle.Control}: {@code getBundle} with a control is unsupported in
 * named modules. Instead, only two bundles exist per base name ({@code base} in English and
 * {@code base_id}); any locale whose language is not Indonesian is served from the base, whatever
 * the JVM's default locale is.
 *
 * <p>Immutable and thread-safe (it holds no state of its own; {@link ResourceBundle} caches).
 */
public final class Messages {

  /** The base name of bengkel-core's bundle. */
  public static final String CORE_BUNDLE = "org.bengkel.error.messages";

  /** Indonesian, the second language of every message. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /**
   * The longest text that an exception or refusal keeps of a value, subject or detail: longer
   * text is cut to this many characters, the last being an ellipsis, so that a hostile input of
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
   */
  public static String bounded(String text) {
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
   * The pattern stored under {@code code} in a bundle of bengkel-core, in the language of
   * {@code locale}.
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
   */
  public static boolean isIndonesian(Locale locale) {
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

  static String format(String pattern, Object... args) {
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
