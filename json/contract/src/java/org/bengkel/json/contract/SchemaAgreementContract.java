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
   * factories (NIP dates, code formats, rates, registration numbers) and the rules across fields or
   * list elements of the trainee, programme and production types (register class against status and
   * sentence, date orders, overlapping intervals, roster capacity, batch stages...) a period
   * report's totals, and the sales rules that relate one property to another.
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
          "money.malformed-rate",
          "money.invalid-rounding-mode",
          "value.malformed",
          "value.blank",
          "trainee.registration.format",
          // catalogue, inventory, pricing, proceeds: dates as calendar dates ("format" is an
          // annotation in 2020-12), and rules across fields or entries (date order, overlaps, sums,
          // totals, cycles, histories), which JSON Schema cannot express
          "json.malformed-date",
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
            "value.malformed"));
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
