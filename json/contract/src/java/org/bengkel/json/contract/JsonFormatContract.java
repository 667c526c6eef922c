package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codec;
import org.bengkel.json.Codecs;
import org.bengkel.json.JsonReadResult;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;
import org.bengkel.pricing.Channel;
import org.bengkel.production.TeamHours;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.report.ProductionFigures;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every JSON binding of bengkel's format passes, with the same golden files and the
 * same invalid documents: bengkel-json's own text binding, Jackson 2 and Jackson 3 each subclass it
 * with their binding.
 */
public abstract class JsonFormatContract {

  /** The binding under test, reading with the given options. */
  protected abstract JsonBinding binding(BengkelJsonOptions options);

  private JsonBinding strict() {
    return binding(BengkelJsonOptions.strict());
  }

  /** The text of a golden file. */
  public static String golden(String name) {
    String resource = "/org/bengkel/json/golden/" + name + ".json";
    try (InputStream in = JsonFormatContract.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<GoldenSamples.Sample> samples() {
    return GoldenSamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void goldenFileReadsAsItsSample(GoldenSamples.Sample sample) {
    assertThat(strict().read(golden(sample.name()), sample.type())).isEqualTo(sample.value());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleWritesTheGoldenFileCompactBytes(GoldenSamples.Sample sample) {
    assertThat(strict().write(sample.value())).isEqualTo(TextJson.compact(golden(sample.name())));
  }

  @Test
  void everyRegisteredTypeHasAGoldenFile() {
    Set<Class<?>> covered =
        GoldenSamples.all().stream().map(GoldenSamples.Sample::type).collect(Collectors.toSet());
    assertThat(Codecs.all().stream().map(Codec::type).collect(Collectors.toList()))
        .allSatisfy(type -> assertThat(covered).contains(type));
  }

  /** Seeded random values of the scalar money types; the seed is in the test's name. */
  static Stream<Arguments> randomValues() {
    long seed = Long.getLong("bengkel.json.seed", 20261017L);
    int n = Integer.getInteger("bengkel.samples", 1000);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    java.math.RoundingMode[] modes = {
      java.math.RoundingMode.UP, java.math.RoundingMode.DOWN, java.math.RoundingMode.HALF_UP,
      java.math.RoundingMode.HALF_EVEN, java.math.RoundingMode.CEILING, java.math.RoundingMode.FLOOR
    };
    return Stream.concat(
        ProductionSamples.randomValues(seed, n / 4),
        Stream.iterate(0, i -> i < n, i -> i + 1)
            .map(
                i -> {
                  Object value =
                      switch (i % 4) {
                        case 0 -> Rupiah.of(random.nextLong(0, Long.MAX_VALUE));
                        case 1 -> RupiahDelta.of(random.nextLong(-Long.MAX_VALUE, Long.MAX_VALUE));
                        case 2 ->
                            Rate.of(random.nextLong(0, 1_000_000), random.nextLong(1, 1_000_000));
                        default ->
                            RoundingStep.of(
                                random.nextLong(1, 1_000_000), modes[random.nextInt(modes.length)]);
                      };
                  return Arguments.of(seed, i, value);
                }));
  }

  @ParameterizedTest(name = "seed {0} sample {1}: {2}")
  @MethodSource({"randomValues", "org.bengkel.json.contract.SalesSamples#randomValues"})
  void randomValueRoundTripsAndWritesTheReferenceBytes(long seed, int index, Object value) {
    String written = strict().write(value);
    assertThat(strict().read(written, Codecs.findFor(value.getClass()).orElseThrow().type()))
        .isEqualTo(value);
    TextJson.CompactWriter reference = new TextJson.CompactWriter();
    writeWithCodec(reference, value);
    assertThat(written).isEqualTo(reference.toString());
  }

  private static <T> void writeWithCodec(TextJson.CompactWriter out, T value) {
    @SuppressWarnings("unchecked") // getClass() of a T is a Class<? extends T>
    Class<T> type = (Class<T>) value.getClass();
    out.value(Codecs.findFor(type).orElseThrow(), value);
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
            foundationInvalidDocuments(),
            TraineeSamples.invalidDocuments(),
            ProgrammeSamples.invalidDocuments(),
            CatalogSamples.invalidDocuments(),
            PricingSamples.invalidDocuments(),
            ProceedsSamples.invalidDocuments(),
            InventorySamples.invalidDocuments(),
            ProductionSamples.invalidDocuments(),
            SalesSamples.invalidDocuments(),
            ReportSamples.invalidDocuments())
        .flatMap(s -> s);
  }

  private static Stream<Arguments> foundationInvalidDocuments() {
    String facility =
        "{\"code\":\"LAPAS-PAMEKASAN\",\"name\":\"Lapas Kelas IIA Pamekasan\",\"type\":\"LAPAS\","
            + "\"facilityClass\":\"IIA\",\"regionalOffice\":\"Kanwil Ditjenpas Jawa Timur\"";
    return Stream.of(
        // 1985-13-15 is not a date: month 13
        Arguments.of(
            Officer.class,
            "{\"nip\":\"198513152010121002\",\"name\":\"Budi\"}",
            "$.nip",
            "facility.nip.birth-date"),
        Arguments.of(
            Officer.class,
            "{\"nip\":\"19851315\",\"name\":\"Budi\"}",
            "$.nip",
            "facility.nip.format"),
        Arguments.of(
            Officer.class, "{\"nip\":\"198503152010121002\"}", "$.name", "json.missing-property"),
        Arguments.of(
            Officer.class,
            "{\"nip\":\"198503152010121002\",\"name\":\" \"}",
            "$.name",
            "value.blank"),
        Arguments.of(
            Officer.class,
            "{\"nip\":198503152010121002,\"name\":\"Budi\"}",
            "$.nip",
            "json.wrong-type"),
        // Long.MAX_VALUE + 1
        Arguments.of(Rupiah.class, "9223372036854775808", "$", "json.amount-out-of-range"),
        Arguments.of(Rupiah.class, "1.0", "$", "json.float-amount"),
        Arguments.of(Rupiah.class, "1e3", "$", "json.float-amount"),
        Arguments.of(Rupiah.class, "-1", "$", "money.negative"),
        Arguments.of(Rupiah.class, "\"150000\"", "$", "json.wrong-type"),
        Arguments.of(Rupiah.class, "null", "$", "json.null-value"),
        Arguments.of(Rupiah.class, "150000 1", "$", "json.trailing-tokens"),
        Arguments.of(RupiahDelta.class, "-9223372036854775809", "$", "json.amount-out-of-range"),
        Arguments.of(RupiahDelta.class, "-9223372036854775808", "$", "money.overflow"),
        Arguments.of(
            RoundingStep.class,
            "{\"step\":500.0,\"mode\":\"HALF_UP\"}",
            "$.step",
            "json.float-amount"),
        Arguments.of(
            RoundingStep.class,
            "{\"step\":0,\"mode\":\"HALF_UP\"}",
            "$.step",
            "money.invalid-step"),
        Arguments.of(
            RoundingStep.class,
            "{\"step\":500,\"mode\":\"UNNECESSARY\"}",
            "$.mode",
            "money.invalid-rounding-mode"),
        Arguments.of(RoundingStep.class, "{\"step\":500}", "$.mode", "json.missing-property"),
        Arguments.of(
            RoundingStep.class,
            "{\"step\":500,\"mode\":\"half_up\"}",
            "$.mode",
            "json.unknown-constant"),
        Arguments.of(RoundingStep.class, "[500,\"HALF_UP\"]", "$", "json.wrong-type"),
        Arguments.of(Rate.class, "\"12 %\"", "$", "money.malformed-rate"),
        Arguments.of(Rate.class, "12", "$", "json.wrong-type"),
        Arguments.of(Facility.class, facility + ",\"rank\":1}", "$.rank", "json.unknown-property"),
        Arguments.of(Facility.class, facility + ",\"code\":\"X\"}", "$.code", "json.duplicate-key"),
        Arguments.of(Facility.class, facility + "} {}", "$", "json.trailing-tokens"),
        Arguments.of(
            Facility.class,
            facility.replace("\"Lapas Kelas IIA Pamekasan\"", "null") + "}",
            "$.name",
            "json.null-value"),
        Arguments.of(
            Facility.class,
            facility.replace("\"Lapas Kelas IIA Pamekasan\"", "5") + "}",
            "$.name",
            "json.wrong-type"),
        Arguments.of(
            Facility.class,
            facility.replace("\"LAPAS\"", "\"PENJARA\"") + "}",
            "$.type",
            "json.unknown-constant"),
        Arguments.of(
            Facility.class,
            facility.replace("LAPAS-PAMEKASAN", "lapas") + "}",
            "$.code",
            "value.malformed"),
        Arguments.of(Facility.class, "\"LAPAS-PAMEKASAN\"", "$", "json.wrong-type"),
        Arguments.of(Sku.class, "\"kue kering\"", "$", "value.malformed"),
        Arguments.of(Channel.class, "3", "$", "json.wrong-type"),
        Arguments.of(RegistrationNumber.class, "\"X-1\"", "$", "trainee.registration.format"));
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void invalidDocumentIsRefusedWithPathAndRuleCode(
      Class<?> type, String json, String path, String code) {
    assertThatThrownBy(() -> strict().read(json, type))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.path()).as("path").isEqualTo(path);
              assertThat(e.ruleCode()).as("rule code").isEqualTo(code);
            });
  }

  /**
   * A duration in each kind of document that holds one: the type, its golden file, the duration as
   * the file writes it, and its path.
   */
  static Stream<Arguments> durationsInDocuments() {
    return Stream.of(
        Arguments.of(Attendance.class, "programme-attendance", "PT3H30M", "$.attended"),
        Arguments.of(
            SkillsPassport.class,
            "programme-skills-passport",
            "PT3H30M",
            "$.hoursByField.CULINARY"),
        Arguments.of(TeamHours.class, "production-team-hours", "PT6H30M", "$.worked"),
        Arguments.of(
            ProductionFigures.class, "report-production-figures", "PT7H30M", "$.teamHours"));
  }

  /** Other ways of writing a duration that {@link Duration#parse} reads as the same value. */
  private static List<String> sameDuration(Duration d) {
    String written = d.toString();
    return List.of(
        written.toLowerCase(Locale.ROOT),
        "PT" + d.toMinutes() + "M",
        "PT" + d.getSeconds() + "S",
        "PT" + d.getSeconds() + ",000000000S",
        "P0D" + written.substring(1),
        "+P0DT+" + d.toHours() + "H+" + d.toMinutesPart() + "M",
        "PT" + d.toHours() + "H" + d.toMinutesPart() + "M0.0S");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durationsInDocuments")
  void durationReadsInTheSameFormsInEveryDocument(
      Class<?> type, String goldenName, String written, String path) {
    String document = golden(goldenName);
    Object expected = strict().read(document, type);
    for (String form : sameDuration(Duration.parse(written))) {
      String changed = document.replace("\"" + written + "\"", "\"" + form + "\"");
      assertThat(changed).as(form).isNotEqualTo(document);
      assertThat(strict().read(changed, type)).as(form).isEqualTo(expected);
      assertThat(SchemaValidation.accepts(type, changed)).as("schema accepts " + form).isTrue();
    }
    // the longest form the syntax allows is within the schema's maxLength (what the core type
    // then makes of so long a duration differs by document)
    String longest =
        "+P+999999999999DT+9999999999999H+999999999999999M+99999999999999999.999999999S";
    assertThat(longest).hasSize(78);
    assertThat(
            SchemaValidation.accepts(
                type, document.replace("\"" + written + "\"", "\"" + longest + "\"")))
        .as("schema accepts the longest form")
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("durationsInDocuments")
  void durationOutsideTheFormsIsRefusedTheSameInEveryDocument(
      Class<?> type, String goldenName, String written, String path) {
    String document = golden(goldenName);
    // not ISO-8601; a week; a fraction of hours; no part; nothing after T; 14 digits of hours
    // (could overflow); a space; empty
    for (String form :
        List.of("3.5 jam", "P1W", "PT3.5H", "PT", "P1DT", "PT10000000000000H", "PT1H ", "")) {
      String changed = document.replace("\"" + written + "\"", "\"" + form + "\"");
      assertThatThrownBy(() -> strict().read(changed, type))
          .as(form)
          .isInstanceOfSatisfying(
              BengkelJsonException.class,
              e -> {
                assertThat(e.path()).as("path of " + form).isEqualTo(path);
                assertThat(e.ruleCode()).as("rule of " + form).isEqualTo("json.wrong-type");
              });
      assertThat(SchemaValidation.accepts(type, changed)).as("schema refuses " + form).isFalse();
    }
  }

  @Test
  void domainRefusalKeepsTheCoreErrorAsCause() {
    assertThatThrownBy(
            () ->
                strict().read("{\"nip\":\"198513152010121002\",\"name\":\"Budi\"}", Officer.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.valueError())
                  .get()
                  .extracting(InvalidValueException::field)
                  .isEqualTo("nip");
              assertThat(e.getMessage())
                  .startsWith("JSON $.nip: ")
                  .contains("[facility.nip.birth-date]");
            });
  }

  @Test
  void personalValueNeverAppearsInTheError() {
    assertThatThrownBy(() -> strict().read("\"X-SECRET-77\"", RegistrationNumber.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
  }

  @Test
  void malformedDocumentIsRefused() {
    for (String json : List.of("{\"code\":", "{\"code\" \"x\"}", "[1,]", "")) {
      assertThatThrownBy(() -> strict().read(json, Facility.class))
          .as(json)
          .isInstanceOfSatisfying(
              BengkelJsonException.class,
              e -> assertThat(e.ruleCode()).isIn("json.malformed", "json.wrong-type"));
    }
  }

  @Test
  void strictIsTheDefaultAndRefusesUnknownProperties() {
    String json = golden("officer-minimal").replace("{", "{\"rank\":\"III/a\",");
    assertThatThrownBy(() -> strict().read(json, Officer.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.unknown-property"));
  }

  @Test
  void lenientIgnoresUnknownPropertiesAndReportsThem() {
    String json =
        golden("facility")
            .replace("{", "{\"extra\":{\"a\":[1,{\"b\":null}],\"c\":true},")
            .replace("\"type\"", "\"note\":\"x\",\"type\"");
    JsonReadResult<Facility> result =
        binding(BengkelJsonOptions.lenient()).readReporting(json, Facility.class);
    assertThat(result.value()).isEqualTo(GoldenSamples.PAMEKASAN);
    assertThat(result.ignoredProperties()).containsExactly("$.extra", "$.note");
  }

  @Test
  void lenientStillRefusesDuplicatesFloatsAndNulls() {
    JsonBinding lenient = binding(BengkelJsonOptions.lenient());
    assertThatThrownBy(
            () -> lenient.read("{\"step\":5,\"step\":5,\"mode\":\"UP\"}", RoundingStep.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.duplicate-key"));
    assertThatThrownBy(() -> lenient.read("{\"step\":5.5,\"mode\":\"UP\"}", RoundingStep.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.float-amount"));
    assertThatThrownBy(() -> lenient.read("{\"step\":null,\"mode\":\"UP\"}", RoundingStep.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.ruleCode()).isEqualTo("json.null-value"));
  }

  @Test
  void optionalNullReadsAsAbsent() {
    String json = golden("officer-minimal").replace("{", "{\"position\":null,");
    assertThat(strict().read(json, Officer.class))
        .isEqualTo(strict().read(golden("officer-minimal"), Officer.class));
  }

  @Test
  void nestingBeyondTheLimitIsRefused() {
    JsonBinding shallow = binding(BengkelJsonOptions.lenient().withMaxNestingDepth(4));
    String json = golden("facility").replace("{", "{\"deep\":[[[[[[1]]]]]],");
    assertThatThrownBy(() -> shallow.read(json, Facility.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.limit-exceeded"));
  }

  @Test
  void longStringBeyondTheLimitIsRefused() {
    JsonBinding small = binding(BengkelJsonOptions.strict().withMaxStringLength(10));
    assertThatThrownBy(() -> small.read("\"" + "A".repeat(200) + "\"", Sku.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isIn("json.limit-exceeded", "value.too-long"));
  }
}
