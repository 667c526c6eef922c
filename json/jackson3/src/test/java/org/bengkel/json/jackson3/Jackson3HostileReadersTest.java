package org.bengkel.json.jackson3;

import java.util.List;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.HostileReadersContract;

/**
 * The shared {@link HostileReadersContract} on Jackson 3: the helpers, strict and lenient, and the
 * hardened and lenient mappers' own {@code readValue}.
 */
class Jackson3HostileReadersTest extends HostileReadersContract {

  @Override
  protected List<Named> readers() {
    BengkelJackson3 strict = BengkelJackson3.create();
    BengkelJackson3 lenient = BengkelJackson3.create(BengkelJsonOptions.lenient());
    return List.of(
        helpers("helpers strict", strict),
        mapper("hardened mapper", BengkelJackson3.mapper()),
        helpers("helpers lenient", lenient),
        mapper("lenient mapper", BengkelJackson3.mapper(BengkelJsonOptions.lenient())));
  }

  private static Named helpers(String name, BengkelJackson3 helpers) {
    return new Named(
        name,
        new Reader() {
          @Override
          public Object read(String json, Class<?> type) {
            return helpers.read(json, type);
          }

          @Override
          public Object readBytes(byte[] json, Class<?> type) {
            return helpers.read(json, type);
          }
        });
  }

  private static Named mapper(String name, tools.jackson.databind.json.JsonMapper mapper) {
    return new Named(
        name,
        new Reader() {
          @Override
          public Object read(String json, Class<?> type) throws Exception {
            return mapper.readValue(json, type);
          }

          @Override
          public Object readBytes(byte[] json, Class<?> type) throws Exception {
            return mapper.readValue(json, type);
          }
        });
  }
}
