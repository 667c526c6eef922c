package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.EventDocumentContract;
import org.bengkel.json.contract.JsonBinding;

/** The shared {@link EventDocumentContract} on Jackson 3. */
class Jackson3EventDocumentTest extends EventDocumentContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson3JsonFormatTest.bindingOf(options);
  }
}
