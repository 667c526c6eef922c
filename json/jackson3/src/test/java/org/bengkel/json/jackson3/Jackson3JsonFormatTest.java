package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
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
    return JsonBinding.of(BengkelJackson3.create(options));
  }
}
