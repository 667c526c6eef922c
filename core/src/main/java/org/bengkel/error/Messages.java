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
   * it was cut; never cut inside a surrogate pair or an escape. Control and format characters, line
   * and paragraph separators and unpaired surrogates are first written as escapes ({@link
   * #printable}), so that a value from hostile input cannot break or forge a line of a log or move
   * a terminal's cursor.
   *
   * @param text any text, not null
   * @return the text itself when short and printable, otherwise its printable start and an ellipsis
   * @throws MissingValueException if {@code text} is null
   */
  public static String bounded(String text) {
    MissingValueException.required(text, "text");
    String shown = printable(text);
    if (shown.length() <= MAX_TEXT_LENGTH) {
      return shown;
    }
    return shown.substring(0, cutBefore(shown, MAX_TEXT_LENGTH - 1)) + "\u2026";
  }

  /**
   * A text with every character that is not visible text written as an escape, a backslash, {@code
   * u} and the four lower-case hexadecimal digits of each UTF-16 unit (a line feed shows as six
   * characters ending in {@code u000a}): control characters (line feed, carriage return, escape,
   * NUL...), format characters (such as the direction override U+202E), the line and paragraph
   * separators, and a surrogate without its pair. Everything else is kept as it is.
   *
   * @param text any text, not null
   * @return the text itself when it has nothing to escape, never null
   * @throws MissingValueException if {@code text} is null
   */
  public static String printable(String text) {
    MissingValueException.required(text, "text");
    int i = 0;
    while (i < text.length() && visible(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (visible(cp)) {
        out.appendCodePoint(cp);
      } else {
        for (int k = i; k < i + n; k++) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(k)));
        }
      }
      i += n;
    }
    return out.toString();
  }

  private static boolean visible(int cp) {
    int type = Character.getType(cp);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.SURROGATE;
  }

  /**
   * Where to cut a {@linkplain #printable printable} text to keep at most {@code max} characters:
   * at {@code max}, or before a surrogate pair or an escape (see {@link #printable}) that {@code
   * max} would split.
   *
   * @param shown a printable text longer than {@code max}, not null
   * @param max the most characters kept, at least 6
   * @return the length to keep, never more than {@code max}
   * @throws MissingValueException if {@code shown} is null
   */
  public static int cutBefore(String shown, int max) {
    MissingValueException.required(shown, "shown");
    int cut = Math.min(max, shown.length());
    if (cut > 0 && cut < shown.length() && Character.isHighSurrogate(shown.charAt(cut - 1))) {
      cut--;
    }
    int escape = shown.lastIndexOf("\\u", cut - 1);
    if (escape >= 0 && escape + 6 > cut && cut < shown.length()) {
      cut = escape;
    }
    return cut;
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
   * A fixed phrase of a message's details in the reader's language, such as a value's expected form
   * ({@code "1 to 20 digits"}), passed to an exception or refusal in English, as {@link
   * BengkelException#details()} keep it. Its Indonesian is declared once, in core's bundle under
   * {@code phrase.} and the English phrase; any other text (a number, a code, a phrase with values
   * in it) is returned as it is. The rejected value itself is never translated: it is what was
   * given.
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
