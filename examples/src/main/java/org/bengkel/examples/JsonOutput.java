package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Service;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.jackson2.BengkelJackson2;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.production.ProductionBatch;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.report.PeriodReport;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.SalesOrder;
import org.bengkel.trainee.Trainee;

/**
 * Writes the month's documents in bengkel's JSON format (through {@link BengkelJackson2},
 * pretty-printed) to a folder: the sample data as used, the training register, the production
 * batches, stock lots and movements, quotes, sales orders, receipts and invoices, the proceeds
 * splits, premi allocations and accounts, the PNBP ledger and the period report.
 */
final class JsonOutput {

  /** One written document: its file name, the bengkel type, whether the file holds a list of it. */
  record Document(String file, Class<?> type, boolean list, Function<Month, Object> value) {}

  static final List<Document> DOCUMENTS =
      List.of(
          new Document("facility.json", Facility.class, false, m -> LAPAS),
          new Document("officers.json", Officer.class, true, m -> OFFICERS),
          new Document("trainees.json", Trainee.class, true, m -> TRAINEES),
          new Document("programmes.json", SkillProgramme.class, true, m -> PROGRAMMES),
          new Document("training-register.json", TrainingRegister.class, false, m -> m.register),
          new Document("catalogue-products.json", Product.class, true, m -> PRODUCTS),
          new Document("catalogue-services.json", Service.class, true, m -> SERVICES),
          new Document(
              "material-prices.json",
              org.bengkel.material.MaterialPrices.class,
              false,
              m -> MATERIAL_PRICES),
          new Document("bills-of-materials.json", BillOfMaterials.class, true, m -> BOMS.bills()),
          new Document("price-book.json", PriceBook.class, false, m -> PRICE_BOOK),
          new Document("tax-policy.json", TaxPolicy.class, false, m -> TAX),
          new Document("e-katalog-checks.json", EKatalogCheck.class, true, m -> m.listingChecks),
          new Document(
              "production-batches.json",
              ProductionBatch.class,
              true,
              m -> new ArrayList<>(m.batches.values())),
          new Document("quotes.json", Quote.class, true, m -> new ArrayList<>(m.quotes.values())),
          new Document("sales-orders.json", SalesOrder.class, true, m -> m.orders),
          new Document("invoices.json", Invoice.class, true, m -> m.invoices),
          new Document(
              "stock-lots.json",
              StockLot.class,
              true,
              m -> m.ledger.lots().stream().map(l -> l.lot()).toList()),
          new Document("stock-movements.json", Movement.class, true, m -> m.ledger.movements()),
          new Document("split-policies.json", SplitPolicies.class, false, m -> SPLIT),
          new Document(
              "proceeds-splits.json",
              ProceedsSplit.class,
              true,
              m -> new ArrayList<>(m.splits.values())),
          new Document(
              "premi-allocations.json",
              PremiAllocation.class,
              true,
              m -> new ArrayList<>(m.allocations.values())),
          new Document(
              "premi-accounts.json",
              PremiAccount.class,
              true,
              m -> new ArrayList<>(m.accounts.values())),
          new Document("pnbp-ledger.json", PnbpLedger.class, false, m -> m.pnbp),
          new Document("period-report.json", PeriodReport.class, false, m -> m.report));

  /** Writes every document; returns the files written. */
  static List<Path> write(Month month, Path folder) {
    ObjectWriter writer = BengkelJackson2.mapper().writerWithDefaultPrettyPrinter();
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Document d : DOCUMENTS) {
        Object value = d.value().apply(month);
        String text =
            d.list()
                ? writer
                    .forType(writer.getTypeFactory().constructCollectionType(List.class, d.type()))
                    .writeValueAsString(value)
                : writer.writeValueAsString(value);
        Path file = folder.resolve(d.file());
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the month's documents to " + folder, e);
    }
    return written;
  }
}
