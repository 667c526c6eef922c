package org.bengkel.json.jackson3;

import java.util.ArrayList;
import java.util.List;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReadResult;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry point of bengkel's JSON format on Jackson 3: a ready, hardened {@link JsonMapper}
 * ({@link #mapper()}), and {@code read}/{@code write} helpers that throw bengkel's own {@link
 * BengkelJsonException} (<i>titik masuk JSON</i>).
 *
 * <p>Hardened means: unknown properties are refused ({@code json.unknown-property}) unless the
 * options are {@linkplain BengkelJsonOptions#lenient() lenient}; duplicate keys (in bengkel's values
 * and in trees; the caller's own beans keep Jackson's default), trailing tokens,
 * floats where whole numbers are expected, numbers beyond their type and {@code null} for
 * required values are refused; nesting depth, string, name, number and document lengths are
 * limited by the options; no polymorphic typing. The mapper's own methods throw Jackson's
 * exceptions, with a {@link BengkelJsonException} as the exception or its cause for errors in
 * bengkel's types; the helpers here always throw a {@link BengkelJsonException} with the JSON path
 * and the rule code.
 *
 * <p>Immutable and thread-safe.
 */
public final class BengkelJackson3 {

  private static final BengkelJackson3 STRICT = new BengkelJackson3(BengkelJsonOptions.strict());

  private final BengkelJsonOptions options;
  private final JsonMapper mapper;

  private BengkelJackson3(BengkelJsonOptions options) {
    this.options = options;
    this.mapper = mapper(options);
  }

  /**
   * A hardened, strict mapper with default limits and bengkel's module.
   *
   * @return a new mapper, never null
   */
  public static JsonMapper mapper() {
    return mapper(BengkelJsonOptions.strict());
  }

  /**
   * A hardened mapper with bengkel's module, reading with the given options.
   *
   * @param options strict or lenient, and the limits, not null
   * @return a new mapper, never null
   */
  public static JsonMapper mapper(BengkelJsonOptions options) {
    MissingValueException.required(options, "options");
    // Jackson 3 sorts the properties of the caller's classes alphabetically by default; declaration
    // order keeps the bytes identical to Jackson 2's.
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(options.maxNestingDepth())
                    .maxStringLength(options.maxStringLength())
                    .maxNameLength(options.maxNameLength())
                    .maxNumberLength(options.maxNumberLength())
                    .maxDocumentLength(options.maxDocumentLength())
                    .build())
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            // As Jackson 2 does by default: property names interned once, in the symbol table, so
            // the codecs' switch on a name compares it by identity (measured: about 2 us of a
            // 50-line order's read).
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .build();
    JsonMapper.Builder builder =
        JsonMapper.builder(factory)
            .addModule(new BengkelJackson3Module(options))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !options.isLenient())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // As Jackson 2: a class with nothing to write is a mistake, not "{}".
            .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    if (options.isLenient()) {
      builder.addHandler(new IgnoreAndReport());
    }
    return builder.build();
  }

  /**
   * The strict helpers with default limits.
   *
   * @return the shared instance, never null
   */
  public static BengkelJackson3 create() {
    return STRICT;
  }

  /**
   * Helpers reading with the given options.
   *
   * @param options strict or lenient, and the limits, not null
   * @return the helpers, never null
   */
  public static BengkelJackson3 create(BengkelJsonOptions options) {
    return new BengkelJackson3(MissingValueException.required(options, "options"));
  }

  /**
   * The options these helpers read with.
   *
   * @return the options, never null
   */
  public BengkelJsonOptions options() {
    return options;
  }

  /**
   * The hardened mapper behind these helpers; do not reconfigure it.
   *
   * @return the mapper, never null
   */
  public JsonMapper jsonMapper() {
    return mapper;
  }

  /**
   * Reads a document.
   *
   * @param <T> the type to read
   * @param json the document, not null
   * @param type the type, a bengkel type or any type Jackson can bind, not null
   * @return the value, never null
   * @throws BengkelJsonException with the JSON path and rule code of the first problem
   */
  public <T> T read(String json, Class<T> type) {
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
  public <T> T read(byte[] json, Class<T> type) {
    return readReporting(JsonText.decodeUtf8(json, options), type).value();
  }

  /**
   * Reads a document and reports the unknown properties that lenient options ignored.
   *
   * @param <T> the type to read
   * @param json the document, not null
   * @param type the type, not null
   * @return the value and the paths of ignored properties, never null
   * @throws BengkelJsonException with the JSON path and rule code of the first problem
   */
  public <T> JsonReadResult<T> readReporting(String json, Class<T> type) {
    MissingValueException.required(json, "json");
    MissingValueException.required(type, "type");
    JsonText.checkLength(json.length(), options);
    List<String> ignored = new ArrayList<>();
    // Trailing tokens are checked below, to report them with their own rule.
    ObjectReader reader =
        mapper
            .readerFor(type)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withAttribute(Jackson3Support.IGNORED, ignored);
    try (JsonParser parser = mapper.createParser(json)) {
      T value = reader.readValue(parser);
      if (value == null) {
        throw BengkelJsonException.of(JsonRule.NULL_VALUE, JsonPath.ROOT);
      }
      boolean trailing;
      try {
        trailing = parser.nextToken() != null;
      } catch (JacksonException e) {
        trailing = true;
      }
      if (trailing) {
        throw BengkelJsonException.of(JsonRule.TRAILING_TOKENS, JsonPath.ROOT);
      }
      return JsonReadResult.of(value, ignored);
    } catch (JacksonException e) {
      throw Jackson3Support.translate(e);
    }
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value the value, not null
   * @return the document, never null
   * @throws BengkelJsonException rule {@code json.malformed} if Jackson cannot write the value
   */
  public String write(Object value) {
    MissingValueException.required(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JacksonException e) {
      throw Jackson3Support.translate(e);
    }
  }

  /** Lenient reading of types outside bengkel: skip unknown properties and report their paths. */
  private static final class IgnoreAndReport extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      // The parser is usually at the property's value, inside the object that holds it. Values
      // that Jackson buffered (for constructors and records) are replayed from a buffer that has
      // lost their position: then only the name is known, reported as "$..name".
      String path = Jackson3Support.valuePath(p);
      CodecDeserializer.ignored(ctxt)
          .accept(path.endsWith(JsonPath.property("", propertyName))
              ? path
              : JsonPath.ROOT + "." + JsonPath.property("", propertyName));
      p.skipChildren();
      return true;
    }
  }
}
