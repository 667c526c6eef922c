package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bengkel.catalog.Product;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Trainee;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The first endpoints, each answering what bengkel itself computes, byte for byte. */
class WorkshopApiTest extends HttpTest {

  private static final JsonMapper BENGKEL = BengkelJackson3.mapper();

  @Autowired JdbcClient jdbc;
  @Autowired Validator validator;

  @Test
  void officersArePutAndReadBackWithVersionAndAudit() {
    String officer = sample("officer.json");
    Answer created = put("/officers/" + ACTOR, officer);
    assertThat(created.status()).as(created.body()).isIn(200, 201);
    String etag = created.header("ETag");
    Answer again = put("/officers/" + ACTOR, officer, "If-Match", etag);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("ETag")).isNotEqualTo(etag);

    Answer read = get("/officers/" + ACTOR);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo(again.header("ETag"));
    // bengkel's own JSON of the officer: what the sample says, in bengkel's bytes.
    Object value = BENGKEL.readValue(officer, org.bengkel.facility.Officer.class);
    assertThat(read.body()).isEqualTo(BENGKEL.writeValueAsString(value));

    // Every write is an event with its actor, version and instant.
    List<Map<String, Object>> events =
        jdbc.sql(
                "select version, event_type, actor, occurred_at from events"
                    + " where aggregate_type = 'officer' and aggregate_id = ? order by version")
            .param(ACTOR)
            .query()
            .listOfRows();
    assertThat(events).hasSizeGreaterThanOrEqualTo(2);
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.get("actor")).isEqualTo(ACTOR);
              assertThat(e.get("event_type")).isEqualTo("OfficerRecorded");
              assertThat(e.get("occurred_at")).isNotNull();
            });
    JsonNode trail = get("/audit/officer/" + ACTOR).json();
    assertThat(trail.size()).isEqualTo(events.size());
    assertThat(trail.get(0).get("actor").asString()).isEqualTo(ACTOR);
    assertThat(trail.get(0).get("version").asLong()).isEqualTo(1);
  }

  @Test
  void traineesAreRegisteredUnderAnIdAndDecidedOnADate() {
    String number = freshRegistrationNumber();
    String body = sample("trainee.json").replace("B.I-45/2025", number);
    Answer registered = post("/trainees", body);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String location = registered.header("Location");
    assertThat(location).matches("/trainees/[0-9a-f-]{36}").doesNotContain(number);

    Answer decisions = get(location + "/eligibility?on=2026-10-15");
    assertThat(decisions.status()).as(decisions.body()).isEqualTo(200);
    Trainee trainee = BENGKEL.readValue(body, Trainee.class);
    List<Object> expected =
        List.copyOf(
            EligibilityPolicy.defaults().evaluateAll(trainee, LocalDate.of(2026, 10, 15)).values());
    assertThat(decisions.body()).isEqualTo(BENGKEL.writeValueAsString(expected));
    assertThat(decisions.body()).doesNotContain(number).doesNotContain("Slamet");

    assertThat(get(location).body()).contains(number);
    // Registered once: a second registration of the same number is refused and stores nothing.
    Answer twice = post("/trainees", body);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("code").asString()).isEqualTo("service.conflict");
    assertThat(twice.body()).doesNotContain(number);
  }

  @Test
  void theCatalogueAndABuyersLabel() {
    assertThat(put("/facility", golden("facility.json")).status()).isIn(200, 201);
    String product = golden("catalog-product.json");
    Answer p = put("/catalogue/products/KUE-KERING-500G", product);
    assertThat(p.status()).as(p.body()).isIn(200, 201);
    assertThat(get("/catalogue/products/KUE-KERING-500G").body())
        .isEqualTo(BENGKEL.writeValueAsString(BENGKEL.readValue(product, Product.class)));
    assertThat(get("/catalogue/products").json().isArray()).isTrue();
    Answer s = put("/catalogue/services/CUCI-MOBIL", golden("catalog-service.json"));
    assertThat(s.status()).as(s.body()).isIn(200, 201);
    assertThat(get("/catalogue/services/CUCI-MOBIL").status()).isEqualTo(200);

    Answer label =
        get("/catalogue/products/KUE-KERING-500G/label?lot=KK-2610-01&produced=2026-10-01");
    assertThat(label.status()).as(label.body()).isEqualTo(200);
    JsonNode l = label.json();
    assertThat(l.get("productionCode").asString()).isEqualTo("KK-2610-01");
    // 2026-10-01 + 60 days shelf life = 2026-11-30.
    assertThat(l.get("bestBefore").asString()).isEqualTo("2026-11-30");
    assertThat(l.get("producer").asString()).contains("Pamekasan");
  }

  @Test
  void quotesArePricedAsBengkelPricesThem() {
    String book = sampleData("price-book.json");
    assertThat(put("/price-book", book).status()).isIn(200, 201);
    assertThat(put("/tax-policy", sample("tax-policy.json")).status()).isIn(200, 201);
    String order = order();
    Answer quote = post("/quotes", order);
    assertThat(quote.status()).as(quote.body()).isEqualTo(200);

    JsonNode o = BENGKEL.readTree(order);
    List<PricingItem> lines =
        BENGKEL.readValue(o.get("lines").toString(), new TypeReference<List<PricingItem>>() {});
    Object expected =
        BENGKEL
            .readValue(book, PriceBook.class)
            .quote(
                Channel.GALLERY,
                LocalDate.parse(o.get("date").asString()),
                lines,
                BENGKEL.readValue(sample("tax-policy.json"), TaxPolicy.class));
    assertThat(quote.body()).isEqualTo(BENGKEL.writeValueAsString(expected));

    // The facility's policy (PPN included in prices, 11/12 x 12 %) on an invoice of Rp 1,110,000.
    Answer tax = get("/tax-policy/breakdown?amount=1110000");
    assertThat(tax.status()).as(tax.body()).isEqualTo(200);
    Object breakdown =
        BENGKEL
            .readValue(sample("tax-policy.json"), TaxPolicy.class)
            .apply(org.bengkel.money.Rupiah.of(1_110_000));
    assertThat(tax.body()).isEqualTo(BENGKEL.writeValueAsString(breakdown));
  }

  @Test
  void theHostsValidatorSeesBengkelsConstraints() {
    // The ValidationConfigurationCustomizer registered BengkelAccessors on Spring's validator.
    assertThat(validator.getConstraintsForClass(Product.class).getConstrainedProperties())
        .extracting(PropertyDescriptor::getPropertyName)
        .contains("sku", "name", "unit");
    assertThat(validator.validateValue(Product.class, "name", " ")).hasSize(1);
  }
}
