package org.bengkel.proceeds;

import java.util.Optional;
import java.util.stream.Stream;
import org.bengkel.error.CoreRule;
import org.bengkel.outcome.Refusal;

/**
 * The rule that a reference identifies its money entry (docs/domain.md, "References identify money
 * entries"): a premi credit ({@link PremiAccount#credit}), a PNBP record and a PNBP deposit ({@link
 * PnbpLedger#record}, {@link PnbpLedger#deposit}). An operation refuses the reference of an earlier
 * entry of the same kind, which would pay or count the same money twice; an account or ledger
 * stored before the rule is read, and replayed, as stored.
 */
final class References {

  private References() {}

  /**
   * The refusal of a new entry whose reference an earlier entry of its kind has.
   *
   * @param earlier the references of the earlier entries of the kind, not null
   * @param reference the new entry's reference, not null
   * @return {@link CoreRule#DUPLICATE} (subject {@code "reference"}, value the reference), empty
   *     when the reference is new
   */
  static Optional<Refusal> repeated(Stream<String> earlier, String reference) {
    return earlier.anyMatch(reference::equals)
        ? Optional.of(Refusal.of(CoreRule.DUPLICATE, "reference", reference))
        : Optional.empty();
  }
}
