package org.bengkel.json;

import java.util.Optional;
import java.util.function.Function;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.schema.JsonSchema;

/**
 * The JSON form of one domain type (<i>kodek</i>), written once and used by every JSON library
 * bengkel supports: writes a value to a {@link JsonWriter} and reads it back from a {@link
 * JsonReader}, always through bengkel-core's public factories or builders, so an invalid value can
 * never be read.
 *
 * <p>Codecs write properties in a fixed order (the documented order of the format) and omit empty
 * optional values. Register each codec in its package's list (for example {@code
 * MoneyCodecs.all()}), which {@link Codecs} collects; see {@code docs/json-format.md}, "Adding a
 * type".
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <T> the domain type
 */
public interface Codec<T> {

  /**
   * The domain type this codec writes and reads.
   *
   * @return the class, never null
   */
  Class<T> type();

  /**
   * Writes a value.
   *
   * @param value the value, not null
   * @param out the writer, not null
   */
  void write(T value, JsonWriter out);

  /**
   * Reads a value; the reader is positioned before the value's first token.
   *
   * @param in the reader, not null
   * @return the value, never null
   * @throws BengkelJsonException when the document does not hold a valid value, with its path and
   *     rule code
   */
  T read(JsonReader in);

  /**
   * The JSON Schema of this codec's form, written beside {@link #write} and {@link #read} so that
   * the schema files ({@link org.bengkel.json.schema.JsonSchemas}) cannot drift from the codec.
   * Every registered codec must describe one: a test fails for a codec of {@link Codecs#all()}
   * without. Codecs from {@link #ofString} and {@link #ofEnum} have one.
   *
   * @return the schema, empty when the codec does not describe one (the default)
   */
  default Optional<JsonSchema> schema() {
    return Optional.empty();
  }

  /**
   * A codec for a type written as a JSON string, such as a code or an identifier.
   *
   * @param <T> the type
   * @param type the type's class, not null
   * @param parser the core factory reading the string, such as {@code Sku::parse}, not null
   * @param formatter gives the string to write, such as {@code Sku::value}, not null; must be
   *     exactly what {@code parser} reads back
   * @return the codec, never null
   */
  static <T> Codec<T> ofString(
      Class<T> type, Function<String, T> parser, Function<T, String> formatter) {
    return ofString(type, parser, formatter, JsonSchema.string());
  }

  /**
   * A codec for a type written as a JSON string, with a schema narrower than any string.
   *
   * @param <T> the type
   * @param type the type's class, not null
   * @param parser the core factory reading the string, such as {@code Nip::parse}, not null
   * @param formatter gives the string to write, not null; must be exactly what {@code parser} reads
   *     back
   * @param schema the strings' schema, such as {@code JsonSchema.pattern("[0-9]{18}", 18)}; it must
   *     accept every string {@code parser} accepts; not null
   * @return the codec, never null
   */
  static <T> Codec<T> ofString(
      Class<T> type, Function<String, T> parser, Function<T, String> formatter, JsonSchema schema) {
    MissingValueException.required(schema, "schema");
    MissingValueException.required(type, "type");
    MissingValueException.required(parser, "parser");
    MissingValueException.required(formatter, "formatter");
    return new Codec<>() {
      @Override
      public Class<T> type() {
        return type;
      }

      @Override
      public void write(T value, JsonWriter out) {
        out.string(formatter.apply(value));
      }

      @Override
      public T read(JsonReader in) {
        return in.nextString(parser);
      }

      @Override
      public Optional<JsonSchema> schema() {
        return Optional.of(schema);
      }

      @Override
      public String toString() {
        return "Codec[" + type.getSimpleName() + " as string]";
      }
    };
  }

  /**
   * A codec for an enumeration written as its constant names.
   *
   * @param <E> the enumeration
   * @param type the enumeration's class, not null
   * @return the codec, never null
   */
  static <E extends Enum<E>> Codec<E> ofEnum(Class<E> type) {
    MissingValueException.required(type, "type");
    return new Codec<>() {
      @Override
      public Class<E> type() {
        return type;
      }

      @Override
      public void write(E value, JsonWriter out) {
        out.constant(value);
      }

      @Override
      public E read(JsonReader in) {
        return in.nextEnum(type);
      }

      @Override
      public Optional<JsonSchema> schema() {
        return Optional.of(JsonSchema.constants(type));
      }

      @Override
      public String toString() {
        return "Codec[" + type.getSimpleName() + " as constant name]";
      }
    };
  }
}
