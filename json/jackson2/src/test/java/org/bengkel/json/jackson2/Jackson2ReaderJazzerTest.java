package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonHelpers;
import org.bengkel.json.contract.ReaderJazzerContract;

/**
 * The shared {@link ReaderJazzerContract} on Jackson 2; its corpus is in {@code
 * src/test/resources/org/bengkel/json/jackson2/Jackson2ReaderJazzerTestInputs/}.
 */
class Jackson2ReaderJazzerTest extends ReaderJazzerContract {

  @Override
  protected JsonHelpers helpers(BengkelJsonOptions options) {
    return BengkelJackson2.create(options);
  }
}
