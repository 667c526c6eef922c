package org.bengkel.json.contract;

import org.bengkel.json.BengkelJsonOptions;

/** The shared {@link HostileDocumentContract} over bengkel-json alone, with {@link TextJson}. */
class TextHostileDocumentTest extends HostileDocumentContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return TextJson.binding(options);
  }
}
