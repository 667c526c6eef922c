package org.bengkel.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.bengkel.json.BengkelJsonException;

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
   * The error as {@code $.path [rule.code] reason}, in the given language; several missing
   * properties read {@code the required properties 'nip' and 'name' are missing}, as bengkel's
   * error words them.
   */
  static String line(BengkelJsonException e, Locale locale) {
    return e.path() + " [" + e.ruleCode() + "] " + e.reason(locale);
  }
}
