package org.bengkel.examples.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.bengkel.error.Messages;

/** The language of messages: {@code en} (English) or {@code id} (Bahasa Indonesia). */
enum Language {
  en(Locale.ROOT),
  id(Messages.INDONESIAN);

  /** The Indonesian usage help (picocli reads it; English is in the annotations). */
  private static final String HELP_BUNDLE = "org.bengkel.examples.cli.help";

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  boolean indonesian() {
    return this == id;
  }

  /** Picks the English or the Indonesian text. */
  String pick(String english, String indonesian) {
    return this == id ? indonesian : english;
  }

  /** The usage help's texts in this language, for picocli; none for English (the annotations). */
  ResourceBundle help() {
    return ResourceBundle.getBundle(HELP_BUNDLE, locale);
  }

  /**
   * The language asked for on a command line, wherever {@code --lang} stands (before or after the
   * subcommand; the last one wins), for what is printed before or without a successful parse: usage
   * errors and help. {@code en} when none is given or the value is not a language (the parser then
   * reports that).
   */
  static Language fromArgs(String... args) {
    Language found = en;
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if ("--".equals(args[i])) {
        break;
      } else if ("--lang".equals(args[i]) && i + 1 < args.length) {
        value = args[++i];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        for (Language l : values()) {
          if (l.name().equalsIgnoreCase(value)) {
            found = l;
          }
        }
      }
    }
    return found;
  }
}
