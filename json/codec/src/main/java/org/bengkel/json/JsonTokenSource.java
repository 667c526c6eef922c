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
   * @throws BengkelJsonException rule {@code json.malformed} for text that is not JSON, {@code
   *     json.duplicate-key} where the library detects duplicates itself, or {@code
   *     json.limit-exceeded} when a reading limit is reached
   */
  JsonToken next();

  /**
   * The text of the current token: the name for {@link JsonToken#NAME}, the value for {@link
   * JsonToken#STRING}, the literal as written for {@link JsonToken#NUMBER}.
   *
   * @return the text, never null for those tokens
   */
  String text();

  /**
   * Whether the library behind this source itself refuses, as {@code json.limit-exceeded}, every
   * property name, string and number longer than {@code options} allow, as it reads them. Then
   * {@link JsonReader} does not measure each token again; it still measures the strings and numbers
   * of values it skips, whose text a library may pass over unmeasured.
   *
   * @param options the limits the reader applies, not null
   * @return false unless the source is sure; the default
   */
  default boolean checksLengths(BengkelJsonOptions options) {
    return false;
  }

  /** {@link #nextName} consumed nothing: the reader reads the next token with {@link #next()}. */
  int NOT_MATCHED = Integer.MIN_VALUE;

  /**
   * Optional: consumes the next token if it is a property name or the end of an object, and says
   * which of a codec's names it is (<i>cocokkan nama</i>), for a library that can match names in
   * its input without creating a string for each; {@link JsonReader#nextProperty} calls it when no
   * token is pending and this source {@linkplain #checksLengths checks lengths}. The source then
   * holds a property name (or the end of the object) as if {@link #next()} had returned it, and
   * {@link #text()} gives the name.
   *
   * <p>A source keeps what it derives from {@code names} with them, through {@link
   * JsonReader.PropertyNames#adapted}.
   *
   * @param names the codec's property names, not null
   * @param expected the index of the name the reader expects (the one after the previous name; 0
   *     first), a hint for libraries that compare one name at a time; may be {@code names.size()}
   * @return the index of the name in {@code names}, {@link JsonReader#UNKNOWN} for another name,
   *     {@link JsonReader#END} for the end of the object, or {@link #NOT_MATCHED} when no token was
   *     consumed (the default): if the library had to read another kind of token, the next call to
   *     {@link #next()} returns it
   * @throws BengkelJsonException as {@link #next()}
   */
  default int nextName(JsonReader.PropertyNames names, int expected) {
    return NOT_MATCHED;
  }

  /**
   * The length of {@link #text()} in UTF-16 code units, which {@link JsonReader} checks against the
   * limits of its {@link BengkelJsonOptions} for every name, string and number. Sources whose
   * library knows the length without creating the string should override this.
   *
   * @return {@code text().length()}
   */
  default int textLength() {
    return text().length();
  }

  /**
   * The value of the current integral {@link JsonToken#NUMBER} (one for which {@link #isIntegral()}
   * is true). Sources whose library parses numbers itself should override this, so that no string
   * is created for the number.
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
