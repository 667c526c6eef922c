package org.bengkel.catalog;

import org.bengkel.programme.ProgrammeCode;

/**
 * Something the workshop sells (<i>barang atau jasa</i>): a {@link Product} (goods, kept in stock)
 * or a {@link Service} (a job, no stock).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CatalogItem permits Product, Service {

  /**
   * The stock-keeping unit.
   *
   * @return the SKU, never null
   */
  Sku sku();

  /**
   * The name shown to buyers, such as {@code Kue kering nastar 500 g}.
   *
   * @return the name, never null or blank
   */
  String name();

  /**
   * The skill programme (<i>program pelatihan kemandirian</i>) whose trainees make the product or
   * perform the service.
   *
   * @return the programme's code, never null
   */
  ProgrammeCode programme();

  /**
   * Whether the item is kept in stock: true for goods, false for services.
   *
   * @return true for goods
   */
  boolean isStocked();
}
