package org.bengkel.pricing;

import org.bengkel.error.Rule;

/**
 * The rules of pricing, tax and e-Katalog listings (<i>aturan penetapan harga</i>).
 *
 * <p>Codes are stable: other systems match on them. The e-Katalog codes name the findings of an
 * {@link EKatalogCheck} (a decision value, not an exception).
 *
 * <p>Immutable and thread-safe.
 */
public enum PricingRule implements Rule {
  /** A price rule's scope does not match the SKU or category it names. */
  SCOPE_MISMATCH("pricing.rule.scope"),
  /** A price rule has both a markup and a discount. */
  MARKUP_AND_DISCOUNT("pricing.rule.markup-and-discount"),
  /** A rate that cannot exceed 100 % (a discount, a tax base, a local-content share) does. */
  RATE_ABOVE_WHOLE("pricing.rate-above-whole"),
  /** A price rule's minimum margin is above its maximum margin; detail {2} is the maximum. */
  MARGIN_ORDER("pricing.rule.margin-order"),
  /** A price list's base channel is missing for a chained list, or given for another basis. */
  BASE_CHANNEL("pricing.list.base-channel"),
  /** Price lists based on other channels' lists form a cycle; detail {2} is the cycle. */
  LIST_CYCLE("pricing.list.cycle"),
  /** Two price lists of the same channel are in force on the same day; detail {2} is the other. */
  LIST_OVERLAP("pricing.list.overlap"),
  /** A price-book change names a list the book does not hold. */
  LIST_UNKNOWN("pricing.list.unknown"),
  /**
   * A retired list's new last day is not before the day it already ends; detail {2} is that day.
   */
  RETIRE_LATER("pricing.list.retire-later"),
  /** No price list of the channel is in force on the date; detail {2} is the date. */
  NO_PRICE_LIST("pricing.no-price-list"),
  /** A list-price list has no price for the SKU; detail {2} is the list. */
  NO_LIST_PRICE("pricing.no-list-price"),
  /** A cost-plus list prices an item whose cost is not known; detail {2} is the list. */
  NO_COST("pricing.no-cost"),
  /**
   * A pricing item is neither plain goods (category and unit) nor a plain service job (vehicle
   * class and tariff); detail {2} is the kind it was taken for, {@code GOODS} or {@code SERVICE}.
   */
  ITEM_KIND("pricing.item.kind"),
  /** A service has no tariff for the vehicle class; detail {2} is the service's SKU. */
  NO_TARIFF("pricing.item.no-tariff"),
  /** A quote's lines, steps or tax do not add up; detail {2} says what. */
  QUOTE_INCONSISTENT("pricing.quote.inconsistent"),
  /**
   * A price step's parameters are not those its code declares; detail {2} is the code, {3} the
   * parameters it declares.
   */
  STEP_PARAMS("pricing.step.params"),
  /** An e-Katalog price is above the lowest price offered elsewhere for the same item. */
  EKATALOG_OVER_PRICE("pricing.e-katalog.over-price"),
  /** An e-Katalog listing's local content (TKDN) is below the minimum. */
  EKATALOG_LOCAL_CONTENT("pricing.e-katalog.local-content"),
  /**
   * A price for an e-Katalog listing's product and zone is offered elsewhere in another unit, so it
   * cannot be compared; detail {2} is the listing's unit.
   */
  EKATALOG_UNIT("pricing.e-katalog.unit");

  private final String code;

  PricingRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
