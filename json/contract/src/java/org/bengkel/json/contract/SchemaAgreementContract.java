package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema and reader agree on every binding: a document the shipped schema refuses is refused by the
 * (strict) reader too, over the invalid documents, the refused versioned documents, the hostile
 * suite and seeded mutations of every golden file. The reverse does not always hold: the readers
 * also check what JSON Schema cannot express; every such case must carry one of the rule codes in
 * {@link #ONE_WAY}, documented in {@code docs/json-format.md}.
 */
public abstract class SchemaAgreementContract {

  /**
   * Rules the readers enforce and the schemas cannot (or do not) express: duplicate keys and
   * trailing tokens (a schema sees a parsed value), integral floats such as {@code 1.0} (an integer
   * to JSON Schema), the order of the envelope's properties, reading limits that are options, bytes
   * that are not UTF-8 (a schema sees text), and the domain rules checked by bengkel-core's
   * factories (NIP dates and serials, a text or a number that is not a single field's form, such as
   * a step parameter's amount beyond a long) and the rules across fields or list elements of the
   * trainee, programme and production types (register class against status and sentence, date
   * orders, overlapping intervals, roster capacity, batch stages...) a period report's totals, and
   * the sales rules that relate one property to another.
   */
  public static final Set<String> ONE_WAY =
      Set.of(
          "production.start.date",
          "json.duplicate-key",
          "json.trailing-tokens",
          "json.float-amount",
          "json.document.header-order",
          "json.limit-exceeded",
          "json.malformed",
          // a schema sees the decoded string, in which a lone surrogate escape is a character
          "json.unpaired-surrogate",
          "facility.nip.birth-date",
          "facility.nip.appointment",
          "facility.nip.sex",
          "facility.nip.serial",
          "money.invalid-rounding-mode",
          "value.malformed",
          "value.blank",
          // catalogue, inventory, pricing, proceeds: rules across fields or entries (date order,
          // overlaps, sums, totals, cycles, histories), which JSON Schema cannot express
          "value.date-order",
          "catalog.halal.conflict",
          "catalog.halal.review",
          "catalog.pirt.issue-year",
          "catalog.pirt.issued-without-number",
          "catalog.food.not-food",
          "catalog.food.data-required",
          "catalog.price.partner-not-supplier",
          "catalog.price.overlap",
          "catalog.bom.cycle",
          "catalog.quantity.unit-mismatch",
          "catalog.cost.line",
          "catalog.cost.quantity-unit",
          "catalog.cost.price-material",
          "catalog.cost.price-not-effective",
          "money.overflow",
          "inventory.movement.inconsistent",
          "inventory.available.insufficient",
          "inventory.lot.unknown",
          // a movement's instant before its ledger's latest one
          "inventory.movement.backdated",
          // stock-movements: sequence numbers from 'after' on, a lot listed once
          "json.document.mismatch",
          "inventory.lot.already-released",
          "pricing.rule.markup-and-discount",
          "pricing.rate-above-whole",
          "pricing.rule.scope",
          "pricing.rule.margin-order",
          "pricing.list.base-channel",
          "pricing.list.overlap",
          "pricing.quote.inconsistent",
          // a pricing item is goods or a service job by which fields it has; a category code names
          // a predefined category, whose list belongs to core; an order's quoted tax is on its
          // total
          "pricing.item.kind",
          "catalog.category.unknown",
          "sales.order.quote-mismatch",
          "proceeds.policy.shares-sum",
          "proceeds.policy.overlap",
          "proceeds.facility-mismatch",
          "proceeds.allocation.inconsistent",
          "proceeds.allocation.duplicate-trainee",
          "proceeds.allocation.no-contribution",
          "proceeds.account.spending-cap",
          "proceeds.account.overdraw",
          "proceeds.account.history",
          "proceeds.account.cap",
          "proceeds.pnbp.outside-year",
          "proceeds.pnbp.over-deposit",
          // trainee, programme, production: dates that do not exist ("format": "date" is only an
          // annotation to most validators), durations' signs, and rules across fields or elements
          "value.out-of-range",
          "trainee.register-class.status",
          "trainee.register-class.sentence",
          "trainee.sentence.status",
          "trainee.sentence.length",
          "trainee.remission.date",
          "trainee.remission.exceeds",
          "trainee.discipline.date",
          "trainee.policy.fraction",
          "trainee.detention.dates",
          "trainee.detention.order",
          "trainee.detention.first-day",
          "programme.session.times",
          "programme.enrolment.transition",
          "programme.enrolment.reason",
          "programme.enrolment.date-order",
          "programme.enrolment.overlap",
          "programme.enrolment.convicts-only",
          "programme.enrolment.already-enrolled",
          "programme.enrolment.not-enrolled",
          "programme.roster.programme",
          "programme.roster.capacity",
          "programme.roster.idle-place",
          "programme.roster.duplicate",
          "programme.register.unknown-programme",
          "programme.attendance.unknown-session",
          "programme.attendance.hours-cap",
          "programme.attendance.absence-reason",
          "programme.attendance.duplicate",
          "programme.attendance.overlap",
          "programme.attendance.not-active",
          "programme.attendance.outside-walls",
          "programme.assessment.unit",
          "programme.assessment.not-enrolled",
          "programme.certificate.expiry",
          "programme.passport.certificate",
          "production.hours.times",
          "production.hours.overlap",
          "production.hours.before-production",
          "production.stage.order",
          "production.supervisor.required",
          "production.quality-check.required",
          "production.release.food-safety",
          "production.release.nothing-good",
          "production.team.empty",
          "production.team.not-member",
          "production.count.over-planned",
          "production.count.over-produced",
          "production.mismatch",
          "production.batch.inconsistent",
          // period reports: dates compared, signed duration parts summed, totals equal to the sums
          // of their rows, rows sorted without repeats, figures compared across the report
          "report.total.mismatch",
          "report.row.order",
          "report.proceeds.mismatch",
          "report.facility.mismatch",
          "report.pnbp.inconsistent",
          // sales: totals derived from the lines, which properties a customer of a kind has, the
          // order of an order's history, sold lots against the status, returns against the lines,
          // one sold lot per lot code, and the length of a month in a date-time
          "json.total-mismatch",
          "sales.customer.field-required",
          "sales.customer.field-not-allowed",
          "sales.order.date-order",
          "sales.order.transition",
          "sales.line.sold-lots",
          "sales.return.line",
          "sales.return.exceeds-sold",
          // an invoice's taxes included against its subtotal; a count summed across a report's
          // rows beyond a long
          "sales.invoice.tax-included",
          "value.overflow",
          "value.duplicate");

  /** The binding under test, reading with the given options. */
  protected abstract JsonBinding binding(BengkelJsonOptions options);

  private JsonBinding strict() {
    return binding(BengkelJsonOptions.strict());
  }

  /** The refusal of the strict reader, or null when it accepts. */
  private BengkelJsonException refusal(Class<?> type, String json) {
    try {
      strict().read(json, type);
      return null;
    } catch (BengkelJsonException e) {
      return e;
    }
  }

  private void assertAgreement(Class<?> type, String json, String what) {
    boolean schemaAccepts = SchemaValidation.accepts(type, json);
    BengkelJsonException refused = refusal(type, json);
    if (!schemaAccepts) {
      assertThat(refused).as("the schema refuses %s, the reader must too", what).isNotNull();
    } else if (refused != null) {
      assertThat(refused.ruleCode())
          .as("%s: schema accepts, reader refuses: a documented one-way rule", what)
          .isIn(ONE_WAY.toArray());
    }
  }

  /**
   * Single-field rules that the schema states and the reader enforces from one declaration: a
   * golden file with one property replaced, its rule code. RFC 3339's years (0001 to 9999) for
   * dates and date-times, identifiers' patterns, blank text and text over its length.
   */
  static Stream<Arguments> singleFieldRules() {
    String long201 = "x".repeat(201); // PricingItem.MAX_DESCRIPTION is 200
    return Stream.of(
        Arguments.of(
            "inventory-stock-lot", "\"2026-11-02\"", "\"0000-11-02\"", "json.malformed-date"),
        Arguments.of(
            "inventory-stock-lot", "\"2026-11-02\"", "\"+10000-11-02\"", "json.malformed-date"),
        Arguments.of(
            "inventory-stock-lot", "\"2026-11-02\"", "\"-0001-11-02\"", "json.malformed-date"),
        Arguments.of(
            "inventory-stock-lot",
            "\"2026-11-03T08:00:00\"",
            "\"0000-11-03T08:00:00\"",
            "json.malformed-date"),
        Arguments.of(
            "inventory-stock-lot",
            "\"2026-11-03T08:00:00\"",
            "\"+10000-11-03T08:00:00\"",
            "json.malformed-date"),
        Arguments.of(
            "pricing-quoted-line",
            "\"listId\": \"E-KATALOG-2026\"",
            "\"listId\": \"<script>x</script>\"",
            "value.malformed"),
        Arguments.of(
            "pricing-quoted-line",
            "\"listId\": \"E-KATALOG-2026\"",
            "\"listId\": \"\"",
            "value.malformed"),
        Arguments.of(
            "pricing-quoted-line",
            "\"ruleId\": \"E-KATALOG-DISKON\"",
            "\"ruleId\": \"a b\"",
            "value.malformed"),
        Arguments.of(
            "pricing-item",
            "\"description\": \"Kue kering nastar, toples 500 g\"",
            "\"description\": \"   \"",
            "value.blank"),
        Arguments.of(
            "pricing-item",
            "\"description\": \"Kue kering nastar, toples 500 g\"",
            "\"description\": \"\"",
            "value.blank"),
        Arguments.of(
            "pricing-item",
            "\"description\": \"Kue kering nastar, toples 500 g\"",
            "\"description\": \"" + long201 + "\"",
            "value.too-long"));
  }

  @ParameterizedTest
  @MethodSource("singleFieldRules")
  void schemaAndReaderRefuseTheSameSingleFieldRules(
      String name, String from, String to, String code) {
    String golden = JsonFormatContract.golden(name);
    assertThat(golden).as("%s holds %s", name, from).contains(from);
    Class<?> type =
        GoldenSamples.all().stream()
            .filter(s -> s.name().equals(name))
            .findFirst()
            .orElseThrow()
            .type();
    assertThat(SchemaValidation.accepts(type, golden)).as("%s as shipped", name).isTrue();
    String json = golden.replaceFirst(java.util.regex.Pattern.quote(from), to);
    assertThat(SchemaValidation.accepts(type, json)).as("the schema refuses %s", json).isFalse();
    BengkelJsonException refused = refusal(type, json);
    assertThat(refused).as("the reader refuses %s", json).isNotNull();
    assertThat(refused.ruleCode()).isEqualTo(code);
  }

  /**
   * Rules an outside check found stated by the schema and not enforced by the reader, or enforced
   * by the reader and not stated by the schema (Python's jsonschema with formats asserted, over
   * mutations of the golden files): a golden file ({@code document/...} for a versioned document),
   * a text in it replaced, and the reader's rule, which the schema must state as well.
   */
  static Stream<Arguments> rulesFoundWithAnotherValidator() {
    return Stream.of(
        // a domain event's whole numbers have the schema's range, which core's records do not
        // check: the reader checks it from the same declaration (Scalars.integer)
        Arguments.of(
            "document/inventory.stock-sold-v1",
            "\"quantity\": 10,",
            "\"quantity\": 0,",
            "value.out-of-range"),
        Arguments.of(
            "document/production.batch-planned-v1",
            "\"plannedQuantity\": 40,",
            "\"plannedQuantity\": 1000000001,",
            "value.out-of-range"),
        // an instant (Z) without its zone or actor: the schema says so with if/then (StampFields)
        Arguments.of(
            "document/inventory.stock-sold-v1", "\"zone\": \"WIB\",", "", "json.missing-property"),
        Arguments.of(
            "inventory-stock-ledger",
            "\"actor\": \"officer:198503122010121001\",",
            "",
            "json.missing-property"),
        // null is an absent zone to the reader
        Arguments.of(
            "document/inventory.stock-sold-v1",
            "\"zone\": \"WIB\",",
            "\"zone\": null,",
            "json.missing-property"),
        // a required list that is absent: a builder or an event took it for an empty one
        Arguments.of(
            "document/programme.enrolment-withdrawn-v1",
            ",\n    \"promoted\": [\n      \"B.I-7/2025\"\n    ]",
            "",
            "json.missing-property"),
        // a text core bounds tighter than a free text's 4 000: the schema states core's bound
        Arguments.of(
            "catalog-product",
            "\"name\": \"Kue kering nastar, toples 500 g\"",
            "\"name\": \"" + "x".repeat(201) + "\"",
            "value.too-long"),
        // a service without its prices, which core refuses
        Arguments.of(
            "catalog-service",
            ",\n  \"pricePerJob\": {\n    \"CAR\": 35000,\n    \"MOTORCYCLE\": 15000\n  }",
            "",
            "value.required"),
        // identifiers of core's code form (Checks.requireCode): the schema states the pattern
        Arguments.of(
            "inventory-stock-lot",
            "\"lotCode\": \"KK-20261102-01\"",
            "\"lotCode\": \"<script>x</script>\"",
            "value.malformed"),
        Arguments.of(
            "catalog-product",
            "\"programme\": \"KULINER-2026\"",
            "\"programme\": \"kuliner 2026\"",
            "value.malformed"),
        Arguments.of(
            "trainee-convict",
            "\"facilityCode\": \"LAPAS-PAMEKASAN\"",
            "\"facilityCode\": \"Lapas Pamekasan\"",
            "value.malformed"),
        // a day past its month's end or February's 29th of a common year, in a date, a local
        // date-time and an instant: the date patterns know the calendar (CodecSupport.DATE_FORM),
        // so that a validator that leaves "format" unasserted refuses them too
        Arguments.of(
            "inventory-stock-lot", "\"2026-11-02\"", "\"2026-11-31\"", "json.malformed-date"),
        Arguments.of(
            "inventory-stock-lot",
            "\"2026-11-03T08:00:00\"",
            "\"2026-02-29T08:00:00\"",
            "json.malformed-date"),
        Arguments.of(
            "document/inventory.stock-sold-v1",
            "\"at\": \"2026-11-06T01:00:00Z\"",
            "\"at\": \"1900-02-29T01:00:00Z\"",
            "json.malformed-date"),
        // a period report's days had a pattern of their own, with years of 4 to 9 digits and signs
        Arguments.of(
            "report-period-report",
            "\"firstDay\": \"2026-11-01\"",
            "\"firstDay\": \"+10000-11-01\"",
            "json.malformed-date"),
        // a registration number's form (RegistrationNumber.parse): a register class's prefix and a
        // separator, some character that is not white space, no control character
        Arguments.of(
            "trainee-convict",
            "\"registrationNumber\": \"B.I-123/2024\"",
            "\"registrationNumber\": \"X.I-123/2024\"",
            "trainee.registration.format"),
        Arguments.of(
            "trainee-convict",
            "\"registrationNumber\": \"B.I-123/2024\"",
            "\"registrationNumber\": \"B.I-\\u2003\\u3000\"",
            "trainee.registration.format"),
        Arguments.of(
            "trainee-convict",
            "\"registrationNumber\": \"B.I-123/2024\"",
            "\"registrationNumber\": \"B.I-123\\u0085\"",
            "trainee.registration.format"),
        // a rate's form (Rate.parse)
        Arguments.of(
            "proceeds-premi-account",
            "\"spendingCap\": \"25%\"",
            "\"spendingCap\": \"25 %\"",
            "money.malformed-rate"),
        Arguments.of(
            "proceeds-premi-account",
            "\"spendingCap\": \"25%\"",
            "\"spendingCap\": \"1/0\"",
            "money.malformed-rate"),
        // a price step's parameters: a free text is not blank, a typed one has its form
        // (StepCode.parameterForm)
        Arguments.of(
            "document/quote-v1",
            "\"sku\": \"KUE-KERING-500G\",\n              \"price\"",
            "\"sku\": \" \",\n              \"price\"",
            "value.blank"),
        Arguments.of(
            "document/quote-v1",
            "\"price\": \"Rp92.500\"",
            "\"price\": \"Rp 92.500\"",
            "value.malformed"),
        // bounds core checks on one field: a shelf life, a PNBP ledger's target
        Arguments.of(
            "catalog-product",
            "\"shelfLifeDays\": 60",
            "\"shelfLifeDays\": 3651",
            "value.out-of-range"),
        Arguments.of(
            "proceeds-pnbp-ledger", "\"target\": 25000000", "\"target\": 0", "value.out-of-range"),
        // a map's keys: a production batch's pieces by registration number
        Arguments.of(
            "document/production-batch-v1",
            "\"B.I-123/2024\": 22",
            "\"X.I-123/2024\": 22",
            "trainee.registration.format"),
        // an inventory event's movements, which core's records refuse empty: minItems 1; given
        // empty, not missing (it was json.missing-property, as if the property were absent)
        Arguments.of(
            "document/inventory.stock-received-v1",
            movementsOf("document/inventory.stock-received-v1"),
            "\"movements\": []",
            "value.required"),
        // a rejected batch's reason (StageHistory): the batch's schema states it with if/then
        Arguments.of(
            "production-batch-rejected",
            ",\n      \"note\": \"Kayu retak, sambungan longgar\"",
            "",
            "value.required"),
        // a step written before codes, whose description becomes the text parameter
        Arguments.of(
            "document/sales-order-v1",
            "\"description\": \"base: list price of KUE-KERING-500G Rp92.500\"",
            "\"description\": \"  \"",
            "value.blank"));
  }

  /** The {@code "movements": [...]} property of a golden file, as written. */
  private static String movementsOf(String name) {
    String golden = JsonFormatContract.golden(name);
    int from = golden.indexOf("\"movements\": [");
    int to = golden.indexOf("\n    ]", from) + "\n    ]".length();
    return golden.substring(from, to);
  }

  @ParameterizedTest
  @MethodSource("rulesFoundWithAnotherValidator")
  void schemaStatesTheRulesAnotherValidatorFound(String name, String from, String to, String code) {
    boolean document = name.startsWith("document/");
    String golden = JsonFormatContract.golden(name);
    assertThat(golden).as("%s holds %s", name, from).contains(from);
    Class<?> type =
        document
            ? Document.class
            : GoldenSamples.all().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .type();
    assertThat(SchemaValidation.accepts(type, golden)).as("%s as shipped", name).isTrue();
    String json = golden.replace(from, to);
    assertThat(SchemaValidation.accepts(type, json)).as("the schema refuses %s", json).isFalse();
    BengkelJsonException refused = refusal(type, json);
    assertThat(refused).as("the reader refuses %s", json).isNotNull();
    assertThat(refused.ruleCode()).isEqualTo(code);
  }

  /**
   * Texts that the schema accepts and the reader refused for a rule a schema states: a length
   * counted in code points (an emoji is one character to JSON Schema, two {@code char}s to Java).
   */
  @Test
  void schemaAndReaderCountTheSameCharacters() {
    String emoji = "\uD83D\uDE00";
    // a facility's name is text(1, 200): 200 emoji are 200 characters, 400 chars
    String golden = JsonFormatContract.golden("facility");
    String from = "\"name\": \"Lapas Kelas IIA Pamekasan\"";
    assertThat(golden).contains(from);
    String json = golden.replace(from, "\"name\": \"" + emoji.repeat(200) + "\"");
    Class<?> type = org.bengkel.facility.Facility.class;
    assertThat(SchemaValidation.accepts(type, json)).isTrue();
    assertThat(refusal(type, json)).as("the reader accepts 200 characters").isNull();
    String over = golden.replace(from, "\"name\": \"" + emoji.repeat(201) + "\"");
    assertThat(SchemaValidation.accepts(type, over)).isFalse();
    assertThat(refusal(type, over))
        .isNotNull()
        .extracting(e -> e.ruleCode())
        .isEqualTo("value.too-long");
  }

  @Test
  void aRequiredListIsRequiredByTheReaderToo() {
    // PriceBook is read through its builder, which took an absent list for an empty one
    String json = "{\"version\": 1}";
    Class<?> type = org.bengkel.pricing.PriceBook.class;
    assertThat(SchemaValidation.accepts(type, json)).isFalse();
    BengkelJsonException refused = refusal(type, json);
    assertThat(refused).isNotNull();
    assertThat(refused.ruleCode()).isEqualTo("json.missing-property");
    assertThat(refused.details()).containsExactly("lists");
    assertThat(SchemaValidation.accepts(type, "{\"lists\": [], \"version\": 1}")).isTrue();
    assertThat(refusal(type, "{\"lists\": [], \"version\": 1}")).isNull();
  }

  static Stream<Arguments> invalidDocuments() {
    return JsonFormatContract.invalidDocuments();
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void schemaAndReaderAgreeOnTheInvalidDocuments(
      Class<?> type, String json, String path, String code) {
    assertAgreement(type, json, json);
  }

  static Stream<Arguments> refusedDocuments() {
    return DocumentContract.refusedDocuments();
  }

  @ParameterizedTest
  @MethodSource("refusedDocuments")
  void schemaAndReaderAgreeOnTheRefusedVersionedDocuments(String json, String path, String code) {
    assertAgreement(Document.class, json, json);
  }

  static Stream<HostileDocuments.Case> hostile() {
    // The schema validator is not hardened like the readers: documents over 1 MB are left out here
    // (they are refused by the readers in HostileDocumentContract).
    return HostileDocuments.all().stream()
        .filter(c -> c.options().equals(BengkelJsonOptions.strict()));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void schemaAndReaderAgreeOnTheHostileSuite(HostileDocuments.Case c) {
    String json =
        c.text() != null ? c.text().get() : new String(c.bytes().get(), StandardCharsets.UTF_8);
    if (json.length() <= 1_000_000) {
      if (c.bytes() != null) {
        // The schema sees the text with replacement characters; the reader sees the bytes.
        assertThat(SchemaValidation.accepts(c.type(), json) || !c.codes().isEmpty()).isTrue();
        assertThat(c.codes()).isSubsetOf(ONE_WAY);
      } else {
        assertAgreement(c.type(), json, c.toString());
      }
    }
  }

  /** A property on a line of its own whose value is a string, a number, a boolean or null. */
  private static final java.util.regex.Pattern SCALAR_PROPERTY =
      java.util.regex.Pattern.compile("(\\s*\"[^\"]+\": )([-0-9tfn\"].*?)(,?)");

  /**
   * Every golden file and golden document with each of its scalar properties left out, and with
   * each set to null: schema and reader agree on each. A property the schema requires and the
   * reader does without (core's builder has a default, such as a skill programme's {@code
   * outsideWalls}) is found for every type at once, as is a property the reader requires and the
   * schema does not.
   */
  @Test
  void schemaAndReaderAgreeWithoutEachProperty() {
    int checked = 0;
    List<String> disagreements = new ArrayList<>();
    for (GoldenSamples.Sample s : GoldenSamples.all()) {
      String golden = JsonFormatContract.golden(s.name());
      checked += eachPropertyLeftOut(s.type(), null, golden, s.name(), disagreements);
    }
    for (DocumentSamples.Sample s : DocumentSamples.all()) {
      String file = SchemaValidation.file(s.kind());
      String golden = DocumentContract.golden(s.name());
      checked += eachPropertyLeftOut(Document.class, file, golden, s.name(), disagreements);
    }
    assertThat(disagreements).as("schema and reader disagree").isEmpty();
    assertThat(checked).as("properties left out").isGreaterThan(1_000);
  }

  /** The variants of one pretty-printed file; the count of properties. */
  private int eachPropertyLeftOut(
      Class<?> type,
      @org.jspecify.annotations.Nullable String schemaFile,
      String json,
      String name,
      List<String> disagreements) {
    List<String> lines = List.of(json.split("\n", -1));
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      java.util.regex.Matcher m = SCALAR_PROPERTY.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      count++;
      List<String> without = new ArrayList<>(lines);
      without.remove(i);
      String before = without.get(i - 1);
      if (m.group(3).isEmpty() && before.endsWith(",")) {
        // the last property: the one before it loses its comma
        without.set(i - 1, before.substring(0, before.length() - 1));
      }
      List<String> nulled = new ArrayList<>(lines);
      nulled.set(i, m.group(1) + "null" + m.group(3));
      for (List<String> variant : List.of(without, nulled)) {
        String text = String.join("\n", variant);
        boolean accepts =
            schemaFile == null
                ? SchemaValidation.accepts(type, text)
                : SchemaValidation.errors(schemaFile, text).isEmpty();
        BengkelJsonException refused = refusal(type, text);
        String what = name + " line " + (i + 1) + (variant == without ? " left out" : " null");
        if (!accepts && refused == null) {
          disagreements.add(what + ": the schema refuses, the reader accepts");
        } else if (accepts && refused != null && !ONE_WAY.contains(refused.ruleCode())) {
          disagreements.add(what + ": the reader refuses with " + refused.ruleCode());
        }
      }
    }
    return count;
  }

  @Test
  void schemaAndReaderAgreeOnMutationsOfEveryGoldenFile() {
    long seed = Long.getLong("bengkel.json.seed", 20261127L);
    SplittableRandom random = new SplittableRandom(seed);
    List<Object[]> bases = new ArrayList<>();
    GoldenSamples.all()
        .forEach(s -> bases.add(new Object[] {s.type(), JsonFormatContract.golden(s.name())}));
    DocumentSamples.all()
        .forEach(s -> bases.add(new Object[] {Document.class, DocumentContract.golden(s.name())}));
    int n = Integer.getInteger("bengkel.json.schema.mutations", 2_000);
    for (int i = 0; i < n; i++) {
      Object[] base = bases.get(random.nextInt(bases.size()));
      String json = Mutations.mutateText((String) base[1], random);
      assertAgreement((Class<?>) base[0], json, "seed " + seed + " mutation " + i + ": " + json);
    }
  }
}
