package org.bengkel.json.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.document.FacilityRecord;
import org.bengkel.json.document.SalesOrderDocument;
import org.bengkel.json.privacy.SkillsPassportView;
import org.bengkel.json.privacy.SubjectAccessExport;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
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

  static final Facility PAMEKASAN =
      Facility.of(
          FacilityCode.of("LAPAS-PAMEKASAN"),
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.IIA,
          "Kanwil Ditjenpas Jawa Timur");

  static final FacilityRecord RECORD =
      FacilityRecord.of(
          PAMEKASAN,
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
              "SO-2026-0051", SalesSamples.GOVERNMENT, PricingSamples.QUOTE,
              ContractStamps.at(LocalDateTime.of(2026, 11, 2, 10, 0))),
          PricingSamples.QUOTE);

  /**
   * The same order as version 1 of the document had it (lines copied from the quote by hand, no
   * quoted tax), with the quote's items upgraded from free strings: "toples" is {@code JAR},
   * "buah" {@code PIECE}, the description the SKU.
   */
  static final SalesOrderDocument SALES_ORDER_V1 =
      SalesOrderDocument.of(
          SalesOrder.quoted(
              "SO-2026-0051",
              Channel.E_KATALOG,
              SalesSamples.GOVERNMENT,
              PricingSamples.QUOTE.date(),
              PricingSamples.QUOTE.lines().stream()
                  .map(l -> GoodsLine.of(l.item().sku(), "Pesanan e-Katalog " + l.item().sku().value(),
                      l.quantity(), l.unitPrice()))
                  .toList(),
              // version 1 had local times and no actor: read as WIB, recorded by "import"
              ContractStamps.legacy(LocalDateTime.of(2026, 11, 2, 10, 0))),
          Quote.builder()
              .from(PricingSamples.QUOTE)
              .lines(PricingSamples.QUOTE.lines().stream()
                  .map(l -> QuotedLine.builder().from(l)
                      .item(PricingItem.builder().from(l.item()).description(l.item().sku().value()).build())
                      .build())
                  .toList())
              .build());

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
   * two attendance records, his assessment), his passport with the LSP certificate, his work in
   * the cookie batch (he is ANI there: same registration number), the car wash, his premi share
   * and account (BUDI in the proceeds samples: same number).
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

  /** Every sample. */
  public static List<Sample> all() {
    return List.of(
        new Sample("facility-record-v2", DocumentKinds.FACILITY_RECORD, 2, RECORD),
        // Version 1 held the facility alone: read with no officers (the default of version 2).
        new Sample(
            "facility-record-v1", DocumentKinds.FACILITY_RECORD, 1, FacilityRecord.of(PAMEKASAN, List.of())),
        new Sample("trainee-record-v1", DocumentKinds.TRAINEE_RECORD, 1, TraineeSamples.CONVICT),
        new Sample(
            "skills-passport-v1",
            DocumentKinds.SKILLS_PASSPORT,
            1,
            SkillsPassportView.of(ProgrammeSamples.PASSPORT)),
        new Sample("production-batch-v1", DocumentKinds.PRODUCTION_BATCH, 1, ProductionSamples.RELEASED),
        new Sample("sales-order-v1", DocumentKinds.SALES_ORDER, 1, SALES_ORDER_V1),
        new Sample("sales-order-v2", DocumentKinds.SALES_ORDER, 2, SALES_ORDER),
        new Sample("period-report-v1", DocumentKinds.PERIOD_REPORT, 1, ReportSamples.REPORT),
        new Sample("subject-access-export-v1", DocumentKinds.SUBJECT_ACCESS_EXPORT, 1, EXPORT));
  }
}
