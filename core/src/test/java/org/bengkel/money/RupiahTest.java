package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class RupiahTest {

  @Test
  void toStringGroupsThousandsWithDotsTheIndonesianWay() {
    assertThat(Rupiah.of(1_250_000)).hasToString("Rp1.250.000");
    assertThat(Rupiah.of(950)).hasToString("Rp950");
    assertThat(Rupiah.ZERO).hasToString("Rp0");
  }

  @Test
  void parseReadsBackTheCanonicalForm() {
    assertThat(Rupiah.parse("Rp1.250.000")).isEqualTo(Rupiah.of(1_250_000));
    assertThat(Rupiah.parse("Rp" + "9.223.372.036.854.775.807").amount()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void parseRejectsNonCanonicalText() {
    for (String bad : new String[] {"1250000", "Rp1250000", "Rp 1.250", "Rp01", "Rp1.25", "Rp.250", "Rp-5", "Rp"}) {
      assertThatThrownBy(() -> Rupiah.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).ruleCode())
          .isEqualTo("money.malformed-amount");
    }
  }

  @Test
  void ppnOnElevenTwelfthsIsExactlyElevenPercent() {
    Rate base = Rate.of(11, 12);
    Rate ppn = Rate.percent(12);
    assertThat(base.times(ppn)).isEqualTo(Rate.percent(11)).hasToString("11%");
    assertThat(Rupiah.of(1_000_000).times(base.times(ppn), RoundingMode.HALF_UP))
        .isEqualTo(Rupiah.of(110_000));
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Rupiah max = Rupiah.of(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Rupiah.of(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("money.overflow");
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(InvalidValueException.class);
  }
}
