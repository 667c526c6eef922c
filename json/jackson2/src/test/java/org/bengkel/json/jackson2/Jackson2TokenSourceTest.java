package org.bengkel.json.jackson2;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonTokenSource;
import org.bengkel.json.contract.TokenSourceContract;

/**
 * The shared {@link TokenSourceContract} on Jackson 2: the hardened mapper's parsers over bytes and
 * over characters, which match names themselves, and a plain mapper's.
 */
class Jackson2TokenSourceTest extends TokenSourceContract {

  @Override
  protected JsonTokenSource source(String json, boolean bytes, BengkelJsonOptions options) {
    return source(BengkelJackson2.mapper(options), json, bytes);
  }

  @Override
  protected JsonTokenSource plainSource(String json) {
    return source(new ObjectMapper(), json, false);
  }

  private static JsonTokenSource source(ObjectMapper mapper, String json, boolean bytes) {
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
}
