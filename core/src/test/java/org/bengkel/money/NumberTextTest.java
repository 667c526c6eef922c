package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

/** Numbers for people: Indonesian decimal comma and grouping dot, English the other way round. */
class NumberTextTest {

  private static final Locale ID = Messages.INDONESIAN;

  @Test
  void percentagesInIndonesianStyle() {
    assertThat(NumberText.percent(new BigDecimal("72.74"), ID)).isEqualTo("72,74 %");
    assertThat(NumberText.percent(new BigDecimal("72.74"), Locale.ROOT)).isEqualTo("72.74%");
    // 1/8 = 12,5 %; 11/12 has no terminating percentage and stays a fraction
    assertThat(NumberText.percent(Rate.of(1, 8), ID)).isEqualTo("12,5 %");
    assertThat(NumberText.percent(Rate.of(11, 12), ID)).isEqualTo("11/12");
    assertThat(NumberText.percent(Rate.percent(12), Locale.ENGLISH)).isEqualTo("12%");
  }

  @Test
  void aNullLocaleIsMissingEvenForARateWrittenAsAFraction() {
    assertThatThrownBy(() -> NumberText.percent(Rate.of(64, 51), null))
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("locale");
  }

  @Test
  void thousandsAndDecimals() {
    assertThat(NumberText.decimal(new BigDecimal("1234567.5"), ID)).isEqualTo("1.234.567,5");
    assertThat(NumberText.decimal(new BigDecimal("1234567.5"), Locale.ROOT))
        .isEqualTo("1,234,567.5");
    assertThat(NumberText.decimal(new BigDecimal("-1000"), ID)).isEqualTo("-1.000");
    assertThat(NumberText.decimal(new BigDecimal("999"), ID)).isEqualTo("999");
    assertThat(NumberText.count(1_110_000, ID)).isEqualTo("1.110.000");
    // the rupiah is written the Indonesian way in both languages
    assertThat(Rupiah.of(1_110_000).toString()).isEqualTo("Rp1.110.000");
  }
}
