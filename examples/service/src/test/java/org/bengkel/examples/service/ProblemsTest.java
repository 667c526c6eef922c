package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Errors a client can act on: problem documents with a rule code, a path and a message, never 500.
 */
class ProblemsTest extends HttpTest {

  private static final String OFFICER = "/officers/" + ACTOR;

  static Stream<Arguments> badOfficers() {
    String nip = "\"nip\": \"" + ACTOR + "\"";
    return Stream.of(
        Arguments.of("{\"nip\":", "json.malformed", "$"),
        Arguments.of("{}", "json.missing-property", "$"),
        Arguments.of(
            "{" + nip + ", \"name\": \"A\", \"rank\": 3}", "json.unknown-property", "$.rank"),
        Arguments.of("{" + nip + ", \"name\": 7}", "json.wrong-type", "$.name"),
        Arguments.of("null", "json.malformed", "$"),
        Arguments.of("{" + nip + ", \"name\": \"A\"} []", "json.trailing-tokens", "$"),
        Arguments.of(
            "{\"nip\": \"198503152010121\", \"name\": \"A\"}", "facility.nip.format", "$.nip"),
        Arguments.of("{" + nip + ", \"name\": \"A\", \"name\": \"B\"}", "json.duplicate-key", "$"),
        Arguments.of("[]", "json.wrong-type", "$"),
        Arguments.of("", "json.malformed", "$"));
  }

  @ParameterizedTest
  @MethodSource("badOfficers")
  void anInvalidBodyIs400WithBengkelsCodeAndPath(String body, String code, String pathPrefix) {
    Answer a = put(OFFICER, body);
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.header("Content-Type")).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("code").asString()).as(a.body()).isEqualTo(code);
    assertThat(p.get("path").asString()).as(a.body()).startsWith(pathPrefix);
    assertThat(p.get("detail").asString()).isNotBlank();
  }

  static Stream<Arguments> hostileBodies() {
    String deep = "[".repeat(3000) + "]".repeat(3000);
    return Stream.of(
        Arguments.of(OFFICER, "{\"nip\": NaN}"),
        Arguments.of(OFFICER, "{\"nip\": 1e999999}"),
        Arguments.of(OFFICER, deep),
        Arguments.of(
            OFFICER, "{\"nip\": \"" + ACTOR + "\", \"name\": \"" + "x".repeat(300_000) + "\"}"),
        Arguments.of(
            "/quotes",
            "{\"channel\": \"GALLERY\", \"date\": \"2026-10-15\", \"lines\": " + deep + "}"),
        Arguments.of(
            "/quotes", "{\"channel\": \"GALLERY\", \"date\": \"+10000-01-01\", \"lines\": []}"),
        Arguments.of(
            "/quotes",
            "{\"channel\": \"GALLERY\", \"date\": \"2026-10-15\", \"lines\": [{\"sku\": \"KUE-KERING-500G\","
                + " \"description\": \"x\", \"category\": \"COOKIES\", \"unit\": \"JAR\", \"quantity\": 99999999999999999999999}]}"),
        Arguments.of("/price-book", "{\"lists\": [{\"id\": \"A\", \"id\": \"B\"}]}"));
  }

  @ParameterizedTest
  @MethodSource("hostileBodies")
  void aHostileBodyIs400NeverA500(String path, String body) {
    Answer a = send(path.equals("/quotes") ? "POST" : "PUT", path, body, Actor.HEADER, ACTOR);
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("code").asString()).as(a.body()).isNotBlank();
    assertThat(get("/eligibility-policy").status()).isEqualTo(200);
  }

  @Test
  void theMessageSpeaksTheClientsLanguage() {
    String body = "{\"nip\": \"" + ACTOR + "\", \"name\": 7}";
    JsonNode en = put(OFFICER, body, "Accept-Language", "en").json();
    Answer id = put(OFFICER, body, "Accept-Language", "id-ID,id;q=0.9,en;q=0.5");
    assertThat(id.header("Content-Language")).isEqualTo("id");
    assertThat(id.json().get("code")).isEqualTo(en.get("code"));
    assertThat(id.json().get("detail").asString()).isNotEqualTo(en.get("detail").asString());
    JsonNode none = put(OFFICER, body).json();
    assertThat(none.get("detail")).isEqualTo(en.get("detail"));
  }

  @Test
  void everyBrokenSampleIs400AndTheServerKeepsServing() throws IOException {
    List<Path> broken;
    try (Stream<Path> files = Files.list(Path.of("../samples/broken"))) {
      broken = files.sorted().toList();
    }
    assertThat(broken).isNotEmpty();
    for (Path f : broken) {
      String name = f.getFileName().toString();
      String target =
          name.startsWith("officer")
              ? OFFICER
              : name.startsWith("trainee")
                  ? "/trainees"
                  : name.startsWith("price-book")
                      ? "/price-book"
                      : name.startsWith("quote") || name.startsWith("order")
                          ? "/quotes"
                          : "/facility";
      Answer a =
          send(
              target.equals("/trainees") || target.equals("/quotes") ? "POST" : "PUT",
              target,
              Files.readString(f),
              Actor.HEADER,
              ACTOR);
      assertThat(a.status()).as(name + " " + a.body()).isEqualTo(400);
      assertThat(a.json().get("code").asString()).as(name).isNotBlank();
    }
    assertThat(get("/eligibility-policy").status()).isEqualTo(200);
  }

  @Test
  void aPathValueBengkelRefusesIs400() {
    Answer a = get("/officers/12345");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("path").asString()).isEqualTo("path.nip");
    Answer sku = get("/catalogue/products/kue%20kering");
    assertThat(sku.status()).isEqualTo(400);
    Answer date = get("/trainees/x/eligibility?on=15-10-2026");
    assertThat(date.status()).isEqualTo(400);
    assertThat(date.json().get("path").asString()).isEqualTo("query.on");
    Answer missing = get("/tax-policy/breakdown");
    assertThat(missing.status()).isEqualTo(400);
  }

  @Test
  void unknownResourcesAre404() {
    assertThat(get("/officers/199001012015031001").status()).isEqualTo(404);
    assertThat(get("/trainees/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    Answer nowhere = get("/nowhere");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.json().get("code").asString()).isEqualTo("service.not-found");
  }

  @Test
  void aWriteWithoutAnOfficerIs401() {
    Answer a = send("PUT", OFFICER, sample("officer.json"));
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.json().get("code").asString()).isEqualTo("service.actor.missing");
    Answer bad = send("PUT", OFFICER, sample("officer.json"), Actor.HEADER, "nobody");
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  void aStaleVersionIs409AndChangesNothing() {
    String nip = "199001012015031002";
    String v1 = "{\"nip\": \"" + nip + "\", \"name\": \"Petugas Satu\"}";
    Answer first = put("/officers/" + nip, v1);
    assertThat(first.status()).isIn(200, 201);
    String etag = first.header("ETag");
    Answer second = put("/officers/" + nip, v1.replace("Satu", "Dua"), "If-Match", etag);
    assertThat(second.status()).isEqualTo(200);
    // Based on the first version, which is no longer the current one.
    Answer stale = put("/officers/" + nip, v1.replace("Satu", "Tiga"), "If-Match", etag);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("code").asString()).isEqualTo("service.stale-version");
    Answer now = get("/officers/" + nip);
    assertThat(now.body()).contains("Petugas Dua");
    assertThat(now.header("ETag")).isEqualTo(second.header("ETag"));
    Answer mismatch = put("/officers/" + ACTOR, v1);
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.json().get("code").asString()).isEqualTo("service.id-mismatch");
  }

  @Test
  void aQuoteBengkelCannotPriceIs422AndAnEmptyOneIs400() {
    put("/price-book", sampleData("price-book.json"));
    put("/tax-policy", sample("tax-policy.json"));
    // No price list of the gallery is in force in 2025 (GALERI-2026 starts on 2026-01-01).
    String early = order().replace("2026-10-15", "2025-06-01");
    Answer refused = post("/quotes", early);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("code").asString()).startsWith("pricing.");
    Answer empty =
        post("/quotes", "{\"channel\": \"GALLERY\", \"date\": \"2026-10-15\", \"lines\": []}");
    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(empty.json().get("path").asString()).as(empty.body()).isEqualTo("$.lines");
    Answer noChannel =
        post("/quotes", "{\"channel\": \"TOKO\", \"date\": \"2026-10-15\", \"lines\": []}");
    assertThat(noChannel.status()).as(noChannel.body()).isEqualTo(400);
    assertThat(noChannel.json().get("path").asString()).isEqualTo("$.channel");
  }
}
