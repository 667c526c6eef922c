package org.bengkel.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.catalog.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The invariants of a material cost breakdown, whatever builds it. */
class MaterialCostCheckTest {

  private static final LocalDate PRODUCTION = LocalDate.of(2026, 12, 1);

  private static MaterialCostLine line(Material m, long baseAmount, long price, long cost) {
    return MaterialCostLine.of(
        m, Quantity.of(baseAmount, m.unit().base()), price(m, price), Rupiah.of(cost));
  }

  private static InvalidValueException refused(Executable build, String rule, String field) {
    InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, build);
    assertThat(e.ruleCode()).isEqualTo(rule);
    assertThat(e.field()).isEqualTo(field);
    return e;
  }

  @Test
  void computedBreakdownIsRebuiltEqualThroughThePublicFactory() {
    MaterialCost computed =
        BomRegistry.of(List.of(kueKeringBom(), arekLancorBom()))
            .materialCost(AREK_LANCOR, 3, PRODUCTION, prices());
    MaterialCost rebuilt =
        MaterialCost.of(computed.product(), computed.units(), computed.date(), computed.lines());
    assertThat(rebuilt).isEqualTo(computed);
    assertThat(rebuilt.total()).isEqualTo(Rupiah.of(110_250));
    MaterialCostLine first = computed.lines().get(0);
    assertThat(MaterialCostLine.builder().from(first).build()).isEqualTo(first);
  }

  @Test
  void costLineMustBeWhatTheIssuedQuantityAndPriceCanGive() {
    // 417 g of flour issued at Rp12.000/kg: the exact need is over 416 g and at most 417 g,
    // 416 x 12 = 4.992 and 417 x 12 = 5.004, so the cost is Rp4.992 to Rp5.004.
    MaterialCostLine low = line(TEPUNG, 417, 12_000, 4_992);
    assertThat(low.lowestCost()).isEqualTo(Rupiah.of(4_992));
    assertThat(low.highestCost()).isEqualTo(Rupiah.of(5_004));
    assertThat(line(TEPUNG, 417, 12_000, 5_004).cost()).isEqualTo(Rupiah.of(5_004));
    InvalidValueException e =
        refused(() -> line(TEPUNG, 417, 12_000, 5_005), "catalog.cost.line", "cost");
    assertThat(e.getMessage()).contains("Rp4.992").contains("Rp5.004");
    assertThat(e.message(Locale.forLanguageTag("id"))).contains("dibulatkan setengah ke atas");
    refused(() -> line(TEPUNG, 417, 12_000, 4_991), "catalog.cost.line", "cost");
  }

  @Test
  void costLineBoundsRoundHalfUpAsTheCoreComputes() {
    // 1 g at Rp12.345/kg: at most 12,345 -> 12; over 0 g -> at least 0. 3 g at Rp12.500/kg:
    // 2 g give 25 exactly, 3 g give 37,5 -> 38 (half up).
    MaterialCostLine one = line(TEPUNG, 1, 12_345, 12);
    assertThat(one.lowestCost()).isEqualTo(Rupiah.ZERO);
    assertThat(one.highestCost()).isEqualTo(Rupiah.of(12));
    MaterialCostLine three = line(TEPUNG, 3, 12_500, 38);
    assertThat(three.lowestCost()).isEqualTo(Rupiah.of(25));
    assertThat(three.highestCost()).isEqualTo(Rupiah.of(38));
    // A zero quantity (exact need zero) costs nothing.
    assertThat(line(TEPUNG, 0, 12_000, 0).highestCost()).isEqualTo(Rupiah.ZERO);
    refused(() -> line(TEPUNG, 0, 12_000, 1), "catalog.cost.line", "cost");
  }

  @Test
  void computedLinesWithRoundedUpQuantitiesStayWithinTheirBounds() {
    // 3 miniatures need 1,5 blocks of wood: 2 issued, cost 1,5 x 40.000 = 60.000, which lies
    // between 1 x 40.000 and 2 x 40.000.
    MaterialCost three =
        BomRegistry.of(List.of(arekLancorBom())).materialCost(AREK_LANCOR, 3, PRODUCTION, prices());
    MaterialCostLine wood = three.lines().get(0);
    assertThat(wood.quantity()).isEqualTo(Quantity.of(2, MeasureUnit.PIECE));
    assertThat(wood.lowestCost()).isEqualTo(Rupiah.of(40_000));
    assertThat(wood.highestCost()).isEqualTo(Rupiah.of(80_000));
    assertThat(wood.cost()).isEqualTo(Rupiah.of(60_000));
  }

  @Test
  void costQuantityMustBeInTheMaterialsBaseUnit() {
    refused(
        () ->
            MaterialCostLine.of(
                TEPUNG,
                Quantity.of(5, MeasureUnit.KILOGRAM),
                price(TEPUNG, 12_000),
                Rupiah.of(60_000)),
        "catalog.cost.quantity-unit",
        "quantity");
  }

  @Test
  void costPriceMustBeAPriceOfTheSameMaterial() {
    refused(
        () ->
            MaterialCostLine.of(
                TEPUNG,
                Quantity.of(5_000, MeasureUnit.GRAM),
                price(GULA, 12_000),
                Rupiah.of(60_000)),
        "catalog.cost.price-material",
        "price.material");
    Material perLitre = Material.of("TEPUNG-TERIGU", "Tepung cair", MeasureUnit.LITRE);
    refused(
        () ->
            MaterialCostLine.of(
                TEPUNG,
                Quantity.of(5_000, MeasureUnit.GRAM),
                price(perLitre, 12_000),
                Rupiah.of(60_000)),
        "catalog.quantity.unit-mismatch",
        "price.material.unit");
    // The same code priced per gram is fine: 5000 g x Rp12 = 60.000.
    Material perGram = Material.of("TEPUNG-TERIGU", "Tepung curah", MeasureUnit.GRAM);
    assertThat(
            MaterialCostLine.of(
                    TEPUNG,
                    Quantity.of(5_000, MeasureUnit.GRAM),
                    price(perGram, 12),
                    Rupiah.of(60_000))
                .highestCost())
        .isEqualTo(Rupiah.of(60_000));
  }

  @Test
  void costNeedsOneOrMoreUnitsAndLines() {
    List<MaterialCostLine> lines = List.of(line(TEPUNG, 5_000, 12_000, 60_000));
    refused(() -> MaterialCost.of(KUE_KERING, 0, PRODUCTION, lines), "value.out-of-range", "units");
    refused(() -> MaterialCost.of(KUE_KERING, 1, PRODUCTION, List.of()), "value.required", "lines");
    assertThat(MaterialCost.of(KUE_KERING, 1, PRODUCTION, lines).perUnit())
        .isEqualTo(Rupiah.of(60_000));
  }

  @Test
  void costMustNotListAMaterialTwice() {
    InvalidValueException e =
        refused(
            () ->
                MaterialCost.of(
                    KUE_KERING,
                    20,
                    PRODUCTION,
                    List.of(
                        line(TEPUNG, 5_000, 12_000, 60_000),
                        line(GULA, 2_000, 16_000, 32_000),
                        line(TEPUNG, 1_000, 12_000, 12_000))),
            "value.duplicate",
            "lines[2].material");
    assertThat(e.rejectedValue()).contains("TEPUNG-TERIGU");
  }

  @Test
  void costPriceMustBeEffectiveOnTheProductionDate() {
    // Prices from 1 January 2026; a batch made on 31 December 2025 cannot use them.
    List<MaterialCostLine> lines =
        List.of(line(TEPUNG, 5_000, 12_000, 60_000), line(GULA, 2_000, 16_000, 32_000));
    InvalidValueException e =
        refused(
            () -> MaterialCost.of(KUE_KERING, 20, LocalDate.of(2025, 12, 31), lines),
            "catalog.cost.price-not-effective",
            "lines[0].price");
    assertThat(e.getMessage()).contains("2025-12-31").contains("2026-01-01..");
    assertThat(MaterialCost.of(KUE_KERING, 20, JAN_1, lines).total()).isEqualTo(Rupiah.of(92_000));
  }

  @Test
  void costTotalMustFitInALong() {
    // Two lines of 5 * 10^18 each: the total is above Long.MAX_VALUE (about 9,22 * 10^18).
    long big = 5_000_000_000_000_000_000L;
    List<MaterialCostLine> lines = List.of(line(TOPLES, 1, big, big), line(KAYU_JATI, 1, big, big));
    refused(() -> MaterialCost.of(KURSI, 1, PRODUCTION, lines), "money.overflow", "lines");
  }

  @Test
  void costBoundThatDoesNotFitInALongIsRefused() {
    // 2 pieces at Long.MAX_VALUE each cannot be costed in a long.
    refused(() -> line(TOPLES, 2, Long.MAX_VALUE, 0), "money.overflow", "cost");
  }
}
