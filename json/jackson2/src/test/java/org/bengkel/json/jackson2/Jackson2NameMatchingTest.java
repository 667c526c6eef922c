package org.bengkel.json.jackson2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonTokenSource;
import org.bengkel.json.contract.NameMatchingContract;

/**
 * The shared {@link NameMatchingContract} on Jackson 2: the hardened mapper's parsers over bytes
 * and over characters, which match names themselves.
 */
class Jackson2NameMatchingTest extends NameMatchingContract {

  @Override
  protected JsonTokenSource source(String json, boolean bytes, BengkelJsonOptions options) {
    com.fasterxml.jackson.databind.ObjectMapper mapper = BengkelJackson2.mapper(options);
    try {
      com.fasterxml.jackson.core.JsonParser p =
          bytes
              ? mapper.createParser(json.getBytes(StandardCharsets.UTF_8))
              : mapper.createParser(json);
      p.nextToken();
      return new Jackson2TokenSource(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected boolean matchesNames() {
    return true;
  }
}
