package org.bengkel.examples.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bengkel.error.Messages;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonRule;

/** A document the tool could not read: the file, and bengkel's error with its path and rule. */
final class DocumentError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final BengkelJsonException error;

  DocumentError(Path file, BengkelJsonException error) {
    super(error.ruleCode(), null, false, false);
    this.file = file;
    this.error = error;
  }

  Path file() {
    return file;
  }

  BengkelJsonException error() {
    return error;
  }

  /**
   * The error as {@code $.path [rule.code] reason}, in the given language. Several missing
   * properties (the reader names them {@code nip, name}) are joined with the language's grammar:
   * {@code the required properties 'nip' and 'name' are missing}.
   */
  static String line(BengkelJsonException e, Locale locale) {
    return e.path() + " [" + e.ruleCode() + "] " + reason(e, locale);
  }

  private static String reason(BengkelJsonException e, Locale locale) {
    List<String> missing =
        JsonRule.MISSING_PROPERTY.code().equals(e.ruleCode()) && e.details().size() == 1
            ? Arrays.stream(e.details().get(0).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()
            : List.of();
    if (missing.size() < 2) {
      return e.reason(locale);
    }
    String names = Messages.quotedList(missing, locale);
    return Messages.isIndonesian(locale)
        ? "properti wajib " + names + " tidak ada"
        : "the required properties " + names + " are missing";
  }
}
