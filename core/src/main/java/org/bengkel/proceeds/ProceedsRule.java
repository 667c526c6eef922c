package org.bengkel.proceeds;

import org.bengkel.error.Rule;

/**
 * The rules of proceeds: split policies, premi allocation, premi savings accounts and the PNBP
 * ledger (<i>aturan hasil penjualan</i>).
 *
 * <p>Codes are stable; messages are in {@code org/bengkel/proceeds/messages.properties} (English)
 * and {@code messages_id.properties} (Indonesian). The premi account's codes are mostly refusals,
 * carried by an {@link org.bengkel.outcome.Outcome} rather than by an exception.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProceedsRule implements Rule {
  /**
   * The premi, PNBP and capital shares of a split policy do not sum to exactly 100 %; detail {2} is
   * their sum.
   */
  SHARES_SUM("proceeds.policy.shares-sum"),
  /**
   * Two split policies of a facility are effective on the same day; detail {2} is the other
   * policy's period.
   */
  POLICY_OVERLAP("proceeds.policy.overlap"),
  /** A policy, split or ledger belongs to another facility; detail {2} is the expected facility. */
  FACILITY_MISMATCH("proceeds.facility-mismatch"),
  /** No split policy is effective on the date asked for. */
  NO_POLICY("proceeds.policy.none"),
  /** A premi allocation has no contribution with hours or pieces above zero. */
  NO_CONTRIBUTION("proceeds.allocation.no-contribution"),
  /** The same trainee appears twice among the contributions of one allocation. */
  DUPLICATE_TRAINEE("proceeds.allocation.duplicate-trainee"),
  /**
   * The shares of a premi allocation do not sum to its pool, or are not in registration-number
   * order; detail {2} says which.
   */
  ALLOCATION_INCONSISTENT("proceeds.allocation.inconsistent"),
  /**
   * The premi account is closed (paid out on release) and refuses every further operation; detail
   * {2} is the amount still allowed, Rp0.
   */
  ACCOUNT_CLOSED("proceeds.account.closed"),
  /**
   * A spending would take the premi account's balance below zero; detail {2} is the amount still
   * allowed, {3} the balance.
   */
  OVERDRAW("proceeds.account.overdraw"),
  /**
   * A spending would take cumulative spending above the allowed share of cumulative credits; detail
   * {2} is the amount still allowed.
   */
  SPENDING_CAP("proceeds.account.spending-cap"),
  /** The spending cap of a premi account is above 100 %. */
  CAP_ABOVE_ONE("proceeds.account.cap"),
  /** A premi share is credited to another trainee's account. */
  ACCOUNT_OWNER("proceeds.account.owner"),
  /** A premi account's history breaks the account rules; detail {2} says how. */
  ACCOUNT_HISTORY("proceeds.account.history"),
  /** A deposit exceeds the PNBP recorded but not yet deposited; detail {2} is that amount. */
  OVER_DEPOSIT("proceeds.pnbp.over-deposit"),
  /** A PNBP entry is dated outside the ledger's year; detail {2} is the year. */
  OUTSIDE_YEAR("proceeds.pnbp.outside-year");

  private final String code;

  ProceedsRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
