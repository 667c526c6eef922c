package org.bengkel.proceeds;

import jakarta.validation.constraints.NotNull;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.Checks;
import org.bengkel.money.Allocation;
import org.bengkel.money.MoneyRule;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * How a facility splits its proceeds (<i>kebijakan pembagian hasil</i>) into the inmates' premi
 * pool (<i>premi</i>), non-tax state revenue (<i>PNBP</i>) and production capital (<i>modal
 * produksi</i>), effective from a date and optionally until a date.
 *
 * <p>The shares are exact {@link Rate}s that must sum to exactly 100 %; they apply to the
 * {@linkplain #base() base}: net profit (revenue less material cost) or gross revenue. The default
 * ({@link #defaultFor}) is 50 % premi, 15 % PNBP and 35 % capital of net profit, the ratio
 * facilities cite from Kepmen Kehakiman M.01-PP.02.01/1990. Real facilities differ (premi 15-50 %,
 * PNBP 10-50 %, some split gross revenue), so every number is configurable.
 *
 * <p>The policy is effective from {@link #effectiveFrom()} to {@link #effectiveUntil()}, both days
 * included; without an end date it stays effective. A facility's history of policies is kept by
 * {@link SplitPolicies}.
 *
 * <p>Immutable and thread-safe. Building a policy whose shares do not sum to 100 % throws {@link
 * InvalidValueException} with rule {@link ProceedsRule#SHARES_SUM}.
 */
@Value.Immutable
public abstract class SplitPolicy {

  /** The default premi share, 50 % (Kepmen Kehakiman M.01-PP.02.01/1990 as cited by facilities). */
  public static final Rate DEFAULT_PREMI = Rate.percent(50);

  /** The default PNBP share, 15 % (Kepmen Kehakiman M.01-PP.02.01/1990 as cited by facilities). */
  public static final Rate DEFAULT_PNBP = Rate.percent(15);

  /**
   * The default capital share, 35 % (Kepmen Kehakiman M.01-PP.02.01/1990 as cited by facilities).
   */
  public static final Rate DEFAULT_CAPITAL = Rate.percent(35);

  SplitPolicy() {}

  /**
   * The code of the facility whose policy this is, such as {@code LAPAS-PAMEKASAN} (see {@link
   * Facility#code()}).
   *
   * @return the code, never null
   */
  @NotNull
  public abstract FacilityCode facilityCode();

  /**
   * The first day the policy applies (<i>berlaku mulai</i>).
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate effectiveFrom();

  /**
   * The last day the policy applies (<i>berlaku sampai</i>), included; empty while it has no end.
   *
   * @return the last day, never null, empty for an open-ended policy
   */
  @NotNull
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * What the shares apply to.
   *
   * @return the base, never null
   */
  @NotNull
  public abstract SplitBase base();

  /**
   * The inmates' share (<i>premi</i>).
   *
   * @return the share, never null
   */
  @NotNull
  public abstract Rate premiShare();

  /**
   * The state's share (<i>PNBP</i>).
   *
   * @return the share, never null
   */
  @NotNull
  public abstract Rate pnbpShare();

  /**
   * The share kept as production capital (<i>modal produksi</i>).
   *
   * @return the share, never null
   */
  @NotNull
  public abstract Rate capitalShare();

  @Value.Check
  void check() {
    Rate sum = premiShare().plus(pnbpShare()).plus(capitalShare());
    if (!sum.equals(Rate.ONE)) {
      throw InvalidValueException.of(
          ProceedsRule.SHARES_SUM,
          "shares",
          premiShare() + " + " + pnbpShare() + " + " + capitalShare(),
          sum);
    }
    Optional<LocalDate> until = effectiveUntil();
    if (until.isPresent() && until.get().isBefore(effectiveFrom())) {
      throw InvalidValueException.of(
          CoreRule.DATE_ORDER, "effectiveUntil", until.get(), effectiveFrom());
    }
  }

  /**
   * An open-ended policy.
   *
   * @param facilityCode the facility's code, not null
   * @param effectiveFrom the first day, not null
   * @param base what the shares apply to, not null
   * @param premiShare the premi share, not null
   * @param pnbpShare the PNBP share, not null
   * @param capitalShare the capital share, not null
   * @return the policy, never null
   * @throws InvalidValueException rule {@link ProceedsRule#SHARES_SUM} if the shares do not sum to
   *     exactly 100 %; {@link org.bengkel.error.MissingValueException} for a null argument
   */
  public static SplitPolicy of(
      FacilityCode facilityCode,
      LocalDate effectiveFrom,
      SplitBase base,
      Rate premiShare,
      Rate pnbpShare,
      Rate capitalShare) {
    return builder()
        .facilityCode(facilityCode)
        .effectiveFrom(effectiveFrom)
        .base(base)
        .premiShare(premiShare)
        .pnbpShare(pnbpShare)
        .capitalShare(capitalShare)
        .build();
  }

  /**
   * The default policy, open-ended: 50 % premi, 15 % PNBP, 35 % capital of net profit, as
   * facilities cite Kepmen Kehakiman M.01-PP.02.01/1990.
   *
   * @param facilityCode the facility's code, not null
   * @param effectiveFrom the first day, not null
   * @return the policy, never null
   * @throws org.bengkel.error.MissingValueException for a null argument
   */
  public static SplitPolicy defaultFor(FacilityCode facilityCode, LocalDate effectiveFrom) {
    return of(
        facilityCode,
        effectiveFrom,
        SplitBase.NET_PROFIT,
        DEFAULT_PREMI,
        DEFAULT_PNBP,
        DEFAULT_CAPITAL);
  }

  /**
   * This policy ending on a given day.
   *
   * @param effectiveUntil the last day it applies, not null, not before {@link #effectiveFrom()}
   * @return the new policy, never null; this one is unchanged
   * @throws InvalidValueException rule {@link CoreRule#DATE_ORDER} if {@code effectiveUntil} is
   *     before the first day
   * @throws org.bengkel.error.MissingValueException if {@code effectiveUntil} is null
   */
  public SplitPolicy withEffectiveUntil(LocalDate effectiveUntil) {
    return ImmutableSplitPolicy.copyOf(this).withEffectiveUntil(effectiveUntil);
  }

  /**
   * Whether the policy applies on a day.
   *
   * @param date the day, not null
   * @return true if {@code date} lies between the first and last day, both included
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public boolean isEffectiveOn(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(effectiveFrom())
        && effectiveUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /**
   * Whether this policy and another apply on at least one common day.
   *
   * @param other the other policy, not null
   * @return true if their periods share a day
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public boolean overlaps(SplitPolicy other) {
    Checks.required(other, "other");
    boolean thisEndsBefore =
        effectiveUntil().map(u -> u.isBefore(other.effectiveFrom())).orElse(false);
    boolean otherEndsBefore =
        other.effectiveUntil().map(u -> u.isBefore(effectiveFrom())).orElse(false);
    return !thisEndsBefore && !otherEndsBefore;
  }

  /**
   * The period as text, such as {@code 2024-01-01..2024-12-31} or {@code 2025-01-01..}.
   *
   * @return the period, never null
   */
  public String period() {
    return effectiveFrom() + ".." + effectiveUntil().map(LocalDate::toString).orElse("");
  }

  /**
   * Splits the proceeds of a sale or of a period (pass the period's totals) by this policy.
   *
   * <p>The base is {@code revenue - materialCost} for {@link SplitBase#NET_PROFIT} (zero when the
   * cost is at or above the revenue: then nothing is split, there is no premi, no PNBP and no
   * capital share, and the loss shows as a negative {@link ProceedsSplit#netProfit()} for the
   * capital account to bear), or {@code revenue} for {@link SplitBase#GROSS_REVENUE}. The base is
   * divided over the three shares by largest remainder ({@link Allocation#largestRemainder}), in
   * the order premi, PNBP, capital (a tie in remainders goes to the earlier), so the three parts
   * sum exactly to the base and each is within one rupiah of its exact share.
   *
   * <p>Splitting each sale and adding the parts can differ by a few rupiah from splitting the
   * period's totals, and a loss on one sale is not netted against another sale's profit; choose one
   * way per facility and keep it.
   *
   * @param revenue the revenue (<i>pendapatan</i>), not null
   * @param materialCost the material cost (<i>biaya bahan</i>), not null
   * @return the split, never null
   * @throws InvalidValueException rule {@link MoneyRule#OVERFLOW} if the shares' common denominator
   *     does not fit in a long
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public ProceedsSplit split(Rupiah revenue, Rupiah materialCost) {
    Checks.required(revenue, "revenue");
    Checks.required(materialCost, "materialCost");
    Rupiah base =
        switch (base()) {
          case NET_PROFIT ->
              revenue.isGreaterThan(materialCost) ? revenue.minus(materialCost) : Rupiah.ZERO;
          case GROSS_REVENUE -> revenue;
        };
    List<Rupiah> parts = Allocation.largestRemainder(base, weights());
    return ProceedsSplit.builder()
        .policy(this)
        .revenue(revenue)
        .materialCost(materialCost)
        .base(base)
        .premi(parts.get(0))
        .pnbp(parts.get(1))
        .capital(parts.get(2))
        .build();
  }

  /**
   * The three shares over their least common denominator, as whole weights.
   *
   * @return premi, PNBP and capital weights
   */
  @Value.Lazy
  long[] weights() {
    Rate[] shares = {premiShare(), pnbpShare(), capitalShare()};
    BigInteger lcm = BigInteger.ONE;
    for (Rate r : shares) {
      BigInteger d = BigInteger.valueOf(r.denominator());
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
    }
    if (lcm.bitLength() > 63) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, "shares", "denominator " + lcm);
    }
    long[] weights = new long[shares.length];
    for (int i = 0; i < shares.length; i++) {
      // numerator * (lcm / denominator) <= lcm because each share is at most one.
      weights[i] = shares[i].numerator() * (lcm.longValue() / shares[i].denominator());
    }
    return weights;
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SplitPolicy}; not thread-safe. */
  public static final class Builder extends ImmutableSplitPolicy.Builder {
    Builder() {}
  }
}
