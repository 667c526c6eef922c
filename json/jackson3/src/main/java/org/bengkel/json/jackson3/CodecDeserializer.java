package org.bengkel.json.jackson3;

import java.util.List;
import java.util.function.Consumer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a value with its bengkel codec; errors are {@link BengkelJsonException}s. */
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
    JsonReader in =
        JsonReader.of(
            new Jackson3TokenSource(p), Jackson3Support.valuePath(p), options, ignored(ctxt));
    return codec.read(in);
  }

  /** A {@code null} where a bengkel value is required. */
  @Override
  public T getNullValue(DeserializationContext ctxt) {
    JsonParser p = ctxt.getParser();
    throw BengkelJsonException.of(
        JsonRule.NULL_VALUE, p == null ? "$" : Jackson3Support.valuePath(p));
  }

  static Consumer<String> ignored(DeserializationContext ctxt) {
    @SuppressWarnings("unchecked") // only BengkelJackson3 sets this attribute, to a List<String>
    List<String> sink = (List<String>) ctxt.getAttribute(Jackson3Support.IGNORED);
    return sink == null ? path -> { } : sink::add;
  }
}
