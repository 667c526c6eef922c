package org.bengkel.catalog;

import jakarta.validation.constraints.NotNull;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * One material's share of a batch's material cost (<i>rincian biaya bahan</i>): how much of it the
 * batch needs, the price applied and the cost.
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

  static MaterialCostLine of(Material material, Quantity quantity, MaterialPrice price, Rupiah cost) {
    return ImmutableMaterialCostLine.builder()
        .material(material)
        .quantity(quantity)
        .price(price)
        .cost(cost)
        .build();
  }
}
