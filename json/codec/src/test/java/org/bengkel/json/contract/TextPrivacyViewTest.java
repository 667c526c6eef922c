package org.bengkel.json.contract;

import org.bengkel.json.BengkelJsonOptions;

/** The shared {@link PrivacyViewContract} over bengkel-json alone, with {@link TextJson}. */
class TextPrivacyViewTest extends PrivacyViewContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return TextJson.binding(options);
  }
}
