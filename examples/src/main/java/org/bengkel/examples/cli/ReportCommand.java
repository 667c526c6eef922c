package org.bengkel.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.proceeds.PnbpEntry;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiEntry;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.sales.Channel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bengkel report DATA.json --period 2026-10}: a period summary from a bundle of bengkel's
 * JSON forms (quotes as the period's sales, split policies, premi allocations and accounts, the
 * PNBP ledger). Summarised here from those forms, not with bengkel-core's {@code
 * org.bengkel.report.PeriodReport}, which landed after this tool was written.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Summarises a month from a bundle: {\"facilityCode\", \"quotes\"?, \"splitPolicies\"?,"
          + " \"premiAllocations\"?: [{\"period\", \"allocation\"}], \"premiAccounts\"?,"
          + " \"pnbpLedger\"?}.",
      "Sales are the quotes dated in the period; the split applies the policy in force on the"
          + " period's last day to the period's totals. Trainees are counted, never named."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:report printed",
      "1:the bundle is invalid, or bengkel refused it (e.g. no split policy for the period)",
      "2:usage error (e.g. --period missing or not yyyy-MM)",
      "3:a file cannot be read"
    })
final class ReportCommand extends BaseCommand {

  private static final Set<String> BUNDLE =
      Set.of(
          "facilityCode",
          "quotes",
          "splitPolicies",
          "premiAllocations",
          "premiAccounts",
          "pnbpLedger");
  private static final Set<String> ALLOCATION = Set.of("period", "allocation");

  @Parameters(index = "0", paramLabel = "DATA.json", description = "The bundle.")
  Path data;

  @Option(names = "--period", required = true, paramLabel = "yyyy-MM", description = "The month.")
  YearMonth period;

  record Allocation(YearMonth period, PremiAllocation allocation) {}

  record Bundle(
      String facilityCode,
      List<Quote> quotes,
      Optional<SplitPolicies> splitPolicies,
      List<Allocation> allocations,
      List<PremiAccount> accounts,
      Optional<PnbpLedger> ledger) {}

  @Override
  int run() {
    Bundle b = read();
    PrintWriter out = out();
    LocalDate first = period.atDay(1);
    LocalDate last = period.atEndOfMonth();
    out.println(
        lang.pick("Period report ", "Laporan periode ") + period + " - " + b.facilityCode());
    out.println(
        lang.pick(
            "(summarised by this tool from the bundle's JSON forms, not by org.bengkel.report)",
            "(diringkas oleh alat ini dari bentuk JSON berkas, bukan oleh org.bengkel.report)"));

    // Sales: the quotes of the period, by channel.
    List<Quote> sales =
        b.quotes().stream().filter(q -> YearMonth.from(q.date()).equals(period)).toList();
    Map<Channel, long[]> byChannel = new TreeMap<>();
    Rupiah revenue = Rupiah.ZERO;
    Rupiah cost = Rupiah.ZERO;
    int linesWithoutCost = 0;
    for (Quote q : sales) {
      long[] row = byChannel.computeIfAbsent(q.channel(), c -> new long[5]);
      row[0]++;
      row[1] += q.lines().size();
      row[2] = Math.addExact(row[2], q.subtotal().amount());
      row[3] = Math.addExact(row[3], q.tax().ppn().amount());
      row[4] = Math.addExact(row[4], q.tax().taxBase().amount());
      revenue = revenue.plus(q.tax().taxBase());
      for (QuotedLine line : q.lines()) {
        PricingItem item = line.item();
        if (item.cost().isPresent()) {
          cost = cost.plus(item.cost().get().times(item.quantity()));
        } else {
          linesWithoutCost++;
        }
      }
    }
    out.println();
    out.println(
        lang.pick(
            "Sales (quotes dated in the period)",
            "Penjualan (penawaran bertanggal dalam periode)"));
    TextTable t =
        TextTable.of(
            lang.pick("channel", "saluran"),
            lang.pick(">quotes", ">penawaran"),
            lang.pick(">lines", ">baris"),
            ">subtotal",
            ">PPN",
            lang.pick(">revenue (DPP)", ">pendapatan (DPP)"));
    long[] total = new long[5];
    byChannel.forEach(
        (channel, row) -> {
          t.row(channel, row[0], row[1], Rupiah.of(row[2]), Rupiah.of(row[3]), Rupiah.of(row[4]));
          for (int i = 0; i < row.length; i++) {
            total[i] = Math.addExact(total[i], row[i]);
          }
        });
    t.row(
        lang.pick("total", "jumlah"),
        total[0],
        total[1],
        Rupiah.of(total[2]),
        Rupiah.of(total[3]),
        Rupiah.of(total[4]));
    t.print(out, "  ");

    // The split of the period's totals.
    out.println();
    if (b.splitPolicies().isPresent()) {
      ProceedsSplit split = b.splitPolicies().get().split(last, revenue, cost);
      out.println(
          lang.pick("Proceeds split (policy from ", "Pembagian hasil (kebijakan sejak ")
              + split.policy().effectiveFrom()
              + ", "
              + split.policy().base()
              + ")");
      TextTable s =
          TextTable.of(
              lang.pick("part", "bagian"),
              lang.pick(">share", ">porsi"),
              lang.pick(">amount", ">nilai"));
      s.row(lang.pick("revenue (DPP)", "pendapatan (DPP)"), "", split.revenue());
      s.row(
          lang.pick("material cost (known)", "biaya bahan (yang diketahui)"),
          "",
          split.materialCost());
      s.row(lang.pick("base", "dasar"), "", split.base());
      s.row("premi", split.policy().premiShare(), split.premi());
      s.row("PNBP", split.policy().pnbpShare(), split.pnbp());
      s.row(
          lang.pick("production capital", "modal produksi"),
          split.policy().capitalShare(),
          split.capital());
      s.print(out, "  ");
      if (linesWithoutCost > 0) {
        out.println(
            "  "
                + linesWithoutCost
                + lang.pick(
                    " line(s) without a material cost are counted at Rp0 cost",
                    " baris tanpa biaya bahan dihitung dengan biaya Rp0"));
      }
    } else {
      out.println(
          lang.pick(
              "Proceeds split: no split policies in the bundle",
              "Pembagian hasil: tidak ada kebijakan pembagian di berkas"));
    }

    // Premi allocations of the period.
    out.println();
    out.println(lang.pick("Premi allocations", "Pembagian premi"));
    TextTable a =
        TextTable.of(
            lang.pick("basis", "dasar"),
            lang.pick(">trainees", ">warga binaan"),
            lang.pick(">work", ">kerja"),
            lang.pick(">pool", ">jumlah premi"));
    Rupiah pools = Rupiah.ZERO;
    for (Allocation al : b.allocations()) {
      if (al.period().equals(period)) {
        PremiAllocation p = al.allocation();
        long work = p.shares().stream().mapToLong(s -> s.quantity()).sum();
        a.row(p.basis(), p.shares().size(), work, p.pool());
        pools = pools.plus(p.pool());
      }
    }
    a.row(lang.pick("total", "jumlah"), "", "", pools);
    a.print(out, "  ");

    // Premi accounts: movements in the period, balances at its end.
    out.println();
    out.println(lang.pick("Premi savings accounts (tabungan premi)", "Tabungan premi"));
    Rupiah credited = Rupiah.ZERO;
    Rupiah spent = Rupiah.ZERO;
    Rupiah paidOut = Rupiah.ZERO;
    Rupiah balance = Rupiah.ZERO;
    int closed = 0;
    for (PremiAccount acc : b.accounts()) {
      Rupiah accountBalance = Rupiah.ZERO;
      for (PremiEntry e : acc.entries()) {
        if (e.date().isAfter(last)) {
          continue;
        }
        boolean inPeriod = !e.date().isBefore(first);
        switch (e.kind()) {
          case CREDIT -> {
            accountBalance = accountBalance.plus(e.amount());
            credited = inPeriod ? credited.plus(e.amount()) : credited;
          }
          case SPEND -> {
            accountBalance = accountBalance.minus(e.amount());
            spent = inPeriod ? spent.plus(e.amount()) : spent;
          }
          case PAYOUT -> {
            accountBalance = accountBalance.minus(e.amount());
            paidOut = inPeriod ? paidOut.plus(e.amount()) : paidOut;
            closed++;
          }
        }
      }
      balance = balance.plus(accountBalance);
    }
    TextTable p = TextTable.of(lang.pick("item", "pos"), lang.pick(">amount", ">nilai"));
    p.row(
        lang.pick("accounts", "rekening"),
        b.accounts().size()
            + (closed > 0
                ? lang.pick(" (", " (") + closed + lang.pick(" closed)", " ditutup)")
                : ""));
    p.row(lang.pick("credited in the period", "dikreditkan dalam periode"), credited);
    p.row(lang.pick("spent in the period", "dibelanjakan dalam periode"), spent);
    p.row(lang.pick("paid out in the period", "dibayarkan dalam periode"), paidOut);
    p.row(lang.pick("balances at the end of the period", "saldo pada akhir periode"), balance);
    p.print(out, "  ");

    // PNBP.
    out.println();
    if (b.ledger().isPresent()) {
      PnbpLedger l = b.ledger().get();
      out.println(lang.pick("PNBP ledger ", "Buku PNBP ") + l.year());
      Rupiah recordedIn = sum(l.records(), first, last);
      Rupiah depositedIn = sum(l.deposits(), first, last);
      Rupiah recordedYtd = sum(l.records(), LocalDate.MIN, last);
      Rupiah depositedYtd = sum(l.deposits(), LocalDate.MIN, last);
      TextTable g = TextTable.of(lang.pick("item", "pos"), lang.pick(">amount", ">nilai"));
      g.row(lang.pick("recorded in the period", "dicatat dalam periode"), recordedIn);
      g.row(lang.pick("deposited in the period", "disetor dalam periode"), depositedIn);
      g.row(lang.pick("recorded to the period's end", "dicatat s.d. akhir periode"), recordedYtd);
      g.row(lang.pick("deposited to the period's end", "disetor s.d. akhir periode"), depositedYtd);
      g.row(
          lang.pick("not yet deposited", "belum disetor"),
          recordedYtd.minus(depositedYtd.min(recordedYtd)));
      g.row(lang.pick("annual target", "target tahunan"), l.target());
      g.row(lang.pick("target deposited", "capaian setoran"), percent(depositedYtd, l.target()));
      g.print(out, "  ");
    } else {
      out.println(
          lang.pick("PNBP: no ledger in the bundle", "PNBP: tidak ada buku PNBP di berkas"));
    }
    return ExitCode.OK;
  }

  private static Rupiah sum(List<PnbpEntry> entries, LocalDate from, LocalDate to) {
    Rupiah sum = Rupiah.ZERO;
    for (PnbpEntry e : entries) {
      if (!e.date().isBefore(from) && !e.date().isAfter(to)) {
        sum = sum.plus(e.amount());
      }
    }
    return sum;
  }

  private static String percent(Rupiah part, Rupiah whole) {
    if (whole.isZero()) {
      return "-";
    }
    return BigDecimal.valueOf(part.amount())
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole.amount()), 2, RoundingMode.HALF_UP)
            .toPlainString()
        + " %";
  }

  private Bundle read() {
    JsonNode root = Inputs.tree(data);
    try {
      return bundle(root);
    } catch (BengkelJsonException e) {
      throw new DocumentError(data, e);
    }
  }

  /** Reads the tool's report bundle from a JSON tree. */
  static Bundle bundle(JsonNode root) {
    String at = JsonPath.ROOT;
    Inputs.onlyProperties(root, at, BUNDLE);
    JsonNode code = Inputs.required(root, at, "facilityCode");
    if (!code.isTextual()) {
      throw BengkelJsonException.of(
          org.bengkel.json.JsonRule.WRONG_TYPE,
          JsonPath.property(at, "facilityCode"),
          "a string",
          Inputs.describe(code));
    }
    List<Quote> quotes =
        Inputs.optional(root, "quotes")
            .map(n -> Inputs.list(n, JsonPath.property(at, "quotes"), Quote.class))
            .orElse(List.of());
    Optional<SplitPolicies> policies =
        Inputs.optional(root, "splitPolicies")
            .map(n -> Inputs.part(n, JsonPath.property(at, "splitPolicies"), SplitPolicies.class));
    List<Allocation> allocations = new ArrayList<>();
    Optional<JsonNode> allocationsNode = Inputs.optional(root, "premiAllocations");
    if (allocationsNode.isPresent()) {
      String path = JsonPath.property(at, "premiAllocations");
      Inputs.requireArray(allocationsNode.get(), path);
      for (int i = 0; i < allocationsNode.get().size(); i++) {
        JsonNode node = allocationsNode.get().get(i);
        String p = JsonPath.index(path, i);
        Inputs.onlyProperties(node, p, ALLOCATION);
        YearMonth month =
            Inputs.yearMonth(Inputs.required(node, p, "period"), JsonPath.property(p, "period"));
        PremiAllocation allocation =
            Inputs.part(
                Inputs.required(node, p, "allocation"),
                JsonPath.property(p, "allocation"),
                PremiAllocation.class);
        allocations.add(new Allocation(month, allocation));
      }
    }
    List<PremiAccount> accounts =
        Inputs.optional(root, "premiAccounts")
            .map(n -> Inputs.list(n, JsonPath.property(at, "premiAccounts"), PremiAccount.class))
            .orElse(List.of());
    Optional<PnbpLedger> ledger =
        Inputs.optional(root, "pnbpLedger")
            .map(n -> Inputs.part(n, JsonPath.property(at, "pnbpLedger"), PnbpLedger.class));
    return new Bundle(code.textValue(), quotes, policies, allocations, accounts, ledger);
  }
}
