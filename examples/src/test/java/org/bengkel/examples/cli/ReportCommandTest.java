package org.bengkel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.examples.cli.BengkelCliTest.ONE_LINE_ERROR;
import static org.bengkel.examples.cli.BengkelCliTest.broken;
import static org.bengkel.examples.cli.BengkelCliTest.run;
import static org.bengkel.examples.cli.BengkelCliTest.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bengkel.examples.EnglishWords;
import org.bengkel.examples.cli.BengkelCliTest.Run;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.jackson2.BengkelJackson2;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialPrices;
import org.bengkel.money.NumberText;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.production.ProductionBatch;
import org.bengkel.report.ChannelSales;
import org.bengkel.report.PeriodReport;
import org.bengkel.report.PeriodReportCompiler;
import org.bengkel.report.ProductSales;
import org.bengkel.report.ProductionFigures;
import org.bengkel.report.ProductionRow;
import org.bengkel.report.ReportPeriod;
import org.bengkel.report.TraineePremi;
import org.bengkel.report.VehicleClassSales;
import org.bengkel.sales.SalesOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code bengkel report} on the shipped month (the Pamekasan scenario's October 2026), on broken
 * copies of it, and against a {@link PeriodReport} compiled here directly with the library's
 * compiler.
 */
class ReportCommandTest {

  private static final Path SAMPLE = Path.of(sample("report-data.json"));
  private static final ObjectMapper JSON = BengkelJackson2.mapper();

  /**
   * The period report built without the tool: the sample's parts read with bengkel's Jackson 2
   * mapper and given to {@link PeriodReportCompiler} as its Javadoc describes.
   */
  static PeriodReport direct(YearMonth month) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(SAMPLE));
    BomRegistry boms = BomRegistry.of(list(root.get("billsOfMaterials"), BillOfMaterials.class));
    MaterialPrices prices = JSON.treeToValue(root.get("materialPrices"), MaterialPrices.class);
    PeriodReportCompiler compiler = PeriodReportCompiler.forPeriod(ReportPeriod.ofMonth(month));
    for (ProductionBatch b : list(root.get("batches"), ProductionBatch.class)) {
      compiler.batch(b, boms, prices);
    }
    compiler.orders(list(root.get("orders"), SalesOrder.class));
    for (JsonNode m : root.get("serviceMaterials")) {
      compiler.serviceMaterials(
          LocalDate.parse(m.get("date").textValue()), Rupiah.of(m.get("cost").longValue()));
    }
    for (JsonNode a : root.get("premiAllocations")) {
      compiler.premi(
          LocalDate.parse(a.get("creditedOn").textValue()),
          JSON.treeToValue(a.get("allocation"), PremiAllocation.class));
    }
    return compiler.compile(
        JSON.treeToValue(root.get("splitPolicies"), SplitPolicies.class),
        JSON.treeToValue(root.get("pnbpLedger"), PnbpLedger.class));
  }

  private static <T> List<T> list(JsonNode array, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(JSON.treeToValue(n, type));
    }
    return out;
  }

  /** A printed table row: the cells in order, separated by the table's spaces. */
  private static Pattern row(Object... cells) {
    return Pattern.compile(
        "(?m)^ +"
            + Stream.of(cells)
                .map(c -> Pattern.quote(String.valueOf(c)))
                .collect(Collectors.joining(" +"))
            + "$");
  }

  private static String hours(Duration d) {
    return String.format(Locale.ROOT, "%dh %02dm", d.toHours(), d.toMinutesPart());
  }

  @Test
  void reportPrintsTheMonthsPeriodReport() {
    Run r = run("report", sample("report-data.json"), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("Period report 2026-10-01 to 2026-10-31 - LAPAS-PAMEKASAN")
        // Eight batches released and the cassava chips rejected (100 units, Rp302.000 written
        // off), 318 team hours.
        .containsPattern(row("total", 8, 1, 171, 104, "318h 00m", "Rp7.110.000", "Rp302.000"))
        .containsPattern(
            row("KERIPIK-SINGKONG-150G", 0, 1, 0, 100, "12h 00m", "Rp302.000", "Rp302.000", "-"))
        // Kue kering: (903.500 + 913.500) / (38 + 39) = 1.817.000 / 77 = 23.597,4 -> Rp23.597.
        .containsPattern(
            row("KUE-KERING-500G", 2, 0, 77, 3, "48h 00m", "Rp1.817.000", "Rp0", "Rp23.597"))
        // Twelve orders, eleven fulfilled in October (SO-2026-10-005 is only quoted); revenue
        // without PPN, each order's price without PPN as its quote computed it.
        .containsPattern(row("gallery", 9, 37, 96, "Rp4.617.118"))
        // 4.617.118 + 3.288.288 + 2.342.342 = 10.247.748; 9 + 1 + 1 = 11 orders, 37 + 25 + 34 = 96
        // units, 96 jobs.
        .containsPattern(row("total", 11, 96, 96, "Rp10.247.748"))
        .contains("PPN collected (not revenue, never split): Rp1.127.252")
        .containsPattern(row("car", "service", 31, "Rp977.492"))
        // Net profit 10.247.748 - 4.392.866 (cost of goods sold) - 302.000 (written off)
        // = 5.552.882, split 50 / 15 / 35 %: 2.776.441 + 832.932,3 -> 832.932 + 1.943.508,7
        // -> 1.943.509 = 5.552.882.
        .containsPattern(row("cost of goods sold", "Rp4.392.866"))
        .containsPattern(row("written off", "Rp302.000"))
        .containsPattern(row("net profit", "Rp5.552.882"))
        .containsPattern(row("premi", "50%", "Rp2.776.441"))
        .containsPattern(row("PNBP", "15%", "Rp832.932"))
        .containsPattern(row("production capital", "35%", "Rp1.943.509"))
        // Three allocations credited on 31 October to eight trainees.
        .containsPattern(row("trainees", 8))
        .containsPattern(row("total", "Rp2.776.441"))
        // PNBP deposited 7.850.000 of 12.000.000 = 65,416..% -> 65.42 %.
        .containsPattern(row("recorded in the period", "Rp832.932"))
        .containsPattern(row("target deposited", "65.42%"));
    assertThat(r.out()).doesNotContain("B.I-").doesNotContain("B.IIa-");
  }

  @Test
  void everyPrintedFigureIsThatOfThePeriodReportBuiltByTheLibrary() throws IOException {
    PeriodReport report = direct(YearMonth.of(2026, 10));
    assertThat(report.productionByProduct()).hasSize(8);
    assertThat(report.salesByChannel()).hasSize(3);
    Run r = run("report", sample("report-data.json"), "--period", "2026-10", "--show-identity");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    String out = r.out();
    for (ProductionRow p : report.productionByProgramme()) {
      assertThat(out).containsPattern(figures(p.programme(), "(all)", p.figures()));
    }
    for (ProductionRow p : report.productionByProduct()) {
      assertThat(out).containsPattern(figures(p.product().orElseThrow(), p.figures()));
    }
    assertThat(out).containsPattern(figures("total", "", report.productionTotal()));
    for (ChannelSales c : report.salesByChannel()) {
      assertThat(out)
          .containsPattern(
              row(
                  c.channel().displayName(Locale.ENGLISH),
                  c.orders(),
                  c.goodsUnits(),
                  c.serviceJobs(),
                  c.revenue()));
    }
    assertThat(out)
        .containsPattern(
            row(
                "total",
                report.salesByChannel().stream().mapToLong(ChannelSales::orders).sum(),
                report.salesByChannel().stream().mapToLong(ChannelSales::goodsUnits).sum(),
                report.salesByChannel().stream().mapToLong(ChannelSales::serviceJobs).sum(),
                report.salesRevenue()))
        .containsPattern(row("total", report.salesRevenue(), report.costOfGoodsSold()))
        .contains("): " + report.salesPpn());
    for (ProductSales p : report.salesByProduct()) {
      assertThat(out)
          .containsPattern(row(p.sku(), "goods", p.units(), p.revenue(), p.costOfGoodsSold()));
    }
    for (VehicleClassSales v : report.salesByVehicleClass()) {
      assertThat(out)
          .containsPattern(
              row(v.vehicleClass().displayName(Locale.ENGLISH), "service", v.jobs(), v.revenue()));
    }
    ProceedsSplit s = report.proceeds();
    assertThat(out)
        .contains("Proceeds split (policy from 2026-01-01, net profit)")
        .containsPattern(row("revenue", s.revenue()))
        .containsPattern(row("service materials", "service", report.serviceMaterialCost()))
        .containsPattern(row("cost of goods sold", report.costOfGoodsSold()))
        .containsPattern(row("written off", report.writeOffs()))
        .containsPattern(row("base", s.base()))
        .containsPattern(
            row("premi", NumberText.percent(s.policy().premiShare(), Locale.ENGLISH), s.premi()))
        .containsPattern(
            row("PNBP", NumberText.percent(s.policy().pnbpShare(), Locale.ENGLISH), s.pnbp()))
        .containsPattern(
            row(
                "production capital",
                NumberText.percent(s.policy().capitalShare(), Locale.ENGLISH),
                s.capital()));
    for (TraineePremi p : report.premiByTrainee()) {
      assertThat(out).containsPattern(row(p.registrationNumber().value(), p.amount()));
    }
    assertThat(out)
        .containsPattern(row("total", report.premiTotal()))
        .containsPattern(row("recorded in the period", report.pnbp().recordedInPeriod()))
        .containsPattern(row("deposited in the period", report.pnbp().depositedInPeriod()))
        .containsPattern(row("recorded to the period's end", report.pnbp().recordedToDate()))
        .containsPattern(row("deposited to the period's end", report.pnbp().depositedToDate()))
        .containsPattern(
            row("not yet deposited at the period's end", report.pnbp().undepositedToDate()))
        .containsPattern(row("annual target", report.pnbp().target()))
        .containsPattern(
            row(
                "target deposited",
                NumberText.percent(report.pnbp().achievementPercent(), Locale.ENGLISH)));
  }

  /** A product's row: its figures and the cost of one good unit. */
  private static Pattern figures(Object first, ProductionFigures f) {
    return row(
        first,
        f.batchesReleased(),
        f.batchesRejected(),
        f.goodUnits(),
        f.rejectedUnits(),
        hours(f.teamHours()),
        f.materialCost(),
        f.writtenOff(),
        f.costPerGoodUnit().map(Object::toString).orElse("-"));
  }

  /** A programme's or the total row: no unit cost (units of different products do not add up). */
  private static Pattern figures(Object first, Object second, ProductionFigures f) {
    return row(
        first,
        second,
        f.batchesReleased(),
        f.batchesRejected(),
        f.goodUnits(),
        f.rejectedUnits(),
        hours(f.teamHours()),
        f.materialCost(),
        f.writtenOff());
  }

  @Test
  void reportJsonWritesTheLibrarysReportAsAPeriodReportDocument(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("report.json");
    Run r =
        run("report", sample("report-data.json"), "--period", "2026-10", "--json", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .endsWith("Written: " + file + " (period-report v1)" + System.lineSeparator());
    Document document = Inputs.JSON.read(Files.readString(file), Document.class);
    assertThat(document.kind()).isEqualTo(DocumentKinds.PERIOD_REPORT);
    assertThat(document.payload(DocumentKinds.PERIOD_REPORT))
        .isEqualTo(direct(YearMonth.of(2026, 10)));
    Run check = run("validate", file.toString());
    assertThat(check.out()).isEqualTo(file + ": OK (period-report v1)" + System.lineSeparator());
  }

  @Test
  void reportCountsOnlyTheFactsOfThePeriod() throws IOException {
    // Every batch, order and allocation of the sample falls in October; September has only the
    // PNBP recorded and deposited on 30 September (7.850.000).
    Run r = run("report", sample("report-data.json"), "--period", "2026-09");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    PeriodReport september = direct(YearMonth.of(2026, 9));
    assertThat(september.salesByChannel()).isEmpty();
    assertThat(r.out())
        .startsWith("Period report 2026-09-01 to 2026-09-30")
        .containsPattern(row("total", 0, 0, 0, 0, "0h 00m", "Rp0", "Rp0"))
        .containsPattern(row("total", 0, 0, 0, "Rp0"))
        .containsPattern(row("recorded in the period", "Rp7.850.000"))
        .containsPattern(row("deposited in the period", "Rp7.850.000"))
        .containsPattern(row("trainees", 0))
        .doesNotContain("--show-identity");
  }

  @Test
  void reportShowsRegistrationNumbersOnlyWhenAsked() {
    Run hidden = run("report", sample("report-data.json"), "--period", "2026-10");
    Run shown = run("report", sample("report-data.json"), "--period", "2026-10", "--show-identity");
    assertThat(hidden.out()).doesNotContain("B.I-0590/2025").contains("with --show-identity");
    // The two food trainees share the food pool 1.084.994 equally: 542.497 each.
    assertThat(shown.out())
        .containsPattern(row("B.I-0590/2025", "Rp542.497"))
        .containsPattern(row("B.IIa-0233/2026", "Rp542.497"));
  }

  @Test
  void reportSpeaksIndonesian() {
    Run r = run("report", sample("report-data.json"), "--period", "2026-10", "--lang", "id");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .startsWith("Laporan periode 2026-10-01 s.d. 2026-10-31 - LAPAS-PAMEKASAN")
        .containsPattern(row("jumlah", 8, 1, 171, 104, "318j 00m", "Rp7.110.000", "Rp302.000"))
        .containsPattern(row("galeri", 9, 37, 96, "Rp4.617.118"))
        .containsPattern(row("mobil", "jasa", 31, "Rp977.492"))
        .containsPattern(row("laba bersih", "Rp5.552.882"))
        .containsPattern(row("modal produksi", "35 %", "Rp1.943.509"))
        // Indonesian decimals: a comma, 65,42 %.
        .containsPattern(row("capaian setoran", "65,42 %"));
    assertThat(EnglishWords.in(r.out())).as("English words in the Indonesian report").isEmpty();
  }

  @Test
  void reportOfABrokenBundleNamesThePath() {
    Run r =
        run(
            "report",
            broken("report-data-float-amount.json"),
            "--period",
            "2026-10",
            "--lang",
            "id");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .matches(ONE_LINE_ERROR)
        .contains("$.pnbpLedger.target [json.float-amount] harus bilangan bulat");
    assertThat(r.out()).isEmpty();
  }

  /** A copy of the sample changed by an edit; the error's path and rule code. */
  static Stream<Arguments> brokenBundles() {
    return Stream.of(
        Arguments.of(
            "the bundle of the tool's first version",
            edit(root -> root.put("facilityCode", "LAPAS-PAMEKASAN")),
            "$.facilityCode [json.unknown-property]"),
        Arguments.of(
            "no PNBP ledger",
            edit(root -> root.remove("pnbpLedger")),
            "$.pnbpLedger [json.missing-property]"),
        Arguments.of(
            "batches without the bills that cost them",
            edit(root -> root.remove("billsOfMaterials")),
            "$.billsOfMaterials [json.missing-property]"),
        Arguments.of(
            "batches without material prices",
            edit(root -> root.remove("materialPrices")),
            "$.materialPrices [json.missing-property]"),
        Arguments.of(
            "a bill given twice",
            edit(root -> array(root, "billsOfMaterials").add(element(root, "billsOfMaterials", 0))),
            "$.billsOfMaterials [value.duplicate]"),
        Arguments.of(
            "an allocation without its day",
            edit(root -> element(root, "premiAllocations", 1).remove("creditedOn")),
            "$.premiAllocations[1].creditedOn [json.missing-property]"),
        Arguments.of(
            "a month where a day is expected",
            edit(root -> element(root, "premiAllocations", 0).put("creditedOn", "2026-10")),
            "$.premiAllocations[0].creditedOn [json.malformed-date]"),
        Arguments.of(
            "a batch whose product has no bill",
            edit(
                root -> {
                  ArrayNode bills = array(root, "billsOfMaterials");
                  for (int i = bills.size() - 1; i >= 0; i--) {
                    if (bills.get(i).path("product").asText().equals("KUE-KERING-500G")) {
                      bills.remove(i);
                    }
                  }
                }),
            "$.batches[0] [catalog.bom.missing]"),
        Arguments.of(
            "an order given twice",
            edit(root -> array(root, "orders").add(element(root, "orders", 3).deepCopy())),
            "$.orders[12] [value.duplicate]"));
  }

  private static ArrayNode array(ObjectNode root, String name) {
    return (ArrayNode) root.get(name);
  }

  private static ObjectNode element(ObjectNode root, String name, int index) {
    return (ObjectNode) array(root, name).get(index);
  }

  private static Consumer<ObjectNode> edit(Consumer<ObjectNode> edit) {
    return edit;
  }

  private static Path copy(Path dir, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(SAMPLE));
    edit.accept(root);
    Path file = dir.resolve("data.json");
    Files.writeString(file, JSON.writeValueAsString(root));
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenBundles")
  void reportOfABrokenCopyIsOneLineWithPathAndRule(
      String what, Consumer<ObjectNode> edit, String error, @TempDir Path dir) throws IOException {
    Path file = copy(dir, edit);
    Run r = run("report", file.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .matches(ONE_LINE_ERROR)
        .startsWith("error: " + file + ": " + error + " ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validateChecksTheBundlesFormat(@TempDir Path dir) throws IOException {
    Path noBills = copy(dir, root -> root.remove("billsOfMaterials"));
    Run r = run("validate", "--type", "report-data", noBills.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines().get(1)).startsWith("  $.billsOfMaterials [json.missing-property]");
  }

  @Test
  void reportWithoutAPolicyForThePeriodIsARefusalOfAValidBundle(@TempDir Path dir)
      throws IOException {
    Path file =
        copy(
            dir,
            root ->
                ((ObjectNode) array((ObjectNode) root.get("splitPolicies"), "policies").get(0))
                    .put("effectiveFrom", "2026-11-01"));
    assertThat(run("validate", "--type", "report-data", file.toString()).code())
        .isEqualTo(ExitCode.OK);
    Run r = run("report", file.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: " + file + ": ")
        .contains("[proceeds.policy.none]");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void reportOfAMonthOfAnotherYearThanTheLedgerIsARefusal() {
    Run r = run("report", sample("report-data.json"), "--period", "2027-01", "--lang", "id");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith("error: " + sample("report-data.json") + ": ")
        .contains("[report.pnbp.year]");
  }

  @Test
  void reportOfPoliciesAndLedgerOfDifferentFacilitiesIsARefusal(@TempDir Path dir)
      throws IOException {
    Path file =
        copy(
            dir,
            root -> ((ObjectNode) root.get("pnbpLedger")).put("facilityCode", "RUTAN-BANGKALAN"));
    Run r = run("report", file.toString(), "--period", "2026-10");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).contains("[report.facility.mismatch]");
  }

  @Test
  void reportNeedsAMonth() {
    Run r = run("report", sample("report-data.json"), "--period", "2026-13");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .startsWith("error: Invalid value for option '--period': '2026-13' is not a month yyyy-MM");
  }

  @Test
  void reportOfAMissingBundleExitsThree() {
    Run r = run("report", "nowhere.json", "--period", "2026-10");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err())
        .isEqualTo("error: cannot read nowhere.json: no such file" + System.lineSeparator());
  }

  @Test
  void reportJsonThatCannotBeWrittenExitsThree(@TempDir Path dir) {
    Path nowhere = dir.resolve("no-such-folder").resolve("report.json");
    Run r =
        run(
            "report",
            sample("report-data.json"),
            "--period",
            "2026-10",
            "--json",
            nowhere.toString());
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err())
        .isEqualTo("error: cannot write " + nowhere + ": no such folder" + System.lineSeparator());
    Run directory =
        run("report", sample("report-data.json"), "--period", "2026-10", "--json", dir.toString());
    assertThat(directory.code()).isEqualTo(ExitCode.IO);
    assertThat(directory.err()).contains("it is a directory");
  }
}
