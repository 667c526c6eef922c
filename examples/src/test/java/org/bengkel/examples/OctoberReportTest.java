package org.bengkel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.error.Messages;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.production.BatchStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The October report as printed by the scenario, read back from its text: every total is recomputed
 * from the rows above it, and the tables agree with each other (production of section 4 with
 * section 13, the split of section 10 with that of section 13, sales by channel with sales by
 * product) under the one definition of cost: revenue without PPN less cost of goods sold per good
 * unit and write-offs. And the report reads entirely in Indonesian.
 */
class OctoberReportTest {

  @TempDir static Path folder;
  static String text;

  @BeforeAll
  static void runTheMonth() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PamekasanWorkshop.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder);
    text = bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The text from a line starting with {@code start} to the next line starting with {@code next}.
   */
  static String section(String start, String next) {
    int from = text.indexOf("\n" + start);
    int to = text.indexOf("\n" + next, from + 1);
    assertThat(from).as(start).isNotNegative();
    assertThat(to).as(next).isGreaterThan(from);
    return text.substring(from + 1, to + 1);
  }

  /** A printed table: its header cells and its rows' cells (columns are 2 or more spaces apart). */
  record Table(List<String> header, List<List<String>> rows) {

    /** The table whose header line starts with {@code headerStart}, within {@code in}. */
    static Table after(String in, String headerStart) {
      List<String> lines = in.lines().toList();
      int h = 0;
      while (!lines.get(h).startsWith(headerStart)) {
        h++;
      }
      String rule = lines.get(h + 1);
      // Column bounds from the dashes under the header.
      List<int[]> columns = new ArrayList<>();
      for (int i = 0; i < rule.length(); ) {
        int start = i;
        while (i < rule.length() && rule.charAt(i) == '-') {
          i++;
        }
        columns.add(new int[] {start, i});
        while (i < rule.length() && rule.charAt(i) == ' ') {
          i++;
        }
      }
      List<List<String>> rows = new ArrayList<>();
      for (int r = h + 2; r < lines.size() && !lines.get(r).isBlank(); r++) {
        rows.add(cells(lines.get(r), columns));
      }
      return new Table(cells(lines.get(h), columns), rows);
    }

    private static List<String> cells(String line, List<int[]> columns) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        int from = Math.min(columns.get(c).length == 0 ? 0 : columns.get(c)[0], line.length());
        int to =
            c == columns.size() - 1 ? line.length() : Math.min(columns.get(c)[1], line.length());
        cells.add(line.substring(from, to).strip());
      }
      return cells;
    }

    int column(String name) {
      int i = header.indexOf(name);
      assertThat(i).as("column " + name + " of " + header).isNotNegative();
      return i;
    }

    List<String> row(String first) {
      return rows.stream()
          .filter(r -> r.get(0).equals(first))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
    }

    /** The sum of a column over some rows. */
    long sum(List<List<String>> of, String column) {
      int c = column(column);
      return of.stream().mapToLong(r -> number(r.get(c))).sum();
    }

    long get(List<String> row, String column) {
      return number(row.get(column(column)));
    }
  }

  /**
   * A printed count or amount: {@code 171}, {@code Rp7.110.000}, {@code -Rp182.400}; blank is 0.
   */
  static long number(String cell) {
    if (cell.isBlank() || cell.equals("-")) {
      return 0;
    }
    String digits = cell.replace("Rp", "").replace(".", "");
    return Long.parseLong(digits);
  }

  private static String report() {
    return section(ReportChapter.TITLE, "14. ");
  }

  @Test
  void productionTotalsAreTheSumOfTheirRows() {
    Table t = Table.after(report(), "Program ");
    List<List<String>> products = t.rows().stream().filter(r -> r.get(0).isEmpty()).toList();
    List<List<String>> programmes =
        t.rows().stream().filter(r -> !r.get(0).isEmpty() && !r.get(0).equals("Jumlah")).toList();
    List<String> total = t.row("Jumlah");
    for (String column :
        List.of(
            "Lot dirilis", "Lot ditolak", "Unit baik", "Unit tolak", "Biaya bahan", "Dihapuskan")) {
      assertThat(t.get(total, column))
          .as(column)
          .isEqualTo(t.sum(products, column))
          .isEqualTo(t.sum(programmes, column));
    }
    // Every product's unit cost is per good unit: (material cost - written off) / good units,
    // rounded half up; a product with no good unit shows none.
    for (List<String> p : products) {
      long good = t.get(p, "Unit baik");
      String unit = p.get(t.column("Tiap unit baik"));
      if (good == 0) {
        assertThat(unit).isEqualTo("-");
      } else {
        long cost = t.get(p, "Biaya bahan") - t.get(p, "Dihapuskan");
        assertThat(number(unit))
            .as(p.get(1))
            .isEqualTo(
                Rupiah.of(cost).times(Rate.of(1, good), java.math.RoundingMode.HALF_UP).amount());
      }
    }
  }

  @Test
  void theBatchesOfSectionFourAreTheProductionOfTheReport() {
    Table batches = Table.after(section("4. Produksi", "5. "), "Kode lot");
    Table report = Table.after(report(), "Program ");
    List<String> total = report.row("Jumlah");
    List<List<String>> released =
        batches.rows().stream()
            .filter(
                r ->
                    r.get(batches.column("Status"))
                        .equals(BatchStage.RELEASED.displayName(Messages.INDONESIAN)))
            .toList();
    List<List<String>> rejected =
        batches.rows().stream().filter(r -> !released.contains(r)).toList();
    assertThat(batches.sum(batches.rows(), "Biaya bahan"))
        .isEqualTo(report.get(total, "Biaya bahan"));
    assertThat(batches.sum(released, "Baik")).isEqualTo(report.get(total, "Unit baik"));
    assertThat(batches.sum(rejected, "Biaya bahan")).isEqualTo(report.get(total, "Dihapuskan"));
    assertThat(released).hasSize((int) report.get(total, "Lot dirilis"));
    assertThat(rejected).hasSize((int) report.get(total, "Lot ditolak"));
    // Section 4's unit cost is per good unit too: cost / good, rounded half up.
    for (List<String> b : released) {
      long good = batches.get(b, "Baik");
      assertThat(batches.get(b, "Tiap unit baik"))
          .as(b.get(0))
          .isEqualTo(
              Rupiah.of(batches.get(b, "Biaya bahan"))
                  .times(Rate.of(1, good), java.math.RoundingMode.HALF_UP)
                  .amount());
    }
    for (List<String> b : rejected) {
      assertThat(b.get(batches.column("Tiap unit baik"))).isEqualTo("dihapuskan");
    }
  }

  @Test
  void salesByChannelAgreeWithSalesByProduct() {
    String report = report();
    Table channels = Table.after(report, "Saluran ");
    Table products = Table.after(report, "Produk / jasa");
    List<List<String>> channelRows = channels.rows().subList(0, channels.rows().size() - 1);
    List<String> channelTotal = channels.row("Jumlah");
    for (String column : List.of("Pesanan", "Unit barang", "Pekerjaan jasa", "Pendapatan")) {
      assertThat(channels.get(channelTotal, column))
          .as(column)
          .isEqualTo(channels.sum(channelRows, column));
    }
    List<List<String>> productRows = products.rows().subList(0, products.rows().size() - 1);
    List<String> productTotal = products.row("Jumlah");
    List<List<String>> goods =
        productRows.stream()
            .filter(r -> !r.get(2).isEmpty() && !r.get(0).startsWith("cuci "))
            .toList();
    List<List<String>> washes =
        productRows.stream().filter(r -> r.get(0).startsWith("cuci ")).toList();
    for (String column : List.of("Pendapatan", "HPP", "Laba kotor")) {
      assertThat(products.get(productTotal, column))
          .as(column)
          .isEqualTo(products.sum(productRows, column));
    }
    for (List<String> r : productRows) {
      assertThat(products.get(r, "Laba kotor"))
          .as(r.get(0))
          .isEqualTo(products.get(r, "Pendapatan") - products.get(r, "HPP"));
    }
    assertThat(products.get(productTotal, "Pendapatan"))
        .isEqualTo(channels.get(channelTotal, "Pendapatan"));
    assertThat(products.sum(goods, "Jumlah")).isEqualTo(channels.get(channelTotal, "Unit barang"));
    assertThat(products.sum(washes, "Jumlah"))
        .isEqualTo(channels.get(channelTotal, "Pekerjaan jasa"));
  }

  @Test
  void theSplitOfTheReportIsThatOfSectionTenUnderOneDefinitionOfCost() {
    String report = report();
    Table split = Table.after(report, "  Pendapatan");
    List<String> s = split.rows().get(0);
    Table products = Table.after(report, "Produk / jasa");
    Table production = Table.after(report, "Program ");
    // Revenue without PPN, cost of goods sold of the units sold, written off the rejected batch.
    assertThat(split.get(s, "Pendapatan"))
        .isEqualTo(products.get(products.row("Jumlah"), "Pendapatan"));
    assertThat(split.get(s, "HPP")).isEqualTo(products.get(products.row("Jumlah"), "HPP"));
    assertThat(split.get(s, "Dihapuskan"))
        .isEqualTo(production.get(production.row("Jumlah"), "Dihapuskan"));
    long profit = split.get(s, "Pendapatan") - split.get(s, "HPP") - split.get(s, "Dihapuskan");
    assertThat(split.get(s, "Laba bersih")).isEqualTo(profit);
    assertThat(split.get(s, "Premi") + split.get(s, "PNBP") + split.get(s, "Modal"))
        .isEqualTo(profit);

    // Section 10 splits the same cost by activity; its Jumlah row fills every column, net profit
    // too, and equals the report's split, figure by figure.
    Table byActivity = Table.after(section("10. ", "11. "), "Kegiatan");
    List<List<String>> activities = byActivity.rows().subList(0, byActivity.rows().size() - 1);
    List<String> total = byActivity.row("Jumlah");
    Map<String, String> same = new LinkedHashMap<>();
    same.put("Pendapatan tanpa PPN", "Pendapatan");
    same.put("HPP", "HPP");
    same.put("Dihapuskan", "Dihapuskan");
    same.put("Laba bersih", "Laba bersih");
    same.put("Premi", "Premi");
    same.put("PNBP", "PNBP");
    same.put("Modal", "Modal");
    same.forEach(
        (ten, thirteen) -> {
          assertThat(byActivity.get(total, ten))
              .as(ten)
              .isEqualTo(byActivity.sum(activities, ten))
              .isEqualTo(split.get(s, thirteen));
        });

    // Premi credited is the premi of the split; PNBP recorded in October is its PNBP.
    Table premi = Table.after(report, "Warga binaan ");
    List<List<String>> trainees = premi.rows().subList(0, premi.rows().size() - 1);
    assertThat(premi.get(premi.row("Jumlah"), "Premi dikreditkan"))
        .isEqualTo(premi.sum(trainees, "Premi dikreditkan"))
        .isEqualTo(split.get(s, "Premi"));
    assertThat(report).contains("dicatat periode ini " + Rupiah.of(split.get(s, "PNBP")));
  }

  @Test
  void theReportReadsInIndonesian() {
    String report = report();
    assertThat(EnglishWords.in(report)).as("English words in section 13").isEmpty();
    // And so does everything the scenario prints before the list of JSON files (whose names are
    // file names): headings, stages, skill fields, listing checks, the receipt.
    String printed = text.substring(0, text.indexOf("\n14. "));
    assertThat(EnglishWords.in(printed)).as("English words in sections 1 to 13").isEmpty();
    assertThat(printed)
        .doesNotContain("RELEASED")
        .doesNotContain("VEHICLE-WASH")
        .doesNotContain("listed price")
        // Indonesian puts a space before the percent sign (25 %, not 25%).
        .doesNotContainPattern("\\d%");
    // Decimals with a comma: 7.850.000 / 12.000.000 = 65,416..% -> 65,42 %; no 65.42.
    assertThat(report).contains("65,42 %").doesNotContainPattern("\\d\\.\\d\\d %");
    // The check can fail: the same words in English are caught.
    assertThat(EnglishWords.in("Total revenue per channel: 8 batches, net profit"))
        .containsExactly("total", "revenue", "per", "channel", "batches", "net", "profit");
  }
}
