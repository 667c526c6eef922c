package org.bengkel.pricing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * A product listed on the government e-catalogue (<i>tayangan produk e-Katalog LKPP</i>): the
 * product, its unit and delivery zone, the price, the minimum order, its local content
 * (<i>TKDN</i>) and the producer's size class. Check it with {@link EKatalogPolicy#check}.
 *
 * <p>Immutable and thread-safe. Building an invalid listing throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class EKatalogListing {

  EKatalogListing() {}

  /**
   * The product.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * The unit the price is for (<i>satuan</i>), the product's, such as {@link Unit#JAR}.
   *
   * @return the unit, never null
   */
  @NotNull
  public abstract Unit unit();

  /**
   * The delivery zone the price applies to (<i>zona</i>), such as {@code JATIM-1}.
   *
   * @return the zone code, never null
   */
  @NotNull
  @Size(max = Checks.CODE_MAX)
  @jakarta.validation.constraints.Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  public abstract String zone();

  /**
   * The listed price of one unit.
   *
   * @return the price, never null
   */
  @NotNull
  public abstract Rupiah price();

  /**
   * The smallest order, in units.
   *
   * @return one or more
   */
  @Positive
  public abstract long minimumOrder();

  /**
   * The local-content share (<i>Tingkat Komponen Dalam Negeri, TKDN</i>), at most 100 %.
   *
   * @return the share, never null
   */
  @NotNull
  public abstract Rate localContent();

  /**
   * The producer's size class (<i>label usaha mikro/kecil</i>).
   *
   * @return the class, never null
   */
  @NotNull
  public abstract ProducerScale producerScale();

  @Value.Check
  void check() {
    Checks.requireCode(zone(), "zone");
    Checks.requireRange(minimumOrder(), "minimumOrder", 1, Long.MAX_VALUE);
    if (localContent().isGreaterThanOne()) {
      throw InvalidValueException.of(PricingRule.RATE_ABOVE_WHOLE, "localContent", localContent());
    }
  }

  /**
   * A builder for a listing of a catalogue product, with the product's SKU and unit set.
   *
   * @param product the product, not null
   * @return the builder, never null; set the zone, price, minimum order, local content and producer
   *     scale
   * @throws org.bengkel.error.MissingValueException if {@code product} is null
   */
  public static Builder forProduct(Product product) {
    if (product == null) {
      throw org.bengkel.error.MissingValueException.of("product");
    }
    return builder().sku(product.sku()).unit(product.unit());
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EKatalogListing}; not thread-safe. */
  public static final class Builder extends ImmutableEKatalogListing.Builder {
    Builder() {}
  }
}
