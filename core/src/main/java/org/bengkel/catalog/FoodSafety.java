package org.bengkel.catalog;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.immutables.value.Value;

/**
 * The food-safety data of a food product (<i>data keamanan pangan</i>): its P-IRT number, its halal
 * certificate, or a declaration that it is not halal.
 *
 * <p>A product declared non-halal (<i>tidak halal</i>, for example one containing pork or alcohol)
 * is exempt from mandatory halal certification (PP 42/2024) and must then not carry a halal
 * certificate. Whether the data allow a product to be sold on a date is decided by
 * {@link org.bengkel.foodsafety.FoodSafetyPolicy}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FoodSafety {

  FoodSafety() {}

  /**
   * The P-IRT number.
   *
   * @return the number, empty when the product has none
   */
  @NotNull
  public abstract Optional<PirtNumber> pirt();

  /**
   * The halal certificate.
   *
   * @return the certificate, empty when the product has none
   */
  @NotNull
  public abstract Optional<HalalCertificate> halal();

  /**
   * Whether the product is declared non-halal (<i>dinyatakan tidak halal</i>).
   *
   * @return true when declared non-halal; false by default
   */
  @Value.Default
  public boolean declaredNonHalal() {
    return false;
  }

  @Value.Check
  void check() {
    if (declaredNonHalal() && halal().isPresent()) {
      throw InvalidValueException.of(CatalogRule.HALAL_CONFLICT, "foodSafety.halal", halal().get().number());
    }
  }

  /**
   * Food-safety data with a P-IRT number and a halal certificate.
   *
   * @param pirt the P-IRT number, not null
   * @param halal the halal certificate, not null
   * @return the data, never null
   * @throws InvalidValueException {@code value.required} for a null argument
   */
  public static FoodSafety of(PirtNumber pirt, HalalCertificate halal) {
    return builder().pirt(pirt).halal(halal).build();
  }

  /**
   * Food-safety data with a P-IRT number only (no halal certificate yet).
   *
   * @param pirt the P-IRT number, not null
   * @return the data, never null
   * @throws InvalidValueException {@code value.required} if null
   */
  public static FoodSafety of(PirtNumber pirt) {
    return builder().pirt(pirt).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FoodSafety}; not thread-safe. */
  public static final class Builder extends ImmutableFoodSafety.Builder {
    Builder() {}
  }
}
