package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.SchemaAgreementContract;

/** The shared {@link SchemaAgreementContract} on Jackson 2. */
class Jackson2SchemaAgreementTest extends SchemaAgreementContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return Jackson2JsonFormatTest.bindingOf(options);
  }
}
