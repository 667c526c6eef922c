package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.HostileDocumentContract;
import org.bengkel.json.contract.JsonBinding;

/** The shared {@link HostileDocumentContract} on Jackson 2. */
class Jackson2HostileDocumentTest extends HostileDocumentContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson2JsonFormatTest.bindingOf(options);
  }
}
