package org.bengkel.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.AREK_LANCOR;
import static org.bengkel.catalog.Fixtures.KUE_KERING;
import static org.bengkel.catalog.Fixtures.arekLancor;
import static org.bengkel.catalog.Fixtures.kueKering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

/**
 * The edges of the catalog's values that its tests did not reach: inequality and hashing of codes,
 * categories and catalogs, custom categories that share a predefined code, a change that changes
 * nothing, and a blank partner name (issue 18, mutation testing).
 */
class CatalogMutationEdgesTest {

  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void codesAreEqualOnlyToTheSameCode() {
    PirtNumber p26 = PirtNumber.of("2123456780126-26");
    PirtNumber p27 = PirtNumber.of("2123456780126-27");
    assertThat(p26).isEqualTo(PirtNumber.of("2123456780126-26")).isNotEqualTo(p27);
    assertThat((Object) p26).isNotEqualTo("2123456780126-26");
    assertThat(p26).hasSameHashCodeAs(PirtNumber.of("2123456780126-26"));
    assertThat(List.of(p26.hashCode(), p27.hashCode())).doesNotHaveDuplicates();
    assertThat(KUE_KERING).isNotEqualTo(AREK_LANCOR);
    assertThat((Object) KUE_KERING).isNotEqualTo("KUE-KERING-500G");
    assertThat(VehicleClass.CAR).isNotEqualTo(VehicleClass.MOTORCYCLE);
    assertThat(VehicleClass.of("PICKUP")).isEqualTo(VehicleClass.of("PICKUP"));
    assertThat((Object) VehicleClass.CAR).isNotEqualTo("CAR");
  }

  @Test
  void aMissingSkuIsAMissingValueNotANullPointer() {
    assertThatThrownBy(() -> Sku.parse(null)).isInstanceOf(MissingValueException.class);
  }

  @Test
  void categoriesAreEqualOnlyWhenCodeNameAndBothFlagsAre() {
    ProductCategory base = ProductCategory.custom("KERUPUK", "Kerupuk", true, false);
    assertThat(base)
        .isEqualTo(ProductCategory.custom("KERUPUK", "Kerupuk", true, false))
        .hasSameHashCodeAs(ProductCategory.custom("KERUPUK", "Kerupuk", true, false))
        .isNotEqualTo(ProductCategory.custom("KERUPUK-UDANG", "Kerupuk", true, false))
        .isNotEqualTo(ProductCategory.custom("KERUPUK", "Krupuk", true, false))
        .isNotEqualTo(ProductCategory.custom("KERUPUK", "Kerupuk", false, false))
        .isNotEqualTo(ProductCategory.custom("KERUPUK", "Kerupuk", true, true));
    assertThat((Object) base).isNotEqualTo("KERUPUK");
    assertThat(
            List.of(
                base.hashCode(),
                ProductCategory.custom("KERUPUK", "Kerupuk", true, true).hashCode()))
        .doesNotHaveDuplicates();
  }

  @Test
  void onlyAHighRiskCategoryThatIsNotFoodIsRefused() {
    assertThat(ProductCategory.custom("UKIRAN", "Ukiran", false, false).isFood()).isFalse();
    assertThat(ProductCategory.custom("SAMBAL", "Sambal", true, true).isHighRisk()).isTrue();
    assertThatThrownBy(() -> ProductCategory.custom("ARANG", "Arang", false, true))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("catalog.food.not-food"));
  }

  @Test
  void aCategoryReadBackIsThePredefinedOneOnlyWhenEveryFieldMatches() throws Exception {
    assertThat(roundTrip(ProductCategory.COOKIES)).isSameAs(ProductCategory.COOKIES);
    // the predefined code with another name, or other flags, stays a custom category
    for (ProductCategory custom :
        List.of(
            ProductCategory.custom("COOKIES", "Kue", true, false),
            ProductCategory.custom("COOKIES", "Kue kering", false, false),
            ProductCategory.custom("COOKIES", "Kue kering", true, true))) {
      ProductCategory read = roundTrip(custom);
      assertThat(read).isEqualTo(custom).isNotEqualTo(ProductCategory.COOKIES);
    }
    // a code no predefined category has
    ProductCategory kerupuk = ProductCategory.custom("KERUPUK", "Kerupuk", true, false);
    assertThat(roundTrip(kerupuk)).isEqualTo(kerupuk);
  }

  @Test
  void catalogsAreEqualOnlyWithTheSameItems() {
    Catalog one = Catalog.of(List.of(kueKering()));
    assertThat(one)
        .isEqualTo(Catalog.empty().with(kueKering()))
        .hasSameHashCodeAs(Catalog.empty().with(kueKering()))
        .isNotEqualTo(Catalog.of(List.of(arekLancor())))
        .isNotEqualTo(Catalog.empty());
    assertThat((Object) one).isNotEqualTo(List.of(kueKering()));
    assertThat(List.of(one.hashCode(), Catalog.of(List.of(arekLancor())).hashCode()))
        .doesNotHaveDuplicates();
  }

  @Test
  void aChangeThatChangesNothingKeepsTheProduct() {
    Product kue = kueKering();
    // the same ingredients: no copy, so the halal certificate is not flagged for review
    assertThat(kue.withIngredients(List.copyOf(kue.ingredients()), DEC_1)).isSameAs(kue);
    // no food-safety data at all: nothing to flag
    Product miniature = arekLancor();
    assertThat(miniature.withProcessChange(DEC_1)).isSameAs(miniature);
  }

  @Test
  void aPartnerNeedsANonBlankName() {
    assertThatThrownBy(() -> Partner.of("TOKO-MADURA", " ", PartnerRole.RESELLER))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.blank");
              assertThat(e.field()).isEqualTo("name");
            });
  }
}
