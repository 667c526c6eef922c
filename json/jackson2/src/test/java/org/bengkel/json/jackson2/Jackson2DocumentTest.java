package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.DocumentContract;
import org.bengkel.json.contract.JsonBinding;

/** The shared {@link DocumentContract} on Jackson 2. */
class Jackson2DocumentTest extends DocumentContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson2JsonFormatTest.bindingOf(options);
  }
}
