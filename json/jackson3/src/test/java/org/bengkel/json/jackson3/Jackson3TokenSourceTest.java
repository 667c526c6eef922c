package org.bengkel.json.jackson3;

import java.nio.charset.StandardCharsets;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonTokenSource;
import org.bengkel.json.contract.TokenSourceContract;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared {@link TokenSourceContract} on Jackson 3: the hardened mapper's parsers over bytes and
 * over characters, which match names themselves, and a plain mapper's.
 */
class Jackson3TokenSourceTest extends TokenSourceContract {

  @Override
  protected JsonTokenSource source(String json, boolean bytes, BengkelJsonOptions options) {
    return source(BengkelJackson3.mapper(options), json, bytes);
  }

  @Override
  protected JsonTokenSource plainSource(String json) {
    return source(JsonMapper.builder().build(), json, false);
  }

  private static JsonTokenSource source(JsonMapper mapper, String json, boolean bytes) {
    JsonParser p =
        bytes
            ? mapper.createParser(json.getBytes(StandardCharsets.UTF_8))
            : mapper.createParser(json);
    p.nextToken();
    return new Jackson3TokenSource(p);
  }
}
