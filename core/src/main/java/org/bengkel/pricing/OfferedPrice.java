package org.bengkel.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * A price at which the same product is offered elsewhere (<i>harga pembanding</i>): another channel
 * of the facility, a shop, a marketplace. An e-Katalog listing is compared with the offers of the
 * same SKU and zone in the same {@link Unit}; an offer whose unit as written elsewhere (such as
 * {@code "Piece"}) is not one of the catalogue's units cannot be built, so it is never silently
 * left out.
 *
 * <p>Immutable and thread-safe. Building an invalid offer throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class OfferedPrice {

  OfferedPrice() {}

  /**
   * Where the price is offered, such as {@code GALLERY} or {@code Galeri WBP Pamekasan}.
   *
   * @return the description, never null or blank, at most 200 characters
   */
  @NotBlank
  @Size(max = 200)
  public abstract String source();

  /**
   * The product.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * The unit the price is for; an offer in another unit than the listing's is not compared but
   * reported (see {@link EKatalogPolicy}).
   *
   * @return the unit, never null
   */
  @NotNull
  public abstract Unit unit();

  /**
   * The zone the price applies to.
   *
   * @return the zone code, never null
   */
  @NotNull
  @Size(max = Checks.CODE_MAX)
  @jakarta.validation.constraints.Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  public abstract String zone();

  /**
   * The price of one unit.
   *
   * @return the price, never null
   */
  @NotNull
  public abstract Rupiah price();

  @Value.Check
  void check() {
    Checks.requireText(source(), "source", 200);
    Checks.requireCode(zone(), "zone");
  }

  /**
   * An offer from all its attributes.
   *
   * @param source where it is offered, not null
   * @param sku the product, not null
   * @param unit the unit, not null
   * @param zone the zone, not null
   * @param price the unit price, not null
   * @return the offer, never null
   * @throws InvalidValueException if an attribute breaks its rule
   */
  public static OfferedPrice of(String source, Sku sku, Unit unit, String zone, Rupiah price) {
    return builder().source(source).sku(sku).unit(unit).zone(zone).price(price).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OfferedPrice}; not thread-safe. */
  public static final class Builder extends ImmutableOfferedPrice.Builder {
    Builder() {}
  }
}
