package org.bengkel.pricing;

import jakarta.validation.constraints.NotNull;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The tax on a quote's total (<i>rincian PPN</i>): the total as quoted, the tax base (<i>DPP</i>,
 * the price without PPN), the PPN and what the buyer pays. Computed by {@link TaxPolicy#apply}.
 *
 * <p>Always {@code taxBase + ppn == payable}; the quoted total equals the payable amount for
 * inclusive prices and the tax base for exclusive ones; without PPN all three amounts are equal.
 *
 * <p>Immutable and thread-safe. Building an inconsistent breakdown throws
 * {@link InvalidValueException} with rule {@link PricingRule#QUOTE_INCONSISTENT}.
 */
@Value.Immutable
public abstract class TaxBreakdown {

  TaxBreakdown() {}

  /**
   * Whether the seller charged PPN.
   *
   * @return the status, never null
   */
  @NotNull
  public abstract TaxStatus status();

  /**
   * Whether the quoted total included PPN.
   *
   * @return the inclusion, never null
   */
  @NotNull
  public abstract PriceInclusion inclusion();

  /**
   * The total as quoted: the sum of the quote's lines.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah quoted();

  /**
   * The tax base, the price without PPN (<i>dasar pengenaan pajak</i>).
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah taxBase();

  /**
   * The PPN.
   *
   * @return the amount, never null; zero for a seller that is not a PKP
   */
  @NotNull
  public abstract Rupiah ppn();

  /**
   * What the buyer pays, {@code taxBase + ppn}.
   *
   * @return the amount, never null
   * @throws InvalidValueException rule {@code money.overflow} if it exceeds a long
   */
  public Rupiah payable() {
    return taxBase().plus(ppn());
  }

  @Value.Check
  void check() {
    Rupiah expectedQuoted =
        status() == TaxStatus.PKP && inclusion() == PriceInclusion.EXCLUSIVE ? taxBase() : payable();
    if (!expectedQuoted.equals(quoted())) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT, "quoted", quoted(), "tax base " + taxBase() + ", PPN " + ppn());
    }
    if (status() == TaxStatus.NON_PKP && !ppn().isZero()) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT, "ppn", ppn(), "a seller that is not a PKP charges no PPN");
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

  /** Builds a {@link TaxBreakdown}; not thread-safe. */
  public static final class Builder extends ImmutableTaxBreakdown.Builder {
    Builder() {}
  }
}
