package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReadResult;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.JsonFormatContract;

/** The format contract on Jackson 2, through {@link BengkelJackson2}. */
class Jackson2JsonFormatTest extends JsonFormatContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return bindingOf(options);
  }

  /** The binding through BengkelJackson2, shared by this module's contract tests. */
  static JsonBinding bindingOf(BengkelJsonOptions options) {
    BengkelJackson2 json = BengkelJackson2.create(options);
    return new JsonBinding() {
      @Override
      public <T> JsonReadResult<T> readReporting(String text, Class<T> type) {
        return json.readReporting(text, type);
      }

      @Override
      public <T> T readBytes(byte[] bytes, Class<T> type) {
        return json.read(bytes, type);
      }

      @Override
      public String write(Object value) {
        return json.write(value);
      }
    };
  }
}
