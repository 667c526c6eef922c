package org.bengkel.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

class ProductTest {

  private static String rule(Throwable e) {
    return ((InvalidValueException) e).ruleCode();
  }

  private static String field(Throwable e) {
    return ((InvalidValueException) e).field();
  }

  @Test
  void foodProductCarriesShelfLifeNetContentIngredientsAndFoodSafety() {
    Product p = kueKering();
    assertThat(p.isFood()).isTrue();
    assertThat(p.isStocked()).isTrue();
    assertThat(p.unit()).isEqualTo(Unit.JAR);
    assertThat(p.unit().indonesian()).isEqualTo("toples");
    assertThat(p.shelfLifeDays()).contains(60);
    assertThat(p.programme()).isEqualTo(KULINER);
    // 1 December 2026 + 60 days = 30 January 2027.
    assertThat(p.bestBeforeFor(LocalDate.of(2026, 12, 1))).contains(LocalDate.of(2027, 1, 30));
  }

  @Test
  void foodNeedsShelfLifeNetContentAndIngredients() {
    Product p = kueKering();
    assertThatThrownBy(() -> Product.builder().from(p).shelfLifeDays(Optional.empty()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.food.data-required"))
        .satisfies(e -> assertThat(field(e)).isEqualTo("shelfLifeDays"));
    assertThatThrownBy(() -> Product.builder().from(p).netContent(Optional.empty()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.food.data-required"))
        .satisfies(e -> assertThat(field(e)).isEqualTo("netContent"));
    assertThatThrownBy(() -> Product.builder().from(p).ingredients(List.of()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.food.data-required"))
        .satisfies(e -> assertThat(field(e)).isEqualTo("ingredients"));
    assertThatThrownBy(
            () -> Product.of(Sku.of("X"), "X", ProductCategory.COOKIES, Unit.JAR, KULINER))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.food.data-required"));
  }

  @Test
  void onlyFoodCarriesIngredientsAndFoodSafety() {
    Product m = arekLancor();
    assertThat(m.isFood()).isFalse();
    assertThat(m.bestBeforeFor(LocalDate.of(2026, 1, 1))).isEmpty();
    assertThatThrownBy(() -> Product.builder().from(m).addIngredients("kayu").build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.food.not-food"));
    assertThatThrownBy(() -> m.withFoodSafety(FoodSafety.of(PIRT_2026)))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.food.not-food"));
  }

  @Test
  void withFoodSafetyReturnsANewProduct() {
    Product p = kueKering();
    Product nonHalal =
        p.withFoodSafety(FoodSafety.builder().pirt(PIRT_2026).declaredNonHalal(true).build());
    assertThat(nonHalal.foodSafety().orElseThrow().declaredNonHalal()).isTrue();
    assertThat(p.foodSafety().orElseThrow().declaredNonHalal()).isFalse();
  }

  @Test
  void fieldRulesNameTheField() {
    Product p = kueKering();
    assertThatThrownBy(() -> Product.builder().from(p).name(" ").build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.blank"));
    assertThatThrownBy(() -> Product.builder().from(p).shelfLifeDays(0).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.out-of-range"));
    assertThatThrownBy(() -> Product.builder().from(p).shelfLifeDays(3651).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.out-of-range"));
    assertThatThrownBy(() -> Product.builder().from(p).netContent("").build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.blank"));
    assertThatThrownBy(() -> Product.builder().from(p).addIngredients("mentega").build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.duplicate"));
    assertThatThrownBy(() -> Product.builder().from(p).addIngredients(" ").build())
        .satisfies(e -> assertThat(field(e)).isEqualTo("ingredients[4]"));
    assertThatThrownBy(() -> Product.builder().sku(KUE_KERING).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
  }

  @Test
  void nonHalalDeclarationAndHalalCertificateExcludeEachOther() {
    assertThatThrownBy(() -> FoodSafety.builder().halal(HALAL).declaredNonHalal(true).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.halal.conflict"));
  }

  @Test
  void categoriesKnowFoodAndHighRisk() {
    assertThat(ProductCategory.of("COOKIES")).isSameAs(ProductCategory.COOKIES);
    assertThat(ProductCategory.WOOD_MINIATURE.isFood()).isFalse();
    assertThat(ProductCategory.FURNITURE.indonesianName()).isEqualTo("Meubel");
    assertThat(ProductCategory.HERBAL_DRINKS.isFood()).isTrue();
    assertThat(ProductCategory.HERBAL_DRINKS.isHighRisk()).isFalse();
    assertThat(ProductCategory.BOTTLED_WATER.isHighRisk()).isTrue();
    assertThat(ProductCategory.predefined()).hasSize(11).contains(ProductCategory.BABY_FOOD);
    assertThat(ProductCategory.TRADITIONAL_SNACKS).hasToString("TRADITIONAL-SNACKS");
    assertThatThrownBy(() -> ProductCategory.of("BATIK"))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.category.unknown"))
        .hasMessageContaining("WOOD-MINIATURE");
    assertThatThrownBy(() -> ProductCategory.of(null))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
  }

  @Test
  void customCategoriesExtendThePredefinedOnes() {
    ProductCategory batik = ProductCategory.custom("BATIK", "Batik tulis", false, false);
    assertThat(batik)
        .isEqualTo(ProductCategory.custom("BATIK", "Batik tulis", false, false))
        .hasSameHashCodeAs(ProductCategory.custom("BATIK", "Batik tulis", false, false))
        .isNotEqualTo(ProductCategory.custom("BATIK", "Batik tulis", true, false));
    assertThat(batik.code()).isEqualTo("BATIK");
    assertThatThrownBy(() -> ProductCategory.custom("BATIK", "Batik", false, true))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.food.not-food"));
    assertThatThrownBy(() -> ProductCategory.custom("batik", "Batik", false, false))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.malformed"));
    assertThatThrownBy(() -> ProductCategory.custom("BATIK", null, false, false))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
    assertThatThrownBy(() -> ProductCategory.custom("BATIK", " ", false, false))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.blank"));
  }

  @Test
  void washServiceIsPricedPerJobByVehicleClassAndNotStocked() {
    Service wash =
        Service.builder()
            .sku(Sku.of("CUCI-KENDARAAN"))
            .name("Cuci motor dan mobil")
            .programme(CUCI)
            .putPricePerJob(VehicleClass.MOTORCYCLE, Rupiah.of(15_000))
            .putPricePerJob(VehicleClass.CAR, Rupiah.of(35_000))
            .build();
    assertThat(wash.isStocked()).isFalse();
    assertThat(wash.priceFor(VehicleClass.CAR)).contains(Rupiah.of(35_000));
    assertThat(wash.priceFor(VehicleClass.of("MOTORCYCLE"))).contains(Rupiah.of(15_000));
    assertThat(wash.priceFor(VehicleClass.of("PICKUP"))).isEmpty();
    assertThat(wash.programme()).isEqualTo(CUCI);
    assertThatThrownBy(() -> Service.builder().from(wash).pricePerJob(java.util.Map.of()).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
    assertThatThrownBy(
            () ->
                Service.builder()
                    .from(wash)
                    .putPricePerJob(VehicleClass.of("PICKUP"), Rupiah.ZERO)
                    .build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.out-of-range"))
        .satisfies(e -> assertThat(field(e)).isEqualTo("pricePerJob.PICKUP"));
    assertThatThrownBy(() -> Service.builder().from(wash).name("").build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.blank"));
  }

  @Test
  void vehicleClassIsAnOpenSetOfCodes() {
    assertThat(VehicleClass.of("CAR"))
        .isEqualTo(VehicleClass.CAR)
        .hasSameHashCodeAs(VehicleClass.CAR)
        .hasToString("CAR");
    assertThat(VehicleClass.CAR.code()).isEqualTo("CAR");
    assertThat(VehicleClass.CAR.compareTo(VehicleClass.MOTORCYCLE)).isNegative();
    assertThatThrownBy(() -> VehicleClass.of("car"))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.malformed"));
  }

  @Test
  void catalogLooksUpProductsAndServicesBySku() {
    Service wash =
        Service.builder()
            .sku(Sku.of("CUCI-MOTOR"))
            .name("Cuci motor")
            .programme(CUCI)
            .putPricePerJob(VehicleClass.MOTORCYCLE, Rupiah.of(15_000))
            .build();
    Catalog c = Catalog.of(List.of(kueKering(), arekLancor(), wash));
    assertThat(c.product(KUE_KERING)).contains(kueKering());
    assertThat(c.product(Sku.of("CUCI-MOTOR"))).isEmpty();
    assertThat(c.service(Sku.of("CUCI-MOTOR"))).contains(wash);
    assertThat(c.service(KUE_KERING)).isEmpty();
    assertThat(c.find(Sku.of("NOPE"))).isEmpty();
    assertThat(c.items()).hasSize(3);
    assertThat(c.productsIn(ProductCategory.COOKIES)).containsExactly(kueKering());
    assertThat(Catalog.empty().with(kueKering()).with(arekLancor()).with(wash))
        .isEqualTo(c)
        .hasSameHashCodeAs(c);
    assertThat(c.with(kueKering().withFoodSafety(FoodSafety.of(PIRT_2026))).items()).hasSize(3);
    assertThat(c.toString()).contains("KUE-KERING-500G");
    assertThatThrownBy(() -> Catalog.of(List.of(kueKering(), kueKering())))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.duplicate"));
  }
}
