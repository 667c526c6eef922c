package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.production.BatchStage;
import org.bengkel.production.ProductionBatch;
import org.bengkel.programme.EnrolmentStatus;
import org.bengkel.sales.Channel;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesOrder;

/**
 * The period summary of October 2026, computed in this example from the month's values: the
 * library's period report ({@code org.bengkel.report}) was not yet available when this chapter
 * was written. Replace {@link #run} by a call to it when it lands; the numbers must agree.
 */
final class PeriodChapter {

  void run(PrintStream out, Month month) {
    Table.heading(out, "13. Ringkasan periode (period summary), " + MONTH_START + " s.d. " + MONTH_END);
    long released = month.batches.values().stream().filter(b -> b.stage() == BatchStage.RELEASED).count();
    long rejected = month.batches.values().stream().filter(b -> b.stage() == BatchStage.REJECTED).count();
    long goodUnits = month.batches.values().stream().filter(b -> b.stage() == BatchStage.RELEASED)
        .mapToLong(ProductionBatch::goodUnits).sum();
    Map<Channel, Rupiah> byChannel = new EnumMap<>(Channel.class);
    Map<Channel, Integer> ordersByChannel = new EnumMap<>(Channel.class);
    int refused = 0;
    for (SalesOrder o : month.orders) {
      if (o.status() != OrderStatus.FULFILLED) {
        refused++;
        continue;
      }
      byChannel.merge(o.channel(), o.total(), Rupiah::plus);
      ordersByChannel.merge(o.channel(), 1, Integer::sum);
    }
    Table t = new Table("Uraian", ">Nilai");
    t.row("Warga binaan aktif di program", month.register.rosters().stream()
        .mapToLong(r -> r.enrolments().stream().filter(e -> e.status() == EnrolmentStatus.ACTIVE).count()).sum());
    t.row("Batch produksi dirilis / ditolak", released + " / " + rejected);
    t.row("Unit baik masuk stok", goodUnits);
    byChannel.forEach((c, amount) -> t.row("Penjualan " + c + " (" + ordersByChannel.get(c) + " pesanan, termasuk PPN)", amount));
    t.row("Pesanan ditolak", refused);
    t.row("PPN dipungut", month.ppn);
    Rupiah revenue = Rupiah.ZERO;
    Rupiah cost = Rupiah.ZERO;
    Rupiah premi = Rupiah.ZERO;
    Rupiah pnbp = Rupiah.ZERO;
    Rupiah capital = Rupiah.ZERO;
    for (ProceedsSplit s : month.splits.values()) {
      revenue = revenue.plus(s.revenue());
      cost = cost.plus(s.materialCost());
      premi = premi.plus(s.premi());
      pnbp = pnbp.plus(s.pnbp());
      capital = capital.plus(s.capital());
    }
    t.row("Pendapatan tanpa PPN", revenue);
    t.row("Biaya bahan barang terjual dan jasa", cost);
    t.row("Premi warga binaan", premi);
    t.row("PNBP bulan ini", pnbp);
    t.row("Modal kerja", capital);
    t.row("Capaian PNBP " + month.pnbp.year() + " (dicatat / target)",
        month.pnbp.totalRecorded() + " / " + month.pnbp.target());
    t.print(out);
    out.println("Ringkasan ini dihitung oleh program contoh dari nilai-nilai di atas;"
        + " laporan periode pustaka (org.bengkel.report) belum tersedia.");
    out.println();
  }
}
