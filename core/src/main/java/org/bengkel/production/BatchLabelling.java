package org.bengkel.production;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.bengkel.catalog.Product;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Facility;
import org.bengkel.foodsafety.Label;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The labelling of a batch (<i>pelabelan</i>): what is printed on each of its packages and carried
 * into stock. The lot code is the production code, the production date is printed as such and the
 * best-before date derives from it; the producer is the workshop, never a trainee. Obtained with
 * {@link ProductionBatch#labelling()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BatchLabelling {

  BatchLabelling() {}

  /**
   * The lot code, printed as the production code (<i>kode produksi</i>).
   *
   * @return the code, never null
   */
  @NotNull
  public abstract LotCode lotCode();

  /**
   * The product.
   *
   * @return the product, never null
   */
  @NotNull
  public abstract Product product();

  /**
   * The production date (<i>tanggal produksi</i>).
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate productionDate();

  static BatchLabelling of(ProductionBatch batch) {
    return ImmutableBatchLabelling.builder()
        .lotCode(batch.lotCode())
        .product(batch.product())
        .productionDate(batch.productionDate())
        .build();
  }

  /**
   * The best-before date (<i>baik digunakan sebelum</i>): the production date plus the product's
   * shelf life ({@link Product#bestBeforeFor}).
   *
   * @return the date, empty for a product without shelf life (wood craft, furniture)
   */
  public final Optional<LocalDate> bestBefore() {
    return product().bestBeforeFor(productionDate());
  }

  /**
   * The label (<i>label kemasan</i>) of a food batch: product data, the workshop as producer, the
   * lot code as production code and the best-before date. No trainee appears on it.
   *
   * @param facility the facility whose workshop made the batch, not null
   * @return the label, never null
   * @throws MissingValueException if {@code facility} is null
   * @throws InvalidValueException as {@link Label#forProduct} (rule {@code catalog.food.not-food}
   *     for goods that are not food)
   */
  public final Label label(Facility facility) {
    Checks.required(facility, "facility");
    return Label.forProduct(product(), facility, lotCode().toString(), productionDate());
  }
}
