package org.bengkel.examples.cli;

import java.util.Locale;

/** The language of messages: {@code en} (English) or {@code id} (Bahasa Indonesia). */
enum Language {
  en(Locale.ROOT),
  id(Locale.forLanguageTag("id"));

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
}
