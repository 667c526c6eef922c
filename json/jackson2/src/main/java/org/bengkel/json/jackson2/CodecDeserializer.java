package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;

/** Reads a value with its bengkel codec; errors are {@link BengkelJsonException}s. */
final class CodecDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;
  private final transient BengkelJsonOptions options;

  CodecDeserializer(Codec<T> codec, BengkelJsonOptions options) {
    super(codec.type());
    this.codec = codec;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonReader in =
        JsonReader.of(
            new Jackson2TokenSource(p), Jackson2Support.valuePath(p), options, ignored(ctxt));
    try {
      return codec.read(in);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A {@code null} where a bengkel value is required. */
  @Override
  public T getNullValue(DeserializationContext ctxt) {
    JsonParser p = ctxt.getParser();
    throw BengkelJsonException.of(
        JsonRule.NULL_VALUE, p == null ? "$" : Jackson2Support.valuePath(p));
  }

  static Consumer<String> ignored(DeserializationContext ctxt) {
    @SuppressWarnings("unchecked") // only BengkelJackson2 sets this attribute, to a List<String>
    List<String> sink = (List<String>) ctxt.getAttribute(Jackson2Support.IGNORED);
    return sink == null ? path -> { } : sink::add;
  }
}
