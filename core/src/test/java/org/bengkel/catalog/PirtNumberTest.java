package org.bengkel.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class PirtNumberTest {

  private static String rule(Throwable e) {
    return ((InvalidValueException) e).ruleCode();
  }

  @Test
  void parseReversesToString() {
    PirtNumber p = PirtNumber.parse("2123456780126-26");
    assertThat(p).hasToString("2123456780126-26");
    assertThat(PirtNumber.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.digits()).isEqualTo("212345678012626").hasSize(15);
    assertThat(p.packagingCode()).isEqualTo(2);
    assertThat(p.expiryYear()).isEqualTo(2026);
    assertThat(p.compareTo(PirtNumber.of("3123456780126-26"))).isNegative();
  }

  @Test
  void packagingDigitMustBeOneToEight() {
    for (String bad : new String[] {"0123456780126-26", "9123456780126-26"}) {
      assertThatThrownBy(() -> PirtNumber.parse(bad)).as(bad)
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.pirt.packaging"));
    }
    assertThat(PirtNumber.of("1123456780126-26").packagingCode()).isEqualTo(1);
    assertThat(PirtNumber.of("8123456780126-26").packagingCode()).isEqualTo(8);
  }

  @Test
  void numberMustBeThirteenDigitsHyphenTwoDigits() {
    for (String bad : new String[] {"212345678012-26", "21234567801266-26", "2123456780126-2",
        "212345678012626", "2123456780126 26", "212345678012A-26", "", "2123456780126-26 "}) {
      assertThatThrownBy(() -> PirtNumber.parse(bad)).as(bad)
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.pirt.format"));
    }
    assertThatThrownBy(() -> PirtNumber.parse(null))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
  }

  @Test
  void licenceIsValidFiveYearsThroughTheEndOfItsExpiryYear() {
    PirtNumber p = PirtNumber.of("2123456780126-26");
    assertThat(p.firstValidDay()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(p.lastValidDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(p.isValidOn(LocalDate.of(2020, 12, 31))).isFalse();
    assertThat(p.isValidOn(LocalDate.of(2021, 1, 1))).isTrue();
    assertThat(p.isValidOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(p.isValidOn(LocalDate.of(2027, 1, 1))).isFalse();
  }
}
