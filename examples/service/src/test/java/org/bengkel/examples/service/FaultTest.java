package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The service killed in the middle of a stream of writes (a real {@code SIGKILL} of its JVM, and an
 * immediate shutdown of its PostgreSQL, which PostgreSQL treats as a crash), then started again on
 * the same data: no acknowledged write is lost, none is half applied (the stored stock per lot
 * equals what the events add up to, every aggregate's stored version is its last event's, every
 * invoice number issued is kept with its document and its sequence has no gap) and the service goes
 * on serving.
 *
 * <p>The service runs as its own JVM, started from the test class path on its own data folder and
 * port, so that the kill reaches the server and not the test.
 */
class FaultTest {

  private static final String ACTOR = HttpTest.ACTOR;
  private static final String SKU = "UJI-GANGGUAN";
  private static final Path DATA = Path.of("target/fault-postgres");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void noAcknowledgedWriteIsLostAndNoneIsHalfApplied() throws Exception {
    FileSystemUtils.deleteRecursively(DATA);
    int port = freePort();
    Process service = start(port, true);
    List<Long> ackedSales = new ArrayList<>();
    List<String> ackedOrders = new ArrayList<>();
    Map<String, String> ackedInvoices = new HashMap<>();
    try {
      awaitReady(port);
      assertThat(send(port, "PUT", "/facility", HttpTest.golden("facility.json")).statusCode())
          .isIn(200, 201);
      send(port, "PUT", "/price-book", HttpTest.sampleData("price-book.json"));
      send(port, "PUT", "/tax-policy", HttpTest.sample("tax-policy.json"));
      assertThat(
              send(
                      port,
                      "POST",
                      "/stock/lots",
                      StockAndOrdersTest.lot("GANGGUAN-1", SKU, "2027-06-30", 100_000))
                  .statusCode())
          .isEqualTo(201);
      send(
          port,
          "POST",
          "/stock/lots",
          StockAndOrdersTest.lot("KK-GANGGUAN", "KUE-KERING-500G", "2027-06-30", 100_000));

      // A stream of writes: direct sales, and orders placed and confirmed (a confirmation stores
      // the order's and the ledger's events in one transaction). The kill comes after 40
      // acknowledged writes, while the stream goes on.
      AtomicBoolean stop = new AtomicBoolean();
      int first = port;
      Thread writer =
          new Thread(
              () -> {
                for (int i = 0; !stop.get(); i++) {
                  try {
                    if (i % 4 == 3) {
                      String number = "SO-GANGGUAN-" + i;
                      if (send(first, "PUT", "/orders/" + number, HttpTest.kueKeringOrder(1))
                                  .statusCode()
                              == 201
                          && send(first, "POST", "/orders/" + number + "/confirm", null)
                                  .statusCode()
                              == 200) {
                        synchronized (ackedOrders) {
                          ackedOrders.add(number);
                        }
                        HttpResponse<String> invoice =
                            send(first, "POST", "/orders/" + number + "/invoice", null);
                        if (invoice.statusCode() == 201) {
                          synchronized (ackedInvoices) {
                            ackedInvoices.put(number, invoice.body());
                          }
                        }
                      }
                    } else {
                      HttpResponse<String> r =
                          send(
                              first,
                              "POST",
                              "/stock/sales",
                              "{\"sku\":\"" + SKU + "\",\"quantity\":1}");
                      if (r.statusCode() == 201) {
                        synchronized (ackedSales) {
                          ackedSales.add(version(r));
                        }
                      }
                    }
                  } catch (UncheckedIOException e) {
                    return; // the server is gone
                  }
                }
              });
      writer.start();
      long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (acked(ackedSales) + acked(ackedOrders) < 40 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      long postgres = postmasterPid();
      service.destroyForcibly().waitFor();
      stop.set(true);
      writer.join(30_000);
      // The orphaned PostgreSQL, stopped as by a crash: an immediate shutdown writes nothing more
      // and the next start recovers from the write-ahead log.
      new ProcessBuilder("kill", "-QUIT", Long.toString(postgres)).inheritIO().start().waitFor();
      ProcessHandle.of(postgres).ifPresent(p -> p.onExit().join());
      assertThat(acked(ackedSales) + acked(ackedOrders)).isGreaterThanOrEqualTo(40);

      port = freePort();
      service = start(port, false);
      awaitReady(port);

      // Nothing acknowledged is lost: every sale's version is a sale in the ledger's trail, every
      // confirmed order is confirmed.
      Map<Long, String> trail = new HashMap<>();
      for (JsonNode e :
          HttpTest.PLAIN.readTree(
              send(port, "GET", "/audit/stock-ledger/LAPAS-PAMEKASAN", null).body())) {
        trail.put(e.get("version").asLong(), e.get("type").asString());
      }
      for (long v : ackedSales) {
        assertThat(trail.get(v)).as("sale at version %d", v).isEqualTo("inventory.stock-sold");
      }
      for (String number : ackedOrders) {
        JsonNode order =
            HttpTest.PLAIN.readTree(send(port, "GET", "/orders/" + number, null).body());
        JsonNode history = order.get("history");
        assertThat(history.get(history.size() - 1).get("status").asString()).isEqualTo("CONFIRMED");
      }
      // Every invoice acknowledged is kept as it was answered, byte for byte.
      assertThat(ackedInvoices).isNotEmpty();
      for (Map.Entry<String, String> invoice : ackedInvoices.entrySet()) {
        assertThat(send(port, "GET", "/orders/" + invoice.getKey() + "/invoice", null).body())
            .isEqualTo(invoice.getValue());
      }
      // Nothing is half applied: the stored state is what the events add up to.
      try (Connection db = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres")) {
        assertStateMatchesEvents(db);
      }
      // And the service goes on: the next sale follows the last version.
      long last = trail.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
      HttpResponse<String> next =
          send(port, "POST", "/stock/sales", "{\"sku\":\"" + SKU + "\",\"quantity\":1}");
      assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
      assertThat(version(next)).isEqualTo(last + 1);
      // The next invoice takes the next number: the sequence kept what was issued, and nothing
      // more.
      String year =
          HttpTest.PLAIN
              .readTree(ackedInvoices.values().iterator().next())
              .get("date")
              .asString()
              .substring(0, 4);
      long issued;
      try (Connection db = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
          Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select count(*) from issued_documents where kind = 'INVOICE' and year = "
                      + year)) {
        rs.next();
        issued = rs.getLong(1);
      }
      assertThat(issued).isGreaterThanOrEqualTo(ackedInvoices.size());
      String after = "SO-GANGGUAN-SESUDAH";
      send(port, "PUT", "/orders/" + after, HttpTest.kueKeringOrder(1));
      send(port, "POST", "/orders/" + after + "/confirm", null);
      HttpResponse<String> invoice = send(port, "POST", "/orders/" + after + "/invoice", null);
      assertThat(invoice.statusCode()).as(invoice.body()).isEqualTo(201);
      assertThat(HttpTest.PLAIN.readTree(invoice.body()).get("number").asString())
          .isEqualTo(
              Documents.format(
                  org.bengkel.sales.InvoiceKind.INVOICE, Integer.parseInt(year), issued + 1));
    } finally {
      service.destroy();
      if (!service.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
    }
  }

  /** Stock per lot from the events' movements equals the stored levels; versions agree. */
  private static void assertStateMatchesEvents(Connection db) throws Exception {
    Map<String, long[]> fromEvents = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select payload::text from events where aggregate_type = 'stock-ledger' order by version")) {
      while (rs.next()) {
        for (JsonNode m : HttpTest.PLAIN.readTree(rs.getString(1)).get("data").get("movements")) {
          long[] level = fromEvents.computeIfAbsent(m.get("lotCode").asString(), k -> new long[2]);
          long q = m.get("quantity").asLong();
          switch (m.get("type").asString()) {
            case "RECEIVED", "RETURNED" -> level[0] += q;
            case "RESERVED" -> level[1] += q;
            case "RESERVATION_CANCELLED" -> level[1] -= q;
            case "SOLD" -> {
              level[0] -= q;
              if (m.has("reservation")) {
                level[1] -= q;
              }
            }
            case "WRITTEN_OFF" -> level[0] -= q;
            default -> throw new AssertionError(m.get("type").asString());
          }
        }
      }
    }
    Map<String, long[]> stored = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select lot_code, on_hand, reserved from stock_levels where ledger = 'LAPAS-PAMEKASAN'")) {
      while (rs.next()) {
        stored.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    assertThat(stored.keySet()).isEqualTo(fromEvents.keySet());
    fromEvents.forEach((lot, level) -> assertThat(stored.get(lot)).as(lot).containsExactly(level));
    // Every aggregate's stored version is its last event's: no state without its events, no
    // events without their state.
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from current_state c where c.aggregate_type in ('stock-ledger', 'sales-order')"
                    + " and c.version <> (select max(e.version) from events e"
                    + " where e.aggregate_type = c.aggregate_type and e.aggregate_id = c.aggregate_id)")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from (select distinct aggregate_type, aggregate_id from events"
                    + " where aggregate_type <> 'sales-document') e"
                    + " where not exists (select 1 from current_state c"
                    + " where c.aggregate_type = e.aggregate_type and c.aggregate_id = e.aggregate_id)")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
    // An issued document's state is its issued_documents row: each issue event has its document,
    // each invoice and receipt its event, and every sequence counts exactly the documents kept,
    // numbered 1 to its last number (no gap, no number taken by a write that was lost).
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select (select count(*) from events e where e.aggregate_type = 'sales-document'"
                    + " and not exists (select 1 from issued_documents d"
                    + " where d.order_number = e.aggregate_id and d.document::text = e.payload::text))"
                    + " + (select count(*) from issued_documents d where d.kind <> 'CREDIT_NOTE'"
                    + " and not exists (select 1 from events e where e.aggregate_type = 'sales-document'"
                    + " and e.aggregate_id = d.order_number and e.payload::text = d.document::text))"
                    + " + (select count(*) from document_sequences q where q.last_number <>"
                    + " (select count(*) from issued_documents d where d.kind = q.kind and d.year = q.year)"
                    + " or q.last_number <> (select max(d.sequence_number) from issued_documents d"
                    + " where d.kind = q.kind and d.year = q.year))")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  private static int acked(List<?> list) {
    synchronized (list) {
      return list.size();
    }
  }

  private static long version(HttpResponse<String> r) {
    return Long.parseLong(r.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
  }

  /** The service as its own JVM, on the test class path. */
  private static Process start(int port, boolean clean) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            WorkshopService.class.getName(),
            "--server.port=" + port,
            "--bengkel.data-dir=" + DATA.toAbsolutePath(),
            "--bengkel.data-clean=" + clean);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(Path.of("target/fault-service-" + (clean ? 1 : 2) + ".log").toFile())
        .start();
  }

  private static void awaitReady(int port) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < until) {
      try {
        send(port, "GET", "/stock", null);
        return;
      } catch (UncheckedIOException e) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("the service did not start on port " + port);
  }

  /** postmaster.pid: the server's process id on line 1, its port on line 4. */
  private static long postmasterPid() throws IOException {
    return Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).strip());
  }

  private static String jdbcUrl() throws IOException {
    String port = Files.readAllLines(DATA.resolve("postmaster.pid")).get(3).strip();
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static HttpResponse<String> send(int port, String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header(Actor.HEADER, ACTOR)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
