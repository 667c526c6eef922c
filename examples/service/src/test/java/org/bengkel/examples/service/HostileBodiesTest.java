package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.HostileDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every document of the JSON module's hostile suite ({@link HostileDocuments}: deep nesting, huge
 * numbers and strings, oversized documents and collections, broken UTF-8, type confusion,
 * polymorphic payloads, malformed JSON, unknown versions) sent as the body of every write endpoint:
 * each is answered 400 with a problem document, never 500; nothing is stored; and the service
 * serves on.
 */
class HostileBodiesTest extends HttpTest {

  private static final String[][] WRITES = {
    {"PUT", "/facility"},
    {"PUT", "/officers/" + ACTOR},
    {"POST", "/stock/lots"},
    {"POST", "/stock/sales"},
    {"POST", "/stock/reservations"},
    {"POST", "/stock/write-offs"},
    {"PUT", "/orders/SO-HOSTILE-1"},
    {"POST", "/orders/SO-HOSTILE-1/returns"},
    {"POST", "/batches"},
    {"POST", "/batches/HOSTILE-1/work"},
    {"POST", "/premi/allocations"},
  };

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Autowired JdbcClient jdbc;

  @Test
  void everyHostileDocumentIsA400AndTheServiceServesOn() {
    put("/facility", golden("facility.json"));
    long events = jdbc.sql("select count(*) from events").query(Long.class).single();
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (HostileDocuments.Case c : cases()) {
      byte[] body =
          c.bytes() != null ? c.bytes().get() : c.text().get().getBytes(StandardCharsets.UTF_8);
      for (String[] write : WRITES) {
        HttpResponse<String> r;
        try {
          r = send(write[0], write[1], body);
        } catch (UncheckedIOException e) {
          wrong.add(
              c
                  + " ("
                  + body.length
                  + " bytes) to "
                  + write[0]
                  + " "
                  + write[1]
                  + ": "
                  + e.getCause());
          continue;
        }
        sent++;
        boolean problem =
            r.headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/problem+json");
        if (r.statusCode() != 400 || !problem) {
          wrong.add(c + " to " + write[0] + " " + write[1] + ": " + r.statusCode());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(cases()).hasSizeGreaterThan(80);
    assertThat(sent).isEqualTo(cases().size() * WRITES.length);
    // Nothing was stored, and the service answers as before.
    assertThat(jdbc.sql("select count(*) from events").query(Long.class).single())
        .isEqualTo(events);
    assertThat(get("/facility").status()).isEqualTo(200);
    assertThat(
            post("/stock/lots", StockAndOrdersTest.lot("HOSTILE-1", "UJI-HOSTILE", "2027-06-30", 3))
                .status())
        .isEqualTo(201);
  }

  /**
   * The cases hostile under the service's own options (bengkel's strict defaults, or the lenient
   * ones, which refuse less): a few cases are hostile only under a limit tightened for the test
   * (strings of at most 10 characters), and their documents are valid bodies to the service.
   */
  private static List<HostileDocuments.Case> cases() {
    return HostileDocuments.all().stream()
        .filter(
            c ->
                c.options().equals(BengkelJsonOptions.strict())
                    || c.options().equals(BengkelJsonOptions.lenient()))
        .toList();
  }

  private HttpResponse<String> send(String method, String path, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header(Actor.HEADER, ACTOR)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
