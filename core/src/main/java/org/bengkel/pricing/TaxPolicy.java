package org.bengkel.pricing;

import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.Checks;
import org.bengkel.money.MoneyRule;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * A facility's value-added tax policy (<i>kebijakan PPN</i>): whether it is a VAT-registered seller
 * (PKP), whether its prices are quoted with PPN included, and how PPN is rounded.
 *
 * <p><b>The rule.</b> Under UU 7/2021 (HPP) the PPN rate is 12 %; for ordinary (non-luxury) goods
 * PMK 131/2024 levies it on a tax base of 11/12 of the price (<i>DPP nilai lain</i>), so the
 * effective rate is 11/12 × 12 % = exactly 11 %. A seller that is not a PKP charges no PPN. The
 * numbers are configurable ({@link #taxBaseFraction()} default 11/12, {@link #ppnRate()} default 12
 * %) for when the regulation changes.
 *
 * <p><b>Where tax is computed.</b> On the quote's total (the sum of its lines), once, as on a tax
 * invoice (<i>faktur pajak</i>) — not per line, so the quote's lines stay tax-free amounts that sum
 * exactly to the total the tax is computed from. Rounding happens once, with {@link #rounding()}
 * (default {@link RoundingMode#HALF_UP}):
 *
 * <ul>
 *   <li>{@link PriceInclusion#EXCLUSIVE}: price without PPN = total; PPN = round(total × 11/12 × 12
 *       %); payable = price + PPN.
 *   <li>{@link PriceInclusion#INCLUSIVE}: payable = total; price without PPN = round(total ×
 *       100/111), the exclusive price that with 11 % PPN gives the total; PPN = total − price, so
 *       price + PPN is exactly the total.
 * </ul>
 *
 * <p><b>DPP nilai lain.</b> The tax invoice also shows the tax base PPN is levied on, DPP nilai
 * lain = round(price without PPN × 11/12) in whole rupiah with the same {@link #rounding()} (PMK
 * 131/2024 art. 3 sets the fraction 11/12, not a rounding; the tax invoice's amounts are whole
 * rupiah, so bengkel rounds the one amount that is not, half up by default). Rp1.110.000 →
 * Rp1.017.500 exactly; Rp32 → 29,33 → Rp29. PPN is not recomputed from the rounded DPP nilai lain:
 * it stays the exact 11 % of the price rounded once, which 12 % of the rounded DPP nilai lain,
 * rounded, matches to within Rp1 (Rp32 exclusive: PPN round(3,52) = Rp4, 12 % × Rp29 = 3,48 → Rp3);
 * for exclusive prices they always agree when the DPP nilai lain needs no rounding, that is when
 * the price is a multiple of Rp12. A seller that is not a PKP has no DPP nilai lain (zero).
 *
 * <p>Immutable and thread-safe. Building an invalid policy throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class TaxPolicy {

  TaxPolicy() {}

  /**
   * The code of the facility this policy belongs to, such as {@code LAPAS-PAMEKASAN}.
   *
   * @return the code, never null
   */
  @NotNull
  public abstract FacilityCode facilityCode();

  /**
   * Whether the facility charges PPN.
   *
   * @return the status, never null
   */
  @NotNull
  public abstract TaxStatus status();

  /**
   * Whether quoted prices include PPN; default {@link PriceInclusion#INCLUSIVE} (shop prices in
   * Indonesia are shown with tax).
   *
   * @return the inclusion, never null
   */
  @NotNull
  @Value.Default
  public PriceInclusion inclusion() {
    return PriceInclusion.INCLUSIVE;
  }

  /**
   * The fraction of the price that PPN is levied on (<i>DPP nilai lain</i>); default 11/12 (PMK
   * 131/2024), at most 100 %.
   *
   * @return the fraction, never null
   */
  @NotNull
  @Value.Default
  public Rate taxBaseFraction() {
    return Rate.of(11, 12);
  }

  /**
   * The PPN rate; default 12 % (UU 7/2021, HPP).
   *
   * @return the rate, never null
   */
  @NotNull
  @Value.Default
  public Rate ppnRate() {
    return Rate.percent(12);
  }

  /**
   * How PPN (exclusive prices) or the price without PPN (inclusive prices), and the DPP nilai lain,
   * are rounded to whole rupiah; default {@link RoundingMode#HALF_UP}; never {@code UNNECESSARY}.
   *
   * @return the mode, never null
   */
  @NotNull
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * The effective PPN rate on the price, {@code taxBaseFraction × ppnRate} (11 % by default), or
   * zero for a seller that is not a PKP.
   *
   * @return the rate, never null
   */
  public Rate effectiveRate() {
    return status() == TaxStatus.PKP ? taxBaseFraction().times(ppnRate()) : Rate.ZERO;
  }

  @Value.Check
  void check() {
    if (taxBaseFraction().isGreaterThanOne()) {
      throw InvalidValueException.of(
          PricingRule.RATE_ABOVE_WHOLE, "taxBaseFraction", taxBaseFraction());
    }
    if (ppnRate().isGreaterThanOne()) {
      throw InvalidValueException.of(PricingRule.RATE_ABOVE_WHOLE, "ppnRate", ppnRate());
    }
    if (rounding() == RoundingMode.UNNECESSARY) {
      throw InvalidValueException.of(MoneyRule.INVALID_ROUNDING_MODE, "rounding", rounding());
    }
  }

  /**
   * The tax on a quoted total, computed as documented on this class.
   *
   * @param quoted the total of the quote's lines, as quoted, not null
   * @return the breakdown, never null; {@code priceExcludingTax + ppn == payable} exactly
   * @throws InvalidValueException rule {@code money.overflow} if an amount, or the fraction {@code
   *     1 / (1 + effective rate)}, does not fit in a long
   * @throws org.bengkel.error.MissingValueException if {@code quoted} is null
   */
  public TaxBreakdown apply(Rupiah quoted) {
    Checks.required(quoted, "quoted");
    Rate rate = effectiveRate();
    Rupiah base;
    Rupiah ppn;
    if (rate.isZero()) {
      base = quoted;
      ppn = Rupiah.ZERO;
    } else if (inclusion() == PriceInclusion.EXCLUSIVE) {
      base = quoted;
      ppn = quoted.times(rate, rounding());
    } else {
      // base = total / (1 + rate) = total × d / (d + n) for rate n/d.
      long sum = rate.denominator() + rate.numerator();
      if (sum < 0) {
        throw InvalidValueException.of(MoneyRule.OVERFLOW, "effectiveRate", rate);
      }
      Rate inverse = Rate.of(rate.denominator(), sum);
      base = quoted.times(inverse, rounding());
      ppn = quoted.minus(base);
    }
    return TaxBreakdown.builder()
        .status(status())
        .inclusion(inclusion())
        .quoted(quoted)
        .priceExcludingTax(base)
        .otherTaxBase(
            status() == TaxStatus.PKP ? base.times(taxBaseFraction(), rounding()) : Rupiah.ZERO)
        .ppn(ppn)
        .build();
  }

  /**
   * A policy with the default rates and rounding.
   *
   * @param facilityCode the facility's code, not null
   * @param status whether it is a PKP, not null
   * @param inclusion whether quoted prices include PPN, not null
   * @return the policy, never null
   * @throws org.bengkel.error.MissingValueException for a null argument
   */
  public static TaxPolicy of(
      FacilityCode facilityCode, TaxStatus status, PriceInclusion inclusion) {
    return builder().facilityCode(facilityCode).status(status).inclusion(inclusion).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaxPolicy}; not thread-safe. */
  public static final class Builder extends ImmutableTaxPolicy.Builder {
    Builder() {}
  }
}
