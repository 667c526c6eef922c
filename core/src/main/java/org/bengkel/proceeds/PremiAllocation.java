package org.bengkel.proceeds;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Allocation;
import org.bengkel.money.Rupiah;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * A premi pool allocated to the trainees who made the goods or did the service jobs (<i>pembagian
 * premi</i>), in proportion to minutes worked or pieces made.
 *
 * <p>{@link #allocate} sorts the contributions by registration number (so the result does not
 * depend on the order of the input), then divides the pool by the largest-remainder method ({@link
 * Allocation#largestRemainder}): each trainee gets the floor of the exact share, and the rupiah
 * left over go one each to the largest remainders, a tie going to the smaller registration number.
 * The shares sum exactly to the pool and each is within one rupiah of its exact share. A trainee
 * with zero minutes or pieces gets Rp0.
 *
 * <p>The premi pool (docs/proceeds.md) is allocated to the trainees who made the goods, by hours
 * worked or by pieces, so that the shares sum exactly to the pool.
 *
 * <p>Immutable and thread-safe. Registration numbers never appear in {@link #toString()}.
 */
@Value.Immutable
public abstract class PremiAllocation {

  private static final Comparator<PremiShare> BY_TRAINEE =
      Comparator.comparing(PremiShare::registrationNumber);

  PremiAllocation() {}

  /**
   * The premi pool that was allocated.
   *
   * @return the pool, never null
   */
  @NotNull
  public abstract Rupiah pool();

  /**
   * What the shares are proportional to.
   *
   * @return the basis, never null
   */
  @NotNull
  public abstract ContributionBasis basis();

  /**
   * The shares, one per trainee, sorted by registration number, summing exactly to the pool.
   *
   * @return an unmodifiable list, never null or empty
   */
  @NotEmpty
  @Value.Redacted
  public abstract List<PremiShare> shares();

  @Value.Check
  void check() {
    List<PremiShare> shares = shares();
    if (shares.isEmpty()) {
      throw InvalidValueException.of(ProceedsRule.NO_CONTRIBUTION, "shares", "[]");
    }
    long sum = 0;
    boolean anyWork = false;
    for (int i = 0; i < shares.size(); i++) {
      PremiShare s = shares.get(i);
      if (i > 0) {
        int order = shares.get(i - 1).registrationNumber().compareTo(s.registrationNumber());
        if (order == 0) {
          throw InvalidValueException.personal(
              ProceedsRule.DUPLICATE_TRAINEE, "shares[" + i + "].registrationNumber");
        }
        if (order > 0) {
          throw InvalidValueException.of(
              ProceedsRule.ALLOCATION_INCONSISTENT, "shares", "[" + i + "]", "not sorted");
        }
      }
      anyWork |= s.quantity() > 0;
      long a = s.amount().amount();
      if (a > pool().amount() - sum) { // sum stays <= pool, so this cannot overflow
        throw InvalidValueException.of(
            ProceedsRule.ALLOCATION_INCONSISTENT, "shares", "[" + i + "]", "above pool " + pool());
      }
      sum += a;
    }
    if (!anyWork) {
      throw InvalidValueException.of(ProceedsRule.NO_CONTRIBUTION, "shares", "all zero");
    }
    if (sum != pool().amount()) {
      throw InvalidValueException.of(
          ProceedsRule.ALLOCATION_INCONSISTENT, "shares", Rupiah.of(sum), "pool " + pool());
    }
  }

  /**
   * Allocates a premi pool over contributions by largest remainder.
   *
   * @param pool the premi pool, for example {@link ProceedsSplit#premi()}, not null
   * @param basis whether the quantities are minutes worked or pieces made, not null
   * @param contributions one per trainee, in any order, not null, not empty, none null
   * @return the allocation, shares sorted by registration number, never null
   * @throws InvalidValueException rule {@link ProceedsRule#NO_CONTRIBUTION} if the list is empty or
   *     every quantity is zero; {@link ProceedsRule#DUPLICATE_TRAINEE} (without the number) if a
   *     trainee appears twice: add their quantities first; {@link
   *     org.bengkel.money.MoneyRule#OVERFLOW} if the quantities sum beyond a long
   * @throws org.bengkel.error.MissingValueException if an argument or element is null
   */
  public static PremiAllocation allocate(
      Rupiah pool, ContributionBasis basis, List<Contribution> contributions) {
    Checks.required(pool, "pool");
    Checks.required(basis, "basis");
    Checks.requiredElements(contributions, "contributions");
    if (contributions.isEmpty()) {
      throw InvalidValueException.of(ProceedsRule.NO_CONTRIBUTION, "contributions", "[]");
    }
    List<Contribution> sorted = new ArrayList<>(contributions);
    sorted.sort(Comparator.comparing(Contribution::registrationNumber));
    long[] weights = new long[sorted.size()];
    for (int i = 0; i < weights.length; i++) {
      if (i > 0
          && sorted.get(i - 1).registrationNumber().compareTo(sorted.get(i).registrationNumber())
              == 0) {
        throw InvalidValueException.personal(
            ProceedsRule.DUPLICATE_TRAINEE, "contributions.registrationNumber");
      }
      weights[i] = sorted.get(i).quantity();
    }
    if (Arrays.stream(weights).allMatch(w -> w == 0)) {
      throw InvalidValueException.of(ProceedsRule.NO_CONTRIBUTION, "contributions", "all zero");
    }
    List<Rupiah> parts = Allocation.largestRemainder(pool, weights);
    Builder builder = builder();
    builder.pool(pool).basis(basis);
    for (int i = 0; i < weights.length; i++) {
      builder.addShares(
          PremiShare.of(sorted.get(i).registrationNumber(), weights[i], parts.get(i)));
    }
    return builder.build();
  }

  /**
   * The share of one trainee.
   *
   * @param registrationNumber the trainee, not null
   * @return the share, empty if the trainee had no contribution; found by binary search
   */
  public Optional<PremiShare> shareOf(RegistrationNumber registrationNumber) {
    PremiShare key = PremiShare.of(registrationNumber, 0, Rupiah.ZERO);
    int i = Collections.binarySearch(shares(), key, BY_TRAINEE);
    return i >= 0 ? Optional.of(shares().get(i)) : Optional.empty();
  }

  /**
   * A new builder; shares must be sorted by registration number and sum to the pool. Prefer {@link
   * #allocate}.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PremiAllocation}; not thread-safe. */
  public static final class Builder extends ImmutablePremiAllocation.Builder {
    Builder() {}
  }
}
