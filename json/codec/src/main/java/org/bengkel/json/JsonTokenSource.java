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
   * Whether the library behind this source itself refuses, as {@code json.limit-exceeded}, every
   * property name, string and number longer than {@code options} allow, as it reads them. Then
   * {@link JsonReader} does not measure each token again; it still measures the strings and
   * numbers of values it skips, whose text a library may pass over unmeasured.
   *
   * @param options the limits the reader applies, not null
   * @return false unless the source is sure; the default
   */
  default boolean checksLengths(BengkelJsonOptions options) {
    return false;
  }

  /**
   * The length of {@link #text()} in UTF-16 code units, which {@link JsonReader} checks against
   * the limits of its {@link BengkelJsonOptions} for every name, string and number. Sources
   * whose library knows the length without creating the string should override this.
   *
   * @return {@code text().length()}
   */
  default int textLength() {
    return text().length();
  }

  /**
   * The value of the current integral {@link JsonToken#NUMBER} (one for which {@link
   * #isIntegral()} is true). Sources whose library parses numbers itself should override this,
   * so that no string is created for the number.
   *
   * @return the value
   * @throws ArithmeticException if the number is beyond the range of a {@code long}
   */
  default long longValue() {
    String text = text();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      ArithmeticException out = new ArithmeticException("out of the range of a long: " + text);
      out.initCause(e);
      throw out;
    }
  }

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
