package org.bengkel.foodsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bengkel.catalog.CatalogRule;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.HalalCertificate;
import org.bengkel.catalog.HalalStatus;
import org.bengkel.catalog.Product;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A halal certificate covers the composition and process it was issued for (UU 33/2014 Art. 42(1)
 * as amended by UU 6/2023); a change flags it for review until it is re-verified (Art. 25(d), (e)).
 */
class HalalReviewTest {

  private static final Facility PAMEKASAN =
      Facility.of(
          FacilityCode.of("LAPAS-PAMEKASAN"),
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.values()[0],
          "Kanwil Ditjenpas Jawa Timur");
  private static final LocalDate CHANGE = LocalDate.of(2026, 11, 2);

  @Test
  void changedIngredientsFlagTheCertificateFromTheDayOfTheChange() {
    // HALAL was issued 2026-03-01; pineapple jam replaced by strawberry jam from 2026-11-02.
    Product before = kueKering();
    Product after =
        before.withIngredients(
            List.of("tepung terigu", "mentega", "gula halus", "selai stroberi"), CHANGE);
    FoodSafety data = after.foodSafety().orElseThrow();
    assertThat(data.halalReviewSince()).contains(CHANGE);
    assertThat(data.halal()).contains(HALAL);
    assertThat(data.halalStatusOn(CHANGE.minusDays(1))).isEqualTo(HalalStatus.CERTIFIED);
    assertThat(data.halalStatusOn(CHANGE)).isEqualTo(HalalStatus.REVIEW_REQUIRED);
    assertThat(before.foodSafety().orElseThrow().halalStatusOn(CHANGE))
        .isEqualTo(HalalStatus.CERTIFIED);
    assertThat(after.ingredients()).endsWith("selai stroberi").hasSize(4);

    // Halal is mandatory from 2026-10-17: the changed product is refused, the reason dated.
    FoodSafetyDecision d = FoodSafetyPolicy.defaults().decide(after, CHANGE);
    assertThat(d.reasons())
        .containsOnly(java.util.Map.entry(FoodSafetyRule.FOOD_SAFETY_HALAL_REVIEW, "2026-11-02"));
    assertThat(d.messages(Messages.INDONESIAN).get(0))
        .startsWith("sertifikat halal KUE-KERING-500G tidak lagi mencakupnya pada 2026-11-02");
    assertThat(d.messages(Locale.ROOT).get(0))
        .startsWith("the halal certificate of KUE-KERING-500G no longer covers it on 2026-11-02");
    // a day before the change, lots made the old way are still covered
    assertThat(FoodSafetyPolicy.defaults().decide(after, CHANGE.minusDays(1)).isAllowed()).isTrue();
  }

  @Test
  void reorderedIngredientsAreAChangeTheSameListIsNot() {
    Product same = kueKering().withIngredients(kueKering().ingredients(), CHANGE);
    assertThat(same).isEqualTo(kueKering());
    // the order states the proportions (descending weight): moving sugar before butter is a change
    Product reordered =
        kueKering()
            .withIngredients(
                List.of("tepung terigu", "gula halus", "mentega", "selai nanas"), CHANGE);
    assertThat(reordered.foodSafety().orElseThrow().halalStatusOn(CHANGE))
        .isEqualTo(HalalStatus.REVIEW_REQUIRED);
  }

  @Test
  void theLabelCarriesNoHalalCertificateWhileUnderReview() {
    Product after = kueKering().withProcessChange(CHANGE);
    assertThat(Label.forProduct(after, PAMEKASAN, "KK-20261101-01", CHANGE.minusDays(1)).halal())
        .contains(HALAL);
    assertThat(Label.forProduct(after, PAMEKASAN, "KK-20261102-01", CHANGE).halal()).isEmpty();
    // before halal is mandatory the flagged product may be sold, without the halal claim
    FoodSafetyPolicy early = FoodSafetyPolicy.of(LocalDate.of(2027, 1, 1));
    assertThat(early.decide(after, CHANGE).isAllowed()).isTrue();
  }

  @Test
  void reverificationClearsTheReview() {
    Product after = kueKering().withProcessChange(CHANGE);
    HalalCertificate renewed =
        HalalCertificate.of("ID35110000123450821", LocalDate.of(2026, 11, 20));
    FoodSafety reverified = after.foodSafety().orElseThrow().withHalalReverified(renewed);
    assertThat(reverified.halalReviewSince()).isEmpty();
    assertThat(reverified.halalStatusOn(LocalDate.of(2026, 11, 20)))
        .isEqualTo(HalalStatus.CERTIFIED);
    // between the change and the renewal the product is not certified for the new way of making it
    assertThat(reverified.halalStatusOn(LocalDate.of(2026, 11, 19)))
        .isEqualTo(HalalStatus.NOT_CERTIFIED);
    assertThat(
            FoodSafetyPolicy.defaults()
                .decide(after.withFoodSafety(reverified), LocalDate.of(2026, 11, 20))
                .isAllowed())
        .isTrue();
  }

  @Test
  void anEarlierFlagIsKeptAndNothingIsFlaggedWithoutACertificate() {
    Product once = kueKering().withProcessChange(CHANGE);
    assertThat(once.withProcessChange(CHANGE.plusDays(10))).isSameAs(once);
    assertThat(
            once.withProcessChange(CHANGE.minusDays(5))
                .foodSafety()
                .orElseThrow()
                .halalReviewSince())
        .contains(CHANGE.minusDays(5));
    Product uncertified =
        food(org.bengkel.catalog.ProductCategory.COOKIES, FoodSafety.of(PIRT_2026));
    assertThat(uncertified.withProcessChange(CHANGE)).isSameAs(uncertified);
    assertThat(uncertified.foodSafety().orElseThrow().halalStatusOn(CHANGE))
        .isEqualTo(HalalStatus.NOT_CERTIFIED);
    FoodSafety nonHalal = FoodSafety.builder().pirt(PIRT_2026).declaredNonHalal(true).build();
    assertThat(nonHalal.withHalalReviewFrom(CHANGE)).isSameAs(nonHalal);
    assertThat(nonHalal.halalStatusOn(CHANGE)).isEqualTo(HalalStatus.DECLARED_NON_HALAL);
    Product wood = arekLancor();
    assertThat(wood.withProcessChange(CHANGE)).isSameAs(wood);
  }

  @Test
  void aReviewNeedsACertificateIssuedOnOrBeforeIt() {
    assertThatThrownBy(() -> kueKering().withProcessChange(LocalDate.of(2026, 2, 28)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.rule()).isEqualTo(CatalogRule.HALAL_REVIEW));
    assertThatThrownBy(() -> FoodSafety.builder().pirt(PIRT_2026).halalReviewSince(CHANGE).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(CatalogRule.HALAL_REVIEW);
              assertThat(e.field()).isEqualTo("foodSafety.halalReviewSince");
            });
  }

  @Test
  void aBillOfMaterialsWithOtherInputsIsAChangeOtherQuantitiesAreNot() {
    BillOfMaterials bom = kueKeringBom();
    BillOfMaterials moreButter =
        BillOfMaterials.builder()
            .product(KUE_KERING)
            .batchSize(20)
            .addMaterial(TEPUNG, Quantity.of(5, MeasureUnit.KILOGRAM))
            .addMaterial(MENTEGA, Quantity.of(3500, MeasureUnit.GRAM))
            .addMaterial(TOPLES, Quantity.of(20, MeasureUnit.PIECE))
            .addMaterial(GULA, Quantity.of(2000, MeasureUnit.GRAM))
            .build();
    assertThat(bom.sameInputsAs(moreButter)).isTrue();
    BillOfMaterials otherFat =
        BillOfMaterials.builder()
            .product(KUE_KERING)
            .batchSize(20)
            .addMaterial(TEPUNG, Quantity.of(5, MeasureUnit.KILOGRAM))
            .addMaterial(GULA, Quantity.of(2000, MeasureUnit.GRAM))
            .addMaterial(TOPLES, Quantity.of(20, MeasureUnit.PIECE))
            .build();
    assertThat(bom.sameInputsAs(otherFat)).isFalse();
    Product p = bom.sameInputsAs(otherFat) ? kueKering() : kueKering().withProcessChange(CHANGE);
    assertThat(p.foodSafety().orElseThrow().halalStatusOn(CHANGE))
        .isEqualTo(HalalStatus.REVIEW_REQUIRED);
  }
}
