package org.bengkel.json.privacy;

import org.bengkel.catalog.Sku;
import org.bengkel.error.MissingValueException;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.ProducerScale;

/**
 * What a catalogue or e-Katalog listing (<i>tayangan katalog / e-Katalog</i>) publishes: the
 * product, its unit, zone, price, minimum order, local content and producer scale. It has no field
 * for a trainee's identity or sentence, so its JSON cannot carry them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sku the product's SKU, not null
 * @param productName the product's name, not null
 * @param unit the unit sold as buyers read it, such as {@code toples}, not null
 * @param zone the price zone, not null
 * @param price the price per unit, not null
 * @param minimumOrder the minimum order in units, at least 1
 * @param localContent the local content (<i>TKDN</i>), not null
 * @param producerScale the producer's scale, not null
 */
public record CatalogueListingView(
    Sku sku,
    String productName,
    String unit,
    String zone,
    Rupiah price,
    long minimumOrder,
    Rate localContent,
    ProducerScale producerScale) {

  /** Checks the components. */
  public CatalogueListingView {
    MissingValueException.required(sku, "sku");
    MissingValueException.required(productName, "productName");
    MissingValueException.required(unit, "unit");
    MissingValueException.required(zone, "zone");
    MissingValueException.required(price, "price");
    MissingValueException.required(localContent, "localContent");
    MissingValueException.required(producerScale, "producerScale");
  }

  /**
   * The view of an e-Katalog listing; the unit is the catalogue unit's Indonesian term ({@code
   * toples} for {@code JAR}).
   *
   * @param listing the listing, not null
   * @param productName the product's name as published, not null
   * @return the view, never null
   */
  public static CatalogueListingView of(EKatalogListing listing, String productName) {
    return new CatalogueListingView(
        listing.sku(),
        productName,
        listing.unit().indonesian(),
        listing.zone(),
        listing.price(),
        listing.minimumOrder(),
        listing.localContent(),
        listing.producerScale());
  }
}
