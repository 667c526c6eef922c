package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.DocumentContract;
import org.bengkel.json.contract.JsonBinding;

/** The shared {@link DocumentContract} on Jackson 3. */
class Jackson3DocumentTest extends DocumentContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson3JsonFormatTest.bindingOf(options);
  }
}
