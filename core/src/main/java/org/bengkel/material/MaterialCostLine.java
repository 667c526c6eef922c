package org.bengkel.material;

import jakarta.validation.constraints.NotNull;
import java.math.BigInteger;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.MoneyRule;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * One material's share of a batch's material cost (<i>rincian biaya bahan</i>): how much of it the
 * batch needs, the price applied and the cost.
 *
 * <p>The line is checked on its own terms: the quantity is in the material's base unit, the price
 * is for the same material code in a convertible unit, and the cost is one that the quantity and
 * the price can give. The batch needs an exact quantity that {@link #quantity()} rounds up to a
 * whole base unit, so the exact quantity is more than {@code quantity - 1} and at most {@code
 * quantity} base units, and the cost, that exact quantity times the unit price rounded half up,
 * lies between {@link #lowestCost()} and {@link #highestCost()}. The exact quantity itself is not
 * kept, so a cost inside that range cannot be checked further; whether the price is the one in
 * force is {@link BomRegistry#materialCost}'s business, not the line's.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaterialCostLine {

  MaterialCostLine() {}

  /**
   * The material.
   *
   * @return the material, never null
   */
  @NotNull
  public abstract Material material();

  /**
   * The quantity the batch needs, in the material's base unit, rounded up to a whole base unit
   * (what the store must issue). The cost is computed from the exact quantity, not this one.
   *
   * @return the quantity, never null
   */
  @NotNull
  public abstract Quantity quantity();

  /**
   * The price applied (and with it the partner and the unit price).
   *
   * @return the price, never null
   */
  @NotNull
  public abstract MaterialPrice price();

  /**
   * The cost: exact quantity times unit price, rounded half up to whole rupiah.
   *
   * @return the cost, never null
   */
  @NotNull
  public abstract Rupiah cost();

  /**
   * The lowest cost the quantity and the price can give: just over {@code quantity - 1} base units
   * (none for a zero quantity) times the price per base unit, rounded half up. 2 jars at Rp3.500
   * cost at least Rp3.500 (just over one jar); 417 g of flour at Rp12.000/kg at least Rp4.992 (416
   * g give 4.992).
   *
   * @return the amount, never null
   * @throws InvalidValueException rule {@code money.overflow} if it does not fit in a long
   */
  public final Rupiah lowestCost() {
    return costOf(Math.max(quantity().baseAmount() - 1, 0));
  }

  /**
   * The highest cost the quantity and the price can give: {@code quantity} base units times the
   * price per base unit, rounded half up. 417 g of flour at Rp12.000/kg cost at most Rp5.004.
   *
   * @return the amount, never null
   * @throws InvalidValueException rule {@code money.overflow} if it does not fit in a long
   */
  public final Rupiah highestCost() {
    return costOf(quantity().baseAmount());
  }

  /** {@code baseAmount} base units at the price, rounded half up, as {@link BomRegistry} does. */
  private Rupiah costOf(long baseAmount) {
    Ratio exact =
        Ratio.of(baseAmount, 1)
            .times(price().price().amount())
            .dividedBy(price().material().unit().factor());
    BigInteger rounded = exact.roundHalfUp();
    if (rounded.bitLength() > 63) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, "cost", material().code());
    }
    return Rupiah.of(rounded.longValue());
  }

  @Value.Check
  void check() {
    MeasureUnit base = material().unit().base();
    if (quantity().unit() != base) {
      throw InvalidValueException.of(
          MaterialRule.COST_QUANTITY_UNIT, "quantity", quantity(), base.symbol());
    }
    Material priced = price().material();
    if (!priced.code().equals(material().code())) {
      throw InvalidValueException.of(
          MaterialRule.COST_PRICE_MATERIAL, "price.material", priced.code(), material().code());
    }
    if (!priced.unit().isCompatibleWith(material().unit())) {
      throw InvalidValueException.of(
          MaterialRule.UNIT_MISMATCH,
          "price.material.unit",
          priced.unit().symbol(),
          material().unit().symbol());
    }
    Rupiah lowest = lowestCost();
    Rupiah highest = highestCost();
    if (cost().compareTo(lowest) < 0 || cost().compareTo(highest) > 0) {
      throw InvalidValueException.of(MaterialRule.COST_LINE, "cost", cost(), lowest, highest);
    }
  }

  /**
   * A line.
   *
   * @param material the material, not null
   * @param quantity the quantity issued, in the material's base unit, not null
   * @param price the price applied, not null
   * @param cost the cost, not null
   * @return the line, never null
   * @throws InvalidValueException rule {@link MaterialRule#COST_QUANTITY_UNIT} if the quantity is
   *     not in the material's base unit; {@link MaterialRule#COST_PRICE_MATERIAL} if the price is
   *     for another material code; {@link MaterialRule#UNIT_MISMATCH} if the price's unit cannot be
   *     converted to the material's; {@link MaterialRule#COST_LINE} if the cost is outside {@link
   *     #lowestCost()}..{@link #highestCost()}; {@code value.required} for a null argument
   */
  public static MaterialCostLine of(
      Material material, Quantity quantity, MaterialPrice price, Rupiah cost) {
    return builder().material(material).quantity(quantity).price(price).cost(cost).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaterialCostLine}; not thread-safe. */
  public static final class Builder extends ImmutableMaterialCostLine.Builder {
    Builder() {}
  }
}
