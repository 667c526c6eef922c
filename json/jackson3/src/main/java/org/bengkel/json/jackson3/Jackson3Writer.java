package org.bengkel.json.jackson3;

import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/** Jackson 3's generator as bengkel's writer. */
final class Jackson3Writer implements JsonWriter {

  private final JsonGenerator gen;

  Jackson3Writer(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public JsonWriter beginObject() {
    gen.writeStartObject();
    return this;
  }

  @Override
  public JsonWriter endObject() {
    gen.writeEndObject();
    return this;
  }

  @Override
  public JsonWriter beginArray() {
    gen.writeStartArray();
    return this;
  }

  @Override
  public JsonWriter endArray() {
    gen.writeEndArray();
    return this;
  }

  @Override
  public JsonWriter name(String name) {
    gen.writeName(name);
    return this;
  }

  @Override
  public JsonWriter name(JsonReader.PropertyNames names, int index) {
    // Jackson copies a pre-encoded name's bytes instead of encoding the string each time.
    gen.writeName(names.adapted(SerializableString[].class, Jackson3TokenSource.QUOTED)[index]);
    return this;
  }

  @Override
  public JsonWriter string(String value) {
    gen.writeString(value);
    return this;
  }

  @Override
  public JsonWriter number(long value) {
    gen.writeNumber(value);
    return this;
  }

  @Override
  public JsonWriter bool(boolean value) {
    gen.writeBoolean(value);
    return this;
  }

  @Override
  public JsonWriter nullValue() {
    gen.writeNull();
    return this;
  }
}
