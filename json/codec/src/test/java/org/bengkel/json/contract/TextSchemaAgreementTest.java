package org.bengkel.json.contract;

import org.bengkel.json.BengkelJsonOptions;

/** The shared {@link SchemaAgreementContract} over bengkel-json alone, with {@link TextJson}. */
class TextSchemaAgreementTest extends SchemaAgreementContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return TextJson.binding(options);
  }
}
