package org.bengkel.proceeds;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The history of a facility's split policies (<i>riwayat kebijakan pembagian hasil</i>): which
 * {@link SplitPolicy} is effective on a date.
 *
 * <p>Policies are kept sorted by their first day. No two may be effective on the same day (rule
 * {@link ProceedsRule#POLICY_OVERLAP}) and all belong to {@link #facilityCode()} (rule {@link
 * ProceedsRule#FACILITY_MISMATCH}). Gaps are allowed: on a day without a policy nothing can be
 * split.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SplitPolicies {

  SplitPolicies() {}

  /**
   * The facility whose policies these are (see {@link Facility#code()}).
   *
   * @return the code, never null
   */
  @NotNull
  public abstract FacilityCode facilityCode();

  /**
   * The policies, sorted by first day.
   *
   * @return an unmodifiable list, never null, possibly empty
   */
  @NotNull
  public abstract List<SplitPolicy> policies();

  @Value.Check
  SplitPolicies normalize() {
    List<SplitPolicy> sorted = new ArrayList<>(policies());
    sorted.sort(Comparator.comparing(SplitPolicy::effectiveFrom));
    for (int i = 0; i < sorted.size(); i++) {
      SplitPolicy p = sorted.get(i);
      if (!p.facilityCode().equals(facilityCode())) {
        throw InvalidValueException.of(
            ProceedsRule.FACILITY_MISMATCH,
            "policies[" + i + "].facilityCode",
            p.facilityCode(),
            facilityCode());
      }
      // Sorted by first day: a policy can only overlap its predecessor if their periods touch.
      if (i > 0 && sorted.get(i - 1).overlaps(p)) {
        throw InvalidValueException.of(
            ProceedsRule.POLICY_OVERLAP,
            "policies[" + i + "]",
            p.period(),
            sorted.get(i - 1).period());
      }
    }
    return sorted.equals(policies())
        ? this
        : builder().facilityCode(facilityCode()).addAllPolicies(sorted).build();
  }

  /**
   * A history with the given policies, in any order.
   *
   * @param facilityCode the facility's code, not null
   * @param policies the policies, not null, none null
   * @return the history, never null
   * @throws InvalidValueException rule {@link ProceedsRule#POLICY_OVERLAP} if two policies share a
   *     day; {@link ProceedsRule#FACILITY_MISMATCH} if one belongs to another facility
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static SplitPolicies of(FacilityCode facilityCode, List<SplitPolicy> policies) {
    Checks.required(policies, "policies");
    return builder().facilityCode(facilityCode).addAllPolicies(policies).build();
  }

  /**
   * A history with one policy.
   *
   * @param policy the policy, not null
   * @return the history of the policy's facility, never null
   * @throws org.bengkel.error.MissingValueException if {@code policy} is null
   */
  public static SplitPolicies of(SplitPolicy policy) {
    Checks.required(policy, "policy");
    return of(policy.facilityCode(), List.of(policy));
  }

  /**
   * This history with one more policy.
   *
   * @param policy the new policy, not null
   * @return the new history, never null; this one is unchanged
   * @throws InvalidValueException rule {@link ProceedsRule#POLICY_OVERLAP} if it shares a day with
   *     a policy already there; {@link ProceedsRule#FACILITY_MISMATCH} for another facility
   * @throws org.bengkel.error.MissingValueException if {@code policy} is null
   */
  public SplitPolicies with(SplitPolicy policy) {
    Checks.required(policy, "policy");
    return builder().from(this).addPolicies(policy).build();
  }

  /**
   * This history with a new policy that replaces the open-ended latest one: the latest policy is
   * ended the day before the new one starts.
   *
   * @param policy the new policy, not null; it must start after the latest policy's first day
   * @return the new history, never null; this one is unchanged
   * @throws InvalidValueException rule {@link ProceedsRule#POLICY_OVERLAP} if the new policy still
   *     shares a day with another; {@link org.bengkel.error.CoreRule#DATE_ORDER} if it starts on or
   *     before the latest policy's first day
   * @throws org.bengkel.error.MissingValueException if {@code policy} is null
   */
  public SplitPolicies supersede(SplitPolicy policy) {
    Checks.required(policy, "policy");
    List<SplitPolicy> list = new ArrayList<>(policies());
    if (!list.isEmpty()) {
      int last = list.size() - 1;
      SplitPolicy latest = list.get(last);
      if (latest.effectiveUntil().isEmpty()) {
        if (policy.effectiveFrom().equals(LocalDate.MIN)) {
          // No day before the calendar's first: the new policy cannot start after the latest.
          throw InvalidValueException.of(
              CoreRule.DATE_ORDER, "effectiveFrom", policy.effectiveFrom(), latest.effectiveFrom());
        }
        list.set(last, latest.withEffectiveUntil(policy.effectiveFrom().minusDays(1)));
      }
    }
    list.add(policy);
    return of(facilityCode(), list);
  }

  /**
   * The policy effective on a day.
   *
   * @param date the day, not null
   * @return the policy, empty if none applies on that day
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public Optional<SplitPolicy> policyOn(LocalDate date) {
    Checks.required(date, "date");
    // Binary search for the last policy starting on or before the date.
    List<SplitPolicy> list = policies();
    int lo = 0;
    int hi = list.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).effectiveFrom().isAfter(date)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found >= 0 && list.get(found).isEffectiveOn(date)
        ? Optional.of(list.get(found))
        : Optional.empty();
  }

  /**
   * Splits the proceeds of a sale or period by the policy effective on a day; see {@link
   * SplitPolicy#split}.
   *
   * @param date the day of the sale, or the last day of the period, not null
   * @param revenue the revenue, not null
   * @param materialCost the material cost, not null
   * @return the split, never null
   * @throws InvalidValueException rule {@link ProceedsRule#NO_POLICY} if no policy applies on that
   *     day
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public ProceedsSplit split(LocalDate date, Rupiah revenue, Rupiah materialCost) {
    Checks.required(date, "date");
    Checks.required(revenue, "revenue");
    Checks.required(materialCost, "materialCost");
    SplitPolicy policy =
        policyOn(date)
            .orElseThrow(() -> InvalidValueException.of(ProceedsRule.NO_POLICY, "date", date));
    return policy.split(revenue, materialCost);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SplitPolicies}; not thread-safe. */
  public static final class Builder extends ImmutableSplitPolicies.Builder {
    Builder() {}
  }
}
