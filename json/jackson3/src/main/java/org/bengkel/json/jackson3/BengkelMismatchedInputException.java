package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.internal.ModuleSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A bengkel value that could not be read, in Jackson 3's terms (<i>nilai bengkel tidak
 * terbaca</i>): what the module's deserializers throw for every failure, so that frameworks which
 * classify Jackson's exceptions (Spring answers a {@code JacksonException} with 400) treat it as
 * bad input. Its {@linkplain #getCause() cause}, also given by {@link #bengkelException()}, is the
 * {@link BengkelJsonException} with bengkel's JSON path, rule code and localised message; Jackson
 * adds its own path of the caller's classes ({@link #getPath()}) as the exception travels out.
 *
 * <p>Not meant to be created by applications. Thread-safe once thrown.
 */
public final class BengkelMismatchedInputException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final BengkelJsonException bengkel;

  BengkelMismatchedInputException(JsonParser parser, BengkelJsonException bengkel, Class<?> type) {
    super(parser, bengkel.getMessage(), type);
    this.bengkel = bengkel;
  }

  /**
   * bengkel's error: its JSON path from the document's root, rule code and localised message.
   *
   * @return the error, never null
   */
  public BengkelJsonException bengkelException() {
    return bengkel;
  }

  /**
   * The cause, bengkel's error, as in the Jackson 2 module.
   *
   * @return {@link #bengkelException()}
   */
  @Override
  public synchronized Throwable getCause() {
    return bengkel;
  }

  /**
   * Adds a place to Jackson's path ({@link #getPath()}, and the reference chain of the message) as
   * Jackson does, except that a key of a caller's {@code Map} is shown as {@code <key>}, as in
   * bengkel's path: a caller may key a map by registration number or name, which no error may
   * repeat.
   *
   * @param r the place, not null
   * @return this exception
   */
  @Override
  public JacksonException prependPath(JacksonException.Reference r) {
    return super.prependPath(shown(r));
  }

  private static JacksonException.Reference shown(JacksonException.Reference r) {
    return r.getPropertyName() != null && ModuleSupport.isMap(r.from())
        ? new JacksonException.Reference(r.from(), ModuleSupport.MAP_KEY_SHOWN)
        : r;
  }
}
