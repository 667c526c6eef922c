package org.bengkel.json;

/**
 * The few operations a JSON library must offer for bengkel's {@link JsonReader} to read from it:
 * the service provider side of the format. The Jackson modules implement it over their parsers.
 *
 * <p>Implementations are stateful and not thread-safe; one reads one document.
 */
public interface JsonTokenSource {

  /**
   * Moves to the next token.
   *
   * @return the token, never null; {@link JsonToken#END_DOCUMENT} once the input is exhausted
   * @throws BengkelJsonException rule {@code json.malformed} for text that is not JSON,
   *     {@code json.duplicate-key} where the library detects duplicates itself, or
   *     {@code json.limit-exceeded} when a reading limit is reached
   */
  JsonToken next();

  /**
   * The text of the current token: the name for {@link JsonToken#NAME}, the value for
   * {@link JsonToken#STRING}, the literal as written for {@link JsonToken#NUMBER}.
   *
   * @return the text, never null for those tokens
   */
  String text();

  /**
   * Whether the current {@link JsonToken#NUMBER} is written without fraction or exponent.
   *
   * @return true for integers such as {@code -12}, false for {@code 1.0} or {@code 1e3}
   */
  boolean isIntegral();

  /**
   * The value of the current {@link JsonToken#BOOLEAN}.
   *
   * @return the value
   */
  boolean booleanValue();
}
