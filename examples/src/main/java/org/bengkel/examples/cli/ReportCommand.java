package org.bengkel.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bengkel.error.BengkelException;
import org.bengkel.error.InvalidValueException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialPrices;
import org.bengkel.money.NumberText;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.production.ProductionBatch;
import org.bengkel.report.ChannelSales;
import org.bengkel.report.PeriodReport;
import org.bengkel.report.PeriodReportCompiler;
import org.bengkel.report.PnbpStatus;
import org.bengkel.report.ProductSales;
import org.bengkel.report.ProductionFigures;
import org.bengkel.report.ProductionRow;
import org.bengkel.report.ReportPeriod;
import org.bengkel.report.TraineePremi;
import org.bengkel.report.VehicleClassSales;
import org.bengkel.sales.SalesOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bengkel report DATA.json --period 2026-10}: the period report (<i>laporan periode</i>) of
 * a month, compiled by bengkel-core's {@link PeriodReportCompiler} from a bundle of bengkel's JSON
 * forms (production batches with the bills of materials and material prices that cost them, sales
 * orders, premi allocations with the day they were credited, split policies, the PNBP ledger) and
 * printed section by section from the {@link PeriodReport}'s values. The tool computes no figure of
 * its own. With {@code --json FILE} it also writes the report as a {@code period-report} document.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the period report of a month, compiled by bengkel-core (PeriodReportCompiler) from a"
          + " bundle: {\"batches\"?, \"billsOfMaterials\"?, \"materialPrices\"?, \"orders\"?,"
          + " \"premiAllocations\"?: [{\"creditedOn\", \"allocation\"}], \"splitPolicies\","
          + " \"pnbpLedger\", \"serviceMaterials\"?: [{\"date\", \"cost\"}], \"taxPolicy\"?}.",
      "Batches count on the day they were released or rejected (costed by their bill of"
          + " materials), orders on the day they were fulfilled, premi allocations on the day"
          + " credited; the proceeds are split by the policy in force on the month's last day.",
      "Trainees are counted, their registration numbers printed only with --show-identity."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:report printed (and written with --json)",
      "1:the bundle is invalid, or bengkel refused it (e.g. no split policy for the period,"
          + " a ledger of another year, an order given twice)",
      "2:usage error (e.g. --period missing or not yyyy-MM)",
      "3:a file cannot be read, or the --json file cannot be written"
    })
final class ReportCommand extends BaseCommand {

  private static final Set<String> BUNDLE =
      Set.of(
          "batches",
          "billsOfMaterials",
          "materialPrices",
          "orders",
          "premiAllocations",
          "splitPolicies",
          "pnbpLedger",
          "serviceMaterials",
          "taxPolicy");
  private static final Set<String> ALLOCATION = Set.of("creditedOn", "allocation");
  private static final Set<String> MATERIALS_USED = Set.of("date", "cost");

  @Parameters(
      index = "0",
      paramLabel = "DATA.json",
      descriptionKey = "DATA.json",
      description = "The bundle.")
  Path data;

  @Option(names = "--period", required = true, paramLabel = "yyyy-MM", description = "The month.")
  YearMonth period;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description =
          "Also write the report to FILE as a bengkel document (kind period-report). It holds"
              + " the trainees' registration numbers: an internal document.")
  Path json;

  @Option(
      names = "--show-identity",
      description = "Print the premi of each trainee with their registration number.")
  boolean showIdentity;

  /** A premi allocation with the day its shares were credited. */
  record Allocation(LocalDate creditedOn, PremiAllocation allocation) {}

  /** The materials service jobs used up on a day (<i>bahan habis pakai jasa</i>). */
  record MaterialsUsed(LocalDate date, Rupiah cost) {}

  /** The bundle as read: every part checked as its bengkel type. */
  record Bundle(
      List<ProductionBatch> batches,
      BomRegistry billsOfMaterials,
      MaterialPrices materialPrices,
      List<SalesOrder> orders,
      List<Allocation> allocations,
      SplitPolicies splitPolicies,
      PnbpLedger pnbpLedger,
      List<MaterialsUsed> serviceMaterials,
      Optional<TaxPolicy> taxPolicy) {

    /**
     * The period report of a month, built by bengkel-core from the bundle's facts.
     *
     * @throws BengkelJsonException when bengkel refuses a batch, an order or an allocation (a bill
     *     or price missing, an order given twice...), with the path of that part
     * @throws BengkelException when bengkel refuses the report itself (no split policy on the
     *     month's last day, a ledger of another year or facility)
     */
    PeriodReport report(YearMonth month) {
      // Orders carry the PPN of their quote; the tax policy, if given, is for orders without one.
      PeriodReportCompiler compiler =
          taxPolicy
              .map(t -> PeriodReportCompiler.forPeriod(ReportPeriod.ofMonth(month), t))
              .orElseGet(() -> PeriodReportCompiler.forPeriod(ReportPeriod.ofMonth(month)));
      for (int i = 0; i < batches.size(); i++) {
        try {
          compiler.batch(batches.get(i), billsOfMaterials, materialPrices);
        } catch (InvalidValueException e) {
          throw BengkelJsonException.wrapping(e, element("batches", i));
        }
      }
      for (int i = 0; i < orders.size(); i++) {
        try {
          compiler.order(orders.get(i));
        } catch (InvalidValueException e) {
          throw BengkelJsonException.wrapping(e, element("orders", i));
        }
      }
      for (MaterialsUsed used : serviceMaterials) {
        compiler.serviceMaterials(used.date(), used.cost());
      }
      for (int i = 0; i < allocations.size(); i++) {
        try {
          compiler.premi(allocations.get(i).creditedOn(), allocations.get(i).allocation());
        } catch (InvalidValueException e) {
          throw BengkelJsonException.wrapping(e, element("premiAllocations", i));
        }
      }
      return compiler.compile(splitPolicies, pnbpLedger);
    }

    private static String element(String part, int index) {
      return JsonPath.index(JsonPath.property(JsonPath.ROOT, part), index);
    }
  }

  @Override
  int run() {
    JsonNode root = Inputs.tree(data);
    PeriodReport report;
    try {
      report = bundle(root).report(period);
    } catch (BengkelJsonException e) {
      throw new DocumentError(data, e);
    } catch (BengkelException e) {
      throw CliFailure.invalid(data + ": " + e.message(lang.locale()));
    }
    if (json != null) {
      write(report);
    }
    print(report);
    return ExitCode.OK;
  }

  private void write(PeriodReport report) {
    Document document = Document.of(DocumentKinds.PERIOD_REPORT, report);
    String text = PrettyJson.of(document, "the report") + "\n";
    if (Files.isDirectory(json)) {
      throw CliFailure.io(
          "cannot write " + json + ": it is a directory",
          "tidak dapat menulis " + json + ": itu sebuah folder");
    }
    try {
      Files.writeString(json, text, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw CliFailure.io(
          "cannot write " + json + ": no such folder",
          "tidak dapat menulis " + json + ": foldernya tidak ada");
    } catch (AccessDeniedException e) {
      throw CliFailure.io(
          "cannot write " + json + ": permission denied",
          "tidak dapat menulis " + json + ": izin ditolak");
    } catch (IOException e) {
      throw CliFailure.io(
          "cannot write " + json + ": " + e.getClass().getSimpleName(),
          "tidak dapat menulis " + json + ": " + e.getClass().getSimpleName());
    }
  }

  private void print(PeriodReport report) {
    PrintWriter out = out();
    out.println(
        lang.pick("Period report ", "Laporan periode ")
            + report.period().firstDay()
            + lang.pick(" to ", " s.d. ")
            + report.period().lastDay()
            + " - "
            + report.facilityCode());
    out.println(
        lang.pick(
            "(compiled by bengkel-core's PeriodReportCompiler)",
            "(disusun oleh PeriodReportCompiler dari bengkel-core)"));
    production(out, report);
    sales(out, report);
    proceeds(out, report);
    premi(out, report);
    pnbp(out, report.pnbp());
    if (json != null) {
      out.println();
      out.println(
          lang.pick("Written: ", "Ditulis: ")
              + json
              + " ("
              + Envelope.describe(Document.of(DocumentKinds.PERIOD_REPORT, report))
              + ")");
    }
  }

  private void production(PrintWriter out, PeriodReport report) {
    out.println();
    out.println(
        lang.pick(
            "Production (batches released or rejected in the period; the unit cost is per good unit)",
            "Produksi (lot yang dirilis atau ditolak dalam periode; biaya tiap unit baik)"));
    TextTable t =
        TextTable.of(
            lang.pick("programme", "program"),
            lang.pick("product", "produk"),
            lang.pick(">released", ">lot dirilis"),
            lang.pick(">rejected", ">lot ditolak"),
            lang.pick(">good units", ">unit baik"),
            lang.pick(">rejected units", ">unit tolak"),
            lang.pick(">team hours", ">jam tim"),
            lang.pick(">material cost", ">biaya bahan"),
            lang.pick(">written off", ">dihapuskan"),
            lang.pick(">per good unit", ">tiap unit baik"));
    for (ProductionRow programme : report.productionByProgramme()) {
      figures(t, programme.programme(), lang.pick("(all)", "(semua)"), programme.figures(), false);
      for (ProductionRow product : report.productionByProduct()) {
        if (product.programme().equals(programme.programme())) {
          figures(t, "", product.product().orElseThrow(), product.figures(), true);
        }
      }
    }
    figures(t, lang.pick("total", "jumlah"), "", report.productionTotal(), false);
    t.print(out, "  ");
  }

  /**
   * A row; the cost of a good unit only for a product (units of different products do not add up).
   */
  private void figures(
      TextTable t, Object programme, Object product, ProductionFigures f, boolean unitCost) {
    t.row(
        programme,
        product,
        f.batchesReleased(),
        f.batchesRejected(),
        f.goodUnits(),
        f.rejectedUnits(),
        hours(f.teamHours()),
        f.materialCost(),
        f.writtenOff(),
        unitCost ? f.costPerGoodUnit().map(Object::toString).orElse("-") : "");
  }

  private String hours(Duration d) {
    return String.format(
        java.util.Locale.ROOT, "%d%s %02dm", d.toHours(), lang.pick("h", "j"), d.toMinutesPart());
  }

  private void sales(PrintWriter out, PeriodReport report) {
    out.println();
    out.println(
        lang.pick(
            "Sales by channel (orders fulfilled in the period; revenue without PPN)",
            "Penjualan menurut saluran (pesanan selesai dalam periode; pendapatan tanpa PPN)"));
    TextTable c =
        TextTable.of(
            lang.pick("channel", "saluran"),
            lang.pick(">orders", ">pesanan"),
            lang.pick(">goods units", ">unit barang"),
            lang.pick(">service jobs", ">pekerjaan jasa"),
            lang.pick(">revenue", ">pendapatan"));
    long orders = 0;
    long units = 0;
    long jobs = 0;
    for (ChannelSales s : report.salesByChannel()) {
      c.row(
          s.channel().displayName(lang.locale()),
          s.orders(),
          s.goodsUnits(),
          s.serviceJobs(),
          s.revenue());
      orders += s.orders();
      units += s.goodsUnits();
      jobs += s.serviceJobs();
    }
    c.row(lang.pick("total", "jumlah"), orders, units, jobs, report.salesRevenue());
    c.print(out, "  ");
    out.println(
        lang.pick(
                "  PPN collected (not revenue, never split): ",
                "  PPN dipungut (bukan pendapatan, tidak dibagi): ")
            + report.salesPpn());

    out.println();
    out.println(
        lang.pick(
            "Sales by product and by vehicle class (cost of goods sold: material cost of the units sold)",
            "Penjualan menurut produk dan jenis kendaraan (HPP: biaya bahan unit terjual)"));
    TextTable p =
        TextTable.of(
            lang.pick("product / vehicle class", "produk / jenis kendaraan"),
            lang.pick("kind", "jenis"),
            lang.pick(">units / jobs", ">unit / pekerjaan"),
            lang.pick(">revenue", ">pendapatan"),
            lang.pick(">cost of goods sold", ">HPP"));
    for (ProductSales s : report.salesByProduct()) {
      p.row(s.sku(), lang.pick("goods", "barang"), s.units(), s.revenue(), s.costOfGoodsSold());
    }
    for (VehicleClassSales v : report.salesByVehicleClass()) {
      p.row(
          v.vehicleClass().displayName(lang.locale()),
          lang.pick("service", "jasa"),
          v.jobs(),
          v.revenue(),
          "");
    }
    p.row(
        lang.pick("service materials", "bahan habis pakai jasa"),
        lang.pick("service", "jasa"),
        "",
        "",
        report.serviceMaterialCost());
    p.row(lang.pick("total", "jumlah"), "", "", report.salesRevenue(), report.costOfGoodsSold());
    p.print(out, "  ");
  }

  private void proceeds(PrintWriter out, PeriodReport report) {
    ProceedsSplit split = report.proceeds();
    out.println();
    out.println(
        lang.pick("Proceeds split (policy from ", "Pembagian hasil (kebijakan sejak ")
            + split.policy().effectiveFrom()
            + ", "
            + split.policy().base().displayName(lang.locale())
            + ")");
    TextTable s =
        TextTable.of(
            lang.pick("part", "bagian"),
            lang.pick(">share", ">porsi"),
            lang.pick(">amount", ">nilai"));
    s.row(lang.pick("revenue", "pendapatan"), "", split.revenue());
    s.row(
        lang.pick("cost of goods sold", "harga pokok penjualan (HPP)"),
        "",
        report.costOfGoodsSold());
    s.row(lang.pick("written off", "biaya dihapuskan"), "", report.writeOffs());
    s.row(lang.pick("net profit", "laba bersih"), "", split.netProfit());
    s.row(lang.pick("base", "dasar"), "", split.base());
    s.row("premi", NumberText.percent(split.policy().premiShare(), lang.locale()), split.premi());
    s.row("PNBP", NumberText.percent(split.policy().pnbpShare(), lang.locale()), split.pnbp());
    s.row(
        lang.pick("production capital", "modal produksi"),
        NumberText.percent(split.policy().capitalShare(), lang.locale()),
        split.capital());
    s.print(out, "  ");
  }

  private void premi(PrintWriter out, PeriodReport report) {
    out.println();
    out.println(
        lang.pick(
            "Premi allocated (shares credited in the period)",
            "Premi dibagikan (bagian yang dikreditkan dalam periode)"));
    if (showIdentity) {
      TextTable t = TextTable.of(lang.pick("registration number", "nomor registrasi"), ">premi");
      for (TraineePremi p : report.premiByTrainee()) {
        t.row(p.registrationNumber().value(), p.amount());
      }
      t.row(lang.pick("total", "jumlah"), report.premiTotal());
      t.print(out, "  ");
      return;
    }
    TextTable t = TextTable.of(lang.pick("item", "pos"), lang.pick(">amount", ">nilai"));
    t.row(lang.pick("trainees", "warga binaan"), report.premiByTrainee().size());
    t.row(lang.pick("total", "jumlah"), report.premiTotal());
    t.print(out, "  ");
    if (!report.premiByTrainee().isEmpty()) {
      out.println(
          lang.pick(
              "  (per trainee with --show-identity)",
              "  (tiap warga binaan dengan --show-identity)"));
    }
  }

  private void pnbp(PrintWriter out, PnbpStatus pnbp) {
    out.println();
    out.println("PNBP " + pnbp.year());
    TextTable g = TextTable.of(lang.pick("item", "pos"), lang.pick(">amount", ">nilai"));
    g.row(lang.pick("recorded in the period", "dicatat dalam periode"), pnbp.recordedInPeriod());
    g.row(lang.pick("deposited in the period", "disetor dalam periode"), pnbp.depositedInPeriod());
    g.row(
        lang.pick("recorded to the period's end", "dicatat s.d. akhir periode"),
        pnbp.recordedToDate());
    g.row(
        lang.pick("deposited to the period's end", "disetor s.d. akhir periode"),
        pnbp.depositedToDate());
    g.row(
        lang.pick("not yet deposited at the period's end", "belum disetor s.d. akhir periode"),
        pnbp.undepositedToDate());
    g.row(lang.pick("annual target", "target tahunan"), pnbp.target());
    g.row(
        lang.pick("target deposited", "capaian setoran"),
        NumberText.percent(pnbp.achievementPercent(), lang.locale()));
    g.print(out, "  ");
  }

  /** Reads the tool's report bundle from a JSON tree. */
  static Bundle bundle(JsonNode root) {
    String at = JsonPath.ROOT;
    Inputs.onlyProperties(root, at, BUNDLE);
    List<ProductionBatch> batches =
        Inputs.optional(root, "batches")
            .map(n -> Inputs.list(n, JsonPath.property(at, "batches"), ProductionBatch.class))
            .orElse(List.of());
    String bomPath = JsonPath.property(at, "billsOfMaterials");
    List<BillOfMaterials> bills =
        batches.isEmpty()
            ? Inputs.optional(root, "billsOfMaterials")
                .map(n -> Inputs.list(n, bomPath, BillOfMaterials.class))
                .orElse(List.of())
            : Inputs.list(
                Inputs.required(root, at, "billsOfMaterials"), bomPath, BillOfMaterials.class);
    BomRegistry boms;
    try {
      boms = BomRegistry.of(bills);
    } catch (InvalidValueException e) {
      throw BengkelJsonException.wrapping(e, bomPath);
    }
    String pricesPath = JsonPath.property(at, "materialPrices");
    MaterialPrices prices =
        batches.isEmpty()
            ? Inputs.optional(root, "materialPrices")
                .map(n -> Inputs.part(n, pricesPath, MaterialPrices.class))
                .orElse(MaterialPrices.empty())
            : Inputs.part(
                Inputs.required(root, at, "materialPrices"), pricesPath, MaterialPrices.class);
    List<SalesOrder> orders =
        Inputs.optional(root, "orders")
            .map(n -> Inputs.list(n, JsonPath.property(at, "orders"), SalesOrder.class))
            .orElse(List.of());
    List<Allocation> allocations =
        Inputs.objects(
            root,
            at,
            "premiAllocations",
            ALLOCATION,
            (node, p) ->
                new Allocation(
                    Inputs.dateMember(node, p, "creditedOn"),
                    Inputs.member(node, p, "allocation", PremiAllocation.class)));
    SplitPolicies policies = Inputs.member(root, at, "splitPolicies", SplitPolicies.class);
    PnbpLedger ledger = Inputs.member(root, at, "pnbpLedger", PnbpLedger.class);
    List<MaterialsUsed> materials =
        Inputs.objects(
            root,
            at,
            "serviceMaterials",
            MATERIALS_USED,
            (node, p) ->
                new MaterialsUsed(
                    Inputs.dateMember(node, p, "date"),
                    Inputs.member(node, p, "cost", Rupiah.class)));
    Optional<TaxPolicy> tax =
        Inputs.optional(root, "taxPolicy")
            .map(n -> Inputs.part(n, JsonPath.property(at, "taxPolicy"), TaxPolicy.class));
    return new Bundle(batches, boms, prices, orders, allocations, policies, ledger, materials, tax);
  }
}
