package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.EventDocumentContract;
import org.bengkel.json.contract.JsonBinding;

/** The shared {@link EventDocumentContract} on Jackson 2. */
class Jackson2EventDocumentTest extends EventDocumentContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson2JsonFormatTest.bindingOf(options);
  }
}
