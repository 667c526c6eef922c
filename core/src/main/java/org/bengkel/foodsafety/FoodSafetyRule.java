package org.bengkel.foodsafety;

import org.bengkel.error.Rule;

/**
 * The reasons of a {@link FoodSafetyDecision} (<i>alasan keputusan keamanan pangan</i>): why a food
 * product may not be released or sold on a date.
 *
 * <p>Their messages take {@code {0}} the SKU, {@code {1}} the date and {@code {2}} a detail. The
 * codes keep the prefix {@code catalog.food-safety.} they had before food safety left the catalogue
 * package; they are part of the public contract and never change.
 *
 * <p>Immutable and thread-safe.
 */
public enum FoodSafetyRule implements Rule {
  /** Food decision: the product has no P-IRT number. */
  FOOD_SAFETY_PIRT_MISSING("catalog.food-safety.pirt-missing"),
  /** Food decision: the P-IRT licence has expired on the date; {2} its last valid day. */
  FOOD_SAFETY_PIRT_EXPIRED("catalog.food-safety.pirt-expired"),
  /**
   * Food decision: the P-IRT licence is not yet valid on the date (issued later); {2} its first
   * valid day.
   */
  FOOD_SAFETY_PIRT_NOT_YET_VALID("catalog.food-safety.pirt-not-yet-valid"),
  /** Food decision: the category is high-risk and cannot be sold under P-IRT; {2} the category. */
  FOOD_SAFETY_HIGH_RISK("catalog.food-safety.high-risk"),
  /** Food decision: halal certification is mandatory on the date and missing; {2} the deadline. */
  FOOD_SAFETY_HALAL_MISSING("catalog.food-safety.halal-missing"),
  /** Food decision: the halal certificate is issued after the date; {2} the issue date. */
  FOOD_SAFETY_HALAL_NOT_YET_ISSUED("catalog.food-safety.halal-not-yet-issued"),
  /**
   * Food decision: halal certification is mandatory on the date and the certificate no longer
   * covers the product, whose composition or process changed; {2} the day of the change (UU 33/2014
   * Art. 25(d), (e) and Art. 42(1) as amended by UU 6/2023).
   */
  FOOD_SAFETY_HALAL_REVIEW("catalog.food-safety.halal-review");

  private final String code;

  FoodSafetyRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
