package org.bengkel.foodsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.kueKering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.junit.jupiter.api.Test;

/**
 * The label's own checks that {@code LabelTest} did not reach: a blank name, ingredient or net
 * content, and a product declared non-halal that carries no certificate (issue 18, mutation
 * testing).
 */
class LabelMutationEdgesTest {

  private static final Facility PAMEKASAN =
      Facility.of(
          FacilityCode.of("LAPAS-PAMEKASAN"),
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.values()[0],
          "Kanwil Ditjenpas Jawa Timur");

  private static final Label OK =
      Label.forProduct(kueKering(), PAMEKASAN, "KK-1", LocalDate.of(2026, 12, 1));

  private static void refusedAs(Label.Builder builder, String rule, String field) {
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(rule);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void aBlankNameIngredientOrNetContentIsRefused() {
    refusedAs(Label.builder().from(OK).productName(" "), "value.blank", "productName");
    refusedAs(Label.builder().from(OK).netContent(""), "value.blank", "netContent");
    // the second ingredient: the check walks the whole list, not only the first
    refusedAs(
        Label.builder().from(OK).ingredients(List.of("tepung terigu", " ")),
        "value.blank",
        "ingredients[1]");
  }

  @Test
  void aLabelDeclaredNonHalalWithoutACertificateIsAccepted() {
    Label nonHalal =
        Label.builder().from(OK).halal(Optional.empty()).declaredNonHalal(true).build();
    assertThat(nonHalal.declaredNonHalal()).isTrue();
    assertThat(nonHalal.halal()).isEmpty();
  }

  @Test
  void aLabelIsNotDeclaredNonHalalUnlessSaidSo() {
    // built field by field, without declaredNonHalal: the default applies
    Label label =
        Label.builder()
            .productName("Kue kering nastar 500 g")
            .ingredients(List.of("tepung terigu"))
            .netContent("500 g")
            .producer("Bengkel Kerja Lapas Kelas IIA Pamekasan")
            .productionCode("KK-1")
            .bestBefore(LocalDate.of(2027, 1, 30))
            .shelfLifeDays(60)
            .build();
    assertThat(label.declaredNonHalal()).isFalse();
  }
}
