package org.bengkel.catalog;

import org.bengkel.error.Rule;

/**
 * The rules of the catalogue (<i>aturan katalog</i>): products, their categories and the
 * food-safety data they carry (P-IRT number, halal certificate).
 *
 * <p>The codes keep the prefix {@code catalog.}; they are part of the public contract.
 *
 * <p>Immutable and thread-safe.
 */
public enum CatalogRule implements Rule {
  /** A P-IRT number is not 13 digits, a hyphen and 2 digits (15 digits in all). */
  PIRT_FORMAT("catalog.pirt.format"),
  /** The first digit of a P-IRT number (packaging code) is not 1 to 8. */
  PIRT_PACKAGING("catalog.pirt.packaging"),
  /**
   * The expiry year of a P-IRT number is not from the issue year of its licence through five years
   * later (Peraturan BPOM 22/2018: valid at most five years from issue); {2} the number, {3} its
   * expiry year, {4} and {5} the first and last year it may carry.
   */
  PIRT_ISSUE_YEAR("catalog.pirt.issue-year"),
  /** An issue date of a P-IRT licence is recorded without a P-IRT number. */
  PIRT_ISSUED_WITHOUT_NUMBER("catalog.pirt.issued-without-number"),
  /** A halal certificate number does not start with {@code ID}. */
  HALAL_FORMAT("catalog.halal.format"),
  /** A product is declared non-halal and carries a halal certificate. */
  HALAL_CONFLICT("catalog.halal.conflict"),
  /**
   * A halal review date without a halal certificate, or before the certificate's issue date (a
   * change before issue is covered by the certificate).
   */
  HALAL_REVIEW("catalog.halal.review"),
  /** A food product lacks a shelf life, net content or ingredients. */
  FOOD_DATA_REQUIRED("catalog.food.data-required"),
  /** A product that is not food carries ingredients or food-safety data. */
  NOT_FOOD("catalog.food.not-food"),
  /** An unknown product category code was looked up. */
  UNKNOWN_CATEGORY("catalog.category.unknown");

  private final String code;

  CatalogRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
