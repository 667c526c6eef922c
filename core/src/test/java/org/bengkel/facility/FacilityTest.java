package org.bengkel.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class FacilityTest {

  static final Facility PAMEKASAN =
      Facility.of(
          FacilityCode.of("LAPAS-PAMEKASAN"),
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.IIA,
          "Kanwil Ditjenpas Jawa Timur");

  static InvalidValueException refused(ThrowingCallable call, CoreRule rule, String field) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.ruleCode()).isEqualTo(rule.code());
    assertThat(e.field()).isEqualTo(field);
    return e;
  }

  @Test
  void facilityKeepsItsAttributes() {
    assertThat(PAMEKASAN.code()).isEqualTo(FacilityCode.of("LAPAS-PAMEKASAN"));
    assertThat(PAMEKASAN.name()).isEqualTo("Lapas Kelas IIA Pamekasan");
    assertThat(PAMEKASAN.type()).isEqualTo(FacilityType.LAPAS);
    assertThat(PAMEKASAN.facilityClass()).isEqualTo(FacilityClass.IIA);
    assertThat(PAMEKASAN.regionalOffice()).isEqualTo("Kanwil Ditjenpas Jawa Timur");
    assertThat(PAMEKASAN.toString()).contains("LAPAS-PAMEKASAN", "Pamekasan");
    Facility same =
        Facility.builder()
            .code(FacilityCode.of("LAPAS-PAMEKASAN"))
            .name("Lapas Kelas IIA Pamekasan")
            .type(FacilityType.LAPAS)
            .facilityClass(FacilityClass.IIA)
            .regionalOffice("Kanwil Ditjenpas Jawa Timur")
            .build();
    assertThat(same).isEqualTo(PAMEKASAN).hasSameHashCodeAs(PAMEKASAN);
  }

  @Test
  void missingFieldIsNamed() {
    MissingValueException e =
        (MissingValueException)
            refused(
                () ->
                    Facility.builder()
                        .code(FacilityCode.of("RUTAN-BANGKALAN"))
                        .type(FacilityType.RUTAN)
                        .facilityClass(FacilityClass.IIB)
                        .regionalOffice("Kanwil Ditjenpas Jawa Timur")
                        .build(),
                CoreRule.REQUIRED,
                "name");
    assertThat(e.rejectedValue()).isEmpty();
    refused(
        () -> Facility.builder().build(),
        CoreRule.REQUIRED,
        "code,name,type,facilityClass,regionalOffice");
  }

  @Test
  void nullFieldIsNamed() {
    refused(
        () -> Facility.of(null, "Lapas", FacilityType.LAPAS, FacilityClass.I, "Kanwil"),
        CoreRule.REQUIRED,
        "code");
    refused(() -> Facility.builder().regionalOffice(null), CoreRule.REQUIRED, "regionalOffice");
    refused(() -> Facility.builder().type(null), CoreRule.REQUIRED, "type");
  }

  @Test
  void codeIsAFacilityCode() {
    FacilityCode lpka = FacilityCode.of("LPKA-1");
    assertThat(Facility.builder().from(PAMEKASAN).code(lpka).build().code()).isEqualTo(lpka);
    refused(
        () -> Facility.builder().from(PAMEKASAN).code(FacilityCode.of("lpka-1")),
        CoreRule.MALFORMED,
        "facilityCode");
  }

  @Test
  void nameAndRegionalOfficeMustNotBeBlankNorLongerThanTwoHundred() {
    refused(() -> Facility.builder().from(PAMEKASAN).name(" ").build(), CoreRule.BLANK, "name");
    InvalidValueException tooLong =
        refused(
            () -> Facility.builder().from(PAMEKASAN).name("x".repeat(201)).build(),
            CoreRule.TOO_LONG,
            "name");
    assertThat(tooLong.details()).containsExactly("200");
    assertThat(Facility.builder().from(PAMEKASAN).name("x".repeat(200)).build().name())
        .hasSize(200);
    refused(
        () -> Facility.builder().from(PAMEKASAN).regionalOffice("").build(),
        CoreRule.BLANK,
        "regionalOffice");
    refused(
        () -> Facility.builder().from(PAMEKASAN).regionalOffice("x".repeat(201)).build(),
        CoreRule.TOO_LONG,
        "regionalOffice");
  }

  @Test
  void everyTypeAndClassOfTheRegulationExists() {
    assertThat(FacilityType.values())
        .containsExactly(
            FacilityType.LAPAS,
            FacilityType.LAPAS_NARKOTIKA,
            FacilityType.RUTAN,
            FacilityType.LPKA,
            FacilityType.LPP);
    assertThat(FacilityClass.values())
        .containsExactly(FacilityClass.I, FacilityClass.IIA, FacilityClass.IIB, FacilityClass.III);
  }
}
