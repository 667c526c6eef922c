package org.bengkel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.examples.cli.BengkelCliTest.broken;
import static org.bengkel.examples.cli.BengkelCliTest.run;
import static org.bengkel.examples.cli.BengkelCliTest.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bengkel.examples.cli.BengkelCliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool in Bahasa Indonesia with {@code --lang id}, wherever the option stands: usage help,
 * usage errors, file errors, values by their names, numbers in Indonesian style; and the help it
 * gives for a mistyped type or missing inputs.
 */
class BengkelCliLanguageTest {

  private static final String NL = System.lineSeparator();

  @Test
  void langWorksBeforeAndAfterTheSubcommand() {
    Run after = run("validate", "-t", "officer", broken("officer-bad-nip.json"), "--lang", "id");
    Run before = run("--lang", "id", "validate", "-t", "officer", broken("officer-bad-nip.json"));
    Run equals = run("--lang=id", "validate", "-t", "officer", broken("officer-bad-nip.json"));
    assertThat(after.out()).contains("TIDAK SAH");
    assertThat(before).isEqualTo(after);
    assertThat(equals).isEqualTo(after);
    // the last one given wins
    Run last =
        run(
            "--lang",
            "id",
            "validate",
            "--lang",
            "en",
            "-t",
            "officer",
            broken("officer-bad-nip.json"));
    assertThat(last.out()).contains("INVALID").doesNotContain("TIDAK SAH");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "quote", "eligibility", "report"})
  void everyCommandsHelpIsInIndonesian(String command) {
    for (Run r :
        List.of(run(command, "--help", "--lang", "id"), run("--lang", "id", "help", command))) {
      assertThat(r.code()).isEqualTo(ExitCode.OK);
      assertThat(r.out())
          .startsWith("Penggunaan: bengkel " + command)
          .contains("Opsi:", "Parameter:", "Kode keluar:", "Tampilkan bantuan ini lalu keluar.")
          .contains("Bahasa pesan: en (Inggris, bawaan) atau id (Bahasa")
          .doesNotContain(
              "Usage:",
              "Options:",
              "Exit codes:",
              "Show this help",
              "Language of messages",
              "The ");
    }
  }

  @Test
  void theToolsHelpIsInIndonesian() {
    Run r = run("--lang", "id", "--help");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .startsWith("Penggunaan: bengkel [-hV] [--lang=en|id] [COMMAND]")
        .contains("Memeriksa dan menjelaskan dokumen JSON bengkel.", "Perintah:", "Kode keluar:")
        .doesNotContain("Checks and explains", "Exit codes:", "Display help");
    Run english = run("--help");
    assertThat(english.out()).startsWith("Usage: bengkel").contains("Exit codes:");
  }

  @Test
  void usageErrorsAreInIndonesian() {
    Run unknown = run("--lang", "id", "validate", "--colour", sample("trainee.json"));
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err())
        .isEqualTo(
            "error: opsi tidak dikenal: '--colour'"
                + NL
                + "Coba 'bengkel validate --help' untuk keterangan lebih lanjut."
                + NL);
    Run missing = run("eligibility", sample("trainee.json"), "--lang", "id");
    assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).startsWith("error: wajib diisi: '--on'" + NL);
    Run date = run("eligibility", sample("trainee.json"), "--on", "2026-13-01", "--lang", "id");
    assertThat(date.err())
        .startsWith(
            "error: nilai tidak sah untuk opsi '--on': '2026-13-01' bukan tanggal yyyy-MM-dd" + NL);
    Run channel =
        run(
            "quote",
            "--lang",
            "id",
            sample("order.json"),
            "-p",
            sample("price-book.json"),
            "--channel",
            "toko");
    assertThat(channel.err())
        .startsWith(
            "error: nilai tidak sah untuk opsi '--channel': 'toko' bukan salah satu dari GALLERY,");
    Run none = run("--lang", "id");
    assertThat(none.code()).isEqualTo(ExitCode.USAGE);
    assertThat(none.err())
        .startsWith("error: subperintah wajib diberikan" + NL + "Penggunaan: bengkel");
  }

  @Test
  void fileErrorsAreInIndonesian(@TempDir Path dir) {
    Run missing = run("--lang", "id", "eligibility", "nope.json", "--on", "2026-10-15");
    assertThat(missing.code()).isEqualTo(ExitCode.IO);
    assertThat(missing.err())
        .isEqualTo("error: tidak dapat membaca nope.json: berkas tidak ada" + NL);
    Run folder = run("validate", "-t", "trainee", dir.toString(), "--lang", "id");
    assertThat(folder.code()).isEqualTo(ExitCode.IO);
    assertThat(folder.err())
        .isEqualTo("error: tidak dapat membaca " + dir + ": itu sebuah folder" + NL);
  }

  @Test
  void aMistypedTypeGetsTheNearestName() {
    Run r = run("validate", "--type", "trainer", sample("trainee.json"));
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .startsWith("error: unknown type 'trainer' (did you mean 'trainee'?); known types: order,");
    Run id = run("validate", "--type", "price-bok", sample("trainee.json"), "--lang", "id");
    assertThat(id.err())
        .startsWith(
            "error: jenis 'price-bok' tidak dikenal (mungkin maksud Anda 'price-book'?); jenis yang dikenal:");
    // nothing near: no guess
    assertThat(run("validate", "--type", "horse", sample("trainee.json")).err())
        .startsWith("error: unknown type 'horse'; known types:");
  }

  @Test
  void theNearestNameIsTheSmallestEditDistance() {
    // kitten -> sitting: substitute k/s, substitute e/i, insert g = 3
    assertThat(DocumentTypes.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DocumentTypes.distance("", "abc")).isEqualTo(3);
    assertThat(DocumentTypes.distance("quote", "quote")).isZero();
    assertThat(DocumentTypes.closest("QUOTE", List.of("quote", "quoted-line"))).contains("quote");
    // "ofcer" is 2 edits from "officer" (7 letters: at most 7 / 3 = 2 allowed)
    assertThat(DocumentTypes.closest("ofcer", List.of("officer", "order"))).contains("officer");
    assertThat(DocumentTypes.closest("xyz", List.of("officer", "order"))).isEmpty();
  }

  @Test
  void missingInputsAreJoinedWithGrammar() {
    Run en = run("quote", sample("order-lines.json"), "-p", sample("price-book.json"));
    assertThat(en.code()).isEqualTo(ExitCode.USAGE);
    assertThat(en.err())
        .isEqualTo(
            "error: "
                + sample("order-lines.json")
                + " has no channel and no date: give '--channel' and '--date'"
                + NL);
    Run id =
        run(
            "quote",
            sample("order-lines.json"),
            "-p",
            sample("price-book.json"),
            "--lang",
            "id",
            "--date",
            "2026-10-15");
    assertThat(id.err())
        .isEqualTo(
            "error: "
                + sample("order-lines.json")
                + " tidak memuat saluran: berikan '--channel'"
                + NL);
  }

  @Test
  void missingPropertiesAreJoinedWithGrammar(@TempDir Path dir) throws IOException {
    Path officer = Files.writeString(dir.resolve("officer.json"), "{}");
    Run en = run("validate", "-t", "officer", officer.toString());
    assertThat(en.out())
        .contains("[json.missing-property] the required properties 'nip' and 'name' are missing");
    Run id = run("validate", "-t", "officer", officer.toString(), "--lang", "id");
    assertThat(id.out())
        .contains("[json.missing-property] properti wajib 'nip' dan 'name' tidak ada");
    Path one = Files.writeString(dir.resolve("one.json"), "{\"nip\": \"198503152010121002\"}");
    assertThat(run("validate", "-t", "officer", one.toString()).out())
        .contains("[json.missing-property] the required property 'name' is missing");
  }

  @Test
  void theQuoteNamesValuesAndWritesNumbersTheIndonesianWay() {
    Run r = run("--lang", "id", "quote", sample("order.json"), "-p", sample("price-book.json"));
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains("Penawaran harga: saluran galeri, tanggal 2026-10-15")
        .containsPattern(
            "2  KUE-GROSIR\\s+kenaikan\\s+Rp92\\.500\\s+Rp101\\.750\\s+Rp92\\.500 x \\(1 \\+ 10 %\\)"
                + " = Rp101\\.750, dibulatkan setengah ke atas ke rupiah penuh")
        .contains("Rp1.200.000 x (1 - 12,5 %) = Rp1.050.000")
        .contains("harga dasar: harga daftar KURSI-JATI, Rp1.200.000")
        .contains("Baris 1: KUE-KERING-500G (Kue kering), 12 toples, biaya Rp61.250/toples")
        .containsPattern("status pajak\\s+PKP, belum termasuk PPN")
        .doesNotContain(
            "GALLERY", "MARKUP", "DISCOUNT", "HALF_UP", "EXCLUSIVE", "12.5", "rounded", "base:");
  }

  @Test
  void aServiceJobIsNamedByItsVehicleClass(@TempDir Path dir) throws IOException {
    Path order =
        Files.writeString(
            dir.resolve("wash.json"),
            """
        {"channel": "GALLERY", "date": "2026-10-15", "lines": [
          {"sku": "CUCI-MOBIL", "description": "Cuci mobil", "vehicleClass": "CAR", "tariff": 35000, "quantity": 1}]}
        """);
    Path book =
        Files.writeString(
            dir.resolve("book.json"),
            """
        {"lists": [{"id": "GALERI", "channel": "GALLERY", "effectiveFrom": "2026-01-01", "basis": "LIST_PRICE",
          "listPrices": {}, "rules": []}]}
        """);
    Run r = run("--lang", "id", "quote", order.toString(), "-p", book.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains("CUCI-MOBIL (mobil), 1 pekerjaan")
        .contains("harga dasar: tarif CUCI-MOBIL untuk mobil, Rp35.000")
        .doesNotContain("CAR");
  }
}
