package org.bengkel.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bengkel.audit.Stamp;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitBase;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.proceeds.SplitPolicy;
import org.bengkel.trainee.RegisterClass;
import org.bengkel.trainee.RegistrationNumber;

/**
 * Generators of valid proceeds values (<i>hasil usaha</i>): split policies whose shares sum to
 * exactly 100 %, policy histories without overlaps, trainees' contributions in minutes or pieces,
 * premi allocations, premi savings accounts with random operation sequences, and PNBP ledgers with
 * records and deposits.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProceedsGen {

  private ProceedsGen() {}

  /**
   * Split policies (<i>kebijakan pembagian hasil</i>) of a generated facility: the default 50/15/35
   * of net profit, whole percentages in the ranges of docs/proceeds.md (premi 15–50 %, PNBP 10–50
   * %, capital the rest), and exact fractions with denominators up to 1.000 (a share may be 0 % or
   * 100 %); either base; effective from a day in 2020 to 2027, sometimes until a later day.
   *
   * @return the generator, never null
   */
  public static Gen<SplitPolicy> splitPolicies() {
    return FacilityGen.facilityCodes().flatMap(ProceedsGen::splitPolicies);
  }

  /**
   * Split policies of one facility, as {@link #splitPolicies()}.
   *
   * @param facilityCode the facility's code, not null
   * @return the generator, never null
   */
  public static Gen<SplitPolicy> splitPolicies(FacilityCode facilityCode) {
    MissingValueException.required(facilityCode, "facilityCode");
    return random -> {
      LocalDate from = Gen.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 12, 31)).next(random);
      SplitPolicy p = policy(random, facilityCode, from);
      return random.nextBoolean() ? p : p.withEffectiveUntil(from.plusDays(random.nextInt(0, 800)));
    };
  }

  private static SplitPolicy policy(
      RandomGenerator random, FacilityCode facilityCode, LocalDate from) {
    Rate[] shares = shares().next(random);
    SplitBase base = Gen.enums(SplitBase.class).next(random);
    return switch (random.nextInt(5)) {
      case 0 -> SplitPolicy.defaultFor(facilityCode, from);
      default -> SplitPolicy.of(facilityCode, from, base, shares[0], shares[1], shares[2]);
    };
  }

  /**
   * Three shares (premi, PNBP, capital) that sum to exactly one.
   *
   * @return the generator of fresh arrays of three rates, never null
   */
  public static Gen<Rate[]> shares() {
    Gen<Rate[]> percents =
        random -> {
          long premi = random.nextLong(15, 51);
          long pnbp = random.nextLong(10, Math.min(50, 100 - premi) + 1);
          return new Rate[] {
            Rate.percent(premi), Rate.percent(pnbp), Rate.percent(100 - premi - pnbp)
          };
        };
    Gen<Rate[]> fractions =
        random -> {
          long d =
              Gen.frequency(Gen.weighted(1, Gen.constant(1L)), Gen.weighted(5, Gen.longs(1, 1_000)))
                  .next(random);
          long a = random.nextLong(0, d + 1);
          long b = random.nextLong(0, d - a + 1);
          return new Rate[] {Rate.of(a, d), Rate.of(b, d), Rate.of(d - a - b, d)};
        };
    Gen<Rate[]> mixed =
        random -> {
          // Different denominators: a/d1 + b/d2, capital the rest.
          long d1 = random.nextLong(1, 60);
          long d2 = random.nextLong(1, 60);
          Rate premi = Rate.of(random.nextLong(0, d1 + 1), d1 * 2);
          Rate pnbp = Rate.of(random.nextLong(0, d2 + 1), d2 * 2);
          return new Rate[] {premi, pnbp, Rate.ONE.minus(premi).minus(pnbp)};
        };
    return Gen.frequency(
        Gen.weighted(3, percents), Gen.weighted(2, fractions), Gen.weighted(1, mixed));
  }

  /**
   * Policy histories (<i>riwayat kebijakan</i>) of one generated facility: zero to six policies in
   * date order, each ending before the next starts (sometimes the very day before, sometimes with a
   * gap), the last one often open-ended.
   *
   * @return the generator, never null
   */
  public static Gen<SplitPolicies> splitPolicyHistories() {
    return random -> {
      FacilityCode facility = FacilityGen.facilityCodes().next(random);
      int n = random.nextInt(0, 7);
      List<SplitPolicy> list = new ArrayList<>(n);
      LocalDate from = Gen.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)).next(random);
      for (int i = 0; i < n; i++) {
        SplitPolicy p = policy(random, facility, from);
        if (i < n - 1 || random.nextBoolean()) {
          LocalDate until = from.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(1, 400));
          p = p.withEffectiveUntil(until);
          from = until.plusDays(random.nextBoolean() ? 1 : random.nextInt(2, 60));
        }
        list.add(p);
      }
      List<SplitPolicy> shuffled = new ArrayList<>(list);
      for (int i = shuffled.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        SplitPolicy t = shuffled.get(i);
        shuffled.set(i, shuffled.get(j));
        shuffled.set(j, t);
      }
      return SplitPolicies.of(facility, shuffled);
    };
  }

  /**
   * Amounts of revenue or cost: mostly workshop sums up to Rp100.000.000, sometimes Rp0 and
   * sometimes amounts up to a trillion times larger.
   *
   * @return the generator, never null
   */
  public static Gen<Rupiah> amounts() {
    return Gen.frequency(
        Gen.weighted(1, Gen.constant(Rupiah.ZERO)),
        Gen.weighted(8, MoneyGen.rupiah(100_000_000)),
        Gen.weighted(1, MoneyGen.rupiah(Long.MAX_VALUE / 4)));
  }

  /**
   * Splits of proceeds (<i>pembagian hasil</i>): a policy of {@link #splitPolicies()} applied to a
   * revenue and a material cost of {@link #amounts()}, the cost now and then above the revenue.
   *
   * @return the generator, never null
   */
  public static Gen<ProceedsSplit> splits() {
    return random ->
        splitPolicies().next(random).split(amounts().next(random), amounts().next(random));
  }

  /**
   * Registration numbers (<i>nomor register</i>) of trainees, such as {@code B.I-101/2025}: any
   * register class, a serial and a year.
   *
   * @return the generator, never null
   */
  public static Gen<RegistrationNumber> registrationNumbers() {
    return random ->
        RegistrationNumber.of(
            String.format(
                Locale.ROOT,
                "%s-%d/%d",
                Gen.enums(RegisterClass.class).next(random).prefix(),
                random.nextInt(1, 10_000),
                random.nextInt(2015, 2027)));
  }

  /**
   * Contributions (<i>kontribusi kerja</i>) of one to twelve distinct trainees, with at least one
   * above zero: minutes worked (0 to a month of eight-hour days, often whole hours) or pieces made
   * (0 to 500), about one in five zero.
   *
   * @param basis minutes or pieces, not null
   * @return the generator of unmodifiable lists, never null
   */
  public static Gen<List<Contribution>> contributions(ContributionBasis basis) {
    MissingValueException.required(basis, "basis");
    Gen<Long> quantity =
        basis == ContributionBasis.MINUTES_WORKED
            ? Gen.frequency(
                Gen.weighted(2, Gen.longs(0, 22 * 8).map(h -> h * 60)),
                Gen.weighted(1, Gen.longs(0, 22 * 8 * 60)))
            : Gen.longs(0, 500);
    return random -> {
      int n = random.nextInt(1, 13);
      Set<RegistrationNumber> trainees = new LinkedHashSet<>();
      while (trainees.size() < n) {
        trainees.add(registrationNumbers().next(random));
      }
      List<Contribution> out = new ArrayList<>(n);
      boolean any = false;
      for (RegistrationNumber r : trainees) {
        long q = random.nextInt(5) == 0 ? 0 : quantity.next(random);
        if (out.size() == n - 1 && !any && q == 0) {
          q = 1;
        }
        any |= q > 0;
        out.add(Contribution.of(r, q));
      }
      return List.copyOf(out);
    };
  }

  /**
   * Premi allocation inputs: a pool (mostly up to Rp10.000.000, sometimes Rp0 or a huge amount), a
   * basis and its contributions.
   *
   * @return the generator, never null
   */
  public static Gen<AllocationCase> allocationCases() {
    return random -> {
      ContributionBasis basis = Gen.enums(ContributionBasis.class).next(random);
      return new AllocationCase(
          Gen.frequency(
                  Gen.weighted(8, MoneyGen.rupiah(10_000_000)),
                  Gen.weighted(1, Gen.constant(Rupiah.ZERO)),
                  Gen.weighted(1, MoneyGen.anyRupiah()))
              .next(random),
          basis,
          contributions(basis).next(random));
    };
  }

  /**
   * Premi allocations (<i>pembagian premi</i>) computed from {@link #allocationCases()}.
   *
   * @return the generator, never null
   */
  public static Gen<PremiAllocation> premiAllocations() {
    return allocationCases()
        .map(c -> PremiAllocation.allocate(c.pool(), c.basis(), c.contributions()));
  }

  /**
   * The inputs of {@link PremiAllocation#allocate}.
   *
   * <p>Immutable and thread-safe.
   *
   * @param pool the premi pool, not null
   * @param basis minutes or pieces, not null
   * @param contributions one per trainee, at least one above zero, not null
   */
  public record AllocationCase(
      Rupiah pool, ContributionBasis basis, List<Contribution> contributions) {

    /**
     * Checks and copies the parts.
     *
     * @param pool the premi pool, not null
     * @param basis minutes or pieces, not null
     * @param contributions the contributions, not null
     * @throws MissingValueException if a part is null
     */
    public AllocationCase {
      MissingValueException.required(pool, "pool");
      MissingValueException.required(basis, "basis");
      contributions = List.copyOf(contributions);
    }
  }

  /**
   * Spending caps (<i>batas belanja</i>): the default 25 % most of the time, otherwise any whole
   * percentage from 0 % to 100 % or a fraction such as 1/3.
   *
   * @return the generator, never null
   */
  public static Gen<Rate> spendingCaps() {
    return Gen.frequency(
        Gen.weighted(3, Gen.constant(PremiAccount.DEFAULT_SPENDING_CAP)),
        Gen.weighted(2, MoneyGen.percents()),
        Gen.weighted(1, Gen.longs(1, 12).flatMap(d -> Gen.longs(0, d).map(n -> Rate.of(n, d)))));
  }

  /**
   * Premi savings accounts (<i>tabungan premi</i>) after a random sequence of operations, only the
   * accepted ones kept; about one in ten is closed by a payout.
   *
   * @return the generator, never null
   */
  public static Gen<PremiAccount> premiAccounts() {
    return premiScenarios()
        .map(
            s -> {
              PremiAccount account = s.account();
              for (PremiOperation op : s.operations()) {
                account = op.applyTo(account).orElse(account);
              }
              return account;
            });
  }

  /**
   * A fresh premi account (random trainee and cap) and 1 to 40 operations on it, stamped by
   * generated actors in one zone at instants that never go back (several on a day now and then):
   * credits (Rp1 to Rp500.000), spends of which many exceed the cap or the balance (so they must be
   * refused), and now and then a payout, after which every operation must be refused as the account
   * is closed.
   *
   * @return the generator, never null
   */
  public static Gen<PremiScenario> premiScenarios() {
    return random -> {
      PremiAccount account =
          PremiAccount.open(registrationNumbers().next(random), spendingCaps().next(random));
      int n = random.nextInt(1, 41);
      TimeZoneName zone = AuditGen.zones().next(random);
      LocalDateTime time =
          Gen.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))
              .next(random)
              .atTime(random.nextInt(7, 17), random.nextInt(60));
      List<PremiOperation> ops = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        time =
            random.nextInt(3) == 0
                ? time.plusMinutes(random.nextInt(0, 90))
                : time.plusDays(random.nextInt(1, 30));
        Stamp date = AuditGen.stamp(random, time, zone);
        String reference = "REF-" + (i + 1);
        int pick = random.nextInt(40);
        if (pick == 0) {
          ops.add(new PayOut(date, reference));
        } else if (pick < 20) {
          ops.add(
              new Credit(
                  date,
                  Gen.frequency(
                          Gen.weighted(1, Gen.constant(Rupiah.of(1))),
                          Gen.weighted(9, MoneyGen.rupiah(1, 500_000)))
                      .next(random),
                  reference));
        } else {
          ops.add(
              new Spend(
                  date,
                  Gen.frequency(
                          Gen.weighted(1, Gen.constant(Rupiah.of(1))),
                          Gen.weighted(5, MoneyGen.rupiah(1, 50_000)),
                          Gen.weighted(2, MoneyGen.rupiah(1, 2_000_000)))
                      .next(random),
                  reference));
        }
      }
      return new PremiScenario(account, ops);
    };
  }

  /**
   * An account and the operations to apply to it in order.
   *
   * <p>Immutable and thread-safe.
   *
   * @param account the account before the operations, not null
   * @param operations the operations, not null
   */
  public record PremiScenario(PremiAccount account, List<PremiOperation> operations) {

    /**
     * Checks and copies the parts.
     *
     * @param account the account, not null
     * @param operations the operations, not null
     * @throws MissingValueException if a part is null
     */
    public PremiScenario {
      MissingValueException.required(account, "account");
      operations = List.copyOf(operations);
    }
  }

  /**
   * One operation on a {@link PremiAccount}.
   *
   * <p>Implementations are immutable and thread-safe.
   */
  public sealed interface PremiOperation permits Credit, Spend, PayOut {

    /**
     * Applies this operation.
     *
     * @param account the account, not null
     * @return the account's outcome, never null
     */
    Outcome<PremiAccount> applyTo(PremiAccount account);
  }

  /**
   * {@link PremiAccount#credit(Stamp, Rupiah, String)}.
   *
   * @param date who and when, not null
   * @param amount the amount, above zero, not null
   * @param reference the source reference, not blank
   */
  public record Credit(Stamp date, Rupiah amount, String reference) implements PremiOperation {
    @Override
    public Outcome<PremiAccount> applyTo(PremiAccount account) {
      return account.credit(date, amount, reference);
    }
  }

  /**
   * {@link PremiAccount#spend(Stamp, Rupiah, String)}.
   *
   * @param date who and when, not null
   * @param amount the amount, above zero, not null
   * @param reference the purchase reference, not blank
   */
  public record Spend(Stamp date, Rupiah amount, String reference) implements PremiOperation {
    @Override
    public Outcome<PremiAccount> applyTo(PremiAccount account) {
      return account.spend(date, amount, reference);
    }
  }

  /**
   * {@link PremiAccount#payOut(Stamp, String)}.
   *
   * @param date who and when, on the day of release, not null
   * @param reference the release reference, not blank
   */
  public record PayOut(Stamp date, String reference) implements PremiOperation {
    @Override
    public Outcome<PremiAccount> applyTo(PremiAccount account) {
      return account.payOut(date, reference);
    }
  }

  /**
   * PNBP ledgers (<i>buku PNBP</i>) of a generated facility for a year from 2023 to 2027: a target
   * (Rp1 now and then, usually millions), zero to twenty records dated in the year, and deposits
   * (some in the next year) that never exceed what was recorded before them, sometimes all of it:
   * the accepted operations of {@link #pnbpScenarios()}.
   *
   * @return the generator, never null
   */
  public static Gen<PnbpLedger> pnbpLedgers() {
    return pnbpScenarios()
        .map(
            s -> {
              PnbpLedger ledger = s.ledger();
              for (PnbpOperation op : s.operations()) {
                ledger = op.applyTo(ledger).orElse(ledger);
              }
              return ledger;
            });
  }

  /**
   * An empty PNBP ledger of a generated facility for a year from 2023 to 2027, with a target (Rp1
   * now and then, usually millions), and zero to twenty operations stamped by generated actors in
   * one zone: records dated in the year, and deposits (some in the next year) of at most what is
   * undeposited, sometimes all of it; about one operation in twelve is meant to be refused (a
   * record in another year, a deposit before the year or above what is undeposited).
   *
   * @return the generator, never null
   */
  public static Gen<PnbpScenario> pnbpScenarios() {
    return random -> {
      Year year = Year.of(random.nextInt(2023, 2028));
      PnbpLedger empty =
          PnbpLedger.of(
              FacilityGen.facilityCodes().next(random),
              year,
              Gen.frequency(
                      Gen.weighted(1, Gen.constant(Rupiah.of(1))),
                      Gen.weighted(9, Gen.longs(1, 500).map(m -> Rupiah.of(m * 1_000_000))))
                  .next(random));
      TimeZoneName zone = AuditGen.zones().next(random);
      int n = random.nextInt(0, 21);
      LocalDate first = year.atDay(1);
      LocalDate last = year.atMonth(12).atEndOfMonth();
      List<PnbpOperation> ops = new ArrayList<>(n);
      // what is undeposited so far, had every operation been accepted that is meant to be
      long open = 0;
      for (int i = 0; i < n; i++) {
        boolean refused = random.nextInt(12) == 0;
        if (random.nextInt(3) == 0 && (open > 0 || refused)) {
          long amount =
              refused
                  ? open + random.nextLong(1, 1_000)
                  : random.nextInt(3) == 0 ? open : random.nextLong(1, open + 1);
          LocalDate date = Gen.dates(first, last.plusMonths(2)).next(random);
          Stamp at = AuditGen.stamp(random, date.atTime(random.nextInt(7, 17), 0), zone);
          ops.add(new Deposit(at, Rupiah.of(amount), "NTPN-" + (i + 1)));
          open -= refused ? 0 : amount;
        } else {
          LocalDate date =
              refused
                  ? first.minusDays(random.nextInt(1, 40))
                  : Gen.dates(first, last).next(random);
          long amount = MoneyGen.rupiah(1, 50_000_000).next(random).amount();
          Stamp at = AuditGen.stamp(random, date.atTime(random.nextInt(7, 17), 0), zone);
          ops.add(new Record(at, Rupiah.of(amount), "SO-" + (i + 1)));
          open += refused ? 0 : amount;
        }
      }
      return new PnbpScenario(empty, ops);
    };
  }

  /**
   * A PNBP ledger and the operations to apply to it in order.
   *
   * <p>Immutable and thread-safe.
   *
   * @param ledger the ledger before the operations, not null
   * @param operations the operations, not null
   */
  public record PnbpScenario(PnbpLedger ledger, List<PnbpOperation> operations) {

    /**
     * Checks and copies the parts.
     *
     * @param ledger the ledger, not null
     * @param operations the operations, not null
     * @throws MissingValueException if a part is null
     */
    public PnbpScenario {
      MissingValueException.required(ledger, "ledger");
      operations = List.copyOf(operations);
    }
  }

  /**
   * One operation on a {@link PnbpLedger}.
   *
   * <p>Implementations are immutable and thread-safe.
   */
  public sealed interface PnbpOperation permits Record, Deposit {

    /**
     * Applies this operation.
     *
     * @param ledger the ledger, not null
     * @return the ledger's outcome, never null
     */
    Outcome<PnbpLedger> applyTo(PnbpLedger ledger);
  }

  /**
   * {@link PnbpLedger#record(Stamp, String, Rupiah)}.
   *
   * @param at who and when, not null
   * @param amount the PNBP, above zero, not null
   * @param reference the sale, not blank
   */
  public record Record(Stamp at, Rupiah amount, String reference) implements PnbpOperation {
    @Override
    public Outcome<PnbpLedger> applyTo(PnbpLedger ledger) {
      return ledger.record(at, reference, amount);
    }
  }

  /**
   * {@link PnbpLedger#deposit(Stamp, Rupiah, String)}.
   *
   * @param at who and when, not null
   * @param amount the deposit, above zero, not null
   * @param reference the billing code or receipt, not blank
   */
  public record Deposit(Stamp at, Rupiah amount, String reference) implements PnbpOperation {
    @Override
    public Outcome<PnbpLedger> applyTo(PnbpLedger ledger) {
      return ledger.deposit(at, amount, reference);
    }
  }
}
