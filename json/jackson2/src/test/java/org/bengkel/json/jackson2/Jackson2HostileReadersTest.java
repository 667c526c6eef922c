package org.bengkel.json.jackson2;

import java.util.List;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.HostileReadersContract;

/**
 * The shared {@link HostileReadersContract} on Jackson 2: the helpers, strict and lenient, and the
 * hardened and lenient mappers' own {@code readValue}.
 */
class Jackson2HostileReadersTest extends HostileReadersContract {

  @Override
  protected List<Named> readers() {
    BengkelJackson2 strict = BengkelJackson2.create();
    BengkelJackson2 lenient = BengkelJackson2.create(BengkelJsonOptions.lenient());
    return List.of(
        helpers("helpers strict", strict),
        mapper("hardened mapper", BengkelJackson2.mapper()),
        helpers("helpers lenient", lenient),
        mapper("lenient mapper", BengkelJackson2.mapper(BengkelJsonOptions.lenient())));
  }

  private static Named helpers(String name, BengkelJackson2 helpers) {
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

  private static Named mapper(String name, com.fasterxml.jackson.databind.ObjectMapper mapper) {
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
