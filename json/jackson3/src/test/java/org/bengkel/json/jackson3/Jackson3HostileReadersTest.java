package org.bengkel.json.jackson3;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.HostileReadersContract;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared {@link HostileReadersContract} on Jackson 3: the helpers, strict and lenient, and the
 * hardened and lenient mappers' own {@code readValue}, and the hardened mapper rebuilt by a host
 * ({@code rebuild()}).
 */
class Jackson3HostileReadersTest extends HostileReadersContract {

  @Override
  protected Read<InputStream> hardenedStream() {
    return BengkelJackson3.mapper()::readValue;
  }

  @Override
  protected List<Named> readers() {
    JsonMapper hardened = BengkelJackson3.mapper();
    JsonMapper lenient = BengkelJackson3.mapper(BengkelJsonOptions.lenient());
    // as a Spring application adds its mix-ins: the guard is the mapper's, so it stays
    JsonMapper rebuilt = hardened.rebuild().build();
    return List.of(
        named("helpers strict", Jackson3JsonFormatTest.bindingOf(BengkelJsonOptions.strict())),
        named("hardened mapper", hardened::readValue, hardened::readValue),
        // a web framework hands the mapper the request's stream
        named(
            "hardened mapper from a stream",
            hardened::readValue,
            (bytes, type) -> hardened.readValue(new ByteArrayInputStream(bytes), type)),
        named("helpers lenient", Jackson3JsonFormatTest.bindingOf(BengkelJsonOptions.lenient())),
        named("lenient mapper", lenient::readValue, lenient::readValue),
        named("rebuilt hardened mapper", rebuilt::readValue, rebuilt::readValue));
  }
}
