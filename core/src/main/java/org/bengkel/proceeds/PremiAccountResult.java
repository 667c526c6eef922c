package org.bengkel.proceeds;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The answer to an operation on a {@link PremiAccount} (<i>hasil transaksi tabungan premi</i>):
 * accepted with the new account, or refused with the rule that refused it and the amount still
 * allowed.
 *
 * <p>A refused operation changes nothing: {@link #account()} is then the unchanged account.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PremiAccountResult {

  PremiAccountResult() {}

  /**
   * The account after the operation: the new account when accepted, the same account when
   * refused.
   *
   * @return the account, never null
   */
  @NotNull
  public abstract PremiAccount account();

  /**
   * The amount the operation asked for.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah requested();

  /**
   * Why the operation was refused: {@link ProceedsRule#ACCOUNT_CLOSED},
   * {@link ProceedsRule#OVERDRAW} or {@link ProceedsRule#SPENDING_CAP}.
   *
   * @return the rule, empty when accepted
   */
  @NotNull
  public abstract Optional<ProceedsRule> refusal();

  /**
   * The largest amount the same kind of operation would be accepted for now: for spending, the
   * smaller of the balance and the room left under the cap; Rp0 on a closed account. For an
   * accepted credit or payout it is the amount itself.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah allowed();

  /**
   * Whether the operation was accepted.
   *
   * @return true when accepted
   */
  public boolean isAccepted() {
    return refusal().isEmpty();
  }

  static PremiAccountResult accepted(PremiAccount account, Rupiah requested, Rupiah allowed) {
    return ImmutablePremiAccountResult.builder()
        .account(account)
        .requested(requested)
        .allowed(allowed)
        .build();
  }

  static PremiAccountResult refused(
      PremiAccount unchanged, Rupiah requested, ProceedsRule rule, Rupiah allowed) {
    return ImmutablePremiAccountResult.builder()
        .account(unchanged)
        .requested(requested)
        .refusal(rule)
        .allowed(allowed)
        .build();
  }
}
