package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.function.Executable;

/** Hand-built test data for the pricing tests (core tests cannot use the testkit). */
final class PricingFixtures {

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  static final Sku KUE = Sku.of("KUE-KERING-500G");
  static final Sku KERIPIK = Sku.of("KERIPIK-150G");
  static final Sku JAHE = Sku.of("JAHE-INSTAN-30");
  static final Sku KAPAL = Sku.of("KAPAL-MINI-30CM");
  static final Sku KURSI = Sku.of("KURSI-TERAS");

  private PricingFixtures() {}

  static Rupiah rp(long amount) {
    return Rupiah.of(amount);
  }

  /** A category by code: the predefined one, or a custom non-food one such as {@code CRAFT}. */
  static ProductCategory cat(String code) {
    return ProductCategory.predefined().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseGet(() -> ProductCategory.custom(code, "Kategori " + code, false, false));
  }

  static PricingItem item(Sku sku, String category, long quantity, long cost) {
    return item(sku, category, quantity).withCost(rp(cost));
  }

  static PricingItem item(Sku sku, String category, long quantity) {
    return PricingItem.builder()
        .sku(sku)
        .description("Barang " + sku)
        .category(cat(category))
        .unit(Unit.PIECE)
        .quantity(quantity)
        .build();
  }

  static PriceList.Builder list(String id, Channel channel, PriceBasis basis) {
    return PriceList.builder().id(id).channel(channel).effectiveFrom(JAN_1).basis(basis);
  }

  /** Asserts that the call throws an {@link InvalidValueException} with the rule code. */
  static void assertRefused(Executable call, String ruleCode, String field) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException ive = (InvalidValueException) e;
              org.assertj.core.api.Assertions.assertThat(ive.ruleCode()).isEqualTo(ruleCode);
              org.assertj.core.api.Assertions.assertThat(ive.field()).isEqualTo(field);
            });
  }
}
