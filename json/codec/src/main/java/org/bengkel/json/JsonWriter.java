package org.bengkel.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.bengkel.json.internal.IsoText;

/**
 * The neutral streaming writer that {@link Codec}s write to; the Jackson modules implement it over
 * their generators. Calls must form one well-formed JSON value (the implementation may check).
 *
 * <p>Implementations are stateful and not thread-safe. Every method returns this writer.
 */
public interface JsonWriter {

  /**
   * Starts an object.
   *
   * @return this writer
   */
  JsonWriter beginObject();

  /**
   * Ends the current object.
   *
   * @return this writer
   */
  JsonWriter endObject();

  /**
   * Starts an array.
   *
   * @return this writer
   */
  JsonWriter beginArray();

  /**
   * Ends the current array.
   *
   * @return this writer
   */
  JsonWriter endArray();

  /**
   * Writes a property name inside an object; the value follows.
   *
   * @param name the name, lowerCamelCase, not null
   * @return this writer
   */
  JsonWriter name(String name);

  /**
   * Writes a property name known in advance, one of a codec's constant names: the same output as
   * {@link #name(String)}, which a writer may produce from a form of the name it prepared once
   * (Jackson's pre-encoded names), since most names are written many times.
   *
   * @param names the codec's names, not null
   * @param index the name's index in {@code names}
   * @return this writer
   */
  default JsonWriter name(JsonReader.PropertyNames names, int index) {
    return name(names.name(index));
  }

  /**
   * Writes a string value.
   *
   * @param value the value, not null
   * @return this writer
   */
  JsonWriter string(String value);

  /**
   * Writes a whole number.
   *
   * @param value the value
   * @return this writer
   */
  JsonWriter number(long value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @return this writer
   */
  JsonWriter bool(boolean value);

  /**
   * Writes {@code null}; bengkel's own codecs never do (they omit empty optional values).
   *
   * @return this writer
   */
  JsonWriter nullValue();

  /**
   * Writes a local date-time as its ISO-8601 string with seconds always shown and a fraction only
   * when not zero, {@code "2026-11-02T14:30:00"}, as {@link JsonReader#nextDateTime()} reads it.
   *
   * @param dateTime the date-time, not null
   * @return this writer
   */
  default JsonWriter dateTime(LocalDateTime dateTime) {
    IsoText.writable(dateTime.getYear(), JsonReader.DATE_TIME_NOTATION);
    return string(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime));
  }

  /**
   * Writes a date as its ISO-8601 string, {@code "2026-10-17"}.
   *
   * @param date the date, not null
   * @return this writer
   */
  default JsonWriter date(LocalDate date) {
    IsoText.writable(date.getYear(), JsonReader.DATE_NOTATION);
    return string(date.toString());
  }

  /**
   * Writes an enumeration constant as its name, {@code "LAPAS"}.
   *
   * @param constant the constant, not null
   * @return this writer
   */
  default JsonWriter constant(Enum<?> constant) {
    return string(constant.name());
  }

  /**
   * Writes a value with its codec.
   *
   * @param <T> the value's type
   * @param codec the codec, not null
   * @param value the value, not null
   * @return this writer
   */
  default <T> JsonWriter value(Codec<T> codec, T value) {
    codec.write(value, this);
    return this;
  }
}
