package org.bengkel.production;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialCostLine;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.MaterialPrices;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.immutables.value.Value;

/**
 * The costing of a batch (<i>biaya bahan batch</i>): what its materials should cost by the bill of
 * materials, and what was consumed. Obtained with {@link ProductionBatch#costing()}; the batch's
 * {@link ProductionBatch#materialCost materialCost} and {@link ProductionBatch#consumeMaterials
 * consumeMaterials} go through it.
 *
 * <p>The bill's materials are issued for the plan, whatever the yield, so the cost is that of the
 * planned quantity at the prices effective on the production date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BatchCosting {

  BatchCosting() {}

  /**
   * The product made.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku product();

  /**
   * The planned quantity, for which the materials are issued.
   *
   * @return 1 to {@link ProductionBatch#MAX_QUANTITY}
   */
  @Positive
  public abstract long plannedUnits();

  /**
   * The production date, on which the prices are taken.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate productionDate();

  /**
   * The materials consumed (<i>bahan terpakai</i>), in the order recorded; the same material may
   * appear more than once (two issues of flour).
   *
   * @return an unmodifiable list, never null
   */
  public abstract List<@NotNull MaterialLine> consumed();

  static BatchCosting of(ProductionBatch batch) {
    return ImmutableBatchCosting.builder()
        .product(batch.product().sku())
        .plannedUnits(batch.plannedQuantity())
        .productionDate(batch.productionDate())
        .consumed(batch.materials())
        .build();
  }

  /**
   * The material cost (<i>biaya bahan</i>) of the planned quantity by the product's bill of
   * materials, at the prices effective on the production date ({@link BomRegistry#materialCost}).
   *
   * @param boms the bills of materials, not null, with a bill for the product
   * @param prices the material prices, not null
   * @return the cost, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException as {@link BomRegistry#materialCost} (bill or price missing)
   */
  public final MaterialCost plannedCost(BomRegistry boms, MaterialPrices prices) {
    Checks.required(boms, "boms");
    return boms.materialCost(
        product(), plannedUnits(), productionDate(), Checks.required(prices, "prices"));
  }

  /**
   * The costing with one more material consumed.
   *
   * @param line the material and its exact quantity, not null
   * @return the new costing, never null
   * @throws MissingValueException if {@code line} is null
   */
  public final BatchCosting consume(MaterialLine line) {
    return ImmutableBatchCosting.builder()
        .from(this)
        .addConsumed(Checks.required(line, "line"))
        .build();
  }

  /**
   * The costing with the materials of a computed cost consumed: the bill's quantities, lines of
   * zero quantity left out. The cost must be of this product and for the planned quantity, since a
   * cost for another quantity would record too much or too little; its date is not compared: it
   * only chose the prices, not the quantities.
   *
   * @param cost a cost of this product for the planned quantity, not null
   * @return the new costing, or refused: rule {@link ProductionRule#MISMATCH} with subject {@code
   *     cost.product} (value the cost's product, detail this one) or {@code cost.units} (value the
   *     cost's units, detail the planned quantity)
   * @throws MissingValueException if {@code cost} is null
   */
  final Outcome<BatchCosting> consume(MaterialCost cost) {
    Checks.required(cost, "cost");
    if (!cost.product().equals(product())) {
      return Outcome.refused(
          Refusal.of(ProductionRule.MISMATCH, "cost.product", cost.product(), product()));
    }
    if (cost.units() != plannedUnits()) {
      return Outcome.refused(
          Refusal.of(ProductionRule.MISMATCH, "cost.units", cost.units(), plannedUnits()));
    }
    List<MaterialLine> next = new ArrayList<>(consumed());
    for (MaterialCostLine line : cost.lines()) {
      if (!line.quantity().isZero()) {
        next.add(MaterialLine.of(line.material(), line.quantity()));
      }
    }
    return Outcome.accepted(ImmutableBatchCosting.builder().from(this).consumed(next).build());
  }
}
