package org.bengkel.production;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The result of a batch's quality check (<i>hasil pemeriksaan mutu</i>): how many units passed
 * (<i>unit baik</i>) and how many were rejected (<i>unit ditolak</i>), with optional notes. The
 * officer and time are in the batch's history.
 *
 * <p>Good plus rejected units may be fewer than the units produced (samples kept back, units eaten
 * in tasting), never more; the batch checks that.
 *
 * <p>Immutable and thread-safe. Building an invalid result throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class QualityCheck {

  QualityCheck() {}

  /**
   * The units that passed, the quantity that may enter stock.
   *
   * @return zero to {@link ProductionBatch#MAX_QUANTITY}
   */
  @PositiveOrZero
  @Max(ProductionBatch.MAX_QUANTITY)
  public abstract long goodUnits();

  /**
   * The units that failed.
   *
   * @return zero to {@link ProductionBatch#MAX_QUANTITY}
   */
  @PositiveOrZero
  @Max(ProductionBatch.MAX_QUANTITY)
  public abstract long rejectedUnits();

  /**
   * The checker's notes (<i>catatan</i>), such as the defects found.
   *
   * @return the notes, empty when none; never blank, at most {@link StageEvent#MAX_NOTE} characters
   */
  public abstract Optional<
          @Pattern(
              regexp = StageEvent.NOT_BLANK,
              message = "{jakarta.validation.constraints.NotBlank.message}")
          @Size(max = StageEvent.MAX_NOTE) String>
      notes();

  @Value.Check
  void check() {
    Checks.requireRange(goodUnits(), "goodUnits", 0, ProductionBatch.MAX_QUANTITY);
    Checks.requireRange(rejectedUnits(), "rejectedUnits", 0, ProductionBatch.MAX_QUANTITY);
    notes().ifPresent(n -> Checks.requireText(n, "notes", StageEvent.MAX_NOTE));
  }

  /**
   * The units counted.
   *
   * @return good plus rejected units
   */
  public final long countedUnits() {
    return goodUnits() + rejectedUnits();
  }

  /**
   * A result without notes.
   *
   * @param goodUnits the units that passed, zero or more
   * @param rejectedUnits the units that failed, zero or more
   * @return the result, never null
   * @throws InvalidValueException rule {@code value.out-of-range} for a negative or too large count
   */
  public static QualityCheck of(long goodUnits, long rejectedUnits) {
    return builder().goodUnits(goodUnits).rejectedUnits(rejectedUnits).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QualityCheck}; not thread-safe. */
  public static final class Builder extends ImmutableQualityCheck.Builder {
    Builder() {}
  }
}
