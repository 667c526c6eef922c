package org.bengkel.json.jackson2;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.HostileReadersContract;

/**
 * The shared {@link HostileReadersContract} on Jackson 2: the helpers, strict and lenient, and the
 * hardened and lenient mappers' own {@code readValue}.
 */
class Jackson2HostileReadersTest extends HostileReadersContract {

  @Override
  protected Read<InputStream> hardenedStream() {
    return BengkelJackson2.mapper()::readValue;
  }

  @Override
  protected List<Named> readers() {
    ObjectMapper hardened = BengkelJackson2.mapper();
    ObjectMapper lenient = BengkelJackson2.mapper(BengkelJsonOptions.lenient());
    return List.of(
        named("helpers strict", Jackson2JsonFormatTest.bindingOf(BengkelJsonOptions.strict())),
        named("hardened mapper", hardened::readValue, hardened::readValue),
        // a web framework hands the mapper the request's stream
        named(
            "hardened mapper from a stream",
            hardened::readValue,
            (bytes, type) -> hardened.readValue(new ByteArrayInputStream(bytes), type)),
        named("helpers lenient", Jackson2JsonFormatTest.bindingOf(BengkelJsonOptions.lenient())),
        named("lenient mapper", lenient::readValue, lenient::readValue));
  }
}
