package org.bengkel.json.contract;

import java.util.List;
import org.bengkel.json.BengkelJsonOptions;

/** The shared {@link HostileReadersContract} over bengkel-json alone, with {@link TextJson}. */
class TextHostileReadersTest extends HostileReadersContract {

  @Override
  protected List<Named> readers() {
    return List.of(
        named("text strict", TextJson.binding(BengkelJsonOptions.strict())),
        named("text lenient", TextJson.binding(BengkelJsonOptions.lenient())));
  }
}
