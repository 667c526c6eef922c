package org.bengkel.material;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bengkel.catalog.Sku;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.MoneyRule;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The material cost of a batch (<i>biaya bahan per batch</i>): one line per material,
 * sub-assemblies expanded, with the prices effective on the production date. Computed by {@link
 * BomRegistry#materialCost}.
 *
 * <p>Each line's cost is rounded half up to whole rupiah on its own and {@link #total()} is the sum
 * of the rounded lines, so the breakdown always adds up to the total.
 *
 * <p>A breakdown is consistent whatever built it: one or more units, one or more lines, no material
 * twice, each line consistent on its own ({@link MaterialCostLine}: quantity in the base unit,
 * price of the same material, cost that the quantity and price can give), each price effective on
 * {@link #date()}, and a total that fits in a long. It does not say that the prices are the ones in
 * force in particular {@link MaterialPrices}: only {@link BomRegistry#materialCost} with those
 * prices says so.
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
  @NotEmpty
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
   * The material cost of one unit: {@link #total()} divided by {@link #units()}, rounded half up to
   * whole rupiah (for cost-plus pricing). 20 jars costing Rp402.000 cost Rp20.100 each.
   *
   * @return the cost per unit, never null
   */
  public final Rupiah perUnit() {
    return total().times(Rate.of(1, units()), RoundingMode.HALF_UP);
  }

  @Value.Check
  void check() {
    Checks.requireRange(units(), "units", 1, Long.MAX_VALUE);
    Checks.requireNotEmpty(lines(), "lines");
    Set<String> seen = new HashSet<>();
    long sum = 0;
    for (int i = 0; i < lines().size(); i++) {
      MaterialCostLine line = lines().get(i);
      String code = line.material().code();
      if (!seen.add(code)) {
        throw InvalidValueException.of(CoreRule.DUPLICATE, "lines[" + i + "].material", code);
      }
      MaterialPrice price = line.price();
      if (!price.isEffectiveOn(date())) {
        throw InvalidValueException.of(
            MaterialRule.COST_PRICE_NOT_EFFECTIVE,
            "lines[" + i + "].price",
            code,
            date(),
            price.period());
      }
      try {
        sum = Math.addExact(sum, line.cost().amount());
      } catch (ArithmeticException e) {
        throw InvalidValueException.of(
            MoneyRule.OVERFLOW, "lines", "Rp" + sum + " + " + line.cost());
      }
    }
  }

  /**
   * A breakdown, as {@link BomRegistry#materialCost} computes it or as read back from storage.
   *
   * @param product the product, not null
   * @param units the number of units, one or more
   * @param date the production date, not null
   * @param lines the lines, one per material, not empty, not null
   * @return the breakdown, never null
   * @throws InvalidValueException {@code value.out-of-range} for fewer than one unit; {@code
   *     value.required} for no lines or a null argument; {@code value.duplicate} for a material
   *     twice; {@link MaterialRule#COST_PRICE_NOT_EFFECTIVE} for a price not effective on the date;
   *     {@code money.overflow} if the total does not fit in a long
   */
  public static MaterialCost of(
      Sku product, long units, LocalDate date, List<MaterialCostLine> lines) {
    Checks.required(lines, "lines");
    return builder().product(product).units(units).date(date).lines(lines).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaterialCost}; not thread-safe. */
  public static final class Builder extends ImmutableMaterialCost.Builder {
    Builder() {}
  }
}
