package org.bengkel.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.facility.FacilityTest.PAMEKASAN;
import static org.bengkel.facility.OfficerTest.KASI;
import static org.bengkel.facility.OfficerTest.NIP;
import static org.bengkel.internal.BeanValidationAgreement.assertAgreement;
import static org.bengkel.internal.BeanValidationAgreement.assertNoViolations;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hibernate Validator over facilities and officers agrees with their builders' checks. */
class FacilityBeanValidationTest {

  private static final List<String> TEXTS =
      Arrays.asList(
          null,
          "",
          " ",
          "\t\n",
          "\u0000",
          " \u0001 ",
          "\u00a0",
          "\u2003",
          "\u3000\u2028",
          " \u001c ",
          "Lapas Kelas IIA Pamekasan",
          " x ",
          "x".repeat(199),
          "x".repeat(200),
          "x".repeat(201),
          " ".repeat(201),
          "é".repeat(200));

  @Test
  void validInstancesHaveNoViolations() {
    assertNoViolations(PAMEKASAN);
    assertNoViolations(KASI);
    assertNoViolations(Officer.of(NIP, "Budi"));
  }

  @Test
  void facilityCodeRulesAgree() {
    assertAgreement(
        Facility.class,
        "code",
        // The form of the code is checked once, by FacilityCode (see FacilityCodeTest).
        Arrays.asList(null, FacilityCode.of("LAPAS-PAMEKASAN")),
        v -> Facility.builder().from(PAMEKASAN).code(v).build());
  }

  @Test
  void facilityTextRulesAgree() {
    assertAgreement(
        Facility.class, "name", TEXTS, v -> Facility.builder().from(PAMEKASAN).name(v).build());
    assertAgreement(
        Facility.class,
        "regionalOffice",
        TEXTS,
        v -> Facility.builder().from(PAMEKASAN).regionalOffice(v).build());
  }

  @Test
  void facilityEnumRulesAgree() {
    assertAgreement(
        Facility.class,
        "type",
        Arrays.asList(null, FacilityType.LPP),
        v -> Facility.builder().from(PAMEKASAN).type(v).build());
    assertAgreement(
        Facility.class,
        "facilityClass",
        Arrays.asList(null, FacilityClass.III),
        v -> Facility.builder().from(PAMEKASAN).facilityClass(v).build());
  }

  @Test
  void officerRulesAgree() {
    assertAgreement(
        Officer.class, "name", TEXTS, v -> Officer.builder().from(KASI).name(v).build());
    assertAgreement(
        Officer.class,
        "nip",
        Arrays.asList(null, NIP),
        v -> Officer.builder().from(KASI).nip(v).build());
    List<Optional<String>> positions = TEXTS.stream().map(Optional::ofNullable).toList();
    assertAgreement(
        Officer.class,
        "position",
        positions,
        v -> Officer.builder().from(KASI).position(v).build());
  }

  @Test
  void defaultValidatorWouldSeeNoConstraintsOnRecordStyleAccessors() {
    // Why the agreement helper registers its own getter strategy: without it, nothing is checked.
    try (ValidatorFactory plain = Validation.buildDefaultValidatorFactory()) {
      assertThat(
              plain
                  .getValidator()
                  .getConstraintsForClass(Facility.class)
                  .getConstrainedProperties())
          .isEmpty();
    }
  }
}
