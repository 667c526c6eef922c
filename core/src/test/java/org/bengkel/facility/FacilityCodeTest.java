package org.bengkel.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.facility.FacilityTest.refused;

import java.util.Arrays;
import java.util.List;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class FacilityCodeTest {

  @Test
  void parseReversesToString() {
    for (String s :
        new String[] {"LAPAS-PAMEKASAN", "LPKA-1", "A", "A".repeat(40), "RUTAN-KELAS-IIB-2"}) {
      FacilityCode code = FacilityCode.parse(s);
      assertThat(code).hasToString(s);
      assertThat(code.value()).isEqualTo(s);
      assertThat(FacilityCode.parse(code.toString())).isEqualTo(code);
      assertThat(FacilityCode.of(s)).isEqualTo(code).hasSameHashCodeAs(code);
    }
  }

  @Test
  void codeMustBeUpperCaseGroupsJoinedByHyphens() {
    for (String bad :
        new String[] {
          "lapas-pamekasan", "LAPAS PAMEKASAN", "-LAPAS", "LAPAS-", "A--B", "", "LAPAS_1"
        }) {
      refused(() -> FacilityCode.parse(bad), CoreRule.MALFORMED, "facilityCode");
    }
    refused(() -> FacilityCode.of("A".repeat(41)), CoreRule.TOO_LONG, "facilityCode");
    refused(() -> FacilityCode.parse(null), CoreRule.REQUIRED, "facilityCode");
  }

  /**
   * The pattern and length published for Bean Validation and JSON schemas accept what parse does.
   */
  @Test
  void patternAndMaxLengthAgreeWithParse() {
    List<String> candidates =
        Arrays.asList(
            "",
            "LAPAS-PAMEKASAN",
            "lapas",
            "LAPAS PAMEKASAN",
            "-LAPAS",
            "LAPAS-",
            "A--B",
            "A",
            "A".repeat(40),
            "A".repeat(41),
            "RUTAN-1",
            "\u00c4B",
            "LAPAS_1",
            "A-".repeat(20) + "B",
            "1-2-3",
            "LAPAS-\u0661");
    for (String s : candidates) {
      boolean published = s.matches(FacilityCode.PATTERN) && s.length() <= FacilityCode.MAX_LENGTH;
      boolean parsed;
      try {
        FacilityCode.parse(s);
        parsed = true;
      } catch (InvalidValueException e) {
        parsed = false;
      }
      assertThat(parsed).as(s).isEqualTo(published);
    }
    assertThat(Facility.CODE_PATTERN).isEqualTo(FacilityCode.PATTERN);
  }

  @Test
  void equalityAndOrderAreByTheCode() {
    FacilityCode a = FacilityCode.of("LAPAS-A");
    FacilityCode b = FacilityCode.of("LAPAS-B");
    assertThat(a)
        .isNotEqualTo(b)
        .isNotEqualTo("LAPAS-A")
        .isEqualTo(FacilityCode.parse(new StringBuilder("LAPAS-A")));
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(FacilityCode.of("LAPAS-A"))).isZero();
  }
}
