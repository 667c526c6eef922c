package org.bengkel.json.contract;

import org.bengkel.json.BengkelJsonOptions;

/** The shared {@link ReaderFuzzContract} over bengkel-json alone, with {@link TextJson}. */
class TextReaderFuzzTest extends ReaderFuzzContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return TextJson.binding(options);
  }
}
