package org.bengkel.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The service jobs of one vehicle class in a period (<i>jasa per jenis kendaraan</i>), such as car
 * washes: jobs and revenue (without PPN) of the service lines of the orders fulfilled in the
 * period.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class VehicleClassSales {

  VehicleClassSales() {}

  /**
   * The vehicle class (<i>jenis kendaraan</i>).
   *
   * @return the class, never null
   */
  @NotNull
  public abstract VehicleClass vehicleClass();

  /**
   * Jobs done.
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long jobs();

  /**
   * Revenue (<i>pendapatan</i>) without PPN.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah revenue();

  @Value.Check
  void check() {
    Checks.requireRange(jobs(), "jobs", 0, Long.MAX_VALUE);
  }

  /**
   * A row.
   *
   * @param vehicleClass the class, not null
   * @param jobs jobs done, zero or more
   * @param revenue the revenue, not null
   * @return the row, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code value.out-of-range} for a negative
   *     count; {@code value.required} for a null argument
   */
  public static VehicleClassSales of(VehicleClass vehicleClass, long jobs, Rupiah revenue) {
    return builder().vehicleClass(vehicleClass).jobs(jobs).revenue(revenue).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VehicleClassSales}; not thread-safe. */
  public static final class Builder extends ImmutableVehicleClassSales.Builder {
    Builder() {}
  }
}
