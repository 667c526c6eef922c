package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.bengkel.error.Messages;
import org.bengkel.money.NumberText;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.ProceedsSplit;
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

/**
 * The period report of October 2026, built by the library ({@link PeriodReportCompiler}) from the
 * month's batches, orders (each with the PPN of its quote), the materials the service jobs used,
 * premi allocations, split policies and PNBP ledger, and printed as tables in Indonesian: the
 * report a Kasi Kegiatan Kerja hands in, without an English word outside names and codes.
 *
 * <p>Its cost is the one definition of the library: cost of goods sold (per good unit of the lots
 * sold from) plus write-offs; its totals agree with sections 4 and 10 (checked by {@code
 * PamekasanWorkshopTest}).
 */
final class ReportChapter {

  /** The section's title, as printed. */
  static final String TITLE = "13. Laporan periode";

  void run(PrintStream out, Month month) {
    // Every order was made from a quote and carries its PPN: no tax policy needs to be assumed.
    PeriodReportCompiler compiler =
        PeriodReportCompiler.forPeriod(ReportPeriod.ofMonth(YearMonth.of(2026, 10)));
    for (ProductionBatch b : month.batches.values()) {
      compiler.batch(b, month.batchCosts.get(b.lotCode()).total());
    }
    compiler.orders(month.orders);
    for (Map.Entry<LocalDate, Rupiah> used : month.serviceMaterials.entrySet()) {
      compiler.serviceMaterials(used.getKey(), used.getValue());
    }
    for (PremiAllocation a : month.allocations.values()) {
      compiler.premi(MONTH_END, a);
    }
    PeriodReport report = compiler.compile(SPLIT, month.pnbp);
    month.report = report;

    Table.heading(
        out, TITLE + ", " + report.period().firstDay() + " s.d. " + report.period().lastDay());
    out.println(
        "Produksi menurut program dan produk (tiap unit baik: biaya bahan lot yang dirilis dibagi"
            + " unit baiknya, rata-rata lot produk itu):");
    Table production =
        new Table(
            "Program",
            "Produk",
            ">Lot dirilis",
            ">Lot ditolak",
            ">Unit baik",
            ">Unit tolak",
            ">Jam tim",
            ">Biaya bahan",
            ">Dihapuskan",
            ">Tiap unit baik");
    for (ProductionRow r : report.productionByProgramme()) {
      row(production, r.programme().toString(), "semua", r.figures(), false);
      for (ProductionRow p : report.productionByProduct()) {
        if (p.programme().equals(r.programme())) {
          row(production, "", p.product().map(Object::toString).orElse("-"), p.figures(), true);
        }
      }
    }
    row(production, "Jumlah", "", report.productionTotal(), false);
    production.print(out);

    out.println("Penjualan menurut saluran (pendapatan tanpa PPN):");
    Table channels =
        new Table("Saluran", ">Pesanan", ">Unit barang", ">Pekerjaan jasa", ">Pendapatan");
    long orders = 0;
    long units = 0;
    long jobs = 0;
    for (ChannelSales c : report.salesByChannel()) {
      channels.row(
          c.channel().displayName(Messages.INDONESIAN),
          c.orders(),
          c.goodsUnits(),
          c.serviceJobs(),
          c.revenue());
      orders += c.orders();
      units += c.goodsUnits();
      jobs += c.serviceJobs();
    }
    channels.row("Jumlah", orders, units, jobs, report.salesRevenue());
    channels.print(out);

    out.println(
        "Penjualan menurut produk dan jasa (HPP: harga pokok penjualan, biaya bahan unit terjual):");
    Table products = new Table("Produk / jasa", ">Jumlah", ">Pendapatan", ">HPP", ">Laba kotor");
    for (ProductSales p : report.salesByProduct()) {
      products.row(
          p.sku(),
          p.units(),
          p.revenue(),
          p.costOfGoodsSold(),
          p.revenue().difference(p.costOfGoodsSold()));
    }
    // The service jobs' cost is the materials they used up, on a row of its own (the materials are
    // not counted by vehicle class), so every column adds up.
    for (VehicleClassSales v : report.salesByVehicleClass()) {
      products.row(
          "cuci " + v.vehicleClass().displayName(Messages.INDONESIAN),
          v.jobs(),
          v.revenue(),
          "",
          v.revenue().difference(Rupiah.ZERO));
    }
    products.row(
        "bahan habis pakai jasa",
        "",
        "",
        report.serviceMaterialCost(),
        Rupiah.ZERO.difference(report.serviceMaterialCost()));
    products.row(
        "Jumlah",
        "",
        report.salesRevenue(),
        report.costOfGoodsSold(),
        report.salesRevenue().difference(report.costOfGoodsSold()));
    products.print(out);

    ProceedsSplit p = report.proceeds();
    out.println(
        "Pembagian hasil periode (pendapatan tanpa PPN dikurangi HPP dan biaya dihapuskan):");
    Table split =
        new Table(
            ">Pendapatan", ">HPP", ">Dihapuskan", ">Laba bersih", ">Premi", ">PNBP", ">Modal");
    split.row(
        p.revenue(),
        report.costOfGoodsSold(),
        report.writeOffs(),
        p.netProfit(),
        p.premi(),
        p.pnbp(),
        p.capital());
    split.print(out);
    out.println(
        "Kebijakan: "
            + p.policy().base().displayName(Messages.INDONESIAN)
            + ", premi "
            + NumberText.percent(p.policy().premiShare(), Messages.INDONESIAN)
            + ", PNBP "
            + NumberText.percent(p.policy().pnbpShare(), Messages.INDONESIAN)
            + ", modal "
            + NumberText.percent(p.policy().capitalShare(), Messages.INDONESIAN)
            + ". PPN dipungut "
            + report.salesPpn()
            + " bukan pendapatan dan tidak dibagi; pembeli membayar "
            + report.salesRevenue().plus(report.salesPpn())
            + ".");
    out.println();

    Table premi = new Table("Warga binaan", ">Premi dikreditkan");
    for (TraineePremi t : report.premiByTrainee()) {
      premi.row(BY_NUMBER.get(t.registrationNumber()).name(), t.amount());
    }
    premi.row("Jumlah", report.premiTotal());
    premi.print(out);

    PnbpStatus pnbp = report.pnbp();
    out.println(
        "PNBP "
            + pnbp.year()
            + ": dicatat periode ini "
            + pnbp.recordedInPeriod()
            + ", disetor periode ini "
            + pnbp.depositedInPeriod()
            + "; s.d. "
            + report.period().lastDay()
            + " dicatat "
            + pnbp.recordedToDate()
            + ", disetor "
            + pnbp.depositedToDate()
            + ", belum disetor "
            + pnbp.undepositedToDate()
            + "; target "
            + pnbp.target()
            + " (capaian setoran "
            + NumberText.percent(pnbp.achievementPercent(), Messages.INDONESIAN)
            + ").");
    Rupiah sectionTen =
        month.splits.values().stream().map(ProceedsSplit::premi).reduce(Rupiah.ZERO, Rupiah::plus);
    out.println(
        "Catatan: premi dan PNBP yang dikreditkan dan dicatat dihitung menurut kegiatan (bagian 10)"
            + " dengan dasar yang sama; premi dikreditkan "
            + report.premiTotal()
            + " = jumlah bagian 10 "
            + sectionTen
            + ", pembagian seluruh periode "
            + p.premi()
            + " (selisih pembulatan "
            + p.premi().difference(sectionTen)
            + ").");
    out.println();
  }

  /**
   * A production row; the cost of a good unit only for a product (units of different products do
   * not add up).
   */
  private static void row(
      Table t, String programme, String product, ProductionFigures f, boolean unitCost) {
    t.row(
        programme,
        product,
        f.batchesReleased(),
        f.batchesRejected(),
        f.goodUnits(),
        f.rejectedUnits(),
        Report.hours(f.teamHours()),
        f.materialCost(),
        f.writtenOff(),
        unitCost ? f.costPerGoodUnit().map(Object::toString).orElse("-") : "");
  }
}
