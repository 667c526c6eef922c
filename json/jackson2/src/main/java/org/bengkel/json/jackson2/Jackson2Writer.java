package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;

/** Jackson 2's generator as bengkel's writer; I/O errors travel as {@link UncheckedIOException}. */
final class Jackson2Writer implements JsonWriter {

  private final JsonGenerator gen;

  Jackson2Writer(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public JsonWriter beginObject() {
    try {
      gen.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter endObject() {
    try {
      gen.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter beginArray() {
    try {
      gen.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter endArray() {
    try {
      gen.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter name(String name) {
    try {
      gen.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter name(JsonReader.PropertyNames names, int index) {
    try {
      gen.writeFieldName(
          names.adapted(SerializableString[].class, Jackson2TokenSource.QUOTED)[index]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter string(String value) {
    try {
      gen.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter number(long value) {
    try {
      gen.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter bool(boolean value) {
    try {
      gen.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public JsonWriter nullValue() {
    try {
      gen.writeNull();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
