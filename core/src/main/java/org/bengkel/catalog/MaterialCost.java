package org.bengkel.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The material cost of a batch (<i>biaya bahan per batch</i>): one line per material, sub-assemblies
 * expanded, with the prices effective on the production date. Computed by
 * {@link BomRegistry#materialCost}.
 *
 * <p>Each line's cost is rounded half up to whole rupiah on its own and {@link #total()} is the sum
 * of the rounded lines, so the breakdown always adds up to the total.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaterialCost {

  MaterialCost() {}

  /**
   * The product made.
   *
   * @return its SKU, never null
   */
  @NotNull
  public abstract Sku product();

  /**
   * The number of units in the batch.
   *
   * @return one or more
   */
  @Positive
  public abstract long units();

  /**
   * The production date whose prices were applied.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * One line per material, in the order materials first appear in the bill (depth first through
   * sub-assemblies).
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<MaterialCostLine> lines();

  /**
   * The total material cost: the sum of the lines' costs.
   *
   * @return the total, never null
   */
  public final Rupiah total() {
    Rupiah sum = Rupiah.ZERO;
    for (MaterialCostLine line : lines()) {
      sum = sum.plus(line.cost());
    }
    return sum;
  }

  /**
   * The material cost of one unit: {@link #total()} divided by {@link #units()}, rounded half up
   * to whole rupiah (for cost-plus pricing). 20 jars costing Rp402.000 cost Rp20.100 each.
   *
   * @return the cost per unit, never null
   */
  public final Rupiah perUnit() {
    return total().times(Rate.of(1, units()), RoundingMode.HALF_UP);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableMaterialCost.Builder {
    Builder() {}
  }
}
