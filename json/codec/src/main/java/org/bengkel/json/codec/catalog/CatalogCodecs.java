package org.bengkel.json.codec.catalog;

import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.json.Codec;

/**
 * The JSON form of the catalogue (<i>katalog</i>) types. Helpers adding types of this package add their codec here
 * and to {@link #all()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogCodecs {

  /** {@link Sku}: the stock-keeping unit (<i>kode barang</i>), {@code "KUE-KERING-500G"}. */
  public static final Codec<Sku> SKU = Codec.ofString(Sku.class, Sku::parse, Sku::value);

  private CatalogCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(SKU);
  }
}
