package org.bengkel.material;

import org.bengkel.error.Rule;

/**
 * The rules of materials (<i>aturan bahan</i>): quantities, material prices, bills of materials and
 * material cost.
 *
 * <p>The codes keep the prefix {@code catalog.} they had before materials left the catalogue
 * package; they are part of the public contract and never change.
 *
 * <p>Immutable and thread-safe.
 */
public enum MaterialRule implements Rule {
  /** A quantity's unit cannot be converted to the unit it is compared with; {2} is that unit. */
  UNIT_MISMATCH("catalog.quantity.unit-mismatch"),
  /** A material price partner is not a supplier. */
  PARTNER_NOT_SUPPLIER("catalog.price.partner-not-supplier"),
  /**
   * Two prices of the same material from the same partner overlap in time; {2} the other period.
   */
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
  /**
   * A material cost line's price is not effective on the production date; {2} the date, {3} the
   * period.
   */
  COST_PRICE_NOT_EFFECTIVE("catalog.cost.price-not-effective");

  private final String code;

  MaterialRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
