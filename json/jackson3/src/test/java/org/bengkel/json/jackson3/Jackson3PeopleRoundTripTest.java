package org.bengkel.json.jackson3;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.json.contract.PeopleRoundTripContract;

/** The trainee and programme round-trip properties on Jackson 3. */
class Jackson3PeopleRoundTripTest extends PeopleRoundTripContract {

  @Override
  protected JsonBinding binding(BengkelJsonOptions options) {
    return new Jackson3JsonFormatTest().binding(options);
  }
}
