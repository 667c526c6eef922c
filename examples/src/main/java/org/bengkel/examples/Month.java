package org.bengkel.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.inventory.StockLedger;
import org.bengkel.material.MaterialCost;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.Quote;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.report.PeriodReport;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.SalesOrder;
import org.bengkel.trainee.RegistrationNumber;

/**
 * What the month has produced so far, handed from one chapter to the next: the register, the
 * batches, the stock ledger, the orders and their documents, the splits, premi and PNBP. Not
 * thread-safe; one scenario run owns one instance.
 */
final class Month {

  /** One programme's stream of work for the split: its revenue, material cost and trainees. */
  enum Stream {
    WOOD("Kerajinan kayu"),
    FOOD("Kuliner"),
    WASH("Jasa cuci SAE");

    final String title;

    Stream(String title) {
      this.title = title;
    }
  }

  TrainingRegister register;
  StockLedger ledger = StockLedger.empty(PamekasanData.LAPAS.code());

  /** The events of the month's accepted operations, in order: the audit trail's source. */
  final List<org.bengkel.outcome.Event> events = new ArrayList<>();

  /** The new state of an accepted operation, keeping its events for the audit trail. */
  <T> T accept(org.bengkel.outcome.Outcome<T> outcome) {
    T value = outcome.orElseThrow();
    events.addAll(outcome.events());
    return value;
  }

  final Map<LotCode, ProductionBatch> batches = new LinkedHashMap<>();
  final Map<LotCode, MaterialCost> batchCosts = new LinkedHashMap<>();

  /** Units sold from each lot so far: where the next sale's share of the lot's cost starts. */
  final Map<LotCode, Long> lotUnitsSold = new LinkedHashMap<>();

  final List<EKatalogCheck> listingChecks = new ArrayList<>();
  final List<SalesOrder> orders = new ArrayList<>();
  final Map<String, Quote> quotes = new LinkedHashMap<>();
  final List<Invoice> invoices = new ArrayList<>();

  /** Revenue without PPN (the price without PPN, harga jual) per stream. */
  final Map<Stream, Rupiah> revenue = new LinkedHashMap<>();

  /**
   * Cost of goods sold per stream: the material cost of the goods sold, per good unit of the lot
   * each came from, or of the materials the service jobs used up.
   */
  final Map<Stream, Rupiah> materialCost = new LinkedHashMap<>();

  /** Material cost written off per stream: the batches rejected in the month. */
  final Map<Stream, Rupiah> writeOffs = new LinkedHashMap<>();

  /** The materials the service jobs used up, per day. */
  final Map<LocalDate, Rupiah> serviceMaterials = new LinkedHashMap<>();

  /** PPN collected in the month. */
  Rupiah ppn = Rupiah.ZERO;

  /** Jobs done per wash trainee. */
  final Map<RegistrationNumber, Long> washJobs = new LinkedHashMap<>();

  final Map<Stream, ProceedsSplit> splits = new LinkedHashMap<>();
  final Map<Stream, PremiAllocation> allocations = new LinkedHashMap<>();
  final Map<RegistrationNumber, PremiAccount> accounts = new LinkedHashMap<>();
  PnbpLedger pnbp;

  /** The library's period report of the month. */
  PeriodReport report;

  /** The receipt one buyer was handed, as printed. */
  String buyerReceipt = "";

  /** One product label, as printed. */
  String productLabel = "";

  Month() {
    for (Stream s : Stream.values()) {
      revenue.put(s, Rupiah.ZERO);
      materialCost.put(s, Rupiah.ZERO);
      writeOffs.put(s, Rupiah.ZERO);
    }
  }

  void addRevenue(Stream s, Rupiah amount) {
    revenue.merge(s, amount, Rupiah::plus);
  }

  void addMaterialCost(Stream s, Rupiah amount) {
    materialCost.merge(s, amount, Rupiah::plus);
  }
}
