package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.ReaderFuzzContract;

/** The shared {@link ReaderFuzzContract} on Jackson 2. */
class Jackson2ReaderFuzzTest extends ReaderFuzzContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson2JsonFormatTest.bindingOf(options);
  }
}
