package org.bengkel.json.contract;

import org.bengkel.json.BengkelJsonOptions;

/** The trainee and programme round-trip properties over bengkel-json's own text binding. */
class TextPeopleRoundTripTest extends PeopleRoundTripContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return new TextJsonFormatTest().binding(options);
  }
}
