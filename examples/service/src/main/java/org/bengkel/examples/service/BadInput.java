package org.bengkel.examples.service;

import java.util.function.Supplier;
import org.bengkel.error.InvalidValueException;

/**
 * A path segment, query parameter or header that bengkel refused to parse (a malformed NIP or SKU):
 * 400, where the same {@link InvalidValueException} thrown by a domain operation on valid input is
 * a refusal (422).
 */
final class BadInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String where;

  private BadInput(String where, InvalidValueException cause) {
    super(cause.ruleCode(), cause, false, false);
    this.where = where;
  }

  /**
   * Parses an input with one of bengkel's factories.
   *
   * @param <T> the value type
   * @param where the input's name as the client sees it, such as {@code path.nip} or {@code
   *     query.on}
   * @param parse the factory call
   * @return the value
   * @throws BadInput if bengkel refuses the text
   */
  static <T> T parse(String where, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      throw new BadInput(where, e);
    }
  }

  String where() {
    return where;
  }

  InvalidValueException error() {
    return (InvalidValueException) getCause();
  }
}
