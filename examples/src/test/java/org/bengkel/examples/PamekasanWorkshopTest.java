package org.bengkel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bengkel.examples.cli.BengkelCli;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.jackson2.BengkelJackson2;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.production.BatchStage;
import org.bengkel.production.LotCode;
import org.bengkel.sales.Invoice;
import org.bengkel.trainee.Trainee;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the Pamekasan month into a temporary folder and checks its key numbers and documents. */
class PamekasanWorkshopTest {

  @TempDir static Path folder;
  static Month month;
  static String report;

  @BeforeAll
  static void runTheMonth() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    month = PamekasanWorkshop.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder);
    report = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theAuditTrailShowsWhoReceivedAndSoldTheLotAndWhoMovedTheOrder() {
    String trail = report.substring(report.indexOf("15. Jejak audit"));
    // the lot: received by the head of the work section, sold at the gallery counter
    assertThat(trail).contains("Drs. Mohammad Rofik (NIP 197805122005011002) · menerima ");
    assertThat(trail)
        .contains("Nur Aini, S.Gz. (NIP 199001202015032002) · menjual 12 unit SKU KUE-KERING-500G");
    // the order: quoted, confirmed, paid and fulfilled, versions 1 to 4, local time in WIB
    assertThat(trail).contains("Pesanan SO-2026-10-002 (versi 4)");
    assertThat(trail)
        .contains(
            "29 Okt 2026 10.40 WIB · Nur Aini, S.Gz. (NIP 199001202015032002) · mencatat penawaran pesanan SO-2026-10-002");
    assertThat(trail).contains("menyerahkan barang pesanan SO-2026-10-002 dari lot ");
    // a premi account, as an inspector reads it: who credited and approved, never whose account
    assertThat(trail)
        .contains(
            "31 Okt 2026 15.00 WIB · Drs. Mohammad Rofik (NIP 197805122005011002) · menyetor premi")
        .contains("ke tabungan seorang warga binaan")
        .doesNotContain(PamekasanData.AHMAD.registrationNumber().value());
  }

  private static String section(String start, String next) {
    int from = report.indexOf(start);
    int to = report.indexOf(next, from);
    assertThat(from).as(start).isNotNegative();
    return report.substring(from, to);
  }

  @Test
  void onlyConvictsWithApprovalServedTimeAndCleanRecordMayWorkAtTheCarWash() {
    String sae = section("2. Kelayakan SAE", "3. Sesi pelatihan");
    for (String name :
        List.of("Ahmad Fauzi", "Imam Syafii", "Yusuf Maulana", "Hairul Anam", "Faisol Amir")) {
      assertThat(sae).containsPattern(Pattern.quote(name) + " +ya ");
    }
    for (String name :
        List.of("Moh. Hasan", "Slamet Riyadi", "Abdul Rahman", "Rudi Hartono", "Budi Santoso")) {
      assertThat(sae).containsPattern(Pattern.quote(name) + " +tidak ");
    }
    // Abdul Rahman has no TPP approval: enrolled in the wash programme, never put on a job.
    assertThat(month.washJobs.keySet())
        .containsExactlyInAnyOrder(
            PamekasanData.AHMAD.registrationNumber(),
            PamekasanData.IMAM.registrationNumber(),
            PamekasanData.YUSUF.registrationNumber());
    assertThat(report).contains("Budi Santoso   A.II   DITOLAK");
  }

  @Test
  void batchMaterialCostComesFromTheBillOfMaterialsAndThePricesOnTheDay() {
    // 40 jars = 2 x the BOM for 20: flour 10 kg x 13.500 = 135.000, butter 5 kg x 48.000 = 240.000,
    // pineapple jam 6 kg x 40.000 = 240.000, sugar 3 kg x 17.500 = 52.500, eggs 2 kg x 28.000 =
    // 56.000, jars 40 x 4.500 = 180.000; total 903.500, per jar 903.500 / 40 = 22.587,5 -> 22.588.
    assertThat(month.batchCosts.get(LotCode.of("KK-20261012-01")).total())
        .isEqualTo(Rupiah.of(903_500));
    assertThat(month.batchCosts.get(LotCode.of("KK-20261012-01")).perUnit())
        .isEqualTo(Rupiah.of(22_588));
    // From 15 October flour costs 14.500: 10 kg x 1.000 more = 913.500.
    assertThat(month.batchCosts.get(LotCode.of("KK-20261021-01")).total())
        .isEqualTo(Rupiah.of(913_500));
    assertThat(report)
        .containsPattern("KK-20261012-01 +Kue kering nastar, toples 500 g +40 +38 +2 +Rp903\\.500");
  }

  @Test
  void keripikWithoutHalalAfterSeventeenOctoberIsRejectedAndNeverStocked() {
    assertThat(month.batches.get(LotCode.of("KS-20261019-01")).stage())
        .isEqualTo(BatchStage.REJECTED);
    assertThat(month.ledger.lots()).noneMatch(l -> l.lot().lotCode().value().startsWith("KS-"));
    assertThat(report).contains("PP 42/2024");
  }

  @Test
  void anOrderBeyondTheStockIsRefusedWhole() {
    assertThat(report).contains("SO-2026-10-005: lines[0]: ").contains("DITOLAK");
    // 7 good Arek Lancor, 2 sold on 29 October: 5 left.
    assertThat(
            month.ledger.available(
                org.bengkel.catalog.Sku.of("AREK-LANCOR-40CM"), PamekasanData.MONTH_END))
        .isEqualTo(5);
  }

  @Test
  void thePremiOfEachSplitIsAllocatedExactlyAndCredited() {
    Rupiah premi = Rupiah.ZERO;
    Rupiah allocated = Rupiah.ZERO;
    for (Month.Stream s : Month.Stream.values()) {
      ProceedsSplit split = month.splits.get(s);
      PremiAllocation allocation = month.allocations.get(s);
      Rupiah shares =
          allocation.shares().stream().map(PremiShare::amount).reduce(Rupiah.ZERO, Rupiah::plus);
      assertThat(shares).as(s.name()).isEqualTo(split.premi());
      premi = premi.plus(split.premi());
      allocated = allocated.plus(shares);
    }
    Rupiah credited =
        month.accounts.values().stream()
            .map(PremiAccount::totalCredited)
            .reduce(Rupiah.ZERO, Rupiah::plus);
    assertThat(allocated).isEqualTo(premi);
    assertThat(credited).isEqualTo(premi);
    assertThat(premi).isGreaterThan(Rupiah.ZERO);
  }

  @Test
  void spendingInsideIsCappedAtAQuarterOfThePremi() {
    // Ahmad Fauzi was credited Rp283.302; 25 % is Rp70.825,5 -> Rp70.825 may be spent: Rp100.000
    // is refused, Rp50.000 is spent.
    PremiAccount ahmad = month.accounts.get(PamekasanData.AHMAD.registrationNumber());
    assertThat(ahmad.totalSpent()).isEqualTo(Rupiah.of(50_000));
    assertThat(report)
        .contains("Rp100.000: ditolak [proceeds.account.spending-cap], paling banyak Rp70.825");
  }

  @Test
  void theSplitIsFiftyFifteenThirtyFiveOfNetProfit() {
    for (ProceedsSplit s : month.splits.values()) {
      assertThat(s.premi().plus(s.pnbp()).plus(s.capital()))
          .isEqualTo(s.revenue().minus(s.materialCost()));
      assertThat(s.policy().premiShare()).hasToString("50%");
    }
  }

  @Test
  void octoberPnbpIsTheSumOfTheSplitsPnbp() {
    Rupiah splits =
        month.splits.values().stream().map(ProceedsSplit::pnbp).reduce(Rupiah.ZERO, Rupiah::plus);
    assertThat(month.pnbp.totalRecorded())
        .isEqualTo(ProceedsChapter.PNBP_BEFORE_OCTOBER.plus(splits));
    assertThat(month.pnbp.undeposited()).isEqualTo(splits);
  }

  @Test
  void thePeriodReportAgreesWithTheMonth() {
    var r = month.report;
    Rupiah allocated =
        month.allocations.values().stream()
            .flatMap(a -> a.shares().stream())
            .map(PremiShare::amount)
            .reduce(Rupiah.ZERO, Rupiah::plus);
    Rupiah pnbp =
        month.splits.values().stream().map(ProceedsSplit::pnbp).reduce(Rupiah.ZERO, Rupiah::plus);
    Rupiah paid = month.invoices.stream().map(Invoice::total).reduce(Rupiah.ZERO, Rupiah::plus);
    Rupiah materials =
        month.batchCosts.values().stream()
            .map(org.bengkel.material.MaterialCost::total)
            .reduce(Rupiah.ZERO, Rupiah::plus);
    assertThat(r.premiTotal()).isEqualTo(allocated);
    assertThat(r.pnbp().recordedInPeriod()).isEqualTo(pnbp);
    assertThat(r.pnbp().recordedToDate()).isEqualTo(month.pnbp.totalRecorded());
    // Prices include PPN: the report's revenue is without it, and with its PPN is what buyers paid.
    Rupiah revenue = month.revenue.values().stream().reduce(Rupiah.ZERO, Rupiah::plus);
    assertThat(r.salesRevenue()).isEqualTo(revenue);
    assertThat(r.salesPpn()).isEqualTo(month.ppn);
    assertThat(r.salesRevenue().plus(r.salesPpn())).isEqualTo(paid);
    // One definition of cost: cost of goods sold and write-offs, as section 10 splits them.
    Rupiah cogs = month.materialCost.values().stream().reduce(Rupiah.ZERO, Rupiah::plus);
    Rupiah writeOffs = month.writeOffs.values().stream().reduce(Rupiah.ZERO, Rupiah::plus);
    assertThat(r.costOfGoodsSold()).isEqualTo(cogs);
    assertThat(r.writeOffs()).isEqualTo(writeOffs).isEqualTo(Rupiah.of(302_000));
    assertThat(r.proceeds().premi()).isEqualTo(allocated);
    assertThat(r.productionTotal().materialCost()).isEqualTo(materials);
    assertThat(r.productionTotal().batchesReleased()).isEqualTo(8);
    assertThat(r.productionTotal().batchesRejected()).isEqualTo(1);
    assertThat(report).contains("13. Laporan periode");
  }

  @Test
  void revenueWithoutPpnPlusPpnIsWhatBuyersPaid() {
    Rupiah paid = month.invoices.stream().map(Invoice::total).reduce(Rupiah.ZERO, Rupiah::plus);
    Rupiah revenue = month.revenue.values().stream().reduce(Rupiah.ZERO, Rupiah::plus);
    assertThat(revenue.plus(month.ppn)).isEqualTo(paid);
  }

  @Test
  void receiptsAndLabelsNameNoTrainee() throws Exception {
    assertThat(month.buyerReceipt)
        .contains("KUITANSI KW-2026-10-002")
        .contains("JUMLAH: Rp1.780.000");
    assertThat(month.productLabel).contains("KK-20261021-01").contains("P-IRT");
    List<String> documents =
        Stream.concat(
                Stream.of(month.buyerReceipt, month.productLabel),
                month.invoices.stream().map(SalesChapter::receiptText))
            .toList();
    String invoicesJson = Files.readString(folder.resolve("invoices.json"));
    documents = Stream.concat(documents.stream(), Stream.of(invoicesJson)).toList();
    for (String text : documents) {
      for (Trainee t : PamekasanData.TRAINEES) {
        assertThat(text).doesNotContain(t.name()).doesNotContain(t.registrationNumber().value());
      }
    }
  }

  @Test
  void everyWrittenDocumentReadsBackOnBothJacksonMajors() throws Exception {
    var jackson2 = BengkelJackson2.mapper();
    var jackson3 = BengkelJackson3.mapper();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              JsonOutput.DOCUMENTS.stream().map(JsonOutput.Document::file).toList());
    }
    for (JsonOutput.Document d : JsonOutput.DOCUMENTS) {
      byte[] json = Files.readAllBytes(folder.resolve(d.file()));
      Object expected = d.value().apply(month);
      Object two =
          d.list()
              ? jackson2.readValue(
                  json, jackson2.getTypeFactory().constructCollectionType(List.class, d.type()))
              : jackson2.readValue(json, d.type());
      Object three =
          d.list()
              ? jackson3.readValue(
                  json, jackson3.getTypeFactory().constructCollectionType(List.class, d.type()))
              : jackson3.readValue(json, d.type());
      assertThat(two).as(d.file() + " (Jackson 2)").isEqualTo(expected);
      assertThat(three).as(d.file() + " (Jackson 3)").isEqualTo(expected);
    }
    assertThat(report).contains(folder.toAbsolutePath().normalize().toString());
  }

  @Test
  void theShippedSampleDataIsBengkelJsonOnBothMajors() throws Exception {
    var jackson3 = BengkelJackson3.mapper();
    try (var in = PamekasanData.open("trainees.json")) {
      List<Trainee> trainees =
          jackson3.readValue(
              in, jackson3.getTypeFactory().constructCollectionType(List.class, Trainee.class));
      assertThat(trainees).isEqualTo(PamekasanData.TRAINEES);
    }
    assertThat(PamekasanData.FILES).allSatisfy(f -> assertThat(PamekasanData.open(f)).isNotNull());
  }

  /**
   * The command-line tool's sample bundle is this month: {@code bengkel report} on it gives the
   * scenario's own period report. The bundle is made from the documents the month writes (see
   * docs/cli.md, "report"); when the scenario changes, make it again.
   */
  @Test
  void theToolsReportOfItsSampleBundleIsThisMonthsReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("period-report.json");
    StringWriter err = new StringWriter();
    int code =
        BengkelCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
            .execute(
                "report",
                "samples/report-data.json",
                "--period",
                "2026-10",
                "--json",
                file.toString());
    assertThat(code).as(err.toString()).isZero();
    Document document = BengkelJackson2.create().read(Files.readString(file), Document.class);
    assertThat(document.payload(DocumentKinds.PERIOD_REPORT))
        .as("examples/samples/report-data.json no longer holds the scenario's month")
        .isEqualTo(month.report);
  }
}
