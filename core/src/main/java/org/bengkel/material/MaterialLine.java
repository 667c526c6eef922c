package org.bengkel.material;

import jakarta.validation.constraints.NotNull;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.immutables.value.Value;

/**
 * A line of a bill of materials: a quantity of a material for the bill's batch (<i>kebutuhan
 * bahan</i>), such as {@code 1250 g} of wheat flour.
 *
 * <p>The quantity is above zero and in a unit with the same base as the material's unit ({@link
 * MaterialRule#UNIT_MISMATCH} otherwise: grams of a material priced per litre make no sense).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaterialLine {

  MaterialLine() {}

  /**
   * The material.
   *
   * @return the material, never null
   */
  @NotNull
  public abstract Material material();

  /**
   * The quantity for the bill's whole batch.
   *
   * @return the quantity, never null, above zero
   */
  @NotNull
  public abstract Quantity quantity();

  @Value.Check
  void check() {
    if (quantity().isZero()) {
      throw InvalidValueException.of(
          CoreRule.OUT_OF_RANGE, "quantity", quantity(), 1, Long.MAX_VALUE);
    }
    if (!quantity().unit().isCompatibleWith(material().unit())) {
      throw InvalidValueException.of(
          MaterialRule.UNIT_MISMATCH, "quantity", quantity(), material().unit().symbol());
    }
  }

  /**
   * A line.
   *
   * @param material the material, not null
   * @param quantity the quantity for the batch, not null
   * @return the line, never null
   * @throws InvalidValueException {@code value.out-of-range} for a zero quantity; {@link
   *     MaterialRule#UNIT_MISMATCH} for an incompatible unit
   */
  public static MaterialLine of(Material material, Quantity quantity) {
    return ImmutableMaterialLine.builder().material(material).quantity(quantity).build();
  }
}
