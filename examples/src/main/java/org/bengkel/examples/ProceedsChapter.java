package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.audit.Stamp;
import org.bengkel.error.Messages;
import org.bengkel.money.NumberText;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.production.ProductionBatch;
import org.bengkel.trainee.RegistrationNumber;

/**
 * The split of the month's proceeds per stream (premi, PNBP, capital; the facility's split policy,
 * by default 50/15/35 of net profit), the premi allocated to the trainees who did the work and
 * credited to their savings accounts, and PNBP recorded against the annual target.
 */
final class ProceedsChapter {

  /** The facility's PNBP target for 2026 and what was recorded and deposited before October. */
  static final Rupiah PNBP_TARGET = Rupiah.of(12_000_000);

  static final Rupiah PNBP_BEFORE_OCTOBER = Rupiah.of(7_850_000);

  private static final LocalDate SEPTEMBER_END = LocalDate.of(2026, 9, 30);

  /** The head of the workshop section records premi and PNBP, at an hour of a day. */
  private static Stamp treasurer(LocalDate day, int hour) {
    return PamekasanData.stamp(PamekasanData.KASI_GIATJA, day.atTime(hour, 0));
  }

  void run(PrintStream out, Month month) {
    Table.heading(out, "10. Pembagian hasil menurut kegiatan, " + MONTH_END);
    // One definition of cost, as the period report's (section 13): revenue without PPN less the
    // cost of goods sold (HPP, per good unit of the lots sold from) and the write-offs (batches
    // rejected in the month), never the cost of goods still in stock.
    ProceedsSplit any = null;
    Table split =
        new Table(
            "Kegiatan",
            ">Pendapatan tanpa PPN",
            ">HPP",
            ">Dihapuskan",
            ">Laba bersih",
            ">Premi",
            ">PNBP",
            ">Modal");
    Rupiah[] sum = {Rupiah.ZERO, Rupiah.ZERO, Rupiah.ZERO, Rupiah.ZERO, Rupiah.ZERO, Rupiah.ZERO};
    for (Month.Stream s : Month.Stream.values()) {
      Rupiah cogs = month.materialCost.get(s);
      Rupiah writeOff = month.writeOffs.get(s);
      ProceedsSplit p = SPLIT.split(MONTH_END, month.revenue.get(s), cogs.plus(writeOff));
      month.splits.put(s, p);
      any = p;
      split.row(
          s.title, p.revenue(), cogs, writeOff, p.netProfit(), p.premi(), p.pnbp(), p.capital());
      sum[0] = sum[0].plus(p.revenue());
      sum[1] = sum[1].plus(cogs);
      sum[2] = sum[2].plus(writeOff);
      sum[3] = sum[3].plus(p.premi());
      sum[4] = sum[4].plus(p.pnbp());
      sum[5] = sum[5].plus(p.capital());
    }
    split.row(
        "Jumlah",
        sum[0],
        sum[1],
        sum[2],
        sum[0].difference(sum[1].plus(sum[2])),
        sum[3],
        sum[4],
        sum[5]);
    split.print(out);
    out.println(
        "Kebijakan: "
            + any.policy().base().displayName(Messages.INDONESIAN)
            + ", premi "
            + NumberText.percent(any.policy().premiShare(), Messages.INDONESIAN)
            + ", PNBP "
            + NumberText.percent(any.policy().pnbpShare(), Messages.INDONESIAN)
            + ", modal "
            + NumberText.percent(any.policy().capitalShare(), Messages.INDONESIAN)
            + " (berlaku sejak "
            + any.policy().effectiveFrom()
            + "). PPN yang dipungut "
            + month.ppn
            + " bukan pendapatan: disetor ke negara, tidak dibagi.");
    out.println();

    Table.heading(out, "11. Premi warga binaan dan tabungan premi, " + MONTH_END);
    Map<RegistrationNumber, Rupiah> credited = new LinkedHashMap<>();
    Table premi = new Table("Kegiatan", "Warga binaan", "Dasar", ">Jumlah dasar", ">Premi");
    for (Month.Stream s : Month.Stream.values()) {
      ProceedsSplit p = month.splits.get(s);
      List<Contribution> contributions = contributions(s, month);
      ContributionBasis basis =
          s == Month.Stream.WASH ? ContributionBasis.PIECES : ContributionBasis.MINUTES_WORKED;
      PremiAllocation allocation = PremiAllocation.allocate(p.premi(), basis, contributions);
      month.allocations.put(s, allocation);
      for (PremiShare share : allocation.shares()) {
        premi.row(
            s.title,
            BY_NUMBER.get(share.registrationNumber()).name(),
            basis == ContributionBasis.PIECES ? "pekerjaan" : "menit kerja",
            share.quantity(),
            share.amount());
        credited.merge(share.registrationNumber(), share.amount(), Rupiah::plus);
        PremiAccount account =
            month.accounts.computeIfAbsent(share.registrationNumber(), PremiAccount::open);
        month.accounts.put(
            share.registrationNumber(),
            account
                .credit(treasurer(MONTH_END, 15), share, "PREMI-2026-10-" + s.name())
                .orElseThrow());
      }
    }
    premi.print(out);
    RegistrationNumber ahmad = AHMAD.registrationNumber();
    for (Rupiah wish : List.of(Rupiah.of(100_000), Rupiah.of(50_000))) {
      PremiAccount before = month.accounts.get(ahmad);
      Outcome<PremiAccount> r =
          before.spend(treasurer(MONTH_END, 16), wish, "Koperasi: sabun, kopi");
      out.println(
          AHMAD.name()
              + " ingin belanja di koperasi "
              + wish
              + ": "
              + (r.isAccepted() ? "disetujui" : "ditolak [" + r.refusals().get(0).code() + "]")
              + ", paling banyak "
              + (r.isAccepted() ? wish : before.spendingAllowance())
              + ".");
      month.accounts.put(ahmad, r.orElse(before));
    }
    out.println();
    Table accounts =
        new Table(
            "Warga binaan",
            ">Dikreditkan Okt",
            ">Dibelanjakan",
            ">Saldo",
            ">Sisa boleh dibelanjakan ("
                + NumberText.percent(PremiAccount.DEFAULT_SPENDING_CAP, Messages.INDONESIAN)
                + ")");
    month.accounts.forEach(
        (rn, a) ->
            accounts.row(
                BY_NUMBER.get(rn).name(),
                credited.get(rn),
                a.totalSpent(),
                a.balance(),
                a.spendingAllowance()));
    accounts.print(out);

    Table.heading(out, "12. PNBP " + Year.of(2026) + " terhadap target");
    PnbpLedger ledger =
        PnbpLedger.of(LAPAS.code(), Year.of(2026), PNBP_TARGET)
            .record(treasurer(SEPTEMBER_END, 15), "PNBP-2026-01-09", PNBP_BEFORE_OCTOBER)
            .orElseThrow()
            .deposit(treasurer(SEPTEMBER_END, 16), PNBP_BEFORE_OCTOBER, "SSBP-2026-09")
            .orElseThrow();
    for (Month.Stream s : Month.Stream.values()) {
      ledger =
          ledger
              .record(treasurer(MONTH_END, 17), "PNBP-2026-10-" + s.name(), month.splits.get(s))
              .orElseThrow();
    }
    month.pnbp = ledger;
    Table pnbp = new Table("Tanggal", "Referensi", ">Dicatat");
    ledger.records().forEach(e -> pnbp.row(e.date(), e.reference(), e.amount()));
    pnbp.print(out);
    out.println(
        "Target "
            + ledger.target()
            + ", dicatat "
            + ledger.totalRecorded()
            + " ("
            + NumberText.percent(
                PnbpLedger.percent(ledger.recordedAchievement()), Messages.INDONESIAN)
            + "), disetor "
            + ledger.totalDeposited()
            + " ("
            + NumberText.percent(PnbpLedger.percent(ledger.achievement()), Messages.INDONESIAN)
            + "), belum disetor "
            + ledger.undeposited()
            + ".");
    out.println();
  }

  /**
   * Minutes worked on the stream's batches (a rejected batch's work counts too), or jobs done at
   * the car wash.
   */
  private static List<Contribution> contributions(Month.Stream s, Month month) {
    List<Contribution> list = new ArrayList<>();
    if (s == Month.Stream.WASH) {
      month.washJobs.forEach((rn, jobs) -> list.add(Contribution.of(rn, jobs)));
      return list;
    }
    Map<RegistrationNumber, Duration> minutes = new LinkedHashMap<>();
    for (ProductionBatch b : month.batches.values()) {
      if (SalesChapter.streamOf(b.product()) == s) {
        b.hoursByTrainee().forEach((rn, d) -> minutes.merge(rn, d, Duration::plus));
      }
    }
    minutes.forEach((rn, d) -> list.add(Contribution.ofTime(rn, d)));
    return list;
  }
}
