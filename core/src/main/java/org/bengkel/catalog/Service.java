package org.bengkel.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.bengkel.programme.ProgrammeCode;
import org.immutables.value.Value;

/**
 * A service (<i>jasa</i>) performed by trainees of a programme, such as the vehicle wash (<i>jasa
 * cuci mobil dan motor</i>): sold per job, priced by {@link VehicleClass}, never stocked.
 *
 * <p>Required: SKU, name (at most 200 characters), programme and at least one price per job, each
 * above zero, such as motorcycle Rp15.000 and car Rp35.000. Outside-the-walls work (SAE) is for
 * trainees eligible for <i>asimilasi</i>; who may work is decided by the programme and trainee
 * packages, not here.
 *
 * <p>Immutable and thread-safe. Building an invalid service throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract non-sealed class Service implements CatalogItem {

  Service() {}

  @NotNull
  @Override
  public abstract Sku sku();

  @NotBlank
  @Size(max = Product.MAX_NAME)
  @Override
  public abstract String name();

  @NotNull
  @Override
  public abstract ProgrammeCode programme();

  /**
   * The price of one job per vehicle class (<i>tarif per kendaraan</i>).
   *
   * @return an unmodifiable, non-empty map, never null; every price above zero
   */
  @NotEmpty
  public abstract Map<VehicleClass, Rupiah> pricePerJob();

  @Override
  public final boolean isStocked() {
    return false;
  }

  /**
   * The price of one job for a vehicle class.
   *
   * @param vehicleClass the class, not null
   * @return the price, empty when the service is not offered for that class
   * @throws org.bengkel.error.MissingValueException if {@code vehicleClass} is null
   */
  public Optional<Rupiah> priceFor(VehicleClass vehicleClass) {
    Checks.required(vehicleClass, "vehicleClass");
    return Optional.ofNullable(pricePerJob().get(vehicleClass));
  }

  @Value.Check
  void check() {
    Checks.requireText(name(), "name", Product.MAX_NAME);
    Checks.requireNotEmpty(pricePerJob(), "pricePerJob");
    for (Map.Entry<VehicleClass, Rupiah> e : pricePerJob().entrySet()) {
      if (e.getValue().isZero()) {
        throw InvalidValueException.of(
            CoreRule.OUT_OF_RANGE,
            "pricePerJob." + e.getKey(),
            e.getValue(),
            "Rp1",
            Long.MAX_VALUE);
      }
    }
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Service}; not thread-safe. */
  public static final class Builder extends ImmutableService.Builder {
    Builder() {}
  }
}
