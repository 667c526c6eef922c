package org.bengkel.foodsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.catalog.Fixtures.*;

import java.time.LocalDate;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.HalalCertificate;
import org.bengkel.catalog.PirtNumber;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.error.Messages;
import org.junit.jupiter.api.Test;

class FoodSafetyPolicyTest {

  private static final FoodSafetyPolicy POLICY = FoodSafetyPolicy.defaults();
  private static final LocalDate OCT_16 = LocalDate.of(2026, 10, 16);
  private static final LocalDate OCT_17 = LocalDate.of(2026, 10, 17);

  @Test
  void foodWithValidPirtAndHalalIsAllowed() {
    FoodSafetyDecision d = POLICY.decide(kueKering(), LocalDate.of(2026, 12, 1));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.reasons()).isEmpty();
    assertThat(d.messages(Messages.INDONESIAN)).isEmpty();
    assertThat(d.sku()).isEqualTo(KUE_KERING);
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void goodsThatAreNotFoodAreAlwaysAllowed() {
    assertThat(POLICY.decide(arekLancor(), OCT_17).isAllowed()).isTrue();
  }

  @Test
  void foodWithoutPirtIsRefused() {
    Product noData =
        Product.builder().from(kueKering()).foodSafety(java.util.Optional.empty()).build();
    FoodSafetyDecision d = POLICY.decide(noData, OCT_16);
    assertThat(d.isAllowed()).isFalse();
    assertThat(d.reasons()).containsOnlyKeys(FoodSafetyRule.FOOD_SAFETY_PIRT_MISSING);
    FoodSafetyDecision halalOnly =
        POLICY.decide(
            food(ProductCategory.COOKIES, FoodSafety.builder().halal(HALAL).build()), OCT_17);
    assertThat(halalOnly.reasons()).containsOnlyKeys(FoodSafetyRule.FOOD_SAFETY_PIRT_MISSING);
  }

  @Test
  void pirtExpiredOnTheDateIsRefusedAfterTheEndOfItsExpiryYear() {
    // Expiry year 2026: valid through 31 December 2026.
    Product p = food(ProductCategory.TRADITIONAL_SNACKS, FoodSafety.of(PIRT_2026, HALAL));
    assertThat(POLICY.decide(p, LocalDate.of(2026, 12, 31)).isAllowed()).isTrue();
    FoodSafetyDecision d = POLICY.decide(p, LocalDate.of(2027, 1, 1));
    assertThat(d.reasons())
        .containsEntry(FoodSafetyRule.FOOD_SAFETY_PIRT_EXPIRED, "2026-12-31")
        .hasSize(1);
    assertThat(d.messages(java.util.Locale.ROOT))
        .containsExactly(
            "the P-IRT licence of PANGAN-UJI expired on 2026-12-31, before 2027-01-01");
    assertThat(d.messages(Messages.INDONESIAN))
        .containsExactly("izin P-IRT PANGAN-UJI berakhir pada 2026-12-31, sebelum 2027-01-01");
  }

  @Test
  void aLicenceIssuedInMarch2021EndingIn26IsRefusedFromItsFifthAnniversary() {
    // -26 issued 15 March 2021: last valid day 14 March 2026 (the day before the fifth
    // anniversary, earlier than 31 December 2026). Before the halal deadline, so the P-IRT alone
    // decides.
    FoodSafety safety =
        FoodSafety.builder().pirt(PIRT_2026).pirtIssued(LocalDate.of(2021, 3, 15)).build();
    Product p = food(ProductCategory.TRADITIONAL_SNACKS, safety);
    assertThat(POLICY.decide(p, LocalDate.of(2026, 3, 14)).isAllowed())
        .as("last valid day")
        .isTrue();
    FoodSafetyDecision d = POLICY.decide(p, LocalDate.of(2026, 3, 15));
    assertThat(d.reasons())
        .containsExactly(
            java.util.Map.entry(FoodSafetyRule.FOOD_SAFETY_PIRT_EXPIRED, "2026-03-14"));
    assertThat(d.messages(java.util.Locale.ROOT))
        .containsExactly(
            "the P-IRT licence of PANGAN-UJI expired on 2026-03-14, before 2026-03-15");
    assertThat(d.messages(Messages.INDONESIAN))
        .containsExactly("izin P-IRT PANGAN-UJI berakhir pada 2026-03-14, sebelum 2026-03-15");
    // The same number without its issue date still reads as valid through 31 December 2026.
    Product unknown = food(ProductCategory.TRADITIONAL_SNACKS, FoodSafety.of(PIRT_2026));
    assertThat(POLICY.decide(unknown, LocalDate.of(2026, 3, 15)).isAllowed()).isTrue();
  }

  @Test
  void aLicenceIssuedIn2023EndingIn28IsAllowedUntilTheDayBeforeItsFifthAnniversary() {
    // -28 issued 1 June 2023: valid 1 June 2023 through 31 May 2028. Halal is mandatory then, so
    // the product carries a certificate issued 1 March 2026.
    FoodSafety safety =
        FoodSafety.builder()
            .pirt(PirtNumber.of("5123456780126-28"))
            .pirtIssued(LocalDate.of(2023, 6, 1))
            .halal(HALAL)
            .build();
    Product p = food(ProductCategory.COOKIES, safety);
    assertThat(POLICY.decide(p, LocalDate.of(2028, 5, 31)).isAllowed()).isTrue();
    assertThat(POLICY.decide(p, LocalDate.of(2028, 6, 1)).reasons())
        .containsExactly(
            java.util.Map.entry(FoodSafetyRule.FOOD_SAFETY_PIRT_EXPIRED, "2028-05-31"));
    // The day before issue the licence is not valid yet.
    FoodSafetyDecision early = POLICY.decide(p, LocalDate.of(2023, 5, 31));
    assertThat(early.reasons())
        .containsExactly(
            java.util.Map.entry(FoodSafetyRule.FOOD_SAFETY_PIRT_NOT_YET_VALID, "2023-06-01"));
    assertThat(early.messages(java.util.Locale.ROOT))
        .containsExactly(
            "the P-IRT licence of PANGAN-UJI is valid only from 2023-06-01, after 2023-05-31");
    assertThat(early.messages(Messages.INDONESIAN))
        .containsExactly("izin P-IRT PANGAN-UJI baru berlaku sejak 2023-06-01, setelah 2023-05-31");
    assertThat(POLICY.decide(p, LocalDate.of(2023, 6, 1)).isAllowed()).isTrue();
  }

  @Test
  void highRiskCategoryCannotUsePirtEvenWithAValidNumber() {
    for (ProductCategory c :
        new ProductCategory[] {
          ProductCategory.MILK_PRODUCTS,
          ProductCategory.FROZEN_MEAT_FISH,
          ProductCategory.LOW_ACID_CANNED,
          ProductCategory.BABY_FOOD,
          ProductCategory.ALCOHOLIC_DRINKS,
          ProductCategory.BOTTLED_WATER
        }) {
      FoodSafetyDecision d = POLICY.decide(food(c, FoodSafety.of(PIRT_2026, HALAL)), OCT_16);
      assertThat(d.reasons()).as(c.code()).containsOnlyKeys(FoodSafetyRule.FOOD_SAFETY_HIGH_RISK);
      assertThat(d.reasons().get(FoodSafetyRule.FOOD_SAFETY_HIGH_RISK)).isEqualTo(c.code());
    }
  }

  @Test
  void halalIsNotRequiredBeforeSeventeenOctober2026() {
    Product noHalal = food(ProductCategory.COOKIES, FoodSafety.of(PIRT_2026));
    assertThat(POLICY.decide(noHalal, OCT_16).isAllowed()).isTrue();
    assertThat(POLICY.isHalalMandatoryOn(OCT_16)).isFalse();
  }

  @Test
  void halalIsMandatoryFromSeventeenOctober2026() {
    Product noHalal = food(ProductCategory.COOKIES, FoodSafety.of(PIRT_2026));
    FoodSafetyDecision d = POLICY.decide(noHalal, OCT_17);
    assertThat(d.reasons())
        .containsEntry(FoodSafetyRule.FOOD_SAFETY_HALAL_MISSING, "2026-10-17")
        .hasSize(1);
    assertThat(d.messages(java.util.Locale.ROOT).get(0)).contains("PP 42/2024");
    assertThat(POLICY.isHalalMandatoryOn(OCT_17)).isTrue();
  }

  @Test
  void declaredNonHalalFoodNeedsNoHalalCertificate() {
    Product nonHalal =
        food(
            ProductCategory.TRADITIONAL_SNACKS,
            FoodSafety.builder().pirt(PIRT_2026).declaredNonHalal(true).build());
    assertThat(POLICY.decide(nonHalal, OCT_17).isAllowed()).isTrue();
  }

  @Test
  void halalCertificateIssuedAfterTheDateDoesNotCount() {
    HalalCertificate later = HalalCertificate.of("ID35110000999990821", LocalDate.of(2026, 11, 1));
    Product p = food(ProductCategory.COOKIES, FoodSafety.of(PIRT_2026, later));
    assertThat(POLICY.decide(p, LocalDate.of(2026, 10, 20)).reasons())
        .containsEntry(FoodSafetyRule.FOOD_SAFETY_HALAL_NOT_YET_ISSUED, "2026-11-01")
        .hasSize(1);
    assertThat(POLICY.decide(p, LocalDate.of(2026, 11, 1)).isAllowed()).isTrue();
  }

  @Test
  void halalDeadlineIsConfigurable() {
    FoodSafetyPolicy early = FoodSafetyPolicy.of(LocalDate.of(2025, 1, 1));
    Product noHalal = food(ProductCategory.COOKIES, FoodSafety.of(PIRT_2026));
    assertThat(early.halalMandatoryFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(early.decide(noHalal, OCT_16).reasons())
        .containsOnlyKeys(FoodSafetyRule.FOOD_SAFETY_HALAL_MISSING);
    assertThat(POLICY.halalMandatoryFrom()).isEqualTo(FoodSafetyPolicy.HALAL_MANDATORY_FROM);
  }

  @Test
  void everyFailedConditionIsReportedInOrder() {
    PirtNumber old = PirtNumber.of("3123456780121-21");
    Product p = food(ProductCategory.MILK_PRODUCTS, FoodSafety.of(old));
    FoodSafetyDecision d = POLICY.decide(p, OCT_17);
    assertThat(d.reasons().keySet())
        .containsExactly(
            FoodSafetyRule.FOOD_SAFETY_PIRT_EXPIRED,
            FoodSafetyRule.FOOD_SAFETY_HIGH_RISK,
            FoodSafetyRule.FOOD_SAFETY_HALAL_MISSING);
    assertThat(d.messages(Messages.INDONESIAN)).hasSize(3);
  }
}
