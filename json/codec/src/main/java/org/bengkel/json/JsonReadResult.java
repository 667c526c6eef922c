package org.bengkel.json;

import java.util.List;
import org.bengkel.error.MissingValueException;

/**
 * A value read from a document together with the unknown properties that a {@linkplain
 * BengkelJsonOptions#lenient() lenient} reader ignored.
 *
 * <p>Immutable and thread-safe when the value is.
 *
 * @param <T> the type of the value
 */
public final class JsonReadResult<T> {

  private final T value;
  private final List<String> ignoredProperties;

  private JsonReadResult(T value, List<String> ignoredProperties) {
    this.value = MissingValueException.required(value, "value");
    this.ignoredProperties = List.copyOf(ignoredProperties);
  }

  /**
   * A result.
   *
   * @param <T> the type of the value
   * @param value the value read, not null
   * @param ignoredProperties the JSON paths of ignored properties, in document order, not null
   * @return the result, never null
   */
  public static <T> JsonReadResult<T> of(T value, List<String> ignoredProperties) {
    return new JsonReadResult<>(value, ignoredProperties);
  }

  /**
   * The value read.
   *
   * @return the value, never null
   */
  public T value() {
    return value;
  }

  /**
   * The JSON paths of the properties that were ignored, such as {@code $.officers[0].rank}; always
   * empty for strict reading (which refuses them instead).
   *
   * @return an unmodifiable list, never null
   */
  public List<String> ignoredProperties() {
    return ignoredProperties;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonReadResult<?> r
        && r.value.equals(value)
        && r.ignoredProperties.equals(ignoredProperties);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + ignoredProperties.hashCode();
  }

  @Override
  public String toString() {
    return "JsonReadResult[" + value + ", ignored=" + ignoredProperties + "]";
  }
}
