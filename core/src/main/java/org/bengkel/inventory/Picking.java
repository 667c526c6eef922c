package org.bengkel.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The lots that first-expired-first-out picking chooses for a quantity of a SKU on a date
 * (<i>daftar pengambilan FEFO</i>), as answered by {@link StockLedger#pick(Sku, long, LocalDate)}.
 *
 * <p>The picks are in FEFO order, each from a lot not expired on {@link #date()} and never more
 * than the lot's available units. When the available stock does not cover the request the picking
 * is {@linkplain #isComplete() incomplete}: it holds what there is and says the {@linkplain
 * #shortfall() shortfall}; {@link StockLedger#reserve} then refuses the whole request.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Picking {

  Picking() {}

  /**
   * The product picked.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * The date on which expiry was judged.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * The quantity asked for, 1 to {@link StockLot#MAX_QUANTITY}.
   *
   * @return the quantity
   */
  @Positive
  @Max(StockLot.MAX_QUANTITY)
  public abstract long requested();

  /**
   * The lots and quantities chosen, in FEFO order, one pick per lot.
   *
   * @return the picks, never null, empty when nothing is available
   */
  @NotNull
  public abstract List<Pick> picks();

  /**
   * The units picked: the sum of the picks.
   *
   * @return the quantity, 0 to {@link #requested()}
   */
  @Value.Derived
  public long picked() {
    return picks().stream().mapToLong(Pick::quantity).sum();
  }

  /**
   * Whether the picks cover the request.
   *
   * @return true when {@link #picked()} equals {@link #requested()}
   */
  public boolean isComplete() {
    return picked() == requested();
  }

  /**
   * The units that could not be picked.
   *
   * @return {@code requested() - picked()}, zero when complete
   */
  public long shortfall() {
    return requested() - picked();
  }

  @Value.Check
  void check() {
    Checks.requireRange(requested(), "requested", 1, StockLot.MAX_QUANTITY);
    Checks.requireDistinct(picks().stream().map(Pick::lotCode).toList(), "picks.lotCode");
    if (picked() > requested()) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "picks", picked(), 0, requested());
    }
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Picking}; not thread-safe. */
  public static final class Builder extends ImmutablePicking.Builder {
    Builder() {}
  }
}
