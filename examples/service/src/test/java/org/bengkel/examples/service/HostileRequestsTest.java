package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Nip;
import org.bengkel.inventory.ReservationId;
import org.bengkel.production.LotCode;
import org.bengkel.programme.ProgrammeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Everything a hostile client sends outside the body (URLs, query strings, headers, methods) is
 * answered with a problem document: never 500, never Tomcat's HTML page, and a malformed value is
 * 400 at the value's name, not a refusal (422). Each case answered wrongly before: the status or
 * form it had is in the case's comment.
 */
class HostileRequestsTest extends HttpTest {

  /**
   * Requests Tomcat refuses before any servlet sees them, sent as raw bytes (Java's HTTP client
   * would refuse to send most of them). Each was a {@code text/html} page from Tomcat's error
   * report valve.
   */
  static Stream<Arguments> refusedByTomcat() {
    String get = "GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n%s\r\n";
    return Stream.of(
        Arguments.of("a | in the path", get.formatted("/officers/a|b", ""), 400),
        Arguments.of("a { in the query", get.formatted("/stock/lots?sku={}", ""), 400),
        Arguments.of("a raw space", get.formatted("/officers/a b", ""), 400),
        Arguments.of("a backslash", get.formatted("/officers/a\\b", ""), 400),
        Arguments.of("an escaped slash", get.formatted("/officers/a%2Fb", ""), 400),
        Arguments.of("an escaped NUL", get.formatted("/officers/%00", ""), 400),
        Arguments.of("an overlong UTF-8 slash", get.formatted("/officers/%C0%AF", ""), 400),
        Arguments.of(
            "a registration number as a path",
            get.formatted("/premi/accounts/B.I-45%2F2025", ""),
            400),
        Arguments.of(
            "a URL of 70,000 characters", get.formatted("/x/" + "1".repeat(70_000), ""), 400),
        Arguments.of(
            "a header of 20,000 characters",
            get.formatted("/facility", "X-Big: " + "a".repeat(20_000) + "\r\n"),
            400),
        Arguments.of(
            "a header name with a space", get.formatted("/facility", "Bad Header: 1\r\n"), 400),
        // Both were 501 documents saying "internal error" (service.internal): the client's fault.
        Arguments.of(
            "the method CONNECT",
            "CONNECT /facility HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            501),
        Arguments.of(
            "an unknown transfer coding",
            "PUT /facility HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Transfer-Encoding: gzip\r\nContent-Type: application/json\r\n\r\n{}",
            501),
        Arguments.of(
            "an unknown HTTP version",
            "GET /facility HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            505));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedByTomcat")
  void aRequestTomcatRefusesIsAProblemDocument(String what, String request, int status) {
    Raw a = raw(request);
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.header("content-type")).as(a.text()).startsWith("application/problem+json");
    assertThat(a.text()).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat");
    // Tomcat's own message quotes the request target: the detail must not.
    assertThat(a.text()).doesNotContain("B.I-45");
    JsonNode p = PLAIN.readTree(a.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("code").asString()).isEqualTo("service.request.invalid");
    assertThat(p.get("detail").asString()).isNotBlank();
    assertThat(get("/eligibility-policy").status()).isEqualTo(200);
  }

  /**
   * Requests the service refuses for their form, each with what it adds to the request line: the
   * headers and the body.
   */
  static Stream<Arguments> refusalsInTheClientsLanguage() {
    String json = "Content-Type: application/json\r\n";
    String actor = Actor.HEADER + ": " + ACTOR + "\r\n";
    String officer = "{\"nip\": \"" + ACTOR + "\", \"name\": \"Ahmad Fauzi\"}";
    String length = "Content-Length: " + officer.length() + "\r\n";
    String put = "PUT /officers/" + ACTOR;
    return Stream.of(
        Arguments.of("DELETE /facility", "", ""),
        Arguments.of("TRACE /tax-policy", "", ""),
        Arguments.of("CONNECT /facility", "", ""),
        Arguments.of(put, "Content-Type: text/plain\r\n" + actor + length, officer),
        Arguments.of("GET /facility", "Accept: text/html\r\n", ""),
        Arguments.of("GET /stock/near-expiry", "", ""),
        Arguments.of("GET /stock/near-expiry?on=x", "", ""),
        Arguments.of("GET /stock/near-expiry?on=2026-12-10&days=abc", "", ""),
        Arguments.of("GET /stock/lots?sku=A&sku=B", "", ""),
        Arguments.of("GET /stock/lots?sku=%zz", "", ""),
        Arguments.of("GET /pnbp/0", "", ""),
        Arguments.of("GET /officers/a%2Fb", "", ""),
        Arguments.of(put, json + actor + length + "If-Match: garbage\r\n", officer),
        Arguments.of(put, json + actor + actor + length, officer),
        Arguments.of(
            put, json + actor + "Transfer-Encoding: chunked\r\n", "zz\r\n{}\r\n0\r\n\r\n"));
  }

  /**
   * The reason of every {@code service.request.invalid} in the client's language. Each was English
   * inside the Indonesian frame ("Permintaan tidak sah: Unsupported Media Type", "... query.on is
   * required", "... the parameter sku is given more than once").
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("refusalsInTheClientsLanguage")
  void aRefusedRequestSpeaksTheClientsLanguage(String line, String headers, String body) {
    String[] reasons = new String[2];
    String[] languages = {"en", "id"};
    for (int i = 0; i < 2; i++) {
      Raw a =
          raw(
              line
                  + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept-Language: "
                  + languages[i]
                  + "\r\n"
                  + headers
                  + "\r\n"
                  + body);
      assertThat(a.status()).as(a.text()).isBetween(400, 599);
      assertThat(a.header("content-language")).isEqualTo(languages[i]);
      JsonNode p = PLAIN.readTree(a.body());
      assertThat(p.get("code").asString()).isEqualTo("service.request.invalid");
      String detail = p.get("detail").asString();
      String frame = i == 0 ? "The request is invalid: " : "Permintaan tidak sah: ";
      assertThat(detail).startsWith(frame);
      reasons[i] = detail.substring(frame.length());
    }
    assertThat(reasons[1]).as("the Indonesian reason").isNotEqualTo(reasons[0]);
  }

  @Test
  void tomcatsRefusalSpeaksTheClientsLanguage() {
    Raw a =
        raw(
            "GET /officers/a%2Fb HTTP/1.1\r\nHost: localhost\r\nAccept-Language: id\r\n"
                + "Connection: close\r\n\r\n");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.header("content-language")).isEqualTo("id");
    assertThat(PLAIN.readTree(a.body()).get("detail").asString())
        .startsWith("Permintaan tidak sah");
  }

  @Test
  void aMethodTomcatRefusesIsAProblemDocumentForTheRequestedPath() {
    // Was Spring Boot's own error JSON ({"timestamp", "error", "path"}), application/json.
    Raw a = raw("TRACE /tax-policy HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(a.status()).isEqualTo(405);
    assertThat(a.header("content-type")).startsWith("application/problem+json");
    JsonNode p = PLAIN.readTree(a.body());
    assertThat(p.get("code").asString()).isEqualTo("service.request.invalid");
    assertThat(p.get("instance").asString()).isEqualTo("/tax-policy");
    assertThat(p.has("timestamp")).isFalse();
    Answer direct = get("/error");
    assertThat(direct.status()).isEqualTo(404);
    assertThat(direct.json().get("code").asString()).isEqualTo("service.not-found");
  }

  @Test
  void aQueryStringTomcatCannotDecodeIs400() {
    // Each was a 500: Tomcat throws InvalidParameterException from Spring's getParameter. Sent raw:
    // Java's URI refuses a malformed escape.
    for (String query : new String[] {"?sku=%zz", "?sku=%", "?sku=%C0%AF", "?=&&="}) {
      Raw a =
          raw(
              "GET /stock/lots"
                  + query
                  + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(a.status()).as(query + " " + a.text()).isEqualTo(400);
      JsonNode p = PLAIN.readTree(a.body());
      assertThat(p.get("code").asString()).isEqualTo("service.request.invalid");
      assertThat(p.get("path").asString()).isEqualTo("query");
    }
  }

  /**
   * Bodies the service does not read: each is 415 with a problem document. The wildcard was a 500
   * (Spring's HttpHeaders.getContentType() throws IllegalArgumentException for it), and so was a
   * multipart type without a boundary (Spring's multipart parsing, before any handler, threw
   * MultipartException).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "application/*",
        "multipart/form-data",
        "multipart/form-data; boundary=xx",
        "multipart/mixed",
        "application/x-www-form-urlencoded",
        "text/plain"
      })
  void aBodyThatIsNotJsonIs415(String contentType) {
    String officer = "{\"nip\": \"" + ACTOR + "\", \"name\": \"Ahmad Fauzi\"}";
    String body =
        contentType.startsWith("multipart")
            ? "--xx\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                + officer
                + "\r\n--xx--\r\n"
            : officer;
    for (String target : new String[] {"POST /trainees", "PUT /officers/" + ACTOR}) {
      Raw a =
          raw(
              target
                  + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                  + contentType
                  + "\r\n"
                  + Actor.HEADER
                  + ": "
                  + ACTOR
                  + "\r\nContent-Length: "
                  + body.length()
                  + "\r\n\r\n"
                  + body);
      assertThat(a.status()).as(target + " " + a.text()).isEqualTo(415);
      assertThat(a.header("content-type")).startsWith("application/problem+json");
      assertThat(PLAIN.readTree(a.body()).get("code").asString())
          .isEqualTo("service.request.invalid");
    }
  }

  @Test
  void aMalformedOrderNumberIs400AtThePath() {
    // GET …/invoice was a 500: the Location header's URI.create refused the space.
    Answer invoice = get("/orders/a%20b/invoice");
    assertThat(invoice.status()).as(invoice.body()).isEqualTo(400);
    assertThat(invoice.json().get("path").asString()).isEqualTo("path.number");
    assertThat(invoice.json().get("code").asString()).isEqualTo("value.malformed");
    // Was 422 (a refusal of well-formed input) at "number".
    String order = kueKeringOrder(1);
    Answer lower = put("/orders/so-2026-1", order);
    assertThat(lower.status()).as(lower.body()).isEqualTo(400);
    assertThat(lower.json().get("path").asString()).isEqualTo("path.number");
    Answer longer = put("/orders/" + "S".repeat(31), order);
    assertThat(longer.status()).as(longer.body()).isEqualTo(400);
    assertThat(longer.json().get("code").asString()).isEqualTo("value.too-long");
    assertThat(get("/orders/so-2026-1").status()).isEqualTo(400);
  }

  /** The rule code bengkel's factory gives a text it refuses. */
  private static String refusal(Supplier<?> factory) {
    try {
      factory.get();
    } catch (InvalidValueException e) {
      return e.ruleCode();
    }
    throw new AssertionError("bengkel accepted it");
  }

  /**
   * A malformed code of bengkel's in each route that takes one, with where the problem must point
   * and the rule bengkel's own factory gives.
   */
  static Stream<Arguments> malformedCodes() {
    String sku = refusal(() -> Sku.of("a b"));
    String lot = refusal(() -> LotCode.of("a b"));
    String id = refusal(() -> ReservationId.of("a b"));
    String code = refusal(() -> ProgrammeCode.of("a b"));
    String nip = refusal(() -> Nip.of("12345"));
    String number = refusal(() -> OrderNumber.of("a b"));
    return Stream.of(
        Arguments.of("GET", "/catalogue/products/a%20b", "path.sku", sku),
        Arguments.of("PUT", "/catalogue/services/a%20b", "path.sku", sku),
        Arguments.of("PUT", "/bills-of-materials/a%20b", "path.sku", sku),
        Arguments.of(
            "GET",
            "/catalogue/products/KUE-KERING-500G/label?lot=a%20b&produced=2026-10-01",
            "query.lot",
            lot),
        Arguments.of("GET", "/stock/lots?sku=a%20b", "query.sku", sku),
        Arguments.of("GET", "/stock/picking?sku=a%20b&quantity=1&on=2026-10-15", "query.sku", sku),
        Arguments.of("GET", "/batches/a%20b", "path.lot", lot),
        Arguments.of("POST", "/batches/a%20b/release", "path.lot", lot),
        Arguments.of("POST", "/stock/reservations/a%20b/sale", "path.id", id),
        Arguments.of("DELETE", "/stock/reservations/a%20b", "path.id", id),
        Arguments.of("POST", "/programmes/a%20b/enrolments", "path.code", code),
        Arguments.of("PUT", "/officers/12345", "path.nip", nip),
        Arguments.of("POST", "/orders/a%20b/confirm", "path.number", number),
        Arguments.of("GET", "/orders/a%20b/receipt", "path.number", number));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("malformedCodes")
  void aMalformedCodeInAPathOrQueryIs400WithBengkelsRule(
      String method, String path, String where, String rule) {
    Answer a = send(method, path, "{}", Actor.HEADER, ACTOR);
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("path").asString()).isEqualTo(where);
    assertThat(a.json().get("code").asString()).isEqualTo(rule);
  }

  @Autowired RequestMappingHandlerMapping handlers;

  /**
   * No handler takes a path or query value as a bare string, which it would have to remember to
   * check: each is of a type Spring converts (bengkel's codes through their factories, dates,
   * numbers). The exceptions are ids the service assigns or looks up as given (a trainee's id, an
   * aggregate's type and id in the audit trail), which are only ever compared with stored ones.
   */
  @Test
  void noHandlerTakesACodeAsABareString() {
    Set<String> opaque =
        Set.of(
            "AuditController.trail(type)",
            "AuditController.trail(id)",
            "TraineeController.get(id)",
            "TraineeController.eligibility(id)",
            "ProceedsController.account(id)",
            "ProceedsController.spend(id)");
    Set<String> strings = new TreeSet<>();
    handlers
        .getHandlerMethods()
        .values()
        .forEach(
            h -> {
              for (MethodParameter p : h.getMethodParameters()) {
                if ((p.hasParameterAnnotation(PathVariable.class)
                        || p.hasParameterAnnotation(RequestParam.class))
                    && p.getParameterType() == String.class) {
                  strings.add(
                      h.getBeanType().getSimpleName()
                          + "."
                          + h.getMethod().getName()
                          + "("
                          + p.getParameterName()
                          + ")");
                }
              }
            });
    assertThat(strings).isEqualTo(new TreeSet<>(opaque));
  }

  @Test
  void aQueryValueBengkelRefusesIs400AtTheQuery() {
    put("/facility", golden("facility.json"));
    // Both were 422 at bengkel's field name ("days", "productionCode").
    Answer days = get("/stock/near-expiry?on=2026-12-10&days=-1");
    assertThat(days.status()).as(days.body()).isEqualTo(400);
    assertThat(days.json().get("path").asString()).isEqualTo("query.days");
    assertThat(days.json().get("code").asString()).isEqualTo("value.out-of-range");
    Answer lot = get("/catalogue/products/KUE-KERING-500G/label?lot=x%20y&produced=2026-10-01");
    assertThat(lot.status()).as(lot.body()).isEqualTo(400);
    assertThat(lot.json().get("path").asString()).isEqualTo("query.lot");
  }

  @Test
  void aParameterGivenTwiceIs400() {
    // Each was 200 with the first value taken.
    for (String path :
        new String[] {
          "/tax-policy/breakdown?amount=1&amount=2",
          "/stock/near-expiry?on=2026-12-10&days=1&days=2",
          "/reports/period?from=2026-01-01&to=2026-12-31&from=2026-02-01"
        }) {
      Answer a = get(path);
      assertThat(a.status()).as(path + " " + a.body()).isEqualTo(400);
      assertThat(a.json().get("code").asString()).isEqualTo("service.request.invalid");
      assertThat(a.json().get("path").asString()).startsWith("query.");
    }
    assertThat(get("/tax-policy/breakdown?amount=1&amount=2").json().get("path").asString())
        .isEqualTo("query.amount");
  }

  @Test
  void aDateOutsideTheYears0001To9999Is400() {
    put("/facility", golden("facility.json"));
    // Stored with 201 before: a day of service materials in the year 10000.
    Answer path = put("/service-materials/+10000-01-01", "{\"cost\": 1}");
    assertThat(path.status()).as(path.body()).isEqualTo(400);
    assertThat(path.json().get("path").asString()).isEqualTo("path.date");
    // Answered 200 before, with eligibility decisions for the year 0 and -999999999.
    for (String on : new String[] {"0000-01-01", "-999999999-01-01", "%2B10000-01-01"}) {
      Answer a = get("/stock/near-expiry?on=" + on);
      assertThat(a.status()).as(on + " " + a.body()).isEqualTo(400);
      assertThat(a.json().get("path").asString()).isEqualTo("query.on");
      // The client's words, not a Java type's name ("on must be a LocalDate" before).
      assertThat(a.json().get("detail").asString())
          .contains("YYYY-MM-DD")
          .doesNotContain("LocalDate");
    }
    // A well-formed date is still read, and 2026-02-30 is still no date.
    assertThat(get("/stock/near-expiry?on=2026-12-10").status()).isEqualTo(200);
    assertThat(get("/stock/near-expiry?on=2026-02-30").status()).isEqualTo(400);
  }

  @Test
  void aMalformedPathSegmentIsNamedAsOne() {
    // Was reported at "query.year".
    Answer a = get("/pnbp/abc");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("path").asString()).isEqualTo("path.year");
    assertThat(a.json().get("detail").asString()).contains("a whole number");
    Answer ifMatch = put("/officers/" + ACTOR, sample("officer.json"), "If-Match", "garbage");
    assertThat(ifMatch.status()).isEqualTo(400);
    assertThat(ifMatch.json().get("path").asString()).isEqualTo("header.If-Match");
  }

  /**
   * A registration number or a name typed where a code or an id belongs is not repeated in the
   * problem's detail. Each was quoted: bengkel's message names the value it refused ("Invalid value
   * for 'sku' ('B.I-45/2025')"), and a 404 named the id of the URL ("premi-account Slamet Riyadi
   * does not exist", an unknown URL of 5,000 characters quoted whole).
   */
  @Test
  void aTextWithNulIs400AndStoresNothing() {
    // bengkel read "\u0000" in a text; PostgreSQL refuses it in jsonb, and the service answered
    // 500 service.internal (found by a hostile-input pass). bengkel's readers refuse it now.
    String nip = "197001012000031001";
    for (String language : new String[] {"en", "id"}) {
      Answer a =
          send(
              "PUT",
              "/officers/" + nip,
              "{\"nip\":\"" + nip + "\",\"name\":\"Ahmad\\u0000Fauzi\",\"position\":\"Staf\"}",
              Actor.HEADER,
              ACTOR,
              "Accept-Language",
              language);
      assertThat(a.status()).as(a.body()).isEqualTo(400);
      assertThat(a.header("content-type")).startsWith("application/problem+json");
      assertThat(a.json().get("code").asString()).isEqualTo("json.nul-character");
      assertThat(a.json().get("path").asString()).isEqualTo("$.name");
      assertThat(a.json().get("detail").asString()).contains("U+0000").doesNotContain("Ahmad");
    }
    assertThat(get("/officers/" + nip).status()).isEqualTo(404);
  }

  @Test
  void aValueTheDatabaseRefusesAsDataIs400NotAnInternalError() {
    // what bengkel reads and the database still cannot store (SQLSTATE class 22) is the request's
    // value; any other failure stays a 500
    Problems problems = new Problems();
    var unstorable =
        new org.springframework.dao.DataIntegrityViolationException(
            "insert", new java.sql.SQLException("untranslatable character", "22P05"));
    var answer = problems.unexpected(unstorable, java.util.Locale.ENGLISH);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().getProperties()).containsEntry("code", "service.request.invalid");
    var other =
        new org.springframework.dao.DataAccessResourceFailureException(
            "down", new java.sql.SQLException("connection lost", "08006"));
    assertThat(problems.unexpected(other, java.util.Locale.ENGLISH).getStatusCode().value())
        .isEqualTo(500);
  }

  @Test
  void aValueTypedIntoAUrlOrHeaderIsNotRepeated() {
    String number = freshRegistrationNumber();
    String encoded = number.replace("/", "%2F");
    String name = "Slamet Riyadi";
    String[][] requests = {
      {"GET", "/stock/lots?sku=" + encoded, "query.sku"},
      {"GET", "/stock/lots?sku=Slamet%20Riyadi", "query.sku"},
      {
        "GET",
        "/catalogue/products/KUE-KERING-500G/label?lot=" + encoded + "&produced=2026-10-01",
        "query.lot"
      },
      {"GET", "/catalogue/products/Slamet-Riyadi%20", "path.sku"},
      {"PUT", "/officers/" + number.replace("/", "-"), "path.nip"},
      {"GET", "/premi/accounts/Slamet%20Riyadi", null},
      {"GET", "/trainees/Slamet%20Riyadi/eligibility?on=2026-10-15", null},
      {"GET", "/audit/trainee/Slamet%20Riyadi", null},
      {"GET", "/Slamet%20Riyadi", null},
    };
    for (String[] r : requests) {
      for (String language : new String[] {"en", "id"}) {
        Answer a = send(r[0], r[1], "{}", Actor.HEADER, ACTOR, "Accept-Language", language);
        // a value refused where it is parsed (a path or query name given) is 400, an id that
        // names nothing 404
        assertThat(a.status()).as(r[1] + " " + a.body()).isEqualTo(r[2] != null ? 400 : 404);
        assertThat(a.header("content-type")).startsWith("application/problem+json");
        if (r[2] != null) {
          assertThat(a.json().get("path").asString()).isEqualTo(r[2]);
        }
        String detail = a.json().get("detail").asString();
        assertThat(detail)
            .as(r[1])
            .doesNotContain(number)
            .doesNotContain(number.substring(0, number.indexOf('/')))
            .doesNotContain("Slamet")
            .doesNotContain("Riyadi");
      }
    }
    // A stale version of an aggregate whose id was typed into the URL: the 409 names the kind of
    // aggregate, not the id (it checked the version before the existence, and quoted the id).
    Answer stale =
        send(
            "POST",
            "/premi/accounts/Slamet%20Riyadi/spending",
            "{\"reference\":\"KOPERASI-1\",\"amount\":1000}",
            Actor.HEADER,
            ACTOR,
            "If-Match",
            "\"1\"");
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().get("code").asString()).isEqualTo("service.stale-version");
    assertThat(stale.json().get("detail").asString())
        .doesNotContain("Slamet")
        .doesNotContain("Riyadi");
    // The acting officer's header, given a registration number or a name.
    for (String header : new String[] {number, name}) {
      Answer a = send("PUT", "/officers/" + ACTOR, sample("officer.json"), Actor.HEADER, header);
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().get("path").asString()).isEqualTo("header." + Actor.HEADER);
      assertThat(a.json().get("code").asString()).isEqualTo("facility.nip.format");
      assertThat(a.body()).doesNotContain(number).doesNotContain("Slamet");
    }
  }

  @Test
  void twoActingOfficersAre400() {
    // Was 200, stored under the first header's officer.
    Answer a =
        send(
            "PUT",
            "/officers/" + ACTOR,
            sample("officer.json"),
            Actor.HEADER,
            ACTOR,
            Actor.HEADER,
            "199001012015031001");
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("path").asString()).isEqualTo("header." + Actor.HEADER);
    assertThat(a.json().get("code").asString()).isEqualTo("service.request.invalid");
  }
}
