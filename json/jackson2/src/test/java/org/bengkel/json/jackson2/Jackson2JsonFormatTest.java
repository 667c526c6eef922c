package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
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
    return JsonBinding.of(BengkelJackson2.create(options));
  }
}
