package org.bengkel.json.contract;

import org.bengkel.json.BengkelJsonOptions;

/** The shared {@link DocumentContract} over bengkel-json alone, with {@link TextJson}. */
class TextDocumentTest extends DocumentContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return TextJson.binding(options);
  }
}
