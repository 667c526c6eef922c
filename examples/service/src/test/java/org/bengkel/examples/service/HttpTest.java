package org.bengkel.examples.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service over real HTTP on a random port, on the embedded PostgreSQL. Every test class extends
 * this one with the same configuration, so Spring's test context cache gives the whole test JVM one
 * application and one PostgreSQL; tests keep apart by using their own ids.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bengkel.data-dir=target/test-postgres", "bengkel.data-clean=true"})
@Import(HttpTest.ClockConfiguration.class)
abstract class HttpTest {

  /** The service's clock: the system's unless a test sets it ({@link TestClock}). */
  @TestConfiguration
  static class ClockConfiguration {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }

  /** An officer's NIP for the X-Officer-NIP header. */
  static final String ACTOR = "198503152010121002";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final AtomicInteger SERIAL = new AtomicInteger(100);

  @LocalServerPort int port;

  /** The service's clock; reset after every test. */
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** An answer: status, headers and body. */
  record Answer(int status, HttpResponse<String> response) {
    String body() {
      return response.body();
    }

    JsonNode json() {
      return PLAIN.readTree(response.body());
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  /**
   * A count of a SKU's stock as {@code GET /stock} answers it.
   *
   * @param sku the SKU
   * @param count {@code onHand}, {@code reserved} or {@code available}
   * @return the count, 0 when the SKU has no stock
   */
  long stock(String sku, String count) {
    for (JsonNode s : get("/stock").json()) {
      if (s.get("sku").asString().equals(sku)) {
        return s.get(count).asLong();
      }
    }
    return 0;
  }

  /** The stored version of the facility's stock ledger ({@code current_state}), 0 before any. */
  static long ledgerVersion(JdbcClient jdbc) {
    return jdbc.sql(
            "select coalesce(max(version), 0) from current_state"
                + " where aggregate_type = 'stock-ledger'")
        .query(Long.class)
        .single();
  }

  /**
   * The versions of the stock ledger's events stored after a version, in order.
   *
   * @param jdbc the service's database
   * @param after the version to start after
   * @return the versions
   */
  static List<Long> ledgerVersionsAfter(JdbcClient jdbc, long after) {
    return jdbc.sql(
            "select version from events where aggregate_type = 'stock-ledger' and version > ?"
                + " order by version")
        .param(after)
        .query(Long.class)
        .list();
  }

  /**
   * A {@code PUT /orders/{number}} body: jars of kue kering bought at the gallery on 2026-10-15.
   *
   * @param jars how many
   * @return the body
   */
  static String kueKeringOrder(int jars) {
    return "{\"customer\": {\"kind\": \"INDIVIDUAL\"}, \"quote\": {\"channel\": \"GALLERY\","
        + " \"date\": \"2026-10-15\", \"lines\": [{\"sku\": \"KUE-KERING-500G\", \"description\":"
        + " \"Kue kering\", \"category\": \"COOKIES\", \"unit\": \"JAR\", \"quantity\": "
        + jars
        + ", \"cost\": 61250}]}}";
  }

  /** A file of the repository, read from the module's folder (examples/service). */
  static String file(String relative) {
    try {
      return Files.readString(Path.of(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample of the command-line tool, examples/samples/NAME. */
  static String sample(String name) {
    return file("../samples/" + name);
  }

  /**
   * The payload of a versioned sample, examples/samples/NAME ({@code {"kind","schemaVersion",
   * "data"}}): what the service takes bare, such as a price book for {@code PUT /price-book}.
   */
  static String sampleData(String name) {
    return PLAIN.writeValueAsString(PLAIN.readTree(sample(name)).required("data"));
  }

  /** A golden document of the JSON format, json/contract/.../golden/NAME. */
  static String golden(String name) {
    return file("../../json/contract/src/resources/org/bengkel/json/golden/" + name);
  }

  /** The command-line tool's order (examples/samples/order.json) without its tax policy. */
  static String order() {
    tools.jackson.databind.node.ObjectNode o =
        (tools.jackson.databind.node.ObjectNode) PLAIN.readTree(sample("order.json"));
    o.remove("tax");
    return PLAIN.writeValueAsString(o);
  }

  /** A registration number no other test uses, in the form of the sample's (B.I-45/2025). */
  static String freshRegistrationNumber() {
    return "B.I-" + SERIAL.incrementAndGet() + "/2025";
  }

  Answer send(String method, String path, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Answer get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  /** A write by the test's officer. */
  Answer put(String path, String body, String... headers) {
    return send("PUT", path, body, with(headers));
  }

  /** A write by the test's officer. */
  Answer post(String path, String body, String... headers) {
    return send("POST", path, body, with(headers));
  }

  private static String[] with(String[] headers) {
    String[] all = new String[headers.length + 2];
    all[0] = Actor.HEADER;
    all[1] = ACTOR;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return all;
  }

  /** An answer read from the socket. */
  record Raw(int status, String head, String text) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }

    /** The body, without chunked framing. */
    String body() {
      if (!"chunked".equalsIgnoreCase(header("transfer-encoding"))) {
        return text;
      }
      StringBuilder out = new StringBuilder();
      String rest = text;
      while (true) {
        int eol = rest.indexOf("\r\n");
        int size = Integer.parseInt(rest.substring(0, eol).trim(), 16);
        if (size == 0) {
          return out.toString();
        }
        out.append(rest, eol + 2, eol + 2 + size);
        rest = rest.substring(eol + 2 + size + 2);
      }
    }
  }

  /** Sends bytes as they are and reads the answer until the server closes the connection. */
  Raw raw(String request) {
    try (Socket s = new Socket("localhost", port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String response = all.toString(StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String head = response.substring(0, end);
      int status = Integer.parseInt(head.substring(9, 12));
      return new Raw(status, head, response.substring(end + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
