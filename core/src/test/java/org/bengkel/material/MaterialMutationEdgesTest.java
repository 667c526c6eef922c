package org.bengkel.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.GULA;
import static org.bengkel.catalog.Fixtures.JAN_1;
import static org.bengkel.catalog.Fixtures.KUE_KERING;
import static org.bengkel.catalog.Fixtures.SUMBER_REJEKI;
import static org.bengkel.catalog.Fixtures.TEPUNG;
import static org.bengkel.catalog.Fixtures.TOKO_MADURA;
import static org.bengkel.catalog.Fixtures.TOPLES;
import static org.bengkel.catalog.Fixtures.arekLancorBom;
import static org.bengkel.catalog.Fixtures.kueKeringBom;
import static org.bengkel.catalog.Fixtures.price;
import static org.bengkel.catalog.Fixtures.prices;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

/**
 * The edges mutation testing found untested in {@code material}: a registry of shared
 * sub-assemblies checked once per product, the range and unit checks of the cost computation that a
 * later check would otherwise catch under another name, the largest amounts that still fit, and
 * equality of quantities, price books and registries.
 */
class MaterialMutationEdgesTest {

  private static final LocalDate PRODUCTION = LocalDate.of(2026, 12, 1);

  static void refused(Runnable call, String code, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void sharedSubAssembliesAreCheckedOncePerProductNotOncePerPath() {
    // 40 levels of two products, each needing both products of the next level: 2^40 paths from
    // the top, 80 bills. Checking every path again would never finish; each product once is
    // instant.
    int levels = 40;
    List<BillOfMaterials> bills = new ArrayList<>();
    for (int level = 0; level < levels; level++) {
      for (String side : new String[] {"A", "B"}) {
        BillOfMaterials.Builder b =
            BillOfMaterials.builder().product(Sku.of("LAPIS-" + level + "-" + side)).batchSize(1);
        if (level + 1 < levels) {
          b.addSubAssembly(Sku.of("LAPIS-" + (level + 1) + "-A"), 1)
              .addSubAssembly(Sku.of("LAPIS-" + (level + 1) + "-B"), 1);
        } else {
          b.addMaterial(TOPLES, Quantity.of(1, MeasureUnit.PIECE));
        }
        bills.add(b.build());
      }
    }
    BomRegistry registry =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> BomRegistry.of(bills));
    assertThat(registry.bills()).hasSize(80);
  }

  @Test
  void aNegativeNumberOfUnitsIsRefusedByName() {
    BomRegistry registry = BomRegistry.of(List.of(kueKeringBom()));
    refused(
        () -> registry.materialCost(KUE_KERING, -1, PRODUCTION, prices()),
        "value.out-of-range",
        "units");
  }

  @Test
  void aPriceOfTheMaterialInAnIncompatibleUnitIsRefusedAsThePricesFault() {
    // flour measured in kg by the bill, priced per litre by a record of the same code
    Material tepungPerLitre = Material.of("TEPUNG-TERIGU", "Tepung terigu", MeasureUnit.LITRE);
    MaterialPrices wrong =
        MaterialPrices.of(
            List.of(
                MaterialPrice.of(tepungPerLitre, SUMBER_REJEKI, Rupiah.of(12_000), JAN_1),
                price(org.bengkel.catalog.Fixtures.MENTEGA, 80_000),
                price(GULA, 16_000),
                price(TOPLES, 3_500)));
    refused(
        () ->
            BomRegistry.of(List.of(kueKeringBom())).materialCost(KUE_KERING, 20, PRODUCTION, wrong),
        "catalog.quantity.unit-mismatch",
        "prices");
  }

  @Test
  void theLargestAmountsThatFitInALongAreAccepted() {
    // one jar per unit at Rp1: 2^62 units need 2^62 jars costing Rp2^62, numbers of 63 bits
    long units = 1L << 62; // 4.611.686.018.427.387.904
    BillOfMaterials jar =
        BillOfMaterials.builder()
            .product(Sku.of("TOPLES-KOSONG"))
            .batchSize(1)
            .addMaterial(TOPLES, Quantity.of(1, MeasureUnit.PIECE))
            .build();
    MaterialCost cost =
        BomRegistry.of(List.of(jar))
            .materialCost(
                jar.product(), units, PRODUCTION, MaterialPrices.of(List.of(price(TOPLES, 1))));
    assertThat(cost.lines().get(0).quantity()).isEqualTo(Quantity.of(units, MeasureUnit.PIECE));
    assertThat(cost.total()).isEqualTo(Rupiah.of(units));
    assertThat(cost.perUnit()).isEqualTo(Rupiah.of(1));
  }

  @Test
  void registriesAreEqualByTheirBills() {
    BomRegistry both = BomRegistry.of(List.of(kueKeringBom(), arekLancorBom()));
    BomRegistry kue = BomRegistry.of(List.of(kueKeringBom()));
    BomRegistry arek = BomRegistry.of(List.of(arekLancorBom()));
    assertThat(both)
        .isEqualTo(BomRegistry.of(List.of(kueKeringBom(), arekLancorBom())))
        .hasSameHashCodeAs(BomRegistry.of(List.of(kueKeringBom(), arekLancorBom())))
        .isNotEqualTo(kue)
        .isNotEqualTo((Object) "BomRegistry[KUE-KERING-500G]");
    assertThat(kue).isNotEqualTo(arek);
    assertThat(kue.hashCode()).isNotEqualTo(arek.hashCode());
  }

  @Test
  void pricePeriodsOverlapOnlyWhenEachStartsBeforeTheOtherEnds() {
    MaterialPrice march = MaterialPrice.of(TEPUNG, SUMBER_REJEKI, Rupiah.of(1), day(3, 1));
    MaterialPrice januaryFebruary =
        MaterialPrice.of(TEPUNG, SUMBER_REJEKI, Rupiah.of(1), JAN_1, day(2, 28));
    MaterialPrice throughFirstOfMarch =
        MaterialPrice.of(TEPUNG, SUMBER_REJEKI, Rupiah.of(1), JAN_1, day(3, 1));
    assertThat(march.overlaps(januaryFebruary)).isFalse();
    assertThat(januaryFebruary.overlaps(march)).isFalse();
    // 1 March is in both
    assertThat(march.overlaps(throughFirstOfMarch)).isTrue();
    assertThat(throughFirstOfMarch.overlaps(march)).isTrue();
  }

  static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void thePriceOfOnePartnerIsOfItsMaterialOnTheDay() {
    MaterialPrice tokoGula = MaterialPrice.of(GULA, TOKO_MADURA, Rupiah.of(16_000), JAN_1);
    MaterialPrice sumberTepung = price(TEPUNG, 12_000);
    MaterialPrice tokoTepung =
        MaterialPrice.of(TEPUNG, TOKO_MADURA, Rupiah.of(11_000), JAN_1, day(6, 30));
    MaterialPrices book = MaterialPrices.of(List.of(tokoGula, sumberTepung, tokoTepung));
    assertThat(book.priceOn(TEPUNG, TOKO_MADURA, day(3, 1))).contains(tokoTepung);
    // after 30 June Toko Madura has no flour price, though it has sugar and Sumber Rejeki flour
    assertThat(book.priceOn(TEPUNG, TOKO_MADURA, day(7, 1))).isEmpty();
    assertThat(book.priceOn(TEPUNG, SUMBER_REJEKI, day(7, 1))).contains(sumberTepung);

    assertThat(book)
        .isEqualTo(MaterialPrices.of(List.of(tokoGula, sumberTepung, tokoTepung)))
        .hasSameHashCodeAs(MaterialPrices.of(List.of(tokoGula, sumberTepung, tokoTepung)))
        .isNotEqualTo(MaterialPrices.of(List.of(tokoGula, sumberTepung)))
        .isNotEqualTo((Object) List.of(tokoGula, sumberTepung, tokoTepung));
    assertThat(book.hashCode()).isNotEqualTo(MaterialPrices.of(List.of(tokoGula)).hashCode());
  }

  @Test
  void quantitiesAreEqualByAmountAndUnit() {
    Quantity five = Quantity.of(5, MeasureUnit.GRAM);
    assertThat(five)
        .isEqualTo(Quantity.parse("5 g"))
        .hasSameHashCodeAs(Quantity.parse("5 g"))
        .isNotEqualTo(Quantity.of(6, MeasureUnit.GRAM))
        .isNotEqualTo(Quantity.of(5, MeasureUnit.KILOGRAM))
        .isNotEqualTo((Object) "5 g");
    // 5 g and 6 g hash apart (their amounts alone differ)
    assertThat(five.hashCode()).isNotEqualTo(Quantity.of(6, MeasureUnit.GRAM).hashCode());
  }
}
