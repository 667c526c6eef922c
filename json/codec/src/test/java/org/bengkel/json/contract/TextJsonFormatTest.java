package org.bengkel.json.contract;

import org.bengkel.json.BengkelJsonOptions;

/** The format contract over bengkel-json alone, with the library-free {@link TextJson}. */
class TextJsonFormatTest extends JsonFormatContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return TextJson.binding(options);
  }
}
