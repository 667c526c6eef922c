package org.bengkel.pricing;

import org.bengkel.error.Displayable;

/**
 * Which items a {@link PriceRule} applies to (<i>cakupan aturan</i>), from the least to the most
 * specific: a product rule beats a category rule, which beats a rule for all items.
 *
 * <p>Immutable and thread-safe.
 */
public enum RuleScope implements Displayable {
  /** Every item of the list (<i>semua barang</i>). */
  ALL,
  /** Items of one category (<i>kategori</i>). */
  CATEGORY,
  /** One product, by SKU (<i>produk</i>). */
  PRODUCT
}
