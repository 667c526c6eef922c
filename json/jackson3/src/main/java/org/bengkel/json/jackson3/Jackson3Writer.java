package org.bengkel.json.jackson3;

import java.util.function.Function;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

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
    gen.writeName(names.adapted(SerializableString[].class, QUOTED)[index]);
    return this;
  }

  // Jackson copies a pre-encoded name's bytes instead of encoding the string each time.
  private static final Function<JsonReader.PropertyNames, SerializableString[]> QUOTED =
      names -> {
        SerializableString[] quoted = new SerializableString[names.size()];
        for (int i = 0; i < quoted.length; i++) {
          quoted[i] = new SerializedString(names.name(i));
        }
        return quoted;
      };

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
