package org.bengkel.json.contract;

import org.bengkel.json.JsonHelpers;
import org.bengkel.json.JsonReadResult;

/** What the format contract needs from a JSON library: read a document, write a value. */
public interface JsonBinding {

  /** Reads a document, throwing {@code BengkelJsonException} for any problem. */
  <T> JsonReadResult<T> readReporting(String json, Class<T> type);

  /** Writes a value as compact JSON. */
  String write(Object value);

  /**
   * Reads a UTF-8 document given as bytes, throwing {@code BengkelJsonException} for any problem.
   */
  <T> T readBytes(byte[] json, Class<T> type);

  /** Reads a document and drops the report. */
  default <T> T read(String json, Class<T> type) {
    return readReporting(json, type).value();
  }

  /** The binding of a library's helpers ({@code BengkelJackson2.create(options)}, ...). */
  static JsonBinding of(JsonHelpers helpers) {
    return new JsonBinding() {
      @Override
      public <T> JsonReadResult<T> readReporting(String json, Class<T> type) {
        return helpers.readReporting(json, type);
      }

      @Override
      public <T> T readBytes(byte[] json, Class<T> type) {
        return helpers.read(json, type);
      }

      @Override
      public String write(Object value) {
        return helpers.write(value);
      }
    };
  }
}
