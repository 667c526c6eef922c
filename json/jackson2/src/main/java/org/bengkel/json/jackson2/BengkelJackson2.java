package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonHelpers;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.bengkel.json.internal.ModuleSupport;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of bengkel's JSON format on Jackson 2: a ready, hardened {@link ObjectMapper}
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
public final class BengkelJackson2 extends JsonHelpers {

  private static final BengkelJackson2 STRICT = new BengkelJackson2(BengkelJsonOptions.strict());

  private final ObjectMapper mapper;

  private BengkelJackson2(BengkelJsonOptions options) {
    super(options);
    this.mapper = mapper(options);
  }

  /**
   * A hardened, strict mapper with default limits and bengkel's module.
   *
   * @return a new mapper, never null
   */
  public static ObjectMapper mapper() {
    return mapper(BengkelJsonOptions.strict());
  }

  /**
   * A hardened mapper with bengkel's module, reading with the given options.
   *
   * @param options strict or lenient, and the limits, not null
   * @return a new mapper, never null
   */
  public static ObjectMapper mapper(BengkelJsonOptions options) {
    MissingValueException.required(options, "options");
    JsonFactory factory =
        new GuardedJsonFactory(
            new JsonFactoryBuilder()
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(options.maxNestingDepth())
                        .maxStringLength(options.maxStringLength())
                        .maxNameLength(options.maxNameLength())
                        .maxNumberLength(options.maxNumberLength())
                        .maxDocumentLength(options.maxDocumentLength())
                        .build())
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION));
    JsonMapper.Builder builder =
        JsonMapper.builder(factory)
            .addModule(new BengkelJackson2Module(options))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !options.isLenient())
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
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
  public static BengkelJackson2 create() {
    return STRICT;
  }

  /**
   * Helpers reading with the given options.
   *
   * @param options strict or lenient, and the limits, not null
   * @return the helpers, never null
   */
  public static BengkelJackson2 create(BengkelJsonOptions options) {
    return new BengkelJackson2(options);
  }

  /**
   * The hardened mapper behind these helpers; do not reconfigure it.
   *
   * @return the mapper, never null
   */
  public ObjectMapper objectMapper() {
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
    } catch (JsonProcessingException e) {
      throw Jackson2Support.translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected String writeValue(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw Jackson2Support.translate(e);
    }
  }

  /** Lenient reading of types outside bengkel: skip unknown properties and report their paths. */
  private static final class IgnoreAndReport extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      CodecDeserializer.ignored(ctxt)
          .accept(ModuleSupport.ignoredPath(Jackson2Support.valuePath(p), propertyName));
      p.skipChildren();
      return true;
    }
  }
}
