package org.bengkel.material;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bengkel.catalog.Partner;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The material prices of all partners over time (<i>daftar harga bahan</i>), answering which price
 * applies to a material on a date.
 *
 * <p>For one material and one partner, periods never overlap: adding a price whose period shares a
 * day with an existing price of the same material (by code) from the same partner (by code) is
 * refused with {@link MaterialRule#PRICE_OVERLAP}. To change an open-ended price, add the old price
 * with an end date and the new one from the next day.
 *
 * <p><b>Choice between partners.</b> When several partners have a price effective on the date, the
 * cheapest applies; between equally cheap prices, the partner whose code sorts first. This is the
 * competitive sourcing the facility's private partners are there for.
 *
 * <p>Immutable and thread-safe; {@link #with(MaterialPrice)} returns a new {@code MaterialPrices}.
 */
public final class MaterialPrices {

  private static final MaterialPrices EMPTY = new MaterialPrices(List.of());
  private static final Comparator<MaterialPrice> CHEAPEST =
      Comparator.comparing(MaterialPrice::price).thenComparing(p -> p.partner().code());

  private final List<MaterialPrice> prices;

  private MaterialPrices(List<MaterialPrice> prices) {
    this.prices = prices;
  }

  /**
   * No prices at all.
   *
   * @return the prices, never null
   */
  public static MaterialPrices empty() {
    return EMPTY;
  }

  /**
   * The given prices.
   *
   * @param prices the prices, not null, no null elements
   * @return the prices, never null
   * @throws InvalidValueException rule {@link MaterialRule#PRICE_OVERLAP} (field {@code prices}) if
   *     two prices of the same material from the same partner overlap
   * @throws org.bengkel.error.MissingValueException if {@code prices} or an element is null
   */
  public static MaterialPrices of(Collection<MaterialPrice> prices) {
    Checks.required(prices, "prices");
    MaterialPrices all = EMPTY;
    for (MaterialPrice p : prices) {
      all = all.with(p);
    }
    return all;
  }

  /**
   * These prices and one more.
   *
   * @param price the price, not null
   * @return the new prices, never null; this one is unchanged
   * @throws InvalidValueException rule {@link MaterialRule#PRICE_OVERLAP} (field {@code prices})
   *     naming the new period, detail the existing period, if it overlaps a price of the same
   *     material from the same partner
   * @throws org.bengkel.error.MissingValueException if {@code price} is null
   */
  public MaterialPrices with(MaterialPrice price) {
    Checks.required(price, "price");
    for (MaterialPrice p : prices) {
      if (sameSource(p, price) && p.overlaps(price)) {
        throw InvalidValueException.of(
            MaterialRule.PRICE_OVERLAP,
            "prices",
            price.material().code() + "@" + price.partner().code() + " " + price.period(),
            p.period());
      }
    }
    List<MaterialPrice> next = new ArrayList<>(prices);
    next.add(price);
    return new MaterialPrices(List.copyOf(next));
  }

  private static boolean sameSource(MaterialPrice a, MaterialPrice b) {
    return a.material().code().equals(b.material().code())
        && a.partner().code().equals(b.partner().code());
  }

  /**
   * The price that applies to a material on a date: the cheapest effective one, ties broken by
   * partner code.
   *
   * @param materialCode the material's code, not null
   * @param date the date, not null
   * @return the price, empty when no partner has a price effective that day
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Optional<MaterialPrice> priceOn(String materialCode, LocalDate date) {
    Checks.required(materialCode, "materialCode");
    Checks.required(date, "date");
    return prices.stream()
        .filter(p -> p.material().code().equals(materialCode) && p.isEffectiveOn(date))
        .min(CHEAPEST);
  }

  /**
   * The price that applies to a material on a date: see {@link #priceOn(String, LocalDate)}.
   *
   * @param material the material, not null
   * @param date the date, not null
   * @return the price, empty when no partner has a price effective that day
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Optional<MaterialPrice> priceOn(Material material, LocalDate date) {
    Checks.required(material, "material");
    return priceOn(material.code(), date);
  }

  /**
   * One partner's price of a material on a date.
   *
   * @param material the material, not null
   * @param partner the partner, not null
   * @param date the date, not null
   * @return the price, empty when that partner has none effective that day
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Optional<MaterialPrice> priceOn(Material material, Partner partner, LocalDate date) {
    Checks.required(material, "material");
    Checks.required(partner, "partner");
    Checks.required(date, "date");
    return prices.stream()
        .filter(
            p ->
                p.material().code().equals(material.code())
                    && p.partner().code().equals(partner.code())
                    && p.isEffectiveOn(date))
        .findFirst();
  }

  /**
   * Every price, in the order added.
   *
   * @return an unmodifiable list, never null
   */
  public List<MaterialPrice> prices() {
    return prices;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MaterialPrices b && b.prices.equals(prices);
  }

  @Override
  public int hashCode() {
    return prices.hashCode();
  }

  @Override
  public String toString() {
    return "MaterialPrices[" + prices.size() + " prices]";
  }
}
