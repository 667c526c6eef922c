package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Sku;
import org.bengkel.error.Messages;
import org.bengkel.foodsafety.Label;
import org.bengkel.inventory.Pick;
import org.bengkel.material.MaterialCost;
import org.bengkel.money.NumberText;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.EKatalogFinding;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.EKatalogPolicy;
import org.bengkel.pricing.OfferedPrice;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.PricingRule;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.report.ProductionFigures;
import org.bengkel.sales.Customer;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.InvoiceLine;
import org.bengkel.sales.InvoiceTax;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.SalesOrder;

/**
 * Sales of the month's goods through the gallery, a government institution (satker) and e-Katalog:
 * every order priced by the channel's price list ({@code PriceBook.quote}), e-Katalog listings
 * checked first, each order made from its quote, confirmed, paid and fulfilled through the stock
 * ledger (first expired, first out), receipts and invoices carrying the quote's PPN.
 */
final class SalesChapter {

  static final String ZONE = "JATIM";
  static final String PPN_LABEL = "PPN 12 % x DPP 11/12";

  private record Order(
      String number,
      Channel channel,
      Customer customer,
      LocalDateTime at,
      Map<String, Long> lines,
      String document) {}

  /** The gallery's sales are recorded by the food kitchen's supervisor, who keeps the counter. */
  private static org.bengkel.audit.Stamp stamp(LocalDateTime at) {
    return PamekasanData.stamp(PamekasanData.FOOD_SUPERVISOR, at);
  }

  private static Map<String, Long> lines(Object... skuAndQuantity) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < skuAndQuantity.length; i += 2) {
      m.put((String) skuAndQuantity[i], ((Number) skuAndQuantity[i + 1]).longValue());
    }
    return m;
  }

  static final Customer DINKOP =
      Customer.government("412345", "Dinas Koperasi dan UKM Kabupaten Pamekasan");
  static final Customer PN = Customer.government("654321", "Pengadilan Negeri Pamekasan");

  /**
   * A finding in Indonesian, from its structured fields: the library's {@code explanation()} is
   * English prose, fine for a log but not for this report.
   */
  private static String explanation(EKatalogFinding f, EKatalogListing listing) {
    if (f.rule() == PricingRule.EKATALOG_LOCAL_CONTENT) {
      return "TKDN "
          + NumberText.percent(listing.localContent(), Messages.INDONESIAN)
          + (f.passed() ? " memenuhi" : " di bawah")
          + " batas minimum "
          + NumberText.percent(
              EKatalogPolicy.standard().minimumLocalContent(), Messages.INDONESIAN);
    }
    if (f.rule() == PricingRule.EKATALOG_OVER_PRICE && f.comparedPrice().isPresent()) {
      return "harga tayang "
          + listing.price()
          + (f.passed() ? " tidak melebihi" : " melebihi")
          + " harga terendah di tempat lain "
          + f.comparedPrice().get()
          + " ("
          + f.comparedSource().orElse("-")
          + ")";
    }
    return f.explanation();
  }

  void run(PrintStream out, Month month) {
    Table.heading(out, "7. Pemeriksaan tayangan e-Katalog, " + LocalDate.of(2026, 10, 29));
    Table checks = new Table("SKU", ">Harga tayang", "Aturan", "Hasil", "Penjelasan");
    List<String> listed = new ArrayList<>();
    for (EKatalogListing listing : LISTINGS) {
      Product product = product(listing.sku().value());
      QuotedLine gallery =
          PRICE_BOOK.price(Channel.GALLERY, LocalDate.of(2026, 10, 29), item(product, 1));
      EKatalogCheck check =
          EKatalogPolicy.standard()
              .check(
                  listing,
                  List.of(
                      OfferedPrice.of(
                          "Galeri Lapas Pamekasan",
                          listing.sku(),
                          product.unit(),
                          ZONE,
                          gallery.unitPrice())));
      month.listingChecks.add(check);
      if (check.accepted()) {
        listed.add(listing.sku().value());
      }
      for (EKatalogFinding f : check.findings()) {
        checks.row(
            listing.sku(),
            listing.price(),
            f.rule().code(),
            f.passed() ? "lulus" : "DITOLAK",
            explanation(f, listing));
      }
    }
    checks.print(out);

    Table.heading(out, "8. Penjualan, " + LocalDate.of(2026, 10, 29) + " s.d. " + MONTH_END);
    List<Order> orders =
        List.of(
            new Order(
                "SO-2026-10-001",
                Channel.GALLERY,
                Customer.walkIn(),
                LocalDateTime.of(2026, 10, 29, 9, 15),
                lines("KUE-KERING-500G", 2, "PERAHU-30CM", 1),
                "KW-2026-10-001"),
            new Order(
                "SO-2026-10-002",
                Channel.GALLERY,
                Customer.individual("Ibu Siti Aminah"),
                LocalDateTime.of(2026, 10, 29, 10, 40),
                lines("KUE-KERING-500G", 12, "JAHE-INSTAN-30", 5, "AREK-LANCOR-40CM", 2),
                "KW-2026-10-002"),
            new Order(
                "SO-2026-10-003",
                Channel.GOVERNMENT_DIRECT,
                DINKOP,
                LocalDateTime.of(2026, 10, 30, 8, 30),
                lines("KURSI-TERAS-SET", 1, "KUE-KERING-500G", 20, "PERAHU-40CM", 4),
                "INV-2026-10-001"),
            new Order(
                "SO-2026-10-004",
                Channel.E_KATALOG,
                PN,
                LocalDateTime.of(2026, 10, 30, 13, 0),
                lines("PERAHU-70CM", 4, "JAHE-INSTAN-30", 30, "KUE-KERING-500G", 10),
                "INV-2026-10-002"),
            new Order(
                "SO-2026-10-005",
                Channel.GALLERY,
                Customer.walkIn(),
                LocalDateTime.of(2026, 10, 31, 9, 0),
                lines("AREK-LANCOR-40CM", 10),
                "KW-2026-10-003"),
            new Order(
                "SO-2026-10-006",
                Channel.GALLERY,
                Customer.individual("Bapak H. Moh. Tohir"),
                LocalDateTime.of(2026, 10, 31, 9, 20),
                lines("PERAHU-30CM", 3, "PERAHU-40CM", 2, "JAHE-INSTAN-30", 10),
                "KW-2026-10-004"));

    Table sold =
        new Table(
            "Pesanan",
            "Saluran",
            "Pembeli",
            "Produk",
            ">Jml",
            ">Harga satuan",
            "Aturan harga",
            ">Jumlah");
    Table totals =
        new Table(
            "Pesanan",
            "Dokumen",
            ">Subtotal",
            ">Harga jual",
            ">DPP nilai lain",
            ">PPN",
            ">Dibayar",
            "Status");
    List<String> refusals = new ArrayList<>();
    for (Order o : orders) {
      LocalDate day = o.at().toLocalDate();
      List<PricingItem> items = new ArrayList<>();
      o.lines()
          .forEach(
              (sku, qty) -> {
                if (o.channel() == Channel.E_KATALOG && !listed.contains(sku)) {
                  refusals.add(
                      o.number()
                          + ": "
                          + sku
                          + " tidak tayang di e-Katalog (pemeriksaan ditolak), baris dilewati");
                  return;
                }
                items.add(item(product(sku), qty));
              });
      Quote quote = PRICE_BOOK.quote(o.channel(), day, items, TAX);
      // The order is made from the quote: its lines, prices and PPN come from it, not by hand.
      SalesOrder order = SalesOrder.fromQuote(o.number(), o.customer(), quote, stamp(o.at()));
      Outcome<OrderChange> confirmed = order.confirm(month.ledger, stamp(o.at().plusMinutes(1)));
      if (confirmed.isRefused()) {
        for (Refusal refusal : confirmed.refusals()) {
          refusals.add(o.number() + ": " + refusal.message(TrainingChapter.ID));
        }
        totals.row(o.number(), "-", quote.subtotal(), "-", "-", "-", "-", "DITOLAK");
        month.orders.add(order);
        continue;
      }
      month.events.addAll(order.events()); // the quote, version 1
      OrderChange c =
          month.accept(
              confirmed
                  .flatMap(x -> x.order().pay(x.ledger(), stamp(o.at().plusMinutes(5))))
                  .flatMap(x -> x.order().fulfil(x.ledger(), stamp(o.at().plusMinutes(10)))));
      order = c.order();
      month.ledger = c.ledger();
      month.orders.add(order);
      month.quotes.put(o.number(), quote);
      // The receipt or invoice carries the quote's PPN, as the order does.
      Invoice doc =
          o.channel() == Channel.GALLERY
              ? Invoice.receiptWithQuotedTax(order, o.document(), day, PPN_LABEL)
              : Invoice.invoiceWithQuotedTax(order, o.document(), day, PPN_LABEL);
      month.invoices.add(doc);
      if (o.number().equals("SO-2026-10-002")) {
        month.buyerReceipt = receiptText(doc);
      }
      book(month, order, quote);
      for (int i = 0; i < quote.lines().size(); i++) {
        QuotedLine q = quote.lines().get(i);
        sold.row(
            o.number(),
            o.channel().displayName(Messages.INDONESIAN),
            buyer(o.customer()),
            q.item().description(),
            q.quantity(),
            q.unitPrice(),
            q.listId() + q.ruleId().map(id -> "/" + id).orElse(""),
            q.lineTotal());
      }
      totals.row(
          o.number(),
          doc.number(),
          quote.subtotal(),
          quote.tax().priceExcludingTax(),
          quote.tax().otherTaxBase(),
          quote.tax().ppn(),
          quote.tax().payable(),
          order.status().displayName(Messages.INDONESIAN));
    }
    sold.print(out);
    totals.print(out);
    for (String why : refusals) {
      out.println("Catatan: " + why);
    }
    out.println();

    Table.heading(out, "9. Dokumen untuk pembeli (tanpa data warga binaan)");
    out.println(month.buyerReceipt);
    ProductionBatch kue = month.batches.get(LotCode.of("KK-20261021-01"));
    month.productLabel = labelText(kue.label(LAPAS));
    out.println(month.productLabel);
  }

  static PricingItem item(Product p, long quantity) {
    return PricingItem.of(p, quantity);
  }

  private static String buyer(Customer c) {
    return c.organisation().or(c::name).orElse("pembeli umum");
  }

  /**
   * Books the revenue without PPN per stream (the quote's price without PPN divided over the lines
   * by their totals, largest remainder, so it adds up exactly, as the period report does) and the
   * cost of goods sold: the material cost of the units sold, per good unit of the lots the ledger
   * picked, after the units sold from each lot before, by the library's one formula ({@link
   * ProductionFigures#costOfGoodUnits(Rupiah, long, long, long)}).
   */
  private static void book(Month month, SalesOrder order, Quote quote) {
    long[] weights = quote.lines().stream().mapToLong(l -> l.lineTotal().amount()).toArray();
    List<Rupiah> base = quote.tax().priceExcludingTax().allocate(weights);
    month.ppn = month.ppn.plus(quote.tax().ppn());
    for (int i = 0; i < order.lines().size(); i++) {
      GoodsLine line = (GoodsLine) order.lines().get(i);
      Month.Stream stream = streamOf(product(line.sku().value()));
      month.addRevenue(stream, base.get(i));
      for (Pick pick : line.soldLots()) {
        ProductionBatch batch = month.batches.get(pick.lotCode());
        MaterialCost cost = month.batchCosts.get(pick.lotCode());
        long before = month.lotUnitsSold.getOrDefault(pick.lotCode(), 0L);
        month.lotUnitsSold.put(pick.lotCode(), before + pick.quantity());
        month.addMaterialCost(
            stream,
            ProductionFigures.costOfGoodUnits(
                cost.total(), batch.goodUnits(), before, pick.quantity()));
      }
    }
  }

  static Month.Stream streamOf(Product p) {
    return p.programme().equals(WOOD.code()) ? Month.Stream.WOOD : Month.Stream.FOOD;
  }

  /** A receipt or invoice as the buyer gets it: the facility, the lines, the tax; no trainee. */
  static String receiptText(Invoice doc) {
    StringBuilder sb = new StringBuilder();
    sb.append(LAPAS.name()).append(" - Galeri Hasil Karya Warga Binaan\n");
    sb.append(doc.kind() == org.bengkel.sales.InvoiceKind.RECEIPT ? "KUITANSI " : "FAKTUR ")
        .append(doc.number())
        .append("  tanggal ")
        .append(doc.date())
        .append("  pesanan ")
        .append(doc.orderNumber())
        .append('\n');
    sb.append("Pembeli: ").append(buyer(doc.customer())).append('\n');
    Table t = new Table("Barang", ">Jml", ">Harga", ">Jumlah");
    for (InvoiceLine l : doc.lines()) {
      t.row(l.description(), l.quantity(), l.unitPrice(), l.lineTotal());
    }
    sb.append(t.render());
    for (InvoiceTax tax : doc.taxes()) {
      sb.append(tax.label())
          .append(tax.included() ? " (termasuk dalam harga): " : ": ")
          .append(tax.amount())
          .append('\n');
    }
    sb.append("JUMLAH: ").append(doc.total()).append('\n');
    return sb.toString();
  }

  /** A food label as printed on the jar: what BPOM asks for, the facility as producer. */
  static String labelText(Label label) {
    StringBuilder sb = new StringBuilder();
    sb.append("LABEL: ").append(label.productName()).append('\n');
    sb.append("Komposisi: ").append(String.join(", ", label.ingredients())).append('\n');
    sb.append("Berat bersih: ").append(label.netContent()).append('\n');
    sb.append("Diproduksi oleh: ").append(label.producer()).append('\n');
    label.pirt().ifPresent(p -> sb.append("P-IRT No. ").append(p).append('\n'));
    label.halal().ifPresent(h -> sb.append("Halal: ").append(h.number()).append('\n'));
    sb.append("Kode produksi: ").append(label.productionCode()).append('\n');
    sb.append(label.bestBeforeText()).append('\n');
    return sb.toString();
  }

  static Sku sku(String s) {
    return Sku.of(s);
  }
}
