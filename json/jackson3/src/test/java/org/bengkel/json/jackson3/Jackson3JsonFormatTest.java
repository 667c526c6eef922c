package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReadResult;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.JsonFormatContract;

/** The format contract on Jackson 3, through {@link BengkelJackson3}. */
class Jackson3JsonFormatTest extends JsonFormatContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return bindingOf(options);
  }

  /** The binding through BengkelJackson3, shared by this module's contract tests. */
  static JsonBinding bindingOf(BengkelJsonOptions options) {
    BengkelJackson3 json = BengkelJackson3.create(options);
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
