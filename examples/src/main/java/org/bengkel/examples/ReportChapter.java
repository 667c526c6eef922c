package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import java.io.PrintStream;
import java.time.YearMonth;
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
 * month's batches, orders, premi allocations, split policies and PNBP ledger, and printed as
 * tables.
 */
final class ReportChapter {

  void run(PrintStream out, Month month) {
    PeriodReportCompiler compiler = PeriodReportCompiler.forPeriod(ReportPeriod.ofMonth(YearMonth.of(2026, 10)));
    for (ProductionBatch b : month.batches.values()) {
      compiler.batch(b, month.batchCosts.get(b.lotCode()).total());
    }
    compiler.orders(month.orders);
    for (PremiAllocation a : month.allocations.values()) {
      compiler.premi(MONTH_END, a);
    }
    PeriodReport report = compiler.compile(SPLIT, month.pnbp);
    month.report = report;

    Table.heading(out, "13. Laporan periode (period report), " + report.period().firstDay() + " s.d. "
        + report.period().lastDay());
    out.println("Produksi per program:");
    Table production = new Table("Program", "Produk", ">Batch rilis", ">Batch tolak", ">Unit baik",
        ">Unit tolak", ">Jam tim", ">Biaya bahan");
    for (ProductionRow r : report.productionByProgramme()) {
      row(production, r.programme().toString(), "semua", r.figures());
      for (ProductionRow p : report.productionByProduct()) {
        if (p.programme().equals(r.programme())) {
          row(production, "", p.product().map(Object::toString).orElse("-"), p.figures());
        }
      }
    }
    row(production, "Jumlah", "", report.productionTotal());
    production.print(out);

    out.println("Penjualan per saluran (harga termasuk PPN):");
    Table channels = new Table("Saluran", ">Pesanan", ">Unit barang", ">Pekerjaan jasa", ">Pendapatan");
    for (ChannelSales c : report.salesByChannel()) {
      channels.row(c.channel(), c.orders(), c.goodsUnits(), c.serviceJobs(), c.revenue());
    }
    channels.row("Jumlah", "", "", "", report.salesRevenue());
    channels.print(out);
    Table products = new Table("Produk / jasa", ">Jumlah", ">Pendapatan");
    for (ProductSales p : report.salesByProduct()) {
      products.row(p.sku(), p.units(), p.revenue());
    }
    for (VehicleClassSales v : report.salesByVehicleClass()) {
      products.row("cuci " + v.vehicleClass(), v.jobs(), v.revenue());
    }
    products.print(out);

    ProceedsSplit p = report.proceeds();
    out.println("Pembagian hasil periode menurut laporan (penjualan dikurangi biaya bahan produksi periode):");
    Table split = new Table("Pendapatan", "Biaya bahan", "Laba bersih", "Premi", "PNBP", "Modal");
    split.row(p.revenue(), p.materialCost(), p.netProfit(), p.premi(), p.pnbp(), p.capital());
    split.print(out);

    Table premi = new Table("Warga binaan", ">Premi dikreditkan");
    for (TraineePremi t : report.premiByTrainee()) {
      premi.row(BY_NUMBER.get(t.registrationNumber()).name(), t.amount());
    }
    premi.row("Jumlah", report.premiTotal());
    premi.print(out);

    PnbpStatus pnbp = report.pnbp();
    out.println("PNBP " + pnbp.year() + ": dicatat periode ini " + pnbp.recordedInPeriod()
        + ", disetor periode ini " + pnbp.depositedInPeriod() + "; s.d. " + report.period().lastDay()
        + " dicatat " + pnbp.recordedToDate() + ", disetor " + pnbp.depositedToDate() + ", belum disetor "
        + pnbp.undepositedToDate() + "; target "
        + pnbp.target() + " (" + pnbp.achievementPercent() + " %).");
    Rupiah sectionTen = month.splits.values().stream().map(ProceedsSplit::premi).reduce(Rupiah.ZERO, Rupiah::plus);
    out.println("Catatan: pendapatan laporan adalah jumlah baris penjualan, termasuk PPN " + month.ppn
        + " (harga termasuk PPN), dan biaya bahannya adalah seluruh produksi periode. Premi dan PNBP"
        + " yang dicatat dan dikreditkan memakai bagian 10 (per kegiatan, tanpa PPN, biaya bahan barang"
        + " terjual): premi dikreditkan " + report.premiTotal() + " = " + sectionTen + ".");
    out.println();
  }

  private static void row(Table t, String programme, String product, ProductionFigures f) {
    t.row(programme, product, f.batchesReleased(), f.batchesRejected(), f.goodUnits(), f.rejectedUnits(),
        Report.hours(f.teamHours()), f.materialCost());
  }
}
