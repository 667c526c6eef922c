package org.bengkel.catalog;

import org.bengkel.error.Rule;

/**
 * The rules of the catalogue (<i>aturan katalog</i>): products, food safety, materials, prices and
 * bills of materials.
 *
 * <p>Codes starting {@code catalog.food-safety.} are also the reasons of a
 * {@link FoodSafetyDecision}; their messages take {@code {0}} the SKU, {@code {1}} the date and
 * {@code {2}} a detail.
 *
 * <p>Immutable and thread-safe.
 */
public enum CatalogRule implements Rule {
  /** A P-IRT number is not 13 digits, a hyphen and 2 digits (15 digits in all). */
  PIRT_FORMAT("catalog.pirt.format"),
  /** The first digit of a P-IRT number (packaging code) is not 1 to 8. */
  PIRT_PACKAGING("catalog.pirt.packaging"),
  /** A halal certificate number does not start with {@code ID}. */
  HALAL_FORMAT("catalog.halal.format"),
  /** A product is declared non-halal and carries a halal certificate. */
  HALAL_CONFLICT("catalog.halal.conflict"),
  /** A food product lacks a shelf life, net content or ingredients. */
  FOOD_DATA_REQUIRED("catalog.food.data-required"),
  /** A product that is not food carries ingredients or food-safety data. */
  NOT_FOOD("catalog.food.not-food"),
  /** An unknown product category code was looked up. */
  UNKNOWN_CATEGORY("catalog.category.unknown"),
  /** A quantity's unit cannot be converted to the unit it is compared with; {2} is that unit. */
  UNIT_MISMATCH("catalog.quantity.unit-mismatch"),
  /** A material price partner is not a supplier. */
  PARTNER_NOT_SUPPLIER("catalog.price.partner-not-supplier"),
  /** Two prices of the same material from the same partner overlap in time; {2} the other period. */
  PRICE_OVERLAP("catalog.price.overlap"),
  /** No price of a material is effective on a date; {2} the date. */
  PRICE_MISSING("catalog.price.missing"),
  /** A product needs itself, directly or through sub-assemblies; {2} the cycle path. */
  BOM_CYCLE("catalog.bom.cycle"),
  /** A sub-assembly has no bill of materials in the registry; {2} the product needing it. */
  BOM_MISSING("catalog.bom.missing"),
  /** A material cost line's quantity is not in the material's base unit; {2} the base unit. */
  COST_QUANTITY_UNIT("catalog.cost.quantity-unit"),
  /** A material cost line's price is for another material; {2} the line's material code. */
  COST_PRICE_MATERIAL("catalog.cost.price-material"),
  /**
   * A material cost line's cost is not one its quantity and price can give (quantity times unit
   * price, rounded half up); {2} and {3} the lowest and highest possible.
   */
  COST_LINE("catalog.cost.line"),
  /** A material cost line's price is not effective on the production date; {2} the date, {3} the period. */
  COST_PRICE_NOT_EFFECTIVE("catalog.cost.price-not-effective"),
  /** Food decision: the product has no P-IRT number. */
  FOOD_SAFETY_PIRT_MISSING("catalog.food-safety.pirt-missing"),
  /** Food decision: the P-IRT licence has expired on the date; {2} its last valid day. */
  FOOD_SAFETY_PIRT_EXPIRED("catalog.food-safety.pirt-expired"),
  /** Food decision: the category is high-risk and cannot be sold under P-IRT; {2} the category. */
  FOOD_SAFETY_HIGH_RISK("catalog.food-safety.high-risk"),
  /** Food decision: halal certification is mandatory on the date and missing; {2} the deadline. */
  FOOD_SAFETY_HALAL_MISSING("catalog.food-safety.halal-missing"),
  /** Food decision: the halal certificate is issued after the date; {2} the issue date. */
  FOOD_SAFETY_HALAL_NOT_YET_ISSUED("catalog.food-safety.halal-not-yet-issued");

  private final String code;

  CatalogRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
