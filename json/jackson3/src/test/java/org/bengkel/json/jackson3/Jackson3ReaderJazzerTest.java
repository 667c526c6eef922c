package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonHelpers;
import org.bengkel.json.contract.ReaderJazzerContract;

/**
 * The shared {@link ReaderJazzerContract} on Jackson 3; its corpus is in {@code
 * src/test/resources/org/bengkel/json/jackson3/Jackson3ReaderJazzerTestInputs/}.
 */
class Jackson3ReaderJazzerTest extends ReaderJazzerContract {

  @Override
  protected JsonHelpers helpers(BengkelJsonOptions options) {
    return BengkelJackson3.create(options);
  }
}
