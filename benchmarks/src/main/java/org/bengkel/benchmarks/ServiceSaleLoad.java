package org.bengkel.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A load benchmark of the reference service (examples/service): recording a sale through it over
 * HTTP ({@code POST /stock/sales}: the request, bengkel's JSON, the stock ledger's operation, the
 * event document and the ledger's row in one PostgreSQL transaction) against inserting the same
 * event row with plain JDBC in its own transaction, on the same database, in the same run, rounds
 * alternating. Both commit with {@code synchronous_commit = on}, as the service runs.
 *
 * <p>Start the service first ({@code mvn -q -pl examples/service -am compile exec:java}), then:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.bengkel.benchmarks.ServiceSaleLoad [url] [jdbc-url] [rounds] [sales]
 * </pre>
 *
 * <p>The JDBC URL defaults to the embedded server's, read from the port line of {@code
 * examples/service/target/bengkel-data/postmaster.pid}. It prints the load average, each round's
 * time per sale both ways, the medians, their ratio (target at most 3) and sales per second. The
 * service must be otherwise idle; the benchmark writes a facility, one large lot of a SKU of its
 * own and its sales into the service's data, and its JDBC rows under an aggregate id of its own.
 */
public final class ServiceSaleLoad {

  private static final String NIP = "198503152010121002";
  private static final String FACILITY =
      "{\"code\":\"LAPAS-PAMEKASAN\",\"name\":\"Lapas Kelas IIA Pamekasan\",\"type\":\"LAPAS\","
          + "\"facilityClass\":\"IIA\",\"regionalOffice\":\"Kanwil Ditjenpas Jawa Timur\"}";

  private ServiceSaleLoad() {}

  /**
   * Runs the benchmark.
   *
   * @param args the service's URL, the JDBC URL, the rounds and the sales per round
   * @throws Exception if the service or the database cannot be reached
   */
  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "http://localhost:8080";
    String jdbc = args.length > 1 ? args[1] : embeddedJdbcUrl();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int sales = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    String run = Long.toString(System.currentTimeMillis() % 100_000_000L);
    String sku = "BENCH-" + run;
    HttpClient http = HttpClient.newHttpClient();
    System.out.printf(
        "%s, %d processors, load average %.2f%n",
        System.getProperty("java.vm.name") + " " + Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    send(http, "PUT", url + "/facility", FACILITY);
    String lot =
        "{\"lotCode\":\"BENCH-"
            + run
            + "\",\"sku\":\""
            + sku
            + "\",\"productionDate\":\"2026-10-01\",\"quantity\":1000000000,"
            + "\"receivedAt\":\"2026-10-02T09:00:00\"}";
    expect(send(http, "POST", url + "/stock/lots", lot), 201);
    String sale = "{\"sku\":\"" + sku + "\",\"quantity\":1}";

    try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
      db.setAutoCommit(true);
      // The row the baseline inserts: the last sale's own event document, as the service stored it.
      expect(send(http, "POST", url + "/stock/sales", sale), 201);
      String payload = lastPayload(db);
      long version = 0;
      double[] service = new double[rounds];
      double[] plain = new double[rounds];
      // One warm-up round each way, then the measured rounds, alternating.
      for (int r = -1; r < rounds; r++) {
        long start = System.nanoTime();
        for (int i = 0; i < sales; i++) {
          expect(send(http, "POST", url + "/stock/sales", sale), 201);
        }
        double perSale = (System.nanoTime() - start) / 1e6 / sales;
        start = System.nanoTime();
        for (int i = 0; i < sales; i++) {
          insert(db, "bench-" + run, ++version, payload);
        }
        double perInsert = (System.nanoTime() - start) / 1e6 / sales;
        if (r >= 0) {
          service[r] = perSale;
          plain[r] = perInsert;
        }
        System.out.printf(
            "round %d: service %.3f ms per sale, JDBC %.3f ms per insert%n",
            r + 1, perSale, perInsert);
      }
      double s = median(service);
      double p = median(plain);
      System.out.printf(
          "median: service %.3f ms per sale (%.0f sales/s, one client), JDBC %.3f ms per insert;"
              + " ratio %.2f (target <= 3: %s); load average %.2f%n",
          s,
          1000 / s,
          p,
          s / p,
          s / p <= 3 ? "met" : "not met",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static void insert(Connection db, String aggregate, long version, String payload)
      throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "insert into events (aggregate_type, aggregate_id, version, event_type, actor,"
                + " occurred_at, zone, payload) values (?, ?, ?, ?, ?, ?, ?, ?::json)")) {
      ps.setString(1, "benchmark");
      ps.setString(2, aggregate);
      ps.setLong(3, version);
      ps.setString(4, "inventory.stock-sold");
      ps.setString(5, NIP);
      ps.setTimestamp(6, Timestamp.from(Instant.now()));
      ps.setString(7, "WIB");
      ps.setString(8, payload);
      ps.executeUpdate();
    }
  }

  private static String lastPayload(Connection db) throws SQLException {
    try (PreparedStatement ps =
            db.prepareStatement(
                "select payload::text from events where aggregate_type = 'stock-ledger'"
                    + " order by version desc limit 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("no sale stored");
      }
      return rs.getString(1);
    }
  }

  private static HttpResponse<String> send(HttpClient http, String method, String url, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("X-Officer-NIP", NIP)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void expect(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String embeddedJdbcUrl() throws IOException {
    List<String> lines =
        new ArrayList<>(
            Files.readAllLines(Path.of("examples/service/target/bengkel-data/postmaster.pid")));
    return "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres";
  }
}
