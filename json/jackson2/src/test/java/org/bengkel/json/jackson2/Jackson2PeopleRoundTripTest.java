package org.bengkel.json.jackson2;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.PeopleRoundTripContract;

/** The trainee and programme round-trip properties on Jackson 2. */
class Jackson2PeopleRoundTripTest extends PeopleRoundTripContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return new Jackson2JsonFormatTest().binding(options);
  }
}
