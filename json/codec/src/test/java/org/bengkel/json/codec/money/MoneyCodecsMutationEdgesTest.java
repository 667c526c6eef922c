package org.bengkel.json.codec.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;
import org.junit.jupiter.api.Test;

/**
 * The list of codecs the registry ({@code Codecs}) takes once per JVM, checked here directly: a
 * codec left out of it is a type no document can hold.
 */
class MoneyCodecsMutationEdgesTest {

  @Test
  void thePackageListsEachCodecOnceByItsType() {
    List<Class<?>> types = MoneyCodecs.all().stream().<Class<?>>map(Codec::type).toList();
    assertThat(types)
        .containsExactlyInAnyOrder(Rupiah.class, RupiahDelta.class, Rate.class, RoundingStep.class);
  }
}
