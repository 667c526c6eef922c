package org.bengkel.proceeds;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.immutables.value.Value;

/**
 * A facility's PNBP for one budget year (<i>buku PNBP</i>): the PNBP recorded per sale, the
 * deposits to the state treasury (<i>setoran ke kas negara</i>) and the annual target (<i>target
 * PNBP</i>) with its achievement (<i>realisasi</i>).
 *
 * <p>Rules (UU 9/2018 on PNBP; docs/proceeds.md: PNBP is recorded per sale, deposited periodically
 * and tracked against the facility's annual target):
 *
 * <ul>
 *   <li>Every operation takes a {@link Stamp} (who records it and when); an entry's day is the
 *       stamp's local date in the facility's zone. Recorded PNBP is dated within {@link #year()}.
 *       Deposits are dated on or after its first day (December's PNBP may be deposited in January).
 *   <li>The total deposited never exceeds the total recorded: a deposit is at most {@link
 *       #undeposited()} (rule {@link ProceedsRule#OVER_DEPOSIT}).
 *   <li>A reference identifies its entry: the PNBP of a sale (or period) is recorded once, and a
 *       deposit's billing code or receipt (<i>kode billing</i>, NTPN) is recorded once; a second
 *       record or deposit with the reference of an earlier one would count the same money twice and
 *       is refused ({@link CoreRule#DUPLICATE}, subject {@code "reference"}) by {@link #record} and
 *       {@link #deposit}; a ledger stored before the rule is read, and replayed, as stored.
 *   <li>{@link #record} and {@link #deposit} answer with an {@link Outcome}: a date outside the
 *       year or a deposit above what is undeposited is refused and leaves the ledger unchanged. An
 *       accepted one carries the {@link PnbpEvent} of the entry appended and raises the ledger's
 *       {@link #version()} by one; {@link #replay} rebuilds a ledger from its events.
 *   <li><b>Achievement</b> is what was <em>deposited</em> divided by the target, exactly ({@link
 *       #achievement()}): PNBP counts as realised once it reaches the treasury. What was recorded
 *       over the target is {@link #recordedAchievement()}. For display, {@link #percent(Rate)}
 *       rounds to two decimals, half up, with exact arithmetic. Both may exceed 100 %.
 * </ul>
 *
 * Example: target Rp12.000.000, deposited Rp4.000.000: achievement 1/3, shown 33.33 %.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PnbpLedger {

  PnbpLedger() {}

  /**
   * The facility (see {@link Facility#code()}).
   *
   * @return the code, never null
   */
  @NotNull
  public abstract FacilityCode facilityCode();

  /**
   * The budget year (<i>tahun anggaran</i>).
   *
   * @return the year, never null
   */
  @NotNull
  public abstract Year year();

  /**
   * The annual target, above zero.
   *
   * @return the target, never null
   */
  @NotNull
  public abstract Rupiah target();

  /**
   * PNBP recorded per sale, in the order recorded.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<PnbpEntry> records();

  /**
   * Deposits to the state treasury, in the order made.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<PnbpEntry> deposits();

  /** Totals, computed once. */
  record Totals(long recorded, long deposited) {}

  @Value.Lazy
  Totals totals() {
    long recorded = 0;
    for (PnbpEntry e : records()) {
      recorded = Rupiah.of(recorded).plus(e.amount().amount()).amount();
    }
    long deposited = 0;
    for (PnbpEntry e : deposits()) {
      deposited = Rupiah.of(deposited).plus(e.amount().amount()).amount();
    }
    return new Totals(recorded, deposited);
  }

  @Value.Check
  void check() {
    if (target().isZero()) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "target", target(), 1, Long.MAX_VALUE);
    }
    for (int i = 0; i < records().size(); i++) {
      LocalDate d = records().get(i).date();
      if (d.getYear() != year().getValue()) {
        throw InvalidValueException.of(
            ProceedsRule.OUTSIDE_YEAR, "records[" + i + "].date", d, year());
      }
    }
    for (int i = 0; i < deposits().size(); i++) {
      LocalDate d = deposits().get(i).date();
      if (d.getYear() < year().getValue()) {
        throw InvalidValueException.of(
            ProceedsRule.OUTSIDE_YEAR, "deposits[" + i + "].date", d, year());
      }
    }
    Totals t = totals();
    if (t.deposited() > t.recorded()) {
      throw InvalidValueException.of(
          ProceedsRule.OVER_DEPOSIT, "deposits", Rupiah.of(t.deposited()), Rupiah.of(t.recorded()));
    }
  }

  /**
   * The refusal of an entry with the reference of an earlier one of its kind ({@code earlier}, the
   * records or the deposits), unless {@code newReference} is false: a stored entry replayed is read
   * as stored.
   */
  private static Optional<Refusal> repeated(
      List<PnbpEntry> earlier, PnbpEntry entry, boolean newReference) {
    return newReference
        ? References.repeated(earlier.stream().map(PnbpEntry::reference), entry.reference())
        : Optional.empty();
  }

  /**
   * An empty ledger.
   *
   * @param facilityCode the facility, not null
   * @param year the budget year, not null
   * @param target the annual target, not null, above zero
   * @return the ledger, never null
   * @throws InvalidValueException rule {@link CoreRule#OUT_OF_RANGE} for a zero target; {@link
   *     org.bengkel.error.MissingValueException} for a null argument
   */
  public static PnbpLedger of(FacilityCode facilityCode, Year year, Rupiah target) {
    return builder().facilityCode(facilityCode).year(year).target(target).build();
  }

  /**
   * The identity of a facility's ledger for a year, the aggregate id of its events: {@code
   * <facility>/<year>}, such as {@code LAPAS-PAMEKASAN/2026}.
   *
   * @param facilityCode the facility, not null
   * @param year the budget year, not null
   * @return the id, never null
   */
  public static String id(FacilityCode facilityCode, Year year) {
    return Checks.required(facilityCode, "facilityCode") + "/" + Checks.required(year, "year");
  }

  /**
   * This ledger's identity, {@link #id(FacilityCode, Year)}.
   *
   * @return the id, never null
   */
  public String id() {
    return id(facilityCode(), year());
  }

  /**
   * The ledger's version: its number of entries (records and deposits), 0 for a new ledger. Each
   * accepted change appends one entry and yields one {@link PnbpEvent} of this version; a refused
   * one, or a split without PNBP, changes neither (optimistic concurrency in hosts, docs/audit.md).
   *
   * @return the version, 0 or more
   */
  public long version() {
    return (long) records().size() + deposits().size();
  }

  /**
   * Rebuilds a ledger from its events (<i>memutar ulang peristiwa</i>): each event's operation is
   * carried out again, with the event's stamp, on the empty ledger {@link #of(FacilityCode, Year,
   * Rupiah)}, so every rule is checked again but a new entry's new reference ({@link
   * CoreRule#DUPLICATE}: a stored entry is read as stored), and must yield exactly the recorded
   * event.
   *
   * @param facilityCode the facility, not null
   * @param year the budget year, not null
   * @param target the annual target, not null, above zero
   * @param events the ledger's events, versions 1, 2, ... in order, not null, no null element
   * @return the ledger at the last event's version, never null
   * @throws MissingValueException if an argument or an event is null
   * @throws InvalidValueException naming {@code events[i]} with rule {@link
   *     AuditRule#EVENT_INCONSISTENT} when its operation is refused or yields another event
   */
  public static PnbpLedger replay(
      FacilityCode facilityCode, Year year, Rupiah target, List<? extends PnbpEvent> events) {
    Checks.required(events, "events");
    PnbpLedger ledger = of(facilityCode, year, target);
    for (int i = 0; i < events.size(); i++) {
      String field = "events[" + i + "]";
      PnbpEvent e = Checks.required(events.get(i), field);
      PnbpEntry entry = e.entry();
      Outcome<PnbpLedger> next =
          e instanceof PnbpEvent.PnbpDeposited
              ? ledger.deposit(entry.stamp(), entry.amount(), entry.reference(), false)
              : ledger.record(entry.stamp(), entry.reference(), entry.amount(), false);
      if (next.isRefused() || !next.events().equals(List.of(e))) {
        throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
      }
      ledger = next.orElseThrow();
    }
    return ledger;
  }

  /**
   * Records the PNBP of a sale.
   *
   * @param at who records it and when, on the day of the sale, not null
   * @param reference the sale, not null or blank; not the reference of an earlier record
   * @param amount the PNBP, not null, above zero
   * @return accepted with the new ledger and its {@link PnbpEvent.PnbpRecorded}, or refused with
   *     {@link ProceedsRule#OUTSIDE_YEAR} (subject {@code "date"}, detail the year) for a date in
   *     another year or {@link CoreRule#DUPLICATE} (subject {@code "reference"}, value the
   *     reference) for a sale whose PNBP is already recorded; never null; this ledger is unchanged
   * @throws InvalidValueException rule {@link CoreRule#OUT_OF_RANGE} for Rp0; for a bad reference;
   *     {@link org.bengkel.money.MoneyRule#OVERFLOW} if the total exceeds a long
   * @throws MissingValueException if an argument is null
   */
  public Outcome<PnbpLedger> record(Stamp at, String reference, Rupiah amount) {
    return record(at, reference, amount, true);
  }

  private Outcome<PnbpLedger> record(
      Stamp at, String reference, Rupiah amount, boolean newReference) {
    Checks.required(at, "at");
    PnbpEntry entry = PnbpEntry.of(at, reference, amount);
    LocalDate date = entry.date();
    if (date.getYear() != year().getValue()) {
      return Outcome.refused(Refusal.of(ProceedsRule.OUTSIDE_YEAR, "date", date, year()));
    }
    Optional<Refusal> repeated = repeated(records(), entry, newReference);
    if (repeated.isPresent()) {
      return Outcome.refused(repeated.get());
    }
    PnbpLedger next = builder().from(this).addRecords(entry).build();
    return Outcome.accepted(
        next, new PnbpEvent.PnbpRecorded(facilityCode(), year(), next.version(), entry));
  }

  /**
   * Records the PNBP share of a split; a split without PNBP (no profit) is accepted and leaves the
   * ledger as it is.
   *
   * @param at who records it and when, on the day of the sale or the end of the period, not null
   * @param reference the sale or period, not null or blank
   * @param split the split, not null
   * @return accepted with the new ledger (this one if the split has no PNBP), or refused with
   *     {@link ProceedsRule#FACILITY_MISMATCH} for another facility's split (subject {@code
   *     "split.policy.facilityCode"}, detail this ledger's facility); otherwise as {@link
   *     #record(Stamp, String, Rupiah)}; never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   * @throws InvalidValueException as {@link #record(Stamp, String, Rupiah)}
   */
  public Outcome<PnbpLedger> record(Stamp at, String reference, ProceedsSplit split) {
    Checks.required(at, "at");
    Checks.required(reference, "reference");
    Checks.required(split, "split");
    if (!split.policy().facilityCode().equals(facilityCode())) {
      return Outcome.refused(
          Refusal.of(
              ProceedsRule.FACILITY_MISMATCH,
              "split.policy.facilityCode",
              split.policy().facilityCode(),
              facilityCode()));
    }
    return split.pnbp().isZero() ? Outcome.accepted(this) : record(at, reference, split.pnbp());
  }

  /**
   * Records a deposit to the state treasury.
   *
   * @param at who records it and when, on the day of the deposit, not null
   * @param amount the amount, not null, above zero
   * @param reference the billing code or receipt, not null or blank; not the reference of an
   *     earlier deposit
   * @return accepted with the new ledger and its {@link PnbpEvent.PnbpDeposited}, or refused (this
   *     ledger unchanged) with {@link ProceedsRule#OVER_DEPOSIT} if the amount exceeds {@link
   *     #undeposited()} (subject {@code "amount"}, detail the undeposited amount), {@link
   *     ProceedsRule#OUTSIDE_YEAR} for a date before the year's first day (subject {@code "date"},
   *     detail the year) or {@link CoreRule#DUPLICATE} for the reference of an earlier deposit
   *     (subject {@code "reference"}, value the reference); never null
   * @throws InvalidValueException rule {@link CoreRule#OUT_OF_RANGE} for Rp0; for a bad reference
   * @throws MissingValueException if an argument is null
   */
  public Outcome<PnbpLedger> deposit(Stamp at, Rupiah amount, String reference) {
    return deposit(at, amount, reference, true);
  }

  private Outcome<PnbpLedger> deposit(
      Stamp at, Rupiah amount, String reference, boolean newReference) {
    Checks.required(at, "at");
    PnbpEntry entry = PnbpEntry.of(at, reference, amount);
    LocalDate date = entry.date();
    if (date.getYear() < year().getValue()) {
      return Outcome.refused(Refusal.of(ProceedsRule.OUTSIDE_YEAR, "date", date, year()));
    }
    Optional<Refusal> repeated = repeated(deposits(), entry, newReference);
    if (repeated.isPresent()) {
      return Outcome.refused(repeated.get());
    }
    Rupiah open = undeposited();
    if (amount.isGreaterThan(open)) {
      return Outcome.refused(Refusal.of(ProceedsRule.OVER_DEPOSIT, "amount", amount, open));
    }
    PnbpLedger next = builder().from(this).addDeposits(entry).build();
    return Outcome.accepted(
        next, new PnbpEvent.PnbpDeposited(facilityCode(), year(), next.version(), entry));
  }

  /**
   * All PNBP recorded.
   *
   * @return the total, never null
   */
  public Rupiah totalRecorded() {
    return Rupiah.of(totals().recorded());
  }

  /**
   * All PNBP deposited.
   *
   * @return the total, never null
   */
  public Rupiah totalDeposited() {
    return Rupiah.of(totals().deposited());
  }

  /**
   * PNBP recorded but not yet deposited.
   *
   * @return the amount, never null
   */
  public Rupiah undeposited() {
    return Rupiah.of(totals().recorded() - totals().deposited());
  }

  /**
   * The achievement (<i>realisasi</i>): deposited ÷ target, exact.
   *
   * @return the rate, never null; may exceed 100 %
   */
  public Rate achievement() {
    return Rate.of(totals().deposited(), target().amount());
  }

  /**
   * Recorded ÷ target, exact: what the achievement will be once everything is deposited.
   *
   * @return the rate, never null; may exceed 100 %
   */
  public Rate recordedAchievement() {
    return Rate.of(totals().recorded(), target().amount());
  }

  /**
   * {@link #achievement()} as a percentage rounded to two decimals.
   *
   * @return for example {@code 33.33}, never null
   */
  public BigDecimal achievementPercent() {
    return percent(achievement());
  }

  /**
   * A rate as a percentage with two decimals, rounded half up, computed exactly from the fraction
   * (no floating point): {@code 1/3} gives {@code 33.33}, {@code 2/3} gives {@code 66.67}.
   *
   * @param rate the rate, not null
   * @return the percentage with scale 2, never null
   * @throws MissingValueException if {@code rate} is null
   */
  public static BigDecimal percent(Rate rate) {
    Checks.required(rate, "rate");
    return new BigDecimal(BigInteger.valueOf(rate.numerator()).multiply(BigInteger.valueOf(100)))
        .divide(new BigDecimal(rate.denominator()), 2, RoundingMode.HALF_UP);
  }

  /**
   * A new builder; prefer {@link #of} and the operations.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PnbpLedger}; not thread-safe. */
  public static final class Builder extends ImmutablePnbpLedger.Builder {
    Builder() {}
  }
}
