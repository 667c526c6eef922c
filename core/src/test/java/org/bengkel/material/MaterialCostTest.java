package org.bengkel.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

class MaterialCostTest {

  private static final LocalDate PRODUCTION = LocalDate.of(2026, 12, 1);

  private static BomRegistry registry() {
    return BomRegistry.of(List.of(kueKeringBom(), arekLancorBom()));
  }

  @Test
  void kueKeringFullBatchCostIsTheSumOfItsMaterials() {
    // 20 jars: flour 5 kg x 12.000 = 60.000; butter 3 kg x 80.000 = 240.000;
    // sugar 2 kg x 16.000 = 32.000; jars 20 x 3.500 = 70.000; total 402.000.
    MaterialCost cost = registry().materialCost(KUE_KERING, 20, PRODUCTION, prices());
    assertThat(cost.lines())
        .extracting(l -> l.material().code())
        .containsExactly("TEPUNG-TERIGU", "MENTEGA", "GULA-HALUS", "TOPLES-500G");
    assertThat(cost.lines())
        .extracting(MaterialCostLine::cost)
        .containsExactly(
            Rupiah.of(60_000), Rupiah.of(240_000), Rupiah.of(32_000), Rupiah.of(70_000));
    assertThat(cost.lines())
        .extracting(l -> l.quantity().toString())
        .containsExactly("5000 g", "3000 g", "2000 g", "20 pcs");
    assertThat(cost.total()).isEqualTo(Rupiah.of(402_000));
    assertThat(cost.perUnit()).isEqualTo(Rupiah.of(20_100));
    assertThat(cost.product()).isEqualTo(KUE_KERING);
    assertThat(cost.units()).isEqualTo(20);
    assertThat(cost.date()).isEqualTo(PRODUCTION);
    assertThat(cost.lines().get(0).price().partner()).isEqualTo(SUMBER_REJEKI);
  }

  @Test
  void kueKeringBatchIsScaledExactlyFromTheStatedBatchSize() {
    // 7 of 20 jars: flour 5000 g x 7/20 = 1750 g -> 1,75 x 12.000 = 21.000;
    // butter 1050 g -> 84.000; sugar 700 g -> 11.200; jars 7 -> 24.500; total 140.700.
    MaterialCost cost = registry().materialCost(KUE_KERING, 7, PRODUCTION, prices());
    assertThat(cost.lines())
        .extracting(MaterialCostLine::cost)
        .containsExactly(
            Rupiah.of(21_000), Rupiah.of(84_000), Rupiah.of(11_200), Rupiah.of(24_500));
    assertThat(cost.total()).isEqualTo(Rupiah.of(140_700));
    // 140.700 / 7 = 20.100 exactly.
    assertThat(cost.perUnit()).isEqualTo(Rupiah.of(20_100));
  }

  @Test
  void eachMaterialCostIsRoundedHalfUpToWholeRupiah() {
    // 1 jar, flour at Rp12.345/kg: 250 g -> 250 x 12.345 / 1000 = 3.086,25 -> 3.086.
    // At Rp12.346/kg: 3.086,5 -> 3.087 (half up). Butter 150 g x 80 = 12.000; sugar 100 g x 16 =
    // 1.600; one jar 3.500. Totals 20.186 and 20.187.
    BomRegistry registry = registry();
    MaterialPrices low =
        MaterialPrices.of(
            List.of(
                price(TEPUNG, 12_345),
                price(MENTEGA, 80_000),
                price(GULA, 16_000),
                price(TOPLES, 3_500)));
    MaterialPrices half =
        MaterialPrices.of(
            List.of(
                price(TEPUNG, 12_346),
                price(MENTEGA, 80_000),
                price(GULA, 16_000),
                price(TOPLES, 3_500)));
    assertThat(registry.materialCost(KUE_KERING, 1, PRODUCTION, low).lines().get(0).cost())
        .isEqualTo(Rupiah.of(3_086));
    assertThat(registry.materialCost(KUE_KERING, 1, PRODUCTION, low).total())
        .isEqualTo(Rupiah.of(20_186));
    assertThat(registry.materialCost(KUE_KERING, 1, PRODUCTION, half).lines().get(0).cost())
        .isEqualTo(Rupiah.of(3_087));
    assertThat(registry.materialCost(KUE_KERING, 1, PRODUCTION, half).total())
        .isEqualTo(Rupiah.of(20_187));
    // 2 jars at Rp12.345/kg flour: 500 g -> 6.172,5 -> 6.173; butter 24.000; sugar 3.200;
    // jars 7.000; total 40.373; per jar 20.186,5 -> 20.187 (half up).
    assertThat(registry.materialCost(KUE_KERING, 2, PRODUCTION, low).perUnit())
        .isEqualTo(Rupiah.of(20_187));
  }

  @Test
  void arekLancorMiniatureCostFromWoodPaintVarnishAndSandpaper() {
    // 10 miniatures: wood 5 x 40.000 = 200.000; gold paint 500 ml x 120.000/l = 60.000;
    // varnish 750 ml x 90.000/l = 67.500; sandpaper 20 x 2.000 = 40.000; total 367.500.
    MaterialCost ten = registry().materialCost(AREK_LANCOR, 10, PRODUCTION, prices());
    assertThat(ten.lines())
        .extracting(MaterialCostLine::cost)
        .containsExactly(
            Rupiah.of(200_000), Rupiah.of(60_000), Rupiah.of(67_500), Rupiah.of(40_000));
    assertThat(ten.total()).isEqualTo(Rupiah.of(367_500));
    // 3 miniatures: wood 1,5 blocks -> 60.000 (2 blocks issued); paint 150 ml -> 18.000;
    // varnish 225 ml -> 20.250; sandpaper 6 -> 12.000; total 110.250.
    MaterialCost three = registry().materialCost(AREK_LANCOR, 3, PRODUCTION, prices());
    assertThat(three.lines())
        .extracting(MaterialCostLine::cost)
        .containsExactly(
            Rupiah.of(60_000), Rupiah.of(18_000), Rupiah.of(20_250), Rupiah.of(12_000));
    assertThat(three.lines())
        .extracting(l -> l.quantity().toString())
        .containsExactly("2 pcs", "150 ml", "225 ml", "6 lembar");
    assertThat(three.total()).isEqualTo(Rupiah.of(110_250));
    // 110.250 / 3 = 36.750 exactly; 367.500 / 10 = 36.750.
    assertThat(three.perUnit()).isEqualTo(Rupiah.of(36_750));
    assertThat(registry().materialCost(AREK_LANCOR, 4, PRODUCTION, prices()).perUnit())
        .isEqualTo(Rupiah.of(36_750));
  }

  @Test
  void subAssembliesAreExpandedRecursivelyAndSameMaterialsAdded() {
    // Leg: 4 legs from 2 teak boards. Chair: 1 chair from 4 legs, 3 teak boards, 200 ml varnish.
    // 2 chairs: legs 8 -> 8/4 x 2 = 4 boards; direct 6 boards; teak 10 x 150.000 = 1.500.000;
    // varnish 400 ml x 90.000/l = 36.000; total 1.536.000.
    BillOfMaterials leg =
        BillOfMaterials.builder()
            .product(KAKI)
            .batchSize(4)
            .addMaterial(KAYU_JATI, Quantity.of(2, MeasureUnit.PIECE))
            .build();
    BillOfMaterials chair =
        BillOfMaterials.builder()
            .product(KURSI)
            .batchSize(1)
            .addSubAssembly(KAKI, 4)
            .addMaterial(KAYU_JATI, Quantity.of(3, MeasureUnit.PIECE))
            .addMaterial(PERNIS, Quantity.of(200, MeasureUnit.MILLILITRE))
            .build();
    MaterialCost cost =
        BomRegistry.of(List.of(leg, chair)).materialCost(KURSI, 2, PRODUCTION, prices());
    assertThat(cost.lines())
        .extracting(l -> l.material().code())
        .containsExactly("KAYU-JATI", "PERNIS");
    assertThat(cost.lines())
        .extracting(l -> l.quantity().toString())
        .containsExactly("10 pcs", "400 ml");
    assertThat(cost.total()).isEqualTo(Rupiah.of(1_536_000));
  }

  @Test
  void pricesEffectiveOnTheProductionDateApply() {
    // Flour Rp12.000 until 30 June, Rp13.000 from 1 July: 20 jars cost 402.000, then 407.000.
    MaterialPrices materialPrices =
        MaterialPrices.of(
            List.of(
                MaterialPrice.of(
                    TEPUNG, SUMBER_REJEKI, Rupiah.of(12_000), JAN_1, LocalDate.of(2026, 6, 30)),
                MaterialPrice.of(
                    TEPUNG, SUMBER_REJEKI, Rupiah.of(13_000), LocalDate.of(2026, 7, 1)),
                price(MENTEGA, 80_000),
                price(GULA, 16_000),
                price(TOPLES, 3_500)));
    assertThat(
            registry()
                .materialCost(KUE_KERING, 20, LocalDate.of(2026, 6, 30), materialPrices)
                .total())
        .isEqualTo(Rupiah.of(402_000));
    assertThat(
            registry()
                .materialCost(KUE_KERING, 20, LocalDate.of(2026, 7, 1), materialPrices)
                .total())
        .isEqualTo(Rupiah.of(407_000));
  }

  @Test
  void priceIsPerTheUnitOfThePricedMaterialRecord() {
    // Butter priced per gram (Rp80) under the same code: 3000 g x 80 = 240.000, as per kg.
    Material butterPerGram = Material.of("MENTEGA", "Mentega curah", MeasureUnit.GRAM);
    MaterialPrices materialPrices =
        MaterialPrices.of(
            List.of(
                price(TEPUNG, 12_000),
                price(butterPerGram, 80),
                price(GULA, 16_000),
                price(TOPLES, 3_500)));
    assertThat(registry().materialCost(KUE_KERING, 20, PRODUCTION, materialPrices).total())
        .isEqualTo(Rupiah.of(402_000));
    Material butterPerLitre = Material.of("MENTEGA", "Mentega cair", MeasureUnit.LITRE);
    MaterialPrices wrong =
        MaterialPrices.of(
            List.of(
                price(TEPUNG, 12_000),
                price(butterPerLitre, 80_000),
                price(GULA, 16_000),
                price(TOPLES, 3_500)));
    assertThatThrownBy(() -> registry().materialCost(KUE_KERING, 20, PRODUCTION, wrong))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("catalog.quantity.unit-mismatch");
  }

  @Test
  void missingPriceOnTheDateIsRefused() {
    assertThatThrownBy(
            () -> registry().materialCost(KUE_KERING, 20, LocalDate.of(2025, 12, 31), prices()))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException x = (InvalidValueException) e;
              assertThat(x.ruleCode()).isEqualTo("catalog.price.missing");
              assertThat(x.rejectedValue()).contains("TEPUNG-TERIGU");
            });
  }

  @Test
  void costOfAProductWithoutBillOrOfNoUnitsIsRefused() {
    assertThatThrownBy(() -> registry().materialCost(KURSI, 1, PRODUCTION, prices()))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("catalog.bom.missing");
    assertThatThrownBy(() -> registry().materialCost(KUE_KERING, 0, PRODUCTION, prices()))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("value.out-of-range");
  }

  @Test
  void costThatDoesNotFitInALongIsRefused() {
    assertThatThrownBy(
            () -> registry().materialCost(KUE_KERING, Long.MAX_VALUE / 2, PRODUCTION, prices()))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("money.overflow");
  }
}
