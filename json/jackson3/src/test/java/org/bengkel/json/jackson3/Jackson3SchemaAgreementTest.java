package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.SchemaAgreementContract;

/** The shared {@link SchemaAgreementContract} on Jackson 3. */
class Jackson3SchemaAgreementTest extends SchemaAgreementContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson3JsonFormatTest.bindingOf(options);
  }
}
