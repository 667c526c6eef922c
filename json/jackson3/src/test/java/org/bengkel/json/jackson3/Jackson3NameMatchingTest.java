package org.bengkel.json.jackson3;

import java.nio.charset.StandardCharsets;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonTokenSource;
import org.bengkel.json.contract.NameMatchingContract;

/**
 * The shared {@link NameMatchingContract} on Jackson 3: the hardened mapper's parsers over bytes
 * and over characters, which match names themselves.
 */
class Jackson3NameMatchingTest extends NameMatchingContract {

  @Override
  protected JsonTokenSource source(String json, boolean bytes, BengkelJsonOptions options) {
    tools.jackson.databind.json.JsonMapper mapper = BengkelJackson3.mapper(options);
    tools.jackson.core.JsonParser p =
        bytes
            ? mapper.createParser(json.getBytes(StandardCharsets.UTF_8))
            : mapper.createParser(json);
    p.nextToken();
    return new Jackson3TokenSource(p);
  }

  @Override
  protected boolean matchesNames() {
    return true;
  }
}
