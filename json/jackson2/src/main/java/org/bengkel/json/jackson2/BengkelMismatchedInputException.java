package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.internal.ModuleSupport;

/**
 * A bengkel value that could not be read, in Jackson 2's terms (<i>nilai bengkel tidak
 * terbaca</i>): what the module's deserializers throw for every failure, so that frameworks which
 * classify Jackson's exceptions (Spring answers a {@code JsonProcessingException} with 400) treat
 * it as bad input. Its {@linkplain #getCause() cause}, also given by {@link #bengkelException()},
 * is the {@link BengkelJsonException} with bengkel's JSON path, rule code and localised message;
 * Jackson adds its own path of the caller's classes ({@link #getPath()}) as the exception travels
 * out.
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
   * The cause, bengkel's error; Jackson 2's constructors leave no way to set it otherwise.
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
   */
  @Override
  public void prependPath(JsonMappingException.Reference r) {
    super.prependPath(shown(r));
  }

  private static JsonMappingException.Reference shown(JsonMappingException.Reference r) {
    return r.getFieldName() != null && ModuleSupport.isMap(r.getFrom())
        ? new JsonMappingException.Reference(r.getFrom(), ModuleSupport.MAP_KEY_SHOWN)
        : r;
  }
}
