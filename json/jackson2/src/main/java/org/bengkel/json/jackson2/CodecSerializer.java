package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bengkel.json.Codec;

/** Writes a value with its bengkel codec. */
final class CodecSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  CodecSerializer(Codec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    try {
      codec.write(value, new Jackson2Writer(gen));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
