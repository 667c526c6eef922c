package org.bengkel.material;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The bill of materials of a product (<i>daftar kebutuhan bahan</i>) for a stated batch size: what
 * it takes to make {@link #batchSize()} units, such as 20 jars of kue kering from 5 kg of flour, 3
 * kg of butter, 2 kg of sugar and 20 jars.
 *
 * <p>Lines are materials ({@link MaterialLine}) and sub-assemblies ({@link SubAssemblyLine}), other
 * products made in the workshop. At least one line; each material (by code) and each sub-assembly
 * at most once; a product never lists itself ({@link MaterialRule#BOM_CYCLE}). Cycles through other
 * products are refused by {@link BomRegistry}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BillOfMaterials {

  BillOfMaterials() {}

  /**
   * The product made.
   *
   * @return its SKU, never null
   */
  @NotNull
  public abstract Sku product();

  /**
   * The number of product units the lines make.
   *
   * @return one or more
   */
  @Positive
  public abstract long batchSize();

  /**
   * The materials for one batch, in the order given.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<MaterialLine> materials();

  /**
   * The sub-assemblies for one batch, in the order given.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<SubAssemblyLine> subAssemblies();

  @Value.Check
  void check() {
    Checks.requireRange(batchSize(), "batchSize", 1, Long.MAX_VALUE);
    if (materials().isEmpty() && subAssemblies().isEmpty()) {
      Checks.requireNotEmpty(materials(), "materials");
    }
    List<String> codes = new ArrayList<>();
    for (MaterialLine line : materials()) {
      codes.add(line.material().code());
    }
    Checks.requireDistinct(codes, "materials");
    List<Sku> skus = new ArrayList<>();
    for (SubAssemblyLine line : subAssemblies()) {
      if (line.sku().equals(product())) {
        throw InvalidValueException.of(
            MaterialRule.BOM_CYCLE, "subAssemblies", line.sku(), product() + " -> " + product());
      }
      skus.add(line.sku());
    }
    Checks.requireDistinct(skus, "subAssemblies");
  }

  /**
   * Whether another bill uses the same inputs as this one: the same materials (by code) and the
   * same sub-assemblies (by SKU), whatever their quantities or order. A bill with other inputs is a
   * change of the product's materials, which a halal certificate does not cover (UU 33/2014 Art.
   * 42(1) as amended by UU 6/2023): the caller then flags the product with {@link
   * org.bengkel.catalog.Product#withProcessChange(java.time.LocalDate)}. Quantities alone change
   * the proportions, not the materials, and are not a change here.
   *
   * @param other the other bill, not null
   * @return true when both use the same materials and sub-assemblies
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public boolean sameInputsAs(BillOfMaterials other) {
    Checks.required(other, "other");
    return inputs(this).equals(inputs(other));
  }

  private static java.util.Set<String> inputs(BillOfMaterials bill) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (MaterialLine line : bill.materials()) {
      codes.add("material:" + line.material().code());
    }
    for (SubAssemblyLine line : bill.subAssemblies()) {
      codes.add("product:" + line.sku().value());
    }
    return codes;
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BillOfMaterials}; not thread-safe. */
  public static final class Builder extends ImmutableBillOfMaterials.Builder {
    Builder() {}

    /**
     * Adds a material line.
     *
     * @param material the material, not null
     * @param quantity the quantity for the batch, not null
     * @return this builder
     * @throws InvalidValueException as {@link MaterialLine#of}
     */
    public Builder addMaterial(Material material, Quantity quantity) {
      addMaterial(MaterialLine.of(material, quantity));
      return this;
    }

    /**
     * Adds a sub-assembly line.
     *
     * @param sku the product used, not null
     * @param units the units for the batch, one or more
     * @return this builder
     * @throws InvalidValueException as {@link SubAssemblyLine#of}
     */
    public Builder addSubAssembly(Sku sku, long units) {
      addSubAssembly(SubAssemblyLine.of(sku, units));
      return this;
    }
  }
}
