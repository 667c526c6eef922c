package org.bengkel.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.*;

import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class BomRegistryTest {

  private static final Sku A = Sku.of("A");
  private static final Sku B = Sku.of("B");
  private static final Sku C = Sku.of("C");

  private static BillOfMaterials bill(Sku product, Sku... subs) {
    BillOfMaterials.Builder b =
        BillOfMaterials.builder()
            .product(product)
            .batchSize(1)
            .addMaterial(KAYU_JATI, Quantity.of(1, MeasureUnit.PIECE));
    for (Sku s : subs) {
      b.addSubAssembly(s, 1);
    }
    return b.build();
  }

  private static String rule(Throwable e) {
    return ((InvalidValueException) e).ruleCode();
  }

  @Test
  void productNeedingItselfDirectlyIsRefused() {
    assertThatThrownBy(() -> bill(A, A))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.bom.cycle"))
        .hasMessageContaining("A -> A");
  }

  @Test
  void productNeedingItselfThroughSubAssembliesIsRefusedNamingTheCycle() {
    assertThatThrownBy(() -> BomRegistry.of(List.of(bill(A, B), bill(B, C), bill(C, A))))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.bom.cycle"))
        .hasMessageContaining("A -> B -> C -> A");
    BomRegistry ok = BomRegistry.of(List.of(bill(A, B), bill(B, C), bill(C)));
    assertThatThrownBy(() -> ok.with(bill(C, B)))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.bom.cycle"))
        .hasMessageContaining("B -> C -> B");
    assertThat(ok.bills()).hasSize(3);
  }

  @Test
  void sharedSubAssemblyIsNotACycle() {
    // A needs B and C, both need D: a diamond, not a cycle.
    Sku d = Sku.of("D");
    BomRegistry r = BomRegistry.of(List.of(bill(A, B, C), bill(B, d), bill(C, d), bill(d)));
    assertThat(r.find(A)).isPresent();
    assertThat(r.find(Sku.of("E"))).isEmpty();
  }

  @Test
  void subAssemblyWithoutBillIsRefused() {
    assertThatThrownBy(() -> BomRegistry.of(List.of(bill(A, B))))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.bom.missing"))
        .hasMessageContaining("'B'");
  }

  @Test
  void twoBillsOfOneProductAreRefusedAndWithReplaces() {
    assertThatThrownBy(() -> BomRegistry.of(List.of(bill(A), bill(A))))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.duplicate"));
    BomRegistry r = BomRegistry.empty().with(bill(A)).with(kueKeringBom()).with(kueKeringBom());
    assertThat(r.bills()).hasSize(2);
    assertThat(r)
        .isEqualTo(BomRegistry.of(List.of(bill(A), kueKeringBom())))
        .hasSameHashCodeAs(BomRegistry.of(List.of(bill(A), kueKeringBom())));
    assertThat(r.toString()).contains("KUE-KERING-500G");
  }

  @Test
  void billNeedsALineDistinctLinesAndAPositiveBatch() {
    assertThatThrownBy(() -> BillOfMaterials.builder().product(A).batchSize(1).build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
    assertThatThrownBy(
            () ->
                BillOfMaterials.builder()
                    .product(A)
                    .batchSize(0)
                    .addMaterial(KAYU_JATI, Quantity.of(1, MeasureUnit.PIECE))
                    .build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.out-of-range"));
    assertThatThrownBy(
            () ->
                BillOfMaterials.builder()
                    .product(A)
                    .batchSize(1)
                    .addMaterial(TEPUNG, Quantity.of(1, MeasureUnit.KILOGRAM))
                    .addMaterial(TEPUNG, Quantity.of(5, MeasureUnit.GRAM))
                    .build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.duplicate"));
    assertThatThrownBy(
            () ->
                BillOfMaterials.builder()
                    .product(A)
                    .batchSize(1)
                    .addSubAssembly(B, 1)
                    .addSubAssembly(B, 2)
                    .build())
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.duplicate"));
    assertThatThrownBy(() -> SubAssemblyLine.of(B, 0))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.out-of-range"));
  }

  @Test
  void materialLineNeedsACompatibleNonZeroQuantity() {
    assertThatThrownBy(() -> MaterialLine.of(TEPUNG, Quantity.of(1, MeasureUnit.LITRE)))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.quantity.unit-mismatch"));
    assertThatThrownBy(() -> MaterialLine.of(AMPLAS, Quantity.of(1, MeasureUnit.PIECE)))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.quantity.unit-mismatch"));
    assertThatThrownBy(() -> MaterialLine.of(TEPUNG, Quantity.of(0, MeasureUnit.GRAM)))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.out-of-range"));
    assertThat(MaterialLine.of(TEPUNG, Quantity.of(250, MeasureUnit.GRAM)).quantity().baseAmount())
        .isEqualTo(250);
  }
}
