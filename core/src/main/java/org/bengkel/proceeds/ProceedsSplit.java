package org.bengkel.proceeds;

import jakarta.validation.constraints.NotNull;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;
import org.immutables.value.Value;

/**
 * The proceeds of a sale or a period split by a {@link SplitPolicy} (<i>pembagian hasil</i>): the
 * premi pool for the trainees, the PNBP for the state and the production capital, with the base
 * they were taken from and the policy used.
 *
 * <p>Obtain it from {@link SplitPolicy#split} or {@link SplitPolicies#split}. The three parts
 * always sum exactly to {@link #base()}. With no profit on a net-profit base the base is zero, all
 * parts are zero and {@link #netProfit()} reports the loss (or zero) as a signed amount.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProceedsSplit {

  ProceedsSplit() {}

  /**
   * The policy that was applied.
   *
   * @return the policy, never null
   */
  @NotNull
  public abstract SplitPolicy policy();

  /**
   * The revenue of the sale or period (<i>pendapatan</i>).
   *
   * @return the revenue, never null
   */
  @NotNull
  public abstract Rupiah revenue();

  /**
   * The material cost of the goods sold (<i>biaya bahan</i>).
   *
   * @return the cost, never null
   */
  @NotNull
  public abstract Rupiah materialCost();

  /**
   * The amount that was divided: the net profit (zero if none) or the gross revenue, as the
   * policy's {@link SplitPolicy#base()} says.
   *
   * @return the base, never null
   */
  @NotNull
  public abstract Rupiah base();

  /**
   * The premi pool (<i>premi</i>) to allocate to the trainees who made the goods.
   *
   * @return the pool, never null
   */
  @NotNull
  public abstract Rupiah premi();

  /**
   * The state's share (<i>PNBP</i>), to record in the {@link PnbpLedger}.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah pnbp();

  /**
   * The share kept as production capital (<i>modal produksi</i>).
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah capital();

  /**
   * The net profit, signed: revenue less material cost. Negative for a loss, which no share bears
   * in the split; the production capital absorbs it.
   *
   * @return the signed profit, never null
   */
  public RupiahDelta netProfit() {
    return revenue().difference(materialCost());
  }

  /**
   * Whether the sale or period made a loss (material cost above revenue).
   *
   * @return true for a loss
   */
  public boolean isLoss() {
    return netProfit().isNegative();
  }

  @Value.Check
  void check() {
    Rupiah expected =
        switch (policy().base()) {
          case NET_PROFIT ->
              revenue().isGreaterThan(materialCost())
                  ? revenue().minus(materialCost())
                  : Rupiah.ZERO;
          case GROSS_REVENUE -> revenue();
        };
    if (!base().equals(expected)) {
      throw InvalidValueException.of(
          ProceedsRule.ALLOCATION_INCONSISTENT, "base", base(), "base " + expected);
    }
    Rupiah sum = premi().plus(pnbp()).plus(capital());
    if (!sum.equals(base())) {
      throw InvalidValueException.of(
          ProceedsRule.ALLOCATION_INCONSISTENT, "premi+pnbp+capital", sum, "base " + base());
    }
  }

  /**
   * A new builder; the parts must sum to the base. Prefer {@link SplitPolicy#split}.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProceedsSplit}; not thread-safe. */
  public static final class Builder extends ImmutableProceedsSplit.Builder {
    Builder() {}
  }
}
