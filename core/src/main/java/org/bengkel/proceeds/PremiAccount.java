package org.bengkel.proceeds;

import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A trainee's premi savings account (<i>tabungan premi</i>): premi is credited here in the
 * trainee's name (no cash is held inside), a capped part may be spent inside, and the rest is paid
 * out on release.
 *
 * <p>Rules (circular of the Director General of Corrections, 2010, as facilities cite it; see
 * docs/proceeds.md):
 *
 * <ul>
 *   <li><b>Spending cap.</b> Cumulative spending must never exceed the {@linkplain #spendingCap()
 *       cap} (default 25 %, configurable up to 100 %) of cumulative credits: {@code totalSpent ≤
 *       cap × totalCredited}, exactly, so the room left is {@code floor(cap × totalCredited) -
 *       totalSpent}. Credited Rp1.000 allows Rp250 in total; Rp1.001 allows Rp250 (250,25 rounds
 *       down).
 *   <li><b>No overdraft.</b> The balance ({@code totalCredited - totalSpent - paid out}) is never
 *       negative.
 *   <li><b>Release.</b> {@link #payOut} pays the whole balance and closes the account; a closed
 *       account refuses every further operation but a Rp0 credit, which changes nothing.
 *   <li>Entries are kept in the order of their instants; an operation stamped before the last entry
 *       is refused ({@link CoreRule#DATE_ORDER}, subject {@code "at"}).
 *   <li><b>One credit per source.</b> A credit's reference identifies it (the sale, batch or period
 *       whose premi it pays): a second credit with the reference of an earlier one would pay the
 *       same premi twice, and is refused ({@link CoreRule#DUPLICATE}, subject {@code "reference"}).
 *       Spending references (a receipt or a purpose, such as the canteen) may repeat. This is a
 *       rule of {@link #credit}: an account stored before it is read, and replayed, as stored.
 * </ul>
 *
 * Every operation takes a {@link Stamp}: who recorded it (an officer by NIP or a system actor) and
 * when; the entry's day is the stamp's local date. Operations return an {@link Outcome}: accepted
 * with the new account and the {@link PremiEvent} of the entry appended, or refused with a {@link
 * Refusal} that names the rule, the amount asked for and, as its first detail, the amount still
 * allowed (the last entry's instant for a backdated one); the account itself is unchanged and no
 * event is yielded. Crediting Rp0 is accepted and records nothing. The account's {@link #version()}
 * is its number of entries: each accepted change adds one, and {@link #replay} rebuilds an account
 * from its events (docs/audit.md).
 *
 * <p>Personal data: {@link #toString()} shows neither the registration number nor the entries.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PremiAccount {

  /**
   * The default spending cap, 25 % of credited premi (circular of the Director General of
   * Corrections, 2010).
   */
  public static final Rate DEFAULT_SPENDING_CAP = Rate.percent(25);

  PremiAccount() {}

  /**
   * The account holder; personal data.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber registrationNumber();

  /**
   * The share of cumulative credits that may be spent inside, at most 100 %.
   *
   * @return the cap, never null; {@link #DEFAULT_SPENDING_CAP} unless set
   */
  @NotNull
  @Value.Default
  public Rate spendingCap() {
    return DEFAULT_SPENDING_CAP;
  }

  /**
   * The history, oldest first; a payout, if any, is the last entry.
   *
   * @return an unmodifiable list, never null, possibly empty
   */
  @NotNull
  @Value.Redacted
  public abstract List<PremiEntry> entries();

  /** Running totals of the entries, computed once. */
  record Totals(long credited, long spent, long paidOut, boolean closed) {}

  @Value.Lazy
  Totals totals() {
    long credited = 0;
    long spent = 0;
    long paidOut = 0;
    boolean closed = false;
    for (PremiEntry e : entries()) {
      long a = e.amount().amount();
      switch (e.kind()) {
        case CREDIT -> credited = Rupiah.of(credited).plus(a).amount();
        case SPEND -> spent += a;
        case PAYOUT -> {
          paidOut += a;
          closed = true;
        }
      }
    }
    return new Totals(credited, spent, paidOut, closed);
  }

  @Value.Check
  void check() {
    if (spendingCap().isGreaterThanOne()) {
      throw InvalidValueException.of(ProceedsRule.CAP_ABOVE_ONE, "spendingCap", spendingCap());
    }
    long credited = 0;
    long spent = 0;
    Instant last = null;
    List<PremiEntry> list = entries();
    for (int i = 0; i < list.size(); i++) {
      PremiEntry e = list.get(i);
      String field = "entries[" + i + "]";
      if (last != null && e.at().isBefore(last)) {
        throw InvalidValueException.of(CoreRule.DATE_ORDER, field + ".at", e.at(), last);
      }
      last = e.at();
      long a = e.amount().amount();
      long balance = credited - spent;
      switch (e.kind()) {
        case CREDIT -> {
          requirePositive(e.amount(), field + ".amount");
          credited = Rupiah.of(credited).plus(a).amount();
        }
        case SPEND -> {
          requirePositive(e.amount(), field + ".amount");
          long cap = Rupiah.of(credited).times(spendingCap(), RoundingMode.FLOOR).amount();
          if (a > balance) {
            Rupiah allowed = Rupiah.of(Math.max(0, Math.min(balance, cap - spent)));
            throw InvalidValueException.of(
                ProceedsRule.OVERDRAW, field, e.amount(), allowed, Rupiah.of(balance));
          }
          spent += a;
          if (spent > cap) {
            throw InvalidValueException.of(
                ProceedsRule.SPENDING_CAP,
                field,
                e.amount(),
                Rupiah.of(Math.max(0, cap - spent + a)));
          }
        }
        case PAYOUT -> {
          if (i != list.size() - 1) {
            throw InvalidValueException.of(
                ProceedsRule.ACCOUNT_HISTORY, field, e.kind(), "a payout must be the last entry");
          }
          if (a != balance) {
            throw InvalidValueException.of(
                ProceedsRule.ACCOUNT_HISTORY,
                field,
                e.amount(),
                "a payout must be the balance " + Rupiah.of(balance));
          }
        }
      }
    }
  }

  private static void requirePositive(Rupiah amount, String field) {
    if (amount.isZero()) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, field, amount, 1, Long.MAX_VALUE);
    }
  }

  /**
   * A new, empty account with the default spending cap of 25 %.
   *
   * @param registrationNumber the holder, not null
   * @return the account, never null
   * @throws org.bengkel.error.MissingValueException if the argument is null
   */
  public static PremiAccount open(RegistrationNumber registrationNumber) {
    return builder().registrationNumber(registrationNumber).build();
  }

  /**
   * A new, empty account with a facility's own spending cap.
   *
   * @param registrationNumber the holder, not null
   * @param spendingCap the share of credits that may be spent inside, not null, at most 100 %
   * @return the account, never null
   * @throws InvalidValueException rule {@link ProceedsRule#CAP_ABOVE_ONE} for a cap above 100 %
   */
  public static PremiAccount open(RegistrationNumber registrationNumber, Rate spendingCap) {
    return builder().registrationNumber(registrationNumber).spendingCap(spendingCap).build();
  }

  /**
   * Everything credited so far.
   *
   * @return the total, never null
   */
  public Rupiah totalCredited() {
    return Rupiah.of(totals().credited());
  }

  /**
   * Everything spent inside so far.
   *
   * @return the total, never null
   */
  public Rupiah totalSpent() {
    return Rupiah.of(totals().spent());
  }

  /**
   * What was paid out on release; Rp0 while open.
   *
   * @return the amount, never null
   */
  public Rupiah paidOut() {
    return Rupiah.of(totals().paidOut());
  }

  /**
   * The balance (<i>saldo</i>): credits less spending less payout; never negative, Rp0 once closed.
   *
   * @return the balance, never null
   */
  public Rupiah balance() {
    Totals t = totals();
    return Rupiah.of(t.credited() - t.spent() - t.paidOut());
  }

  /**
   * Whether the account was paid out on release and is closed.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return totals().closed();
  }

  /**
   * The account's version: its number of entries, 0 for a new account. Each accepted change appends
   * one entry and yields one {@link PremiEvent} of this version; a refused one, or a Rp0 credit,
   * changes neither. A host stores it beside the account and accepts the next change only from the
   * version it read (optimistic concurrency).
   *
   * @return the version, 0 or more
   */
  public long version() {
    return entries().size();
  }

  /**
   * The account's events, versions 1 to {@link #version()}: one per entry, each entry carrying its
   * stamp.
   *
   * @return the events, never null
   */
  public List<PremiEvent> events() {
    List<PremiEntry> list = entries();
    return IntStream.range(0, list.size())
        .mapToObj(i -> event(registrationNumber(), i + 1L, list.get(i)))
        .toList();
  }

  /**
   * Rebuilds an account from its events (<i>memutar ulang peristiwa</i>), as a host reads them from
   * its event store: each event's operation is carried out again, with the event's stamp, on the
   * account opened with {@code registrationNumber} and {@code spendingCap}, so every rule is
   * checked again but one, and must yield exactly the recorded event. The one is a credit's new
   * reference ({@link CoreRule#DUPLICATE}): a stored credit is read as stored.
   *
   * @param registrationNumber the holder, not null
   * @param spendingCap the account's spending cap, not null, at most 100 %
   * @param events the account's events, versions 1, 2, ... in order, not null, no null element
   * @return the account at the last event's version (a new account for no events), never null
   * @throws MissingValueException if an argument or an event is null
   * @throws InvalidValueException naming {@code events[i]} with rule {@link
   *     AuditRule#EVENT_INCONSISTENT} when its operation is refused or yields another event
   *     (another account, version or entry)
   */
  public static PremiAccount replay(
      RegistrationNumber registrationNumber, Rate spendingCap, List<? extends PremiEvent> events) {
    Checks.required(events, "events");
    PremiAccount account = open(registrationNumber, spendingCap);
    for (int i = 0; i < events.size(); i++) {
      String field = "events[" + i + "]";
      PremiEvent e = Checks.required(events.get(i), field);
      PremiEntry entry = e.entry();
      Outcome<PremiAccount> next =
          switch (entry.kind()) {
            case CREDIT -> account.credit(entry.stamp(), entry.amount(), entry.reference(), false);
            case SPEND -> account.spend(entry.stamp(), entry.amount(), entry.reference());
            case PAYOUT -> account.payOut(entry.stamp(), entry.reference());
          };
      if (next.isRefused() || !next.events().equals(List.of(e))) {
        throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
      }
      account = next.orElseThrow();
    }
    return account;
  }

  /**
   * The day of the payout.
   *
   * @return the release day, empty while open
   */
  public Optional<LocalDate> closedOn() {
    return isClosed() ? Optional.of(entries().get(entries().size() - 1).date()) : Optional.empty();
  }

  /**
   * How much may still be spent inside now: the smaller of the balance and {@code floor(cap ×
   * totalCredited) - totalSpent}; Rp0 once closed.
   *
   * @return the amount, never null
   */
  public Rupiah spendingAllowance() {
    if (isClosed()) {
      return Rupiah.ZERO;
    }
    long room =
        totalCredited().times(spendingCap(), RoundingMode.FLOOR).amount() - totals().spent();
    return Rupiah.of(Math.max(0, room)).min(balance());
  }

  /**
   * Credits premi to the account.
   *
   * <p>Crediting Rp0 (the share of a trainee who worked no minutes, or a share rounded down to
   * nothing) is accepted and changes nothing, whatever the date and even on a closed account: the
   * outcome holds this very account and no entry is recorded, so every share of an allocation may
   * be credited without looking at its amount. The arguments are still checked.
   *
   * @param at who records it and when, not null, not before the last entry
   * @param amount the premi, not null, Rp0 or more
   * @param reference the source, such as the sale or batch, not null or blank; it identifies the
   *     credit, so not the reference of an earlier credit to this account
   * @return accepted with the new account and its {@link PremiEvent.PremiCredited} (this very
   *     account and no event for Rp0), or refused and unchanged with {@link CoreRule#DATE_ORDER}
   *     for an instant before the last entry (subject {@code "at"}, value the instant, detail the
   *     last entry's instant), {@link ProceedsRule#ACCOUNT_CLOSED} if the account is closed
   *     (subject {@code "amount"}, value the amount, detail the amount still allowed, Rp0) or
   *     {@link CoreRule#DUPLICATE} for the reference of an earlier credit, which would pay the same
   *     premi twice (subject {@code "reference"}, value the reference); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   * @throws InvalidValueException {@link CoreRule#BLANK} or {@link CoreRule#TOO_LONG} for a bad
   *     reference; {@link org.bengkel.money.MoneyRule#OVERFLOW} if credits exceed a long
   */
  public Outcome<PremiAccount> credit(Stamp at, Rupiah amount, String reference) {
    return credit(at, amount, reference, true);
  }

  /**
   * {@link #credit(Stamp, Rupiah, String)}, asking that the reference be new ({@code newSource})
   * or, for a stored credit replayed, not: a stored account is read as stored.
   */
  private Outcome<PremiAccount> credit(
      Stamp at, Rupiah amount, String reference, boolean newSource) {
    Checks.required(at, "at");
    PremiEntry entry = PremiEntry.of(at, PremiEntryKind.CREDIT, amount, reference);
    if (amount.isZero()) {
      return Outcome.accepted(this);
    }
    Refusal backdated = dateOrder(at);
    if (backdated != null) {
      return Outcome.refused(backdated);
    }
    if (isClosed()) {
      return refused(ProceedsRule.ACCOUNT_CLOSED, "amount", amount, Rupiah.ZERO);
    }
    if (newSource) {
      Optional<Refusal> repeated =
          References.repeated(
              entries().stream()
                  .filter(e -> e.kind() == PremiEntryKind.CREDIT)
                  .map(PremiEntry::reference),
              entry.reference());
      if (repeated.isPresent()) {
        return Outcome.refused(repeated.get());
      }
    }
    return append(entry);
  }

  /**
   * Credits a trainee's share of an allocation to the trainee's own account; a Rp0 share changes
   * nothing (see {@link #credit(Stamp, Rupiah, String)}).
   *
   * @param at who records it and when, not null, not before the last entry
   * @param share the share, not null
   * @param reference the source, such as the sale or batch, not null or blank
   * @return as {@link #credit(Stamp, Rupiah, String)}, or refused with {@link
   *     ProceedsRule#ACCOUNT_OWNER} if the share is another trainee's (subject {@code
   *     "share.registrationNumber"}, the number withheld); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   * @throws InvalidValueException as {@link #credit(Stamp, Rupiah, String)}
   */
  public Outcome<PremiAccount> credit(Stamp at, PremiShare share, String reference) {
    Checks.required(at, "at");
    Checks.required(share, "share");
    Checks.required(reference, "reference");
    if (!share.registrationNumber().equals(registrationNumber())) {
      return Outcome.refused(
          Refusal.personal(ProceedsRule.ACCOUNT_OWNER, "share.registrationNumber"));
    }
    return credit(at, share.amount(), reference);
  }

  /**
   * Spends premi inside the facility (canteen, cooperative), within the cap.
   *
   * @param at who records it and when, not null, not before the last entry
   * @param amount the amount, not null, above zero
   * @param reference the receipt or purpose, not null or blank
   * @return accepted with the new account and its {@link PremiEvent.PremiSpent}, or refused and
   *     unchanged with subject {@code "amount"}, the amount as value and, as first detail, the most
   *     that may be spent now ({@link #spendingAllowance()}): {@link ProceedsRule#ACCOUNT_CLOSED}
   *     (Rp0 allowed), {@link ProceedsRule#OVERDRAW} (more than the balance, which is the second
   *     detail) or {@link ProceedsRule#SPENDING_CAP} (more than the room under the cap); or refused
   *     with {@link CoreRule#DATE_ORDER} for an instant before the last entry (subject {@code
   *     "at"}, value the instant, detail the last entry's instant); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   * @throws InvalidValueException rule {@link CoreRule#OUT_OF_RANGE} for Rp0; for a bad reference
   */
  public Outcome<PremiAccount> spend(Stamp at, Rupiah amount, String reference) {
    Checks.required(at, "at");
    Checks.required(amount, "amount");
    requirePositive(amount, "amount");
    PremiEntry entry = PremiEntry.of(at, PremiEntryKind.SPEND, amount, reference);
    Refusal backdated = dateOrder(at);
    if (backdated != null) {
      return Outcome.refused(backdated);
    }
    if (isClosed()) {
      return refused(ProceedsRule.ACCOUNT_CLOSED, "amount", amount, Rupiah.ZERO);
    }
    Rupiah allowed = spendingAllowance();
    if (amount.isGreaterThan(balance())) {
      return refused(ProceedsRule.OVERDRAW, "amount", amount, allowed, balance());
    }
    if (amount.isGreaterThan(allowed)) {
      return refused(ProceedsRule.SPENDING_CAP, "amount", amount, allowed);
    }
    return append(entry);
  }

  /**
   * Pays out the whole balance on release (<i>pembayaran premi saat bebas</i>) and closes the
   * account. An empty account is closed with a Rp0 payout.
   *
   * @param at who records the payout and when, on the day of release, not null, not before the last
   *     entry
   * @param reference the release decision or receipt, not null or blank
   * @return accepted with the closed account (the payout is its {@link #paidOut()}) and its {@link
   *     PremiEvent.PremiPaidOut}, or refused with {@link ProceedsRule#ACCOUNT_CLOSED} if already
   *     closed (subject {@code "payout"}, value the balance Rp0, detail the amount still allowed,
   *     Rp0) or {@link CoreRule#DATE_ORDER} for an instant before the last entry (subject {@code
   *     "at"}, value the instant, detail the last entry's instant); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   * @throws InvalidValueException for a bad reference
   */
  public Outcome<PremiAccount> payOut(Stamp at, String reference) {
    Checks.required(at, "at");
    Rupiah balance = balance();
    PremiEntry entry = PremiEntry.of(at, PremiEntryKind.PAYOUT, balance, reference);
    Refusal backdated = dateOrder(at);
    if (backdated != null) {
      return Outcome.refused(backdated);
    }
    if (isClosed()) {
      return refused(ProceedsRule.ACCOUNT_CLOSED, "payout", balance, Rupiah.ZERO);
    }
    return append(entry);
  }

  private static Outcome<PremiAccount> refused(
      ProceedsRule rule, String subject, Rupiah value, Rupiah... details) {
    return Outcome.refused(Refusal.of(rule, subject, value, (Object[]) details));
  }

  /** The refusal of an instant before the last entry, or null if the stamp keeps the order. */
  private @Nullable Refusal dateOrder(Stamp at) {
    List<PremiEntry> list = entries();
    if (!list.isEmpty()) {
      Instant last = list.get(list.size() - 1).at();
      if (at.at().isBefore(last)) {
        return Refusal.of(CoreRule.DATE_ORDER, "at", at.at(), last);
      }
    }
    return null;
  }

  /** The account with one more entry, and its event: the only place an account changes. */
  private Outcome<PremiAccount> append(PremiEntry entry) {
    PremiAccount next = builder().from(this).addEntries(entry).build();
    return Outcome.accepted(next, event(registrationNumber(), next.version(), entry));
  }

  private static PremiEvent event(RegistrationNumber account, long version, PremiEntry entry) {
    return switch (entry.kind()) {
      case CREDIT -> new PremiEvent.PremiCredited(account, version, entry);
      case SPEND -> new PremiEvent.PremiSpent(account, version, entry);
      case PAYOUT -> new PremiEvent.PremiPaidOut(account, version, entry);
    };
  }

  /**
   * A new builder; prefer {@link #open} and the operations.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PremiAccount}; not thread-safe. */
  public static final class Builder extends ImmutablePremiAccount.Builder {
    Builder() {}
  }
}
