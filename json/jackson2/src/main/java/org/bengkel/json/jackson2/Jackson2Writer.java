package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bengkel.json.JsonWriter;

/** Jackson 2's generator as bengkel's writer; I/O errors travel as {@link UncheckedIOException}. */
final class Jackson2Writer implements JsonWriter {

  private final JsonGenerator gen;

  Jackson2Writer(JsonGenerator gen) {
    this.gen = gen;
  }

  private interface Write {
    void run() throws IOException;
  }

  private JsonWriter io(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter beginObject() {
    return io(gen::writeStartObject);
  }

  @Override
  public JsonWriter endObject() {
    return io(gen::writeEndObject);
  }

  @Override
  public JsonWriter beginArray() {
    return io(gen::writeStartArray);
  }

  @Override
  public JsonWriter endArray() {
    return io(gen::writeEndArray);
  }

  @Override
  public JsonWriter name(String name) {
    return io(() -> gen.writeFieldName(name));
  }

  @Override
  public JsonWriter string(String value) {
    return io(() -> gen.writeString(value));
  }

  @Override
  public JsonWriter number(long value) {
    return io(() -> gen.writeNumber(value));
  }

  @Override
  public JsonWriter bool(boolean value) {
    return io(() -> gen.writeBoolean(value));
  }

  @Override
  public JsonWriter nullValue() {
    return io(gen::writeNull);
  }
}
