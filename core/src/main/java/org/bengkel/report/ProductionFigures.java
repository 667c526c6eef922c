package org.bengkel.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.RoundingMode;
import java.time.Duration;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The production figures of a programme, a product or a whole period (<i>angka produksi</i>):
 * batches released and rejected, good and rejected units, the team's hours and the material cost.
 *
 * <p>A released batch counts its quality check's good and rejected units; a rejected batch counts
 * every unit produced as rejected (nothing of it enters stock), zero if it was rejected before
 * packaging.
 *
 * <p><b>Cost.</b> {@link #materialCost()} is the material cost of every batch counted, released or
 * rejected. A released batch's cost becomes cost of goods sold (<i>harga pokok penjualan</i>) as
 * its good units are sold, at {@link #costOfGoodUnits(Rupiah, long, long)}: the units rejected at
 * its quality check are normal spoilage borne by its good units. A rejected batch's whole cost is
 * written off in the period it is rejected ({@link #writtenOff()}, <i>biaya dihapuskan</i>), an
 * abnormal loss that never enters the cost of any good unit (PSAK 14 <i>Persediaan</i>, paragraph
 * 16(a); see {@code docs/proceeds.md}).
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

  /**
   * The material cost written off (<i>biaya dihapuskan</i>): that of the batches rejected, which
   * never reaches stock; part of {@link #materialCost()}.
   *
   * @return the cost, never null, at most {@link #materialCost()}; zero unless set
   */
  @NotNull
  @Value.Default
  public Rupiah writtenOff() {
    return Rupiah.ZERO;
  }

  /**
   * The material cost of the good units (<i>biaya bahan unit baik</i>): {@link #materialCost()}
   * less {@link #writtenOff()}, the cost the released batches' good units carry.
   *
   * @return the cost, never null
   */
  public final Rupiah goodUnitsCost() {
    return materialCost().minus(writtenOff());
  }

  /**
   * The material cost of one good unit of these figures (<i>biaya bahan per unit baik</i>), {@link
   * #goodUnitsCost()} ÷ {@link #goodUnits()} rounded half up; the unit cost every table of a report
   * shows.
   *
   * @return the cost, empty without good units
   */
  public final java.util.Optional<Rupiah> costPerGoodUnit() {
    return goodUnits() == 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(costOfGoodUnits(goodUnitsCost(), goodUnits(), 1));
  }

  /**
   * The material cost of some good units of a released batch (<i>harga pokok unit terjual</i>):
   * {@code batchCost × units ÷ goodUnits}, rounded half up. The batch's whole cost is spread over
   * its good units only, so the units rejected at its quality check are borne by the good ones
   * (normal spoilage). The cost of a lot's first units sold; for later ones, {@link
   * #costOfGoodUnits(Rupiah, long, long, long)}.
   *
   * @param batchCost the batch's material cost, not null
   * @param goodUnits the batch's good units, above zero
   * @param units the units, zero or more
   * @return the cost, never null
   * @throws MissingValueException if the cost is null
   * @throws InvalidValueException rule {@code value.out-of-range} for good units below one or
   *     negative units
   */
  public static Rupiah costOfGoodUnits(Rupiah batchCost, long goodUnits, long units) {
    return costOfGoodUnits(batchCost, goodUnits, 0, units);
  }

  /**
   * The material cost of good units of a released batch sold after others of its lot (<i>harga
   * pokok unit terjual</i>): the cost of the first {@code soldBefore + units} less that of the
   * first {@code soldBefore}, each {@code batchCost × n ÷ goodUnits} rounded half up. The one
   * formula of cost of goods sold, used by {@link PeriodReportCompiler} for each lot an order line
   * sold from.
   *
   * <p>Rounding the running total, not each sale, carries the batch's cost whole: the costs of a
   * lot's successive sales add up to the cost of all the units sold together, and to exactly the
   * batch's cost once its good units are all sold (a batch of Rp5 with two good units sold one by
   * one costs Rp3 and then Rp2, not Rp3 twice). Units beyond the good units (returned and sold
   * again) cost the same per unit.
   *
   * @param batchCost the batch's material cost, not null
   * @param goodUnits the batch's good units, above zero
   * @param soldBefore the units of the lot sold before these, zero or more
   * @param units the units, zero or more
   * @return the cost, never null
   * @throws MissingValueException if the cost is null
   * @throws InvalidValueException rule {@code value.out-of-range} for good units below one or
   *     negative units; {@code value.overflow} if the units sold overflow
   */
  public static Rupiah costOfGoodUnits(
      Rupiah batchCost, long goodUnits, long soldBefore, long units) {
    Checks.required(batchCost, "batchCost");
    Checks.requireRange(goodUnits, "goodUnits", 1, Long.MAX_VALUE);
    Checks.requireRange(soldBefore, "soldBefore", 0, Long.MAX_VALUE);
    Checks.requireRange(units, "units", 0, Long.MAX_VALUE);
    long sold = Checks.addExact(soldBefore, units, "units");
    return costOfFirst(batchCost, goodUnits, sold)
        .minus(costOfFirst(batchCost, goodUnits, soldBefore));
  }

  private static Rupiah costOfFirst(Rupiah batchCost, long goodUnits, long units) {
    return batchCost.times(org.bengkel.money.Rate.of(units, goodUnits), RoundingMode.HALF_UP);
  }

  @Value.Check
  void check() {
    if (writtenOff().isGreaterThan(materialCost())) {
      throw InvalidValueException.of(
          CoreRule.OUT_OF_RANGE, "writtenOff", writtenOff(), Rupiah.ZERO, materialCost());
    }
    Checks.requireRange(batchesReleased(), "batchesReleased", 0, Long.MAX_VALUE);
    Checks.requireRange(batchesRejected(), "batchesRejected", 0, Long.MAX_VALUE);
    Checks.requireRange(goodUnits(), "goodUnits", 0, Long.MAX_VALUE);
    Checks.requireRange(rejectedUnits(), "rejectedUnits", 0, Long.MAX_VALUE);
    if (teamHours().isNegative()) {
      throw InvalidValueException.of(
          CoreRule.OUT_OF_RANGE, "teamHours", teamHours(), Duration.ZERO, "-");
    }
  }

  /**
   * The sum of these figures and others, field by field.
   *
   * @param other the other figures, not null
   * @return the sum, never null
   * @throws InvalidValueException rule {@link CoreRule#OVERFLOW} if a count or the hours overflow,
   *     {@code money.overflow} if the cost does
   * @throws MissingValueException if {@code other} is null
   */
  public final ProductionFigures plus(ProductionFigures other) {
    Checks.required(other, "other");
    return of(
        Checks.addExact(batchesReleased(), other.batchesReleased(), "batchesReleased"),
        Checks.addExact(batchesRejected(), other.batchesRejected(), "batchesRejected"),
        Checks.addExact(goodUnits(), other.goodUnits(), "goodUnits"),
        Checks.addExact(rejectedUnits(), other.rejectedUnits(), "rejectedUnits"),
        Checks.plus(teamHours(), other.teamHours(), "teamHours"),
        materialCost().plus(other.materialCost()),
        writtenOff().plus(other.writtenOff()));
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
   * Figures with nothing written off.
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
    return of(
        batchesReleased,
        batchesRejected,
        goodUnits,
        rejectedUnits,
        teamHours,
        materialCost,
        Rupiah.ZERO);
  }

  /**
   * Figures with a cost written off.
   *
   * @param batchesReleased batches released, zero or more
   * @param batchesRejected batches rejected, zero or more
   * @param goodUnits good units, zero or more
   * @param rejectedUnits rejected units, zero or more
   * @param teamHours the team's time, not null, not negative
   * @param materialCost the material cost, not null
   * @param writtenOff the part of the material cost written off (the rejected batches'), not null,
   *     at most the material cost
   * @return the figures, never null
   * @throws InvalidValueException rule {@code value.out-of-range} for a negative count or time or a
   *     write-off above the material cost; {@code value.required} for a null argument
   */
  public static ProductionFigures of(
      long batchesReleased,
      long batchesRejected,
      long goodUnits,
      long rejectedUnits,
      Duration teamHours,
      Rupiah materialCost,
      Rupiah writtenOff) {
    return builder()
        .batchesReleased(batchesReleased)
        .batchesRejected(batchesRejected)
        .goodUnits(goodUnits)
        .rejectedUnits(rejectedUnits)
        .teamHours(teamHours)
        .materialCost(materialCost)
        .writtenOff(writtenOff)
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
