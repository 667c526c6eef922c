package org.bengkel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.pricing.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the tool in-process on the shipped samples and their broken copies. */
class BengkelCliTest {

  private static final Path SAMPLES = Path.of("samples");
  private static final Path BROKEN = SAMPLES.resolve("broken");

  /** An error line of validate: two spaces, a JSON path, the rule code in brackets, the text. */
  private static final Pattern ERROR_LINE =
      Pattern.compile("^  \\$\\S* \\[[a-z0-9]+(\\.[a-z0-9-]+)+\\] \\S.*$");

  /** The one-line error of the other commands: file, path, rule code, text. */
  static final Pattern ONE_LINE_ERROR =
      Pattern.compile("^error: \\S+\\.json: \\$\\S* \\[[a-z0-9]+(\\.[a-z0-9-]+)+\\] \\S.*$");

  record Run(int code, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        BengkelCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    Run run = new Run(code, out.toString(), err.toString());
    // Never a stack trace, whatever happened.
    assertThat(run.out() + run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    return run;
  }

  static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }

  static String broken(String name) {
    return BROKEN.resolve(name).toString();
  }

  // --- validate -------------------------------------------------------------------------------

  static Stream<Arguments> validSamples() {
    return Stream.of(
        Arguments.of("trainee", "trainee.json"),
        Arguments.of("trainee", "trainee-narcotics.json"),
        Arguments.of("officer", "officer.json"),
        Arguments.of("price-book", "price-book.json"),
        Arguments.of("quote", "quote.json"),
        Arguments.of("tax-policy", "tax-policy.json"),
        Arguments.of("eligibility-policy", "eligibility-policy.json"),
        Arguments.of("premi-account", "premi-account.json"),
        Arguments.of("pnbp-ledger", "pnbp-ledger.json"),
        Arguments.of("split-policies", "split-policies.json"),
        Arguments.of("order", "order.json"),
        Arguments.of("order", "order-lines.json"),
        Arguments.of("report-data", "report-data.json"));
  }

  @ParameterizedTest
  @MethodSource("validSamples")
  void validateAcceptsEveryShippedSample(String type, String file) {
    Run r = run("validate", "--type", type, sample(file));
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo(sample(file) + ": OK (" + type + ")" + System.lineSeparator());
    assertThat(r.err()).isEmpty();
  }

  static Stream<Arguments> brokenSamples() {
    return Stream.of(
        Arguments.of("officer", "officer-bad-nip.json", "$.nip", "facility.nip.birth-date"),
        Arguments.of("order", "order-float-amount.json", "$.lines[0].cost", "json.float-amount"),
        Arguments.of(
            "trainee", "trainee-unknown-field.json", "$.religion", "json.unknown-property"),
        Arguments.of("price-book", "price-book-trailing-token.json", "$", "json.trailing-tokens"),
        Arguments.of(
            "trainee",
            "trainee-invalid-date.json",
            "$.sentence.firstDayOfDetention",
            "json.malformed-date"),
        Arguments.of(
            "report-data",
            "report-data-float-amount.json",
            "$.pnbpLedger.target",
            "json.float-amount"),
        Arguments.of(
            "quote",
            "quote-inconsistent.json",
            "$.lines[1].unitPrice",
            "pricing.quote.inconsistent"),
        Arguments.of(
            "premi-account",
            "premi-account-over-cap.json",
            "$.entries[1]",
            "proceeds.account.spending-cap"),
        Arguments.of(
            "",
            "facility-record-unsupported-version.json",
            "$.schemaVersion",
            "json.document.unsupported-version"));
  }

  @ParameterizedTest
  @MethodSource("brokenSamples")
  void validateRefusesEveryBrokenCopyWithPathAndRuleCode(
      String type, String file, String path, String rule) {
    Run r =
        type.isEmpty()
            ? run("validate", broken(file))
            : run("validate", "--type", type, broken(file));
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.outLines().get(0)).isEqualTo(broken(file) + ": INVALID");
    assertThat(r.outLines().get(1))
        .matches(ERROR_LINE)
        .startsWith("  " + path + " [" + rule + "] ");
  }

  @Test
  void everyBrokenCopyIsTested() throws IOException {
    List<String> tested = brokenSamples().map(a -> (String) a.get()[1]).sorted().toList();
    try (Stream<Path> files = Files.list(BROKEN)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactlyElementsOf(tested);
    }
  }

  @Test
  void validateReportsEveryFileAndExitsOneWhenAnyIsInvalid() {
    Run r =
        run(
            "validate",
            "-t",
            "trainee",
            sample("trainee.json"),
            broken("trainee-unknown-field.json"),
            broken("trainee-invalid-date.json"));
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines())
        .containsExactly(
            sample("trainee.json") + ": OK (trainee)",
            broken("trainee-unknown-field.json") + ": INVALID",
            "  $.religion [json.unknown-property] the property 'religion' is not part of the"
                + " format",
            broken("trainee-invalid-date.json") + ": INVALID",
            "  $.sentence.firstDayOfDetention [json.malformed-date] must be written in the"
                + " ISO-8601 form yyyy-MM-dd");
  }

  @Test
  void validateSpeaksIndonesianWithLangId() {
    Run r = run("validate", "--lang", "id", "-t", "officer", broken("officer-bad-nip.json"));
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines())
        .containsExactly(
            broken("officer-bad-nip.json") + ": TIDAK SAH",
            "  $.nip [facility.nip.birth-date] angka 1-8 NIP harus berupa tanggal lahir yang sah"
                + " yyyyMMdd (tertulis 19851345)");
  }

  @Test
  void validateReadsAnyRegisteredKindFromTheEnvelope() {
    Run r = run("validate", sample("facility-record.json"));
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .isEqualTo(
            sample("facility-record.json") + ": OK (facility-record v2)" + System.lineSeparator());
  }

  /** {@code validate} of a document given as text, written to a file first. */
  private static Run validateText(Path dir, String text, String... options) throws IOException {
    Path file = dir.resolve("doc.json");
    Files.writeString(file, text);
    List<String> args = new ArrayList<>(List.of("validate"));
    args.addAll(List.of(options));
    args.add(file.toString());
    return run(args.toArray(String[]::new));
  }

  @Test
  void validateReadsAnOlderVersionOfAKind(@TempDir Path dir) throws IOException {
    Run r =
        validateText(
            dir,
            "{\"kind\":\"facility-record\",\"schemaVersion\":1,\"data\":{\"code\":\"LAPAS-PAMEKASAN\","
                + "\"name\":\"Lapas Kelas IIA Pamekasan\",\"type\":\"LAPAS\",\"facilityClass\":\"IIA\","
                + "\"regionalOffice\":\"Kanwil Ditjenpas Jawa Timur\"}}");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains(": OK (facility-record v1)");
  }

  @Test
  void validateRefusesAnEnvelopeWithoutItsKindAsAnInvalidDocument(@TempDir Path dir)
      throws IOException {
    // an envelope that lost its kind is an invalid document (exit 1, what is missing named), not
    // a usage error (exit 2) telling the user to give --type
    Run r = validateText(dir, "{\"schemaVersion\":2,\"data\":{}}");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines().get(1))
        .matches(ERROR_LINE)
        .startsWith("  $.data [json.document.header-order]")
        .endsWith("not read before it: kind");
  }

  @Test
  void validateRefusesAnEnvelopeOfAnUnknownKind(@TempDir Path dir) throws IOException {
    Run r = validateText(dir, "{\"kind\":\"horse\",\"schemaVersion\":1,\"data\":{}}");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines().get(1))
        .matches(ERROR_LINE)
        .startsWith("  $.kind [json.document.unknown-kind]");
  }

  @Test
  void validateChecksTheEnvelopesData(@TempDir Path dir) throws IOException {
    String text =
        Files.readString(SAMPLES.resolve("facility-record.json"))
            .replace("199001012015032001", "199013012015032001");
    Run r = validateText(dir, text, "--lang", "id");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines().get(1))
        .matches(ERROR_LINE)
        .startsWith("  $.data.officers[1].nip [facility.nip.birth-date] angka 1-8 NIP");
  }

  @Test
  void anEnvelopeWithoutItsVersionIsReportedAsSuch(@TempDir Path dir) throws IOException {
    Run r = validateText(dir, "{\"kind\":\"facility-record\",\"data\":{}}");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines().get(1)).matches(ERROR_LINE);
  }

  @Test
  void validateWithoutTypeNeedsAnEnvelope() {
    Run r = run("validate", sample("trainee.json"));
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("error: " + sample("trainee.json") + ": no --type given");
  }

  @Test
  void validateRefusesAnUnknownTypeAsAUsageError() {
    Run r = run("validate", "--type", "horse", sample("trainee.json"));
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("error: unknown type 'horse'; known types: order, report-data,");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validateExitsThreeForAFileItCannotRead() {
    Run r =
        run("validate", "-t", "trainee", "no-such-file.json", broken("trainee-unknown-field.json"));
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err())
        .isEqualTo("error: cannot read no-such-file.json: no such file" + System.lineSeparator());
    assertThat(r.out()).contains("INVALID");
  }

  @Test
  void validateNeedsAFile() {
    Run r = run("validate");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("error: Missing required parameter");
  }

  @Test
  void malformedJsonIsOneErrorLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"nip\": ");
    Run r = run("validate", "-t", "officer", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines().get(1)).matches(ERROR_LINE).contains("[json.malformed]");
  }

  /**
   * A file longer than the document-length limit is refused by its first bytes, never read whole
   * (an endless {@code /dev/zero} ran out of memory): the bytes past the limit here are not UTF-8,
   * which only a reader of the whole file would see.
   */
  @Test
  void aFileLongerThanTheLimitIsRefusedWithoutReadingItWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("long.json");
    byte[] data = new byte[10_000_000 + 2];
    java.util.Arrays.fill(data, (byte) ' ');
    data[0] = '1';
    data[data.length - 1] = (byte) 0xFF;
    Files.write(file, data);
    Run r = run("validate", "-t", "officer", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines().get(1)).matches(ERROR_LINE).contains("$ [json.limit-exceeded]");
  }

  /** What validate prints of a hostile property name is one line of visible text. */
  @Test
  void aPropertyNameCannotForgeALineOfOutput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("forged.json");
    Files.writeString(
        file,
        "{\"nip\":\"198503152010121002\",\"name\":\"x\","
            + "\"\\u001b[2J\\nother.json: OK (officer)\\r\":1}");
    Run r = run("validate", "-t", "officer", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.outLines().get(1))
        .startsWith("  $['")
        .contains("[json.unknown-property]")
        .contains("\\u001b[2J\\u000aother.json: OK (officer)\\u000d")
        .doesNotContain("\u001b");
  }

  // --- quote ----------------------------------------------------------------------------------

  @Test
  void quoteExplainsEveryStepAndTheTax() {
    Run r = run("quote", sample("order.json"), "--price-list", sample("price-book.json"));
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains("Quote: channel gallery, date 2026-10-15")
        .contains("list GALERI-2026, rule KUE-GROSIR")
        .containsPattern(
            "3  KUE-GROSIR\\s+rounding\\s+Rp101\\.750\\s+Rp102\\.000\\s+rounded half up to a multiple of"
                + " Rp500")
        .contains("unit price Rp103.000 x 12 = Rp1.236.000")
        .contains("unit price Rp1.050.000 x 2 = Rp2.100.000");
    // 12 x 103.000 + 350.000 + 2 x 1.050.000 = 3.686.000; PPN = 3.686.000 x 11/12 x 12 % = 405.460.
    assertThat(r.out())
        .containsPattern("subtotal \\(sum of lines\\)\\s+Rp3\\.686\\.000")
        .containsPattern("PPN\\s+Rp405\\.460")
        .containsPattern("payable\\s+Rp4\\.091\\.460");
  }

  @Test
  void quoteJsonIsTheShippedQuote() throws IOException {
    Run r = run("quote", sample("order.json"), "-p", sample("price-book.json"), "--json");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    Quote printed = Inputs.JSON.read(r.out(), Quote.class);
    // samples/quote.json is the `quote` document of that output
    String shipped = Files.readString(SAMPLES.resolve("quote.json"));
    assertThat(Inputs.JSON.read(shipped, Document.class).payload(DocumentKinds.QUOTE))
        .isEqualTo(printed);
    assertThat(Inputs.JSON.read(shipped, JsonNode.class).get("data"))
        .isEqualTo(Inputs.JSON.read(r.out(), JsonNode.class));
  }

  @Test
  void quoteOfBareLinesTakesChannelDateAndTaxFromOptions() {
    Run r =
        run(
            "quote",
            sample("order-lines.json"),
            "-p",
            sample("price-book.json"),
            "--channel",
            "government_direct",
            "--date",
            "2026-10-20",
            "--tax",
            sample("tax-policy.json"),
            "--lang",
            "id");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    // Inclusive: price without PPN = round(1.094.000 x 100/111) = 985.586; PPN = 1.094.000 -
    // 985.586
    // = 108.414; DPP nilai lain = 985.586 x 11/12 = 903.453,83 -> 903.454 (12 % of it: 108.414,48
    // -> 108.414).
    assertThat(r.out())
        .contains("Penawaran harga: saluran instansi pemerintah, tanggal 2026-10-20")
        .containsPattern("harga jual \\(tanpa PPN\\)\\s+Rp985\\.586")
        .containsPattern("DPP nilai lain\\s+Rp903\\.454")
        .containsPattern("PPN\\s+Rp108\\.414");
  }

  @Test
  void quoteOfBareLinesWithoutChannelIsAUsageError() {
    Run r = run("quote", sample("order-lines.json"), "-p", sample("price-book.json"));
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("error: ").contains("--channel");
  }

  @Test
  void quoteRefusedByBengkelExitsOneWithTheRule() {
    Run r =
        run(
            "quote",
            sample("order.json"),
            "-p",
            sample("price-book.json"),
            "--channel",
            "PARTNER_RESALE");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err()).startsWith("error: ").contains("[pricing.no-price-list]");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void quoteOfABrokenOrderNamesFilePathAndRule() {
    Run r = run("quote", broken("order-float-amount.json"), "-p", sample("price-book.json"));
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .matches(ONE_LINE_ERROR)
        .contains("$.lines[0].cost [json.float-amount]");
  }

  @Test
  void quoteWithABrokenPriceBookSpeaksIndonesian() {
    Run r =
        run(
            "quote",
            sample("order.json"),
            "-p",
            broken("price-book-trailing-token.json"),
            "--lang",
            "id");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .matches(ONE_LINE_ERROR)
        .contains("$ [json.trailing-tokens] masih ada isi setelah akhir dokumen");
  }

  @Test
  void quoteNeedsThePriceList() {
    Run r = run("quote", sample("order.json"));
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("error: Missing required option: '--price-list=LIST.json'");
  }

  @Test
  void quoteOfAMissingPriceListExitsThree() {
    Run r = run("quote", sample("order.json"), "-p", "nowhere.json");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err())
        .isEqualTo("error: cannot read nowhere.json: no such file" + System.lineSeparator());
  }

  // --- eligibility ----------------------------------------------------------------------------

  @Test
  void eligibilityDecidesEveryEntitlementWithoutIdentity() {
    Run r = run("eligibility", sample("trainee.json"), "--on", "2026-10-15");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    // Asimilasi, general crime: 1/2 of 2 years from 2025-09-01 is 2026-09-01, served; last
    // discipline 2026-03-10 + 6 months = 2026-09-10, clean; participation and TPP recorded.
    // SAE work is a form of asimilasi: the TPP's asimilasi approval of 2026-10-01 covers it.
    assertThat(r.out())
        .contains("Asimilasi: ELIGIBLE")
        .contains("SAE (Sarana Asimilasi dan Edukasi): ELIGIBLE")
        // PB: 2/3 of 2 years = 16 months: 2025-09-01 + 16 months = 2027-01-01.
        .contains(
            "PB (Pembebasan Bersyarat): NOT ELIGIBLE (awaiting an officer's assessment), earliest"
                + " 2027-01-01")
        .containsPattern(
            "trainee.eligibility.served\\s+NOT MET\\s+2027-01-01\\s+must have served at least 2/3")
        .containsPattern("trainee.eligibility.cb-sentence\\s+NOT MET")
        .contains("CMB (Cuti Menjelang Bebas)")
        .contains("identity hidden");
    assertThat(r.out())
        .doesNotContain("Slamet")
        .doesNotContain("B.I-45/2025")
        .doesNotContain("GENERAL")
        .doesNotContain("Terlambat");
  }

  @Test
  void eligibilityShowsIdentityOnlyWhenAsked() {
    Run r = run("eligibility", sample("trainee.json"), "--on", "2026-10-15", "--show-identity");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("Trainee: Slamet Riyadi (B.I-45/2025)");
  }

  @Test
  void eligibilitySpeaksIndonesian() {
    Run r = run("eligibility", sample("trainee.json"), "--on", "2026-10-15", "--lang", "id");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .contains("Kelayakan per 2026-10-15")
        .contains("Asimilasi: LAYAK")
        .contains("paling cepat 2027-01-01")
        .contains("Tim Pengamat Pemasyarakatan (TPP) harus menyetujui usulan");
  }

  @Test
  void eligibilityFollowsTheGivenPolicy() {
    Run defaults = run("eligibility", sample("trainee.json"), "--on", "2026-10-15");
    Run custom =
        run(
            "eligibility",
            sample("trainee.json"),
            "--on",
            "2026-10-15",
            "--policy",
            sample("eligibility-policy.json"));
    assertThat(custom.code()).isEqualTo(ExitCode.OK);
    // 60 % of two years: 3/5 x 730 days = 438 days from 2025-09-01 is 2026-11-13; 1/2 was served
    // on 2026-09-01.
    assertThat(defaults.out()).contains("Asimilasi: ELIGIBLE");
    assertThat(custom.out())
        .contains("Asimilasi: NOT ELIGIBLE, earliest 2026-11-13")
        .containsPattern("served\\s+NOT MET\\s+2026-11-13\\s+must have served at least 3/5");
  }

  @Test
  void eligibilityAsksForAnSaeApprovalWhenThePolicyDoes(@TempDir Path dir) throws IOException {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"saeNeedsOwnApproval\":true}");
    Run r =
        run(
            "eligibility",
            sample("trainee.json"),
            "--on",
            "2026-10-15",
            "--policy",
            policy.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    // The trainee's TPP approval is about ASIMILASI only: with a separate SAE approval required,
    // SAE waits for the TPP.
    assertThat(r.out())
        .contains("Asimilasi: ELIGIBLE")
        .contains(
            "SAE (Sarana Asimilasi dan Edukasi): NOT ELIGIBLE (awaiting an officer's assessment)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "15-10-2026", "tomorrow"})
  void eligibilityNeedsARealDate(String date) {
    Run r = run("eligibility", sample("trainee.json"), "--on", date);
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .startsWith(
            "error: Invalid value for option '--on': '" + date + "' is not a date yyyy-MM-dd");
  }

  @Test
  void eligibilityOfABrokenTraineeIsOneLine() {
    Run r = run("eligibility", broken("trainee-invalid-date.json"), "--on", "2026-10-15");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .matches(ONE_LINE_ERROR)
        .contains("$.sentence.firstDayOfDetention [json.malformed-date]");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void eligibilityRefusesADocumentOfAnotherKind() {
    Run r = run("eligibility", sample("facility-record.json"), "--on", "2026-10-15");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .matches(ONE_LINE_ERROR)
        .contains(
            "$.kind [json.wrong-type] must be a document holding trainee, found 'facility-record'");
  }

  // --- report: see ReportCommandTest -------------------------------------------------------

  // --- everything -----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"validate", "quote", "eligibility", "report"})
  void everyCommandHasHelp(String command) {
    Run r = run(command, "--help");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .startsWith("Usage: bengkel " + command)
        .contains("--lang")
        .contains("Exit codes:");
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = run();
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("error: a subcommand is required");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run r = run("validate", "--colour", sample("trainee.json"));
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("error: Unknown option: '--colour'");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    Run r = run("validate", "--lang", "fr", "-t", "trainee", sample("trainee.json"));
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aDirectoryIsAnIoError() {
    Run r = run("eligibility", SAMPLES.toString(), "--on", "2026-10-15");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err())
        .isEqualTo("error: cannot read samples: it is a directory" + System.lineSeparator());
  }

  @Test
  void typeNamesCoverTheBriefsNames() {
    List<String> missing = new ArrayList<>();
    for (String name :
        List.of(
            "trainee",
            "officer",
            "product",
            "price-book",
            "quote",
            "premi-account",
            "pnbp-ledger")) {
      if (DocumentTypes.find(name).isEmpty()) {
        missing.add(name);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(DocumentTypes.find("price-book")).contains(org.bengkel.pricing.PriceBook.class);
    assertThat(DocumentTypes.find("material-prices"))
        .contains(org.bengkel.material.MaterialPrices.class);
    assertThat(DocumentTypes.find("catalog-price-book")).isEmpty();
    assertThat(DocumentTypes.kebab("EKatalogListing")).isEqualTo("e-katalog-listing");
  }
}
