package org.bengkel.json.jackson3;

import java.util.function.Consumer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.internal.ModuleSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a value with its bengkel codec. Every failure leaves as a {@link
 * BengkelMismatchedInputException} whose cause is bengkel's error. A JSON {@code null} reads as
 * Java {@code null} (Jackson's default {@code getNullValue}): whether a caller's property may be
 * null is the caller's business.
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {

  private final Codec<T> codec;
  private final BengkelJsonOptions options;

  CodecDeserializer(Codec<T> codec, BengkelJsonOptions options) {
    super(codec.type());
    this.codec = codec;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    try {
      JsonReader in =
          JsonReader.of(
              new Jackson3TokenSource(unguarded(p)),
              Jackson3Support.valuePath(p),
              options,
              ignored(ctxt));
      T value = in.read(codec);
      if (p.streamReadContext().inRoot()
          && ctxt.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          && trailing(p)) {
        // Checked here rather than by the mapper, so that the rule is bengkel's like every other.
        throw BengkelJsonException.of(JsonRule.TRAILING_TOKENS, JsonPath.ROOT);
      }
      return value;
    } catch (BengkelJsonException e) {
      throw new BengkelMismatchedInputException(p, e, handledType());
    }
  }

  /**
   * The parser behind the hardened mappers' guard: the token source turns Jackson's errors into
   * bengkel's itself, so the codecs read without a second translation per token.
   */
  private static JsonParser unguarded(JsonParser p) {
    return p instanceof GuardedJsonFactory.Guarded g ? g.delegate() : p;
  }

  static boolean trailing(JsonParser p) {
    try {
      return p.nextToken() != null;
    } catch (JacksonIOException e) {
      throw e; // the input failed: not the document's fault
    } catch (JacksonException e) {
      // not even a token, unless reading it broke a limit (the document's length), which stays one
      BengkelJsonException why = Jackson3Support.translate(e, p);
      if (why.ruleCode().equals(JsonRule.LIMIT_EXCEEDED.code())) {
        throw why;
      }
      return true;
    }
  }

  static Consumer<String> ignored(DeserializationContext ctxt) {
    return ModuleSupport.ignoredSink(ctxt.getAttribute(ModuleSupport.IGNORED));
  }
}
