package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.ReaderFuzzContract;

/** The shared {@link ReaderFuzzContract} on Jackson 3. */
class Jackson3ReaderFuzzTest extends ReaderFuzzContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson3JsonFormatTest.bindingOf(options);
  }
}
