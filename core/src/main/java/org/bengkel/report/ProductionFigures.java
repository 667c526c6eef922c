package org.bengkel.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The production figures of a programme, a product or a whole period (<i>angka produksi</i>):
 * batches released and rejected, good and rejected units, the team's hours and the material
 * cost.
 *
 * <p>A released batch counts its quality check's good and rejected units; a rejected batch
 * counts every unit produced as rejected (nothing of it enters stock), zero if it was rejected
 * before packaging.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProductionFigures {

  ProductionFigures() {}

  /**
   * Batches released (<i>batch dirilis</i>).
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long batchesReleased();

  /**
   * Batches rejected (<i>batch ditolak</i>).
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long batchesRejected();

  /**
   * Good units (<i>unit baik</i>) of the released batches.
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long goodUnits();

  /**
   * Rejected units (<i>unit ditolak</i>).
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long rejectedUnits();

  /**
   * The team's time worked (<i>jam kerja tim</i>), each trainee's overlapping time counted once.
   *
   * @return zero or more, never null
   */
  @NotNull
  public abstract Duration teamHours();

  /**
   * The material cost (<i>biaya bahan</i>) of the batches.
   *
   * @return the cost, never null
   */
  @NotNull
  public abstract Rupiah materialCost();

  @Value.Check
  void check() {
    Checks.requireRange(batchesReleased(), "batchesReleased", 0, Long.MAX_VALUE);
    Checks.requireRange(batchesRejected(), "batchesRejected", 0, Long.MAX_VALUE);
    Checks.requireRange(goodUnits(), "goodUnits", 0, Long.MAX_VALUE);
    Checks.requireRange(rejectedUnits(), "rejectedUnits", 0, Long.MAX_VALUE);
    if (teamHours().isNegative()) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "teamHours", teamHours(), Duration.ZERO, "-");
    }
  }

  /**
   * The sum of these figures and others, field by field.
   *
   * @param other the other figures, not null
   * @return the sum, never null
   * @throws InvalidValueException rule {@link CoreRule#OVERFLOW} if a count or the hours overflow,
   *     {@code money.overflow} if the cost does
   */
  public final ProductionFigures plus(ProductionFigures other) {
    return of(
        Checks.addExact(batchesReleased(), other.batchesReleased(), "batchesReleased"),
        Checks.addExact(batchesRejected(), other.batchesRejected(), "batchesRejected"),
        Checks.addExact(goodUnits(), other.goodUnits(), "goodUnits"),
        Checks.addExact(rejectedUnits(), other.rejectedUnits(), "rejectedUnits"),
        Checks.plus(teamHours(), other.teamHours(), "teamHours"),
        materialCost().plus(other.materialCost()));
  }

  /**
   * Figures of nothing: all zero.
   *
   * @return the figures, never null
   */
  public static ProductionFigures none() {
    return of(0, 0, 0, 0, Duration.ZERO, Rupiah.ZERO);
  }

  /**
   * Figures.
   *
   * @param batchesReleased batches released, zero or more
   * @param batchesRejected batches rejected, zero or more
   * @param goodUnits good units, zero or more
   * @param rejectedUnits rejected units, zero or more
   * @param teamHours the team's time, not null, not negative
   * @param materialCost the material cost, not null
   * @return the figures, never null
   * @throws InvalidValueException rule {@code value.out-of-range} for a negative count or time;
   *     {@code value.required} for a null argument
   */
  public static ProductionFigures of(
      long batchesReleased,
      long batchesRejected,
      long goodUnits,
      long rejectedUnits,
      Duration teamHours,
      Rupiah materialCost) {
    return builder()
        .batchesReleased(batchesReleased)
        .batchesRejected(batchesRejected)
        .goodUnits(goodUnits)
        .rejectedUnits(rejectedUnits)
        .teamHours(teamHours)
        .materialCost(materialCost)
        .build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductionFigures}; not thread-safe. */
  public static final class Builder extends ImmutableProductionFigures.Builder {
    Builder() {}
  }
}
