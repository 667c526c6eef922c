package org.bengkel.json.jackson3;

import org.bengkel.json.Codec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a value with its bengkel codec. */
final class CodecSerializer<T> extends StdSerializer<T> {

  private final Codec<T> codec;

  CodecSerializer(Codec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
    codec.write(value, new Jackson3Writer(gen));
  }
}
