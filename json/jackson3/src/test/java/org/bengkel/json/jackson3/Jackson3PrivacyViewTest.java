package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.PrivacyViewContract;

/** The shared {@link PrivacyViewContract} on Jackson 3. */
class Jackson3PrivacyViewTest extends PrivacyViewContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson3JsonFormatTest.bindingOf(options);
  }
}
