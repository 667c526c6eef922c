package org.bengkel.json.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.WriteOffReason;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.document.FacilityRecord;
import org.bengkel.json.document.OrderOutcome;
import org.bengkel.json.document.SalesOrderDocument;
import org.bengkel.json.document.StockMovements;
import org.bengkel.json.privacy.SkillsPassportView;
import org.bengkel.json.privacy.SubjectAccessExport;
import org.bengkel.outcome.Event;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.StepCode;
import org.bengkel.proceeds.PnbpEntry;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.sales.Customer;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;

/**
 * One sample per golden versioned document {@code org/bengkel/json/golden/document/<name>.json}:
 * the document it reads as, and whether it is at the kind's current version (then it also writes
 * the file's compact bytes). Adding a document kind: add a sample of its current version here.
 */
public final class DocumentSamples {

  private DocumentSamples() {}

  /** A sample golden document: its kind, the version it is written in, and its payload. */
  public record Sample(String name, DocumentKind<?> kind, int version, Object payload) {
    /** Whether the file is at the kind's current version (it then also writes the file's bytes). */
    public boolean current() {
      return version == kind.currentVersion();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final FacilityRecord RECORD =
      FacilityRecord.of(
          GoldenSamples.PAMEKASAN,
          List.of(
              Officer.builder()
                  .nip(Nip.parse("198503152010121002"))
                  .name("Ahmad Fauzi")
                  .position("Kepala Seksi Kegiatan Kerja")
                  .build(),
              Officer.of(Nip.parse("199001012015032001"), "Siti Rahma")));

  /** The order made from the e-Katalog quote: its lines, prices and tax carried over. */
  static final SalesOrderDocument SALES_ORDER =
      SalesOrderDocument.of(
          SalesOrder.fromQuote(
              "SO-2026-0051",
              SalesSamples.GOVERNMENT,
              PricingSamples.QUOTE,
              ContractStamps.at(LocalDateTime.of(2026, 11, 2, 10, 0))),
          PricingSamples.QUOTE);

  /**
   * The same order as version 1 of the document had it (lines copied from the quote by hand, no
   * quoted tax), with the quote's items upgraded from free strings: "toples" is {@code JAR}, "buah"
   * {@code PIECE}, the description the SKU.
   */
  static final SalesOrderDocument SALES_ORDER_V1 =
      SalesOrderDocument.of(
          SalesOrder.quoted(
              "SO-2026-0051",
              Channel.E_KATALOG,
              SalesSamples.GOVERNMENT,
              PricingSamples.QUOTE.date(),
              PricingSamples.QUOTE.lines().stream()
                  .map(
                      l ->
                          GoodsLine.of(
                              l.item().sku(),
                              "Pesanan e-Katalog " + l.item().sku().value(),
                              l.quantity(),
                              l.unitPrice()))
                  .toList(),
              // version 1 had local times and no actor: read as WIB, recorded by "import"
              ContractStamps.legacy(LocalDateTime.of(2026, 11, 2, 10, 0))),
          Quote.builder()
              .from(PricingSamples.QUOTE)
              .lines(
                  PricingSamples.QUOTE.lines().stream()
                      .map(
                          l ->
                              QuotedLine.builder()
                                  .from(l)
                                  .item(
                                      PricingItem.builder()
                                          .from(l.item())
                                          .description(l.item().sku().value())
                                          .build())
                                  .build())
                      .toList())
              .build());

  /**
   * The price steps of {@link PricingSamples#QUOTE} as versions 1 and 2 of the sales-order document
   * wrote them, in English prose, in the order of the quote's lines and steps.
   */
  private static final List<String> PROSE_STEPS =
      List.of(
          "base: list price of KUE-KERING-500G Rp92.500",
          "Rp92.500 x (1 + 10%) = Rp101.750, rounded HALF_UP to whole rupiah",
          "rounded to a multiple of Rp500 HALF_UP: Rp101.750 -> Rp102.000",
          "surcharge Rp1.000 added",
          "minimum margin 25% over cost Rp61.250: at least Rp76.563 (rounded up), unchanged",
          "maximum margin 150% over cost Rp61.250: at most Rp153.125 (rounded down), unchanged",
          "floor price Rp80.000: not below it, unchanged",
          "base: price of channel GALLERY Rp103.000 (list GALERI-2026, rule KUE-GROSIR)",
          "Rp103.000 x (1 - 5%) = Rp97.850, rounded HALF_UP to whole rupiah",
          "base: list price of KURSI-JATI Rp1.200.000",
          "Rp1.200.000 x (1 - 12.5%) = Rp1.050.000, rounded HALF_UP to whole rupiah",
          "base: price of channel GALLERY Rp1.050.000 (list GALERI-2026, rule KURSI-PROMO)",
          "Rp1.050.000 x (1 - 5%) = Rp997.500, rounded HALF_UP to whole rupiah");

  /**
   * A sales-order document as read from version 1 or 2: the same, but each price step a {@code
   * pricing.step.text} step holding the prose those versions wrote.
   */
  static SalesOrderDocument withProseSteps(SalesOrderDocument document) {
    Iterator<String> prose = PROSE_STEPS.iterator();
    Quote quote = document.quote();
    Quote read =
        Quote.builder()
            .from(quote)
            .lines(
                quote.lines().stream()
                    .map(
                        l ->
                            QuotedLine.builder()
                                .from(l)
                                .steps(
                                    l.steps().stream()
                                        .map(
                                            s ->
                                                PriceStep.builder()
                                                    .from(s)
                                                    .code(StepCode.TEXT)
                                                    .params(Map.of("text", prose.next()))
                                                    .build())
                                        .toList())
                                .build())
                    .toList())
            .build();
    return SalesOrderDocument.of(document.order(), read);
  }

  /** A car wash by Hasan (B.I-123/2024) and Fauzi (B.I-7/2025), on an order of its own. */
  static final SalesOrder WASH_ORDER =
      SalesOrder.quoted(
          "SO-2026-0060",
          Channel.GALLERY,
          Customer.walkIn(),
          LocalDate.of(2026, 11, 9),
          List.of(
              ServiceJob.of(
                  SalesSamples.WASH,
                  VehicleClass.CAR,
                  LocalDate.of(2026, 11, 9),
                  Set.of(ProgrammeSamples.HASAN, ProgrammeSamples.FAUZI))),
          ContractStamps.at(LocalDateTime.of(2026, 11, 9, 8, 0)));

  /**
   * Hasan's subject-access export: his record, the register of the week (his two enrolments, his
   * two attendance records, his assessment), his passport with the LSP certificate, his work in the
   * cookie batch (he is ANI there: same registration number), the car wash, his premi share and
   * account (BUDI in the proceeds samples: same number).
   */
  static final SubjectAccessExport EXPORT =
      SubjectAccessExport.of(
          TraineeSamples.CONVICT,
          LocalDate.of(2026, 11, 27),
          ProgrammeSamples.REGISTER,
          List.of(ProgrammeSamples.CERTIFICATE),
          List.of(ProductionSamples.RELEASED, ProductionSamples.REJECTED),
          List.of(SalesSamples.QUOTED, WASH_ORDER),
          List.of(ProceedsSamples.ALLOCATION),
          List.of(ProceedsSamples.ACCOUNT));

  /**
   * The inventory sample ledger's movements after its first (the chairs' receipt): the cookies
   * received, reserved for an order, a chair sold, a pack written off; with the cookies' lot.
   */
  static final StockMovements MOVEMENTS_AFTER_1 = StockMovements.of(InventorySamples.LEDGER, 1);

  /** The sales sample order confirmed: accepted, ten packs reserved. */
  static final OrderOutcome CONFIRMED = OrderOutcome.of(Outcome.accepted(SalesSamples.CONFIRMED));

  /**
   * The sales sample order confirmed against a ledger without stock: refused for its first line, 10
   * packs asked and 0 available.
   */
  static final OrderOutcome REFUSED =
      OrderOutcome.of(
          SalesSamples.QUOTED.confirm(
              StockLedger.empty(ContractStamps.LEDGER), SalesSamples.QUOTED_AT.plusMinutes(30)));

  /** Every sample. */
  public static List<Sample> all() {
    return Stream.concat(
            Stream.of(
                new Sample("facility-record-v2", DocumentKinds.FACILITY_RECORD, 2, RECORD),
                // Version 1 held the facility alone: read with no officers (the default of version
                // 2).
                new Sample(
                    "facility-record-v1",
                    DocumentKinds.FACILITY_RECORD,
                    1,
                    FacilityRecord.of(GoldenSamples.PAMEKASAN, List.of())),
                new Sample(
                    "trainee-record-v1", DocumentKinds.TRAINEE_RECORD, 1, TraineeSamples.CONVICT),
                new Sample(
                    "training-register-v1",
                    DocumentKinds.TRAINING_REGISTER,
                    1,
                    ProgrammeSamples.REGISTER),
                new Sample(
                    "skills-passport-v1",
                    DocumentKinds.SKILLS_PASSPORT,
                    1,
                    SkillsPassportView.of(ProgrammeSamples.PASSPORT)),
                new Sample(
                    "production-batch-v1",
                    DocumentKinds.PRODUCTION_BATCH,
                    1,
                    ProductionSamples.RELEASED),
                new Sample(
                    "stock-ledger-v1", DocumentKinds.STOCK_LEDGER, 1, InventorySamples.LEDGER),
                new Sample(
                    "stock-movements-v1", DocumentKinds.STOCK_MOVEMENTS, 1, MOVEMENTS_AFTER_1),
                new Sample("quote-v1", DocumentKinds.QUOTE, 1, PricingSamples.QUOTE),
                new Sample(
                    "sales-order-v1", DocumentKinds.SALES_ORDER, 1, withProseSteps(SALES_ORDER_V1)),
                new Sample(
                    "sales-order-v2", DocumentKinds.SALES_ORDER, 2, withProseSteps(SALES_ORDER)),
                new Sample("sales-order-v3", DocumentKinds.SALES_ORDER, 3, SALES_ORDER),
                new Sample("order-outcome-v1", DocumentKinds.ORDER_OUTCOME, 1, REFUSED),
                new Sample("order-outcome-accepted-v1", DocumentKinds.ORDER_OUTCOME, 1, CONFIRMED),
                new Sample("price-book-v1", DocumentKinds.PRICE_BOOK, 1, PricingSamples.BOOK),
                new Sample(
                    "premi-account-v1", DocumentKinds.PREMI_ACCOUNT, 1, ProceedsSamples.ACCOUNT),
                new Sample("pnbp-ledger-v1", DocumentKinds.PNBP_LEDGER, 1, ProceedsSamples.LEDGER),
                new Sample(
                    "period-report-v1", DocumentKinds.PERIOD_REPORT, 1, ReportSamples.REPORT),
                new Sample(
                    "subject-access-export-v1", DocumentKinds.SUBJECT_ACCESS_EXPORT, 1, EXPORT)),
            EVENTS.stream())
        .toList();
  }

  /**
   * One golden event of every type core declares ({@code <type>-v1}, such as {@code
   * inventory.stock-sold-v1}): the first event of its type in the sales samples' story of a ledger
   * and an order (received, quoted, confirmed, paid, fulfilled, returned, cancelled) and a
   * write-off; the proceeds samples' premi account and PNBP ledger; a price list added, replaced
   * and retired; the production samples' story of a batch released and one rejected; the programme
   * samples' training register and the trainee samples' events.
   */
  private static final List<Sample> EVENTS = eventSamples();

  private static List<Sample> eventSamples() {
    List<Event> story = new ArrayList<>(SalesSamples.QUOTED.events());
    story.addAll(ProceedsSamples.ACCOUNT.events());
    PnbpEntry record = ProceedsSamples.LEDGER.records().get(0);
    PnbpEntry deposit = ProceedsSamples.LEDGER.deposits().get(0);
    PnbpLedger recorded =
        PnbpLedger.of(
                ProceedsSamples.PAMEKASAN,
                ProceedsSamples.LEDGER.year(),
                ProceedsSamples.LEDGER.target())
            .record(record.stamp(), record.reference(), record.amount())
            .orElseThrow();
    Stamp priced = ContractStamps.at(LocalDateTime.of(2025, 12, 15, 9, 0));
    PriceBook listed =
        PriceBook.of(List.of()).addList(PricingSamples.GALLERY, priced).orElseThrow();
    Stamp written = ContractStamps.at(LocalDateTime.of(2026, 11, 8, 11, 0));
    for (Outcome<?> o :
        List.of(
            StockLedger.empty(ContractStamps.LEDGER)
                .receive(
                    InventorySamples.COOKIES,
                    ContractStamps.at(InventorySamples.COOKIES.receivedAt())),
            SalesSamples.QUOTED.confirm(
                SalesSamples.LEDGER, SalesSamples.QUOTED_AT.plusMinutes(30)),
            SalesSamples.CONFIRMED
                .order()
                .pay(
                    SalesSamples.CONFIRMED.ledger(),
                    ContractStamps.at(LocalDateTime.of(2026, 11, 5, 10, 15))),
            SalesSamples.PAID
                .order()
                .fulfil(
                    SalesSamples.PAID.ledger(),
                    ContractStamps.at(LocalDateTime.of(2026, 11, 6, 8, 0))),
            SalesSamples.FULFILLED
                .order()
                .returnGoods(SalesSamples.FULFILLED.ledger(), SalesSamples.DAMAGED_JAR),
            SalesSamples.PAID
                .order()
                .cancel(
                    SalesSamples.PAID.ledger(),
                    ContractStamps.at(LocalDateTime.of(2026, 11, 5, 16, 0))),
            SalesSamples.FULFILLED
                .ledger()
                .writeOff(InventorySamples.LOT, 2, WriteOffReason.DAMAGED, written),
            PnbpLedger.of(
                    ProceedsSamples.PAMEKASAN,
                    ProceedsSamples.LEDGER.year(),
                    ProceedsSamples.LEDGER.target())
                .record(record.stamp(), record.reference(), record.amount()),
            recorded.deposit(deposit.stamp(), deposit.amount(), deposit.reference()),
            PriceBook.of(List.of()).addList(PricingSamples.GALLERY, priced),
            listed.replaceList(PricingSamples.GALLERY, priced.plusDays(1)),
            listed.retireList(
                PricingSamples.GALLERY.id(), LocalDate.of(2026, 6, 30), priced.plusDays(2)))) {
      story.addAll(o.events());
    }
    // a batch's story: planned, moved, supervised, started, worked, packed, checked, released; and
    // one rejected
    story.addAll(ProductionSamples.RELEASED_STORY.events());
    story.addAll(ProductionSamples.REJECTED_STORY.events());
    story.addAll(ProgrammeSamples.EVENTS);
    story.addAll(TraineeSamples.EVENTS);
    Map<String, Sample> first = new LinkedHashMap<>();
    for (Event e : story) {
      first.computeIfAbsent(
          e.type(), type -> new Sample(type + "-v1", DocumentKinds.find(type).orElseThrow(), 1, e));
    }
    return List.copyOf(first.values());
  }
}
