package org.bengkel.pricing;

import jakarta.validation.constraints.NotNull;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The tax on a quote's total (<i>rincian PPN</i>): the total as quoted, the price without PPN
 * (<i>harga jual</i>), the tax base PPN is levied on (<i>DPP nilai lain</i>), the PPN and what the
 * buyer pays. Computed by {@link TaxPolicy#apply}.
 *
 * <p><b>Two amounts a tax invoice shows.</b> Under PMK 131/2024 (art. 3) PPN on ordinary goods and
 * services is 12 % (UU 7/2021, HPP) of a tax base that is not the selling price but 11/12 of it,
 * the <i>DPP nilai lain</i>; the tax invoice (<i>faktur pajak</i>, e-Faktur) shows both the selling
 * price without PPN ({@link #priceExcludingTax()}, <i>harga jual/penggantian</i>) and the DPP nilai
 * lain ({@link #otherTaxBase()}). On a sale of Rp1.110.000 without PPN: DPP nilai lain Rp1.110.000
 * × 11/12 = Rp1.017.500, PPN 12 % × Rp1.017.500 = Rp122.100. The DPP nilai lain is in whole rupiah,
 * rounded as {@link TaxPolicy#rounding()} says (see there); PPN is computed once on the price, so
 * 12 % of the rounded DPP nilai lain, rounded, may differ from {@link #ppn()} by at most Rp1.
 *
 * <p>Always {@code priceExcludingTax + ppn == payable} and {@code otherTaxBase <=
 * priceExcludingTax}; the quoted total equals the payable amount for inclusive prices and the price
 * without PPN for exclusive ones; without PPN (a seller that is not a PKP) the quoted, price and
 * payable amounts are equal and the DPP nilai lain is zero (no PPN is levied and there is no tax
 * invoice).
 *
 * <p>Immutable and thread-safe. Building an inconsistent breakdown throws {@link
 * InvalidValueException} with rule {@link PricingRule#QUOTE_INCONSISTENT}.
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
   * The selling price without PPN (<i>harga jual</i>, the <i>harga jual/penggantian</i> of the tax
   * invoice). Not the tax base PPN is levied on: that is {@link #otherTaxBase()}.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah priceExcludingTax();

  /**
   * The tax base PPN is levied on (<i>DPP nilai lain</i>, PMK 131/2024 art. 3): 11/12 of the price
   * without PPN, in whole rupiah as the policy rounds, as the tax invoice shows it.
   *
   * @return the amount, never null; zero for a seller that is not a PKP
   */
  @NotNull
  public abstract Rupiah otherTaxBase();

  /**
   * The price without PPN, the old name of {@link #priceExcludingTax()}; it is not the tax base PPN
   * is levied on, which is {@link #otherTaxBase()}.
   *
   * @return {@link #priceExcludingTax()}, never null
   * @deprecated ambiguous: use {@link #priceExcludingTax()} (harga jual) or {@link #otherTaxBase()}
   *     (DPP nilai lain); to be removed in 0.3.0
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public final Rupiah taxBase() {
    return priceExcludingTax();
  }

  /**
   * The PPN.
   *
   * @return the amount, never null; zero for a seller that is not a PKP
   */
  @NotNull
  public abstract Rupiah ppn();

  /**
   * What the buyer pays, {@code priceExcludingTax + ppn}.
   *
   * @return the amount, never null
   * @throws InvalidValueException rule {@code money.overflow} if it exceeds a long
   */
  public Rupiah payable() {
    return priceExcludingTax().plus(ppn());
  }

  @Value.Check
  void check() {
    Rupiah expectedQuoted =
        status() == TaxStatus.PKP && inclusion() == PriceInclusion.EXCLUSIVE
            ? priceExcludingTax()
            : payable();
    if (!expectedQuoted.equals(quoted())) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT,
          "quoted",
          quoted(),
          "price without PPN " + priceExcludingTax() + ", PPN " + ppn());
    }
    if (otherTaxBase().isGreaterThan(priceExcludingTax())) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT,
          "otherTaxBase",
          otherTaxBase(),
          "the DPP nilai lain exceeds the price without PPN " + priceExcludingTax());
    }
    if (status() == TaxStatus.NON_PKP && !otherTaxBase().isZero()) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT,
          "otherTaxBase",
          otherTaxBase(),
          "a seller that is not a PKP levies no PPN, so has no DPP nilai lain");
    }
    if (status() == TaxStatus.NON_PKP && !ppn().isZero()) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT,
          "ppn",
          ppn(),
          "a seller that is not a PKP charges no PPN");
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
