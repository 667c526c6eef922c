package org.bengkel.proceeds;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
 * A premi pool allocated to the trainees who made the goods or did the service jobs
 * (<i>pembagian premi</i>), in proportion to minutes worked or pieces made.
 *
 * <p>{@link #allocate} sorts the contributions by registration number (so the result does not
 * depend on the order of the input), then divides the pool by the largest-remainder method
 * ({@link Allocation#largestRemainder}): each trainee gets the floor of the exact share, and the
 * rupiah left over go one each to the largest remainders, a tie going to the smaller registration
 * number. The shares sum exactly to the pool and each is within one rupiah of its exact share. A
 * trainee with zero minutes or pieces gets Rp0. For n trainees the work grows linearly: the
 * registration numbers are ordered by a radix sort over their characters (falling back to
 * O(n log n) comparisons only for numbers that agree on many characters) and the leftover rupiah
 * are placed by selection, not by sorting; there is no quadratic step.
 *
 * <p>DOMAIN.md "Proceeds": the premi pool is allocated to the trainees who made the goods, by hours
 * worked or by pieces, so that the shares sum exactly to the pool.
 *
 * <p>Immutable and thread-safe. Registration numbers never appear in {@link #toString()}.
 */
@Value.Immutable
public abstract class PremiAllocation {

  private static final Comparator<PremiShare> BY_TRAINEE =
      Comparator.comparing(PremiShare::registrationNumber);

  /**
   * The shares {@link #allocate} is building on this thread, which it has ordered and found
   * distinct itself ({@link KeyOrder}). {@link #check()} does not compare those very objects' (by
   * identity) registration numbers again: at 100,000 trainees that second pass, in sorted order
   * over strings scattered on the heap, cost about a third of the whole allocation. Any other
   * build, including one of these shares after allocate has returned, is checked in full.
   */
  private static final ThreadLocal<List<PremiShare>> ORDERED = new ThreadLocal<>();

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
    boolean ordered = isOrdered(shares);
    for (int i = 0; i < shares.size(); i++) {
      PremiShare s = shares.get(i);
      if (i > 0 && !ordered) {
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
   * Whether the shares are the very objects, in the same order, that {@link #allocate} ordered and
   * is building on this thread.
   */
  private static boolean isOrdered(List<PremiShare> shares) {
    List<PremiShare> known = ORDERED.get();
    if (known == null || known.size() != shares.size()) {
      return false;
    }
    for (int i = 0; i < shares.size(); i++) {
      if (known.get(i) != shares.get(i)) {
        return false;
      }
    }
    return true;
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
    Checks.required(contributions, "contributions").forEach(c -> Checks.required(c, "contributions"));
    int n = contributions.size();
    if (n == 0) {
      throw InvalidValueException.of(ProceedsRule.NO_CONTRIBUTION, "contributions", "[]");
    }
    Contribution[] given = contributions.toArray(new Contribution[0]);
    // One pass over the contributions, in the order given (the order they are likely to lie in
    // memory), copying each registration number into the key table while it is in the cache:
    // everything after this reads only arrays. At 100,000 trainees each object read here is likely
    // a cache miss, so the pass goes by blocks, one short loop per step of the chain contribution
    // -> registration number -> string: a short loop lets the processor have the misses of many
    // trainees outstanding at once, where one long loop body per trainee waits for each in turn.
    RegistrationNumber[] numbers = new RegistrationNumber[n];
    String[] keys = new String[n];
    KeyOrder.Table table = new KeyOrder.Table(keys);
    long[] quantities = new long[n];
    for (int start = 0; start < n; start += KeyOrder.BLOCK) {
      int end = Math.min(n, start + KeyOrder.BLOCK);
      for (int i = start; i < end; i++) {
        Contribution c = given[i];
        numbers[i] = c.registrationNumber();
        quantities[i] = c.quantity();
      }
      for (int i = start; i < end; i++) {
        keys[i] = numbers[i].value();
      }
      table.addAll(start, end);
    }
    KeyOrder order = KeyOrder.of(table.finish());
    if (!order.distinct()) {
      throw InvalidValueException.personal(
          ProceedsRule.DUPLICATE_TRAINEE, "contributions.registrationNumber");
    }
    int[] positions = order.positions();
    long[] weights = new long[n];
    boolean anyWork = false;
    for (int i = 0; i < n; i++) {
      weights[i] = quantities[positions[i]];
      anyWork |= weights[i] > 0;
    }
    if (!anyWork) {
      throw InvalidValueException.of(ProceedsRule.NO_CONTRIBUTION, "contributions", "all zero");
    }
    Rupiah[] parts = Allocation.largestRemainder(pool, weights);
    PremiShare[] shares = new PremiShare[n];
    for (int i = 0; i < n; i++) {
      shares[i] = PremiShare.of(numbers[positions[i]], weights[i], parts[i]);
    }
    List<PremiShare> ordered = Arrays.asList(shares);
    ORDERED.set(ordered);
    try {
      // withShares copies the shares once, into a list of the right size, where the builder would
      // copy them twice, growing its list step by step (at 100,000 shares, 1.6 MB of arrays). It
      // needs an allocation to start from: the whole pool to the first trainee.
      ImmutablePremiAllocation whole =
          (ImmutablePremiAllocation) builder()
              .pool(pool)
              .basis(basis)
              .addShare(PremiShare.of(shares[0].registrationNumber(), 1, pool))
              .build();
      return whole.withShares(ordered);
    } finally {
      ORDERED.remove();
    }
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
   * A new builder; shares must be sorted by registration number and sum to the pool. Prefer
   * {@link #allocate}.
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
