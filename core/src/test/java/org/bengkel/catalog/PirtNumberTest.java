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
      assertThatThrownBy(() -> PirtNumber.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.pirt.packaging"));
    }
    assertThat(PirtNumber.of("1123456780126-26").packagingCode()).isEqualTo(1);
    assertThat(PirtNumber.of("8123456780126-26").packagingCode()).isEqualTo(8);
  }

  @Test
  void numberMustBeThirteenDigitsHyphenTwoDigits() {
    for (String bad :
        new String[] {
          "212345678012-26",
          "21234567801266-26",
          "2123456780126-2",
          "212345678012626",
          "2123456780126 26",
          "212345678012A-26",
          "",
          "2123456780126-26 "
        }) {
      assertThatThrownBy(() -> PirtNumber.parse(bad))
          .as(bad)
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

  @Test
  void withTheIssueDateALicenceIssuedIn2021EndingIn26IsValidUntilMarch2026() {
    // Issued 15 March 2021, number -26. Five years from issue: the fifth anniversary is
    // 15 March 2026, so the last valid day is 14 March 2026; the end of the expiry year,
    // 31 December 2026, is later. Validity: 15 March 2021 through 14 March 2026.
    PirtNumber p = PirtNumber.of("2123456780126-26");
    LocalDate issued = LocalDate.of(2021, 3, 15);
    assertThat(p.agreesWith(issued)).isTrue();
    assertThat(p.lastValidDay(issued)).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(p.isValidOn(LocalDate.of(2021, 3, 14), issued)).as("day before issue").isFalse();
    assertThat(p.isValidOn(issued, issued)).as("issue day").isTrue();
    assertThat(p.isValidOn(LocalDate.of(2026, 3, 14), issued)).as("last day").isTrue();
    assertThat(p.isValidOn(LocalDate.of(2026, 3, 15), issued)).as("fifth anniversary").isFalse();
    assertThat(p.isValidOn(LocalDate.of(2026, 12, 31), issued))
        .as("end of the expiry year")
        .isFalse();
    // Without the issue date the number alone still reads as valid through 31 December 2026.
    assertThat(p.isValidOn(LocalDate.of(2026, 12, 31))).isTrue();
  }

  @Test
  void aLicenceIssuedIn2023EndingIn28IsValidFiveYearsFromIssue() {
    // Issued 1 June 2023, number -28: anniversary 1 June 2028, last valid day 31 May 2028
    // (before 31 December 2028).
    PirtNumber p = PirtNumber.of("5123456780126-28");
    assertThat(p.lastValidDay(LocalDate.of(2023, 6, 1))).isEqualTo(LocalDate.of(2028, 5, 31));
    // Issued 31 December 2023: anniversary 31 December 2028, last valid day 30 December 2028.
    assertThat(p.lastValidDay(LocalDate.of(2023, 12, 31))).isEqualTo(LocalDate.of(2028, 12, 30));
  }

  @Test
  void theEarlierOfFiveYearsAndTheEndOfTheExpiryYearBoundsAShorterTerm() {
    // Issued 1 June 2023, number -25 (a term shorter than the five-year maximum): five years
    // would end on 31 May 2028, the number's year on 31 December 2025; the earlier is 2025-12-31.
    PirtNumber p = PirtNumber.of("5123456780126-25");
    assertThat(p.lastValidDay(LocalDate.of(2023, 6, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void aLicenceIssuedOnTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
    // Issued 29 February 2024; 2029 has no 29 February, so the fifth anniversary is 1 March
    // 2029 and the last valid day 28 February 2029.
    PirtNumber p = PirtNumber.of("2123456780126-29");
    assertThat(p.lastValidDay(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
  }

  @Test
  void anIssueDateMustAgreeWithTheExpiryYear() {
    // Issued in 2021: the number may end in 21 to 26 (2021 + 5); 27 claims six years, 20 expires
    // before the licence is issued.
    LocalDate issued = LocalDate.of(2021, 3, 15);
    assertThat(PirtNumber.of("2123456780126-21").agreesWith(issued)).isTrue();
    assertThat(PirtNumber.of("2123456780126-26").agreesWith(issued)).isTrue();
    for (String bad : new String[] {"2123456780126-27", "2123456780126-20"}) {
      PirtNumber p = PirtNumber.of(bad);
      assertThat(p.agreesWith(issued)).as(bad).isFalse();
      assertThatThrownBy(() -> p.lastValidDay(issued))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.pirt.issue-year"))
          .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("pirtIssued"));
    }
    assertThatThrownBy(() -> PirtNumber.of("2123456780126-26").lastValidDay(null))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
  }
}
