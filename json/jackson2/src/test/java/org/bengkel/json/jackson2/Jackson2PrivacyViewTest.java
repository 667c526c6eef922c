package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.PrivacyViewContract;

/** The shared {@link PrivacyViewContract} on Jackson 2. */
class Jackson2PrivacyViewTest extends PrivacyViewContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson2JsonFormatTest.bindingOf(options);
  }
}
