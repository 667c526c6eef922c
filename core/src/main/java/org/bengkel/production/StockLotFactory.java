package org.bengkel.production;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bengkel.catalog.Sku;
import org.jspecify.annotations.Nullable;

/**
 * Makes a stock lot from the data of a released batch: the shape of {@code
 * org.bengkel.inventory.StockLot.of(..)}, so that {@code batch.toStockLot(StockLot::of)} converts a
 * released batch in one call.
 *
 * <p>Why a function and not a {@code StockLot} return type: the inventory package comes after
 * production in the library's package order and itself uses {@link LotCode}, so production may not
 * depend on it.
 *
 * <p>Implementations should be thread-safe, as {@code StockLot::of} is.
 *
 * @param <T> the lot type made
 */
@FunctionalInterface
public interface StockLotFactory<T> {

  /**
   * Makes the lot.
   *
   * @param lotCode the batch's lot code, not null
   * @param sku the product, not null
   * @param productionDate the production date, not null
   * @param expiryDate the best-before date, null for goods without shelf life
   * @param quantity the good units released, one or more
   * @param releasedAt when the batch was released, not null
   * @return the lot, not null
   */
  T create(
      LotCode lotCode,
      Sku sku,
      LocalDate productionDate,
      @Nullable LocalDate expiryDate,
      long quantity,
      LocalDateTime releasedAt);
}
