package org.bengkel.json;

import java.util.ArrayList;
import java.util.List;
import org.bengkel.error.MissingValueException;
import org.jspecify.annotations.Nullable;

/**
 * The helpers of a JSON library's binding (<i>pembantu baca-tulis JSON</i>): read and write
 * bengkel's values, and the caller's classes that hold them, throwing bengkel's own {@link
 * BengkelJsonException} with the JSON path and the rule code for every problem, whatever the
 * library. {@code BengkelJackson2} and {@code BengkelJackson3} are the two; a binding gives only
 * the reading of one top-level value and the writing, in its library's terms.
 *
 * <p>Immutable and thread-safe, as its subclasses must be.
 */
public abstract class JsonHelpers {

  private final BengkelJsonOptions options;

  /**
   * Helpers reading with the given options.
   *
   * @param options strict or lenient, and the limits, not null
   */
  protected JsonHelpers(BengkelJsonOptions options) {
    this.options = MissingValueException.required(options, "options");
  }

  /**
   * The options these helpers read with.
   *
   * @return the options, never null
   */
  public final BengkelJsonOptions options() {
    return options;
  }

  /**
   * Reads a document.
   *
   * @param <T> the type to read
   * @param json the document, not null
   * @param type the type, a bengkel type or any type the library can bind, not null
   * @return the value, never null
   * @throws BengkelJsonException with the JSON path and rule code of the first problem
   */
  public final <T> T read(String json, Class<T> type) {
    return readReporting(json, type).value();
  }

  /**
   * Reads a UTF-8 document; bytes that are not UTF-8 are refused ({@code json.malformed}), not
   * replaced.
   *
   * @param <T> the type to read
   * @param json the document's bytes, not null
   * @param type the type, not null
   * @return the value, never null
   * @throws BengkelJsonException with the JSON path and rule code of the first problem
   */
  public final <T> T read(byte[] json, Class<T> type) {
    return readReporting(JsonText.decodeUtf8(json, options), type).value();
  }

  /**
   * Reads a document and reports the unknown properties that lenient options ignored.
   *
   * @param <T> the type to read
   * @param json the document, not null
   * @param type the type, not null
   * @return the value and the paths of ignored properties, never null
   * @throws BengkelJsonException with the JSON path and rule code of the first problem; {@code
   *     json.null-value} for a {@code null} document, {@code json.trailing-tokens} for anything
   *     after the value
   */
  public final <T> JsonReadResult<T> readReporting(String json, Class<T> type) {
    MissingValueException.required(json, "json");
    MissingValueException.required(type, "type");
    JsonText.checkLength(json.length(), options);
    List<String> ignored = new ArrayList<>();
    T value = readValue(json, type, ignored);
    if (value == null) {
      throw BengkelJsonException.of(JsonRule.NULL_VALUE, JsonPath.ROOT);
    }
    return JsonReadResult.of(value, ignored);
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value the value, not null
   * @return the document, never null
   * @throws BengkelJsonException rule {@code json.malformed} if the library cannot write the value
   */
  public final String write(Object value) {
    return writeValue(MissingValueException.required(value, "value"));
  }

  /**
   * Reads one top-level value with the library, collecting the paths of the properties that lenient
   * options ignored.
   *
   * @param <T> the type to read
   * @param json the document, within the length limit, not null
   * @param type the type, not null
   * @param ignored where to add the paths of ignored properties, not null
   * @return the value, null for a {@code null} document
   * @throws BengkelJsonException for every problem, {@code json.trailing-tokens} for anything after
   *     the value
   */
  protected abstract <T> @Nullable T readValue(String json, Class<T> type, List<String> ignored);

  /**
   * Writes a value with the library.
   *
   * @param value the value, not null
   * @return the compact document, never null
   * @throws BengkelJsonException rule {@code json.malformed} if the library cannot write the value
   */
  protected abstract String writeValue(Object value);
}
