package org.bengkel.json.contract;

import org.bengkel.json.BengkelJsonOptions;

/** The shared {@link EventDocumentContract} over bengkel-json alone, with {@link TextJson}. */
class TextEventDocumentTest extends EventDocumentContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return TextJson.binding(options);
  }
}
