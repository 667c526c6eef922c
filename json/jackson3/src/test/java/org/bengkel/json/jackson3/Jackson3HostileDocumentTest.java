package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.HostileDocumentContract;
import org.bengkel.json.contract.JsonBinding;

/** The shared {@link HostileDocumentContract} on Jackson 3. */
class Jackson3HostileDocumentTest extends HostileDocumentContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson3JsonFormatTest.bindingOf(options);
  }
}
