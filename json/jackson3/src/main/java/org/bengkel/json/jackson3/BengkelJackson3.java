package org.bengkel.json.jackson3;

import java.util.List;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonHelpers;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.bengkel.json.internal.ModuleSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
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
 * ({@link #mapper()}), and the {@link JsonHelpers} {@code read}/{@code write} over it, which throw
 * bengkel's own {@link BengkelJsonException} (<i>titik masuk JSON</i>).
 *
 * <p>Hardened means: unknown properties are refused ({@code json.unknown-property}) unless the
 * options are {@linkplain BengkelJsonOptions#lenient() lenient}; duplicate keys (in bengkel's
 * values and in trees; the caller's own beans keep Jackson's default), trailing tokens, floats
 * where whole numbers are expected, numbers beyond their type and {@code null} for required values
 * are refused; nesting depth, string, name, number and document lengths are limited by the options;
 * no polymorphic typing. The mapper's own methods throw Jackson's exceptions: for errors in
 * bengkel's types a {@link BengkelMismatchedInputException} whose cause is the {@link
 * BengkelJsonException}; the helpers here always throw the {@link BengkelJsonException} itself,
 * with the JSON path and the rule code.
 *
 * <p>Immutable and thread-safe.
 */
public final class BengkelJackson3 extends JsonHelpers {

  private static final BengkelJackson3 STRICT = new BengkelJackson3(BengkelJsonOptions.strict());

  private final JsonMapper mapper;

  private BengkelJackson3(BengkelJsonOptions options) {
    super(options);
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
        new GuardedJsonFactory(
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
                // As Jackson 2 does by default: property names interned once, in the symbol table,
                // so
                // the codecs' switch on a name compares it by identity (measured: about 2 us of a
                // 50-line order's read).
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION));
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
    return new BengkelJackson3(options);
  }

  /**
   * The hardened mapper behind these helpers; do not reconfigure it.
   *
   * @return the mapper, never null
   */
  public JsonMapper jsonMapper() {
    return mapper;
  }

  /** Reads one top-level value; tokens after it are reported with their own rule. */
  @Override
  protected <T> @Nullable T readValue(String json, Class<T> type, List<String> ignored) {
    ObjectReader reader =
        mapper
            .readerFor(type)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withAttribute(ModuleSupport.IGNORED, ignored);
    try (JsonParser parser = mapper.createParser(json)) {
      T value = reader.readValue(parser);
      if (value != null && CodecDeserializer.trailing(parser)) {
        throw BengkelJsonException.of(JsonRule.TRAILING_TOKENS, JsonPath.ROOT);
      }
      return value;
    } catch (JacksonException e) {
      throw Jackson3Support.translate(e);
    }
  }

  @Override
  protected String writeValue(Object value) {
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
      CodecDeserializer.ignored(ctxt)
          .accept(ModuleSupport.ignoredPath(Jackson3Support.valuePath(p), propertyName));
      p.skipChildren();
      return true;
    }
  }
}
