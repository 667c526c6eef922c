package org.bengkel.foodsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.*;

import java.lang.reflect.Method;
import java.time.LocalDate;
import org.bengkel.catalog.Product;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.junit.jupiter.api.Test;

class LabelTest {

  private static final Facility PAMEKASAN =
      Facility.of(
          FacilityCode.of("LAPAS-PAMEKASAN"),
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.values()[0],
          "Kanwil Ditjenpas Jawa Timur");

  private static String rule(Throwable e) {
    return ((InvalidValueException) e).ruleCode();
  }

  private static Product withShelfLife(int days) {
    return Product.builder().from(kueKering()).shelfLifeDays(days).build();
  }

  @Test
  void bestBeforeShowsTheDayWhenShelfLifeIsAtMostNinetyDays() {
    // 16 September 2026 + 90 days = 15 December 2026.
    Label label =
        Label.forProduct(withShelfLife(90), PAMEKASAN, "KK-20260916-01", LocalDate.of(2026, 9, 16));
    assertThat(label.bestBefore()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(label.bestBeforeShowsDay()).isTrue();
    assertThat(label.bestBeforeText()).isEqualTo("Baik digunakan sebelum 15-12-2026");
  }

  @Test
  void bestBeforeShowsMonthAndYearWhenShelfLifeIsNinetyOneDaysOrMore() {
    // 16 September 2026 + 91 days = 16 December 2026, written 12-2026.
    Label label =
        Label.forProduct(withShelfLife(91), PAMEKASAN, "KK-20260916-01", LocalDate.of(2026, 9, 16));
    assertThat(label.bestBefore()).isEqualTo(LocalDate.of(2026, 12, 16));
    assertThat(label.bestBeforeShowsDay()).isFalse();
    assertThat(label.bestBeforeText()).isEqualTo("Baik digunakan sebelum 12-2026");
  }

  @Test
  void labelCarriesTheProductDataAndTheWorkshopAsProducer() {
    Label label =
        Label.forProduct(kueKering(), PAMEKASAN, "KK-20261201-01", LocalDate.of(2026, 12, 1));
    assertThat(label.productName()).isEqualTo("Kue kering nastar 500 g");
    assertThat(label.ingredients())
        .containsExactly("tepung terigu", "mentega", "gula halus", "selai nanas");
    assertThat(label.netContent()).isEqualTo("500 g");
    assertThat(label.producer()).isEqualTo("Bengkel Kerja Lapas Kelas IIA Pamekasan");
    assertThat(label.pirt()).contains(PIRT_2026);
    assertThat(label.halal()).contains(HALAL);
    assertThat(label.declaredNonHalal()).isFalse();
    assertThat(label.productionCode()).isEqualTo("KK-20261201-01");
    assertThat(label.shelfLifeDays()).isEqualTo(60);
  }

  @Test
  void labelHasNoFieldForAnyTraineeIdentity() {
    for (Method m : Label.class.getMethods()) {
      String name = m.getName().toLowerCase(java.util.Locale.ROOT);
      assertThat(name)
          .as(m.getName())
          .doesNotContain("trainee")
          .doesNotContain("registration")
          .doesNotContain("worker")
          .doesNotContain("team");
      assertThat(m.getReturnType().getPackageName())
          .as(m.getName())
          .isNotEqualTo("org.bengkel.trainee");
    }
  }

  @Test
  void onlyFoodHasALabel() {
    assertThatThrownBy(
            () -> Label.forProduct(arekLancor(), PAMEKASAN, "AL-1", LocalDate.of(2026, 1, 1)))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.food.not-food"));
  }

  @Test
  void labelFieldRules() {
    Label ok = Label.forProduct(kueKering(), PAMEKASAN, "KK-1", LocalDate.of(2026, 12, 1));
    assertThatThrownBy(() -> Label.builder().from(ok).productionCode("kk 1").build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.malformed"));
    assertThatThrownBy(() -> Label.builder().from(ok).ingredients(java.util.List.of()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.food.data-required"));
    assertThatThrownBy(() -> Label.builder().from(ok).declaredNonHalal(true).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.halal.conflict"));
    assertThatThrownBy(() -> Label.builder().from(ok).producer(" ").build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.blank"));
    assertThatThrownBy(() -> Label.builder().from(ok).shelfLifeDays(0).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.out-of-range"));
  }
}
