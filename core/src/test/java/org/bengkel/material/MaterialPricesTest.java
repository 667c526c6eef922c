package org.bengkel.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.catalog.Partner;
import org.bengkel.catalog.PartnerRole;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

class MaterialPricesTest {

  private static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
  private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

  private static final MaterialPrice FIRST_HALF =
      MaterialPrice.of(TEPUNG, SUMBER_REJEKI, Rupiah.of(12_000), JAN_1, JUN_30);
  private static final MaterialPrice SECOND_HALF =
      MaterialPrice.of(TEPUNG, SUMBER_REJEKI, Rupiah.of(13_000), JUL_1);

  private static String rule(Throwable e) {
    return ((InvalidValueException) e).ruleCode();
  }

  @Test
  void priceAppliesFromItsFirstThroughItsLastDayInclusive() {
    MaterialPrices prices = MaterialPrices.of(List.of(FIRST_HALF, SECOND_HALF));
    assertThat(prices.priceOn(TEPUNG, LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(prices.priceOn(TEPUNG, JAN_1)).contains(FIRST_HALF);
    assertThat(prices.priceOn(TEPUNG, JUN_30)).contains(FIRST_HALF);
    assertThat(prices.priceOn(TEPUNG, JUL_1)).contains(SECOND_HALF);
    assertThat(prices.priceOn(TEPUNG, LocalDate.of(2099, 1, 1))).contains(SECOND_HALF);
    assertThat(prices.priceOn(GULA, JUL_1)).isEmpty();
    assertThat(prices.priceOn(TEPUNG, SUMBER_REJEKI, JUN_30)).contains(FIRST_HALF);
    assertThat(prices.priceOn(TEPUNG, TOKO_MADURA, JUN_30)).isEmpty();
    assertThat(prices.prices()).containsExactly(FIRST_HALF, SECOND_HALF);
  }

  @Test
  void cheapestEffectivePriceWinsBetweenPartnersTiesByPartnerCode() {
    MaterialPrice madura =
        MaterialPrice.of(TEPUNG, TOKO_MADURA, Rupiah.of(12_500), LocalDate.of(2026, 3, 1));
    MaterialPrices prices = MaterialPrices.of(List.of(FIRST_HALF, SECOND_HALF, madura));
    assertThat(prices.priceOn(TEPUNG, LocalDate.of(2026, 2, 28))).contains(FIRST_HALF);
    assertThat(prices.priceOn(TEPUNG, LocalDate.of(2026, 3, 1))).contains(FIRST_HALF);
    // From July Sumber Rejeki asks 13.000 and Toko Madura 12.500.
    assertThat(prices.priceOn(TEPUNG, JUL_1)).contains(madura);
    MaterialPrice tie = MaterialPrice.of(GULA, TOKO_MADURA, Rupiah.of(16_000), JAN_1);
    MaterialPrices ties = MaterialPrices.of(List.of(price(GULA, 16_000), tie));
    // "TOKO-MADURA" sorts before "UD-SUMBER-REJEKI".
    assertThat(ties.priceOn(GULA, JAN_1)).contains(tie);
  }

  @Test
  void overlappingPeriodsOfOnePartnerAndMaterialAreRefused() {
    MaterialPrices prices = MaterialPrices.empty().with(FIRST_HALF);
    MaterialPrice sameLastDay = MaterialPrice.of(TEPUNG, SUMBER_REJEKI, Rupiah.of(13_000), JUN_30);
    assertThatThrownBy(() -> prices.with(sameLastDay))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.price.overlap"))
        .hasMessageContaining("2026-01-01..2026-06-30");
    MaterialPrice openBefore =
        MaterialPrice.of(TEPUNG, SUMBER_REJEKI, Rupiah.of(11_000), LocalDate.of(2025, 1, 1));
    assertThatThrownBy(() -> prices.with(openBefore))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.price.overlap"));
    assertThatThrownBy(() -> MaterialPrices.of(List.of(SECOND_HALF, price(TEPUNG, 1))))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.price.overlap"));
    // Adjacent periods, another partner or another material do not overlap.
    assertThat(prices.with(SECOND_HALF).prices()).hasSize(2);
    assertThat(prices.with(MaterialPrice.of(TEPUNG, TOKO_MADURA, Rupiah.of(1), JAN_1)).prices())
        .hasSize(2);
    assertThat(prices.with(price(GULA, 16_000)).prices()).hasSize(2);
    assertThat(prices.prices()).containsExactly(FIRST_HALF);
  }

  @Test
  void priceEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> MaterialPrice.of(TEPUNG, SUMBER_REJEKI, Rupiah.of(1), JUL_1, JUN_30))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.date-order"));
    assertThat(
            MaterialPrice.of(TEPUNG, SUMBER_REJEKI, Rupiah.of(1), JUL_1, JUL_1)
                .isEffectiveOn(JUL_1))
        .isTrue();
  }

  @Test
  void materialPriceMustComeFromASupplier() {
    Partner buyer = Partner.of("DINAS-SOSIAL", "Dinas Sosial", PartnerRole.BUYER);
    assertThatThrownBy(() -> MaterialPrice.of(TEPUNG, buyer, Rupiah.of(1), JAN_1))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.price.partner-not-supplier"));
  }

  @Test
  void partnerNeedsARoleAndAValidCode() {
    assertThat(TOKO_MADURA.has(PartnerRole.RESELLER)).isTrue();
    assertThat(TOKO_MADURA.has(PartnerRole.CONSIGNMENT)).isFalse();
    assertThatThrownBy(() -> Partner.of("X", "X"))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
    assertThatThrownBy(() -> Partner.of("toko", "X", PartnerRole.BUYER))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.malformed"));
  }

  @Test
  void booksWithTheSamePricesAreEqual() {
    MaterialPrices a = MaterialPrices.of(List.of(FIRST_HALF));
    assertThat(a)
        .isEqualTo(MaterialPrices.empty().with(FIRST_HALF))
        .hasSameHashCodeAs(MaterialPrices.of(List.of(FIRST_HALF)));
    assertThat(a).isNotEqualTo(MaterialPrices.empty()).hasToString("MaterialPrices[1 prices]");
  }
}
