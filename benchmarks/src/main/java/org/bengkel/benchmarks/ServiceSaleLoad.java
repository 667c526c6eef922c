package org.bengkel.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
 * java -cp benchmarks/target/benchmarks.jar org.bengkel.benchmarks.ServiceSaleLoad [url] [jdbc-url] [rounds] [sales] [warm-up]
 * </pre>
 *
 * <p>Before the measured rounds, {@code warm-up} sales and as many inserts (default 15,000) run
 * unmeasured: a freshly started service has not compiled Spring's request path after a few hundred
 * requests, and its compiler threads, busy for the first ten thousand sales or so, take a processor
 * from the sales being measured.
 *
 * <p>Given {@code -Dservice.pid=} (the service's process) and {@code -Dpostgres.pid=} (the
 * PostgreSQL server's, the first line of its {@code postmaster.pid}), it also prints the processor
 * time per sale and per insert of the benchmark, the service and PostgreSQL (the server and its
 * processes), summed over the measured rounds: on a busy machine the times per sale are mostly
 * waiting for a processor, the processor time is not.
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
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 15000;
    String run = Long.toString(System.currentTimeMillis() % 100_000_000L);
    String sku = "BENCH-" + run;
    System.out.printf(
        "%s, %d processors, load average %.2f%n",
        System.getProperty("java.vm.name") + " " + Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    send("PUT", url + "/facility", FACILITY);
    String lot =
        "{\"lotCode\":\"BENCH-"
            + run
            + "\",\"sku\":\""
            + sku
            + "\",\"productionDate\":\"2026-10-01\",\"quantity\":1000000000,"
            + "\"receivedAt\":\"2026-10-02T09:00:00\"}";
    expect(send("POST", url + "/stock/lots", lot), 201);
    String sale = "{\"sku\":\"" + sku + "\",\"quantity\":1}";

    try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
      db.setAutoCommit(true);
      // The row the baseline inserts: the last sale's own event document, as the service stored it.
      expect(send("POST", url + "/stock/sales", sale), 201);
      String payload = lastPayload(db);
      long version = 0;
      double[] service = new double[rounds];
      double[] plain = new double[rounds];
      Cpu inSales = Cpu.ZERO;
      Cpu inInserts = Cpu.ZERO;
      // The warm-up, unmeasured.
      long warm = System.nanoTime();
      for (int i = 0; i < warmUp; i++) {
        expect(send("POST", url + "/stock/sales", sale), 201);
        insert(db, "bench-" + run, ++version, payload);
      }
      System.out.printf(
          "warm-up: %d sales and inserts in %.1f s%n", warmUp, (System.nanoTime() - warm) / 1e9);
      // One more round each way, unmeasured, then the measured rounds, alternating.
      for (int r = -1; r < rounds; r++) {
        Cpu before = Cpu.now();
        long start = System.nanoTime();
        for (int i = 0; i < sales; i++) {
          expect(send("POST", url + "/stock/sales", sale), 201);
        }
        double perSale = (System.nanoTime() - start) / 1e6 / sales;
        Cpu between = Cpu.now();
        start = System.nanoTime();
        for (int i = 0; i < sales; i++) {
          insert(db, "bench-" + run, ++version, payload);
        }
        double perInsert = (System.nanoTime() - start) / 1e6 / sales;
        Cpu after = Cpu.now();
        if (r >= 0) {
          service[r] = perSale;
          plain[r] = perInsert;
          inSales = inSales.plus(between.minus(before));
          inInserts = inInserts.plus(after.minus(between));
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
      if (Cpu.SERVICE.isPresent() && Cpu.POSTGRES.isPresent()) {
        double n = (double) rounds * sales * 1e6;
        double perSale = (inSales.client + inSales.service + inSales.database) / n;
        double perInsert = (inInserts.client + inInserts.service + inInserts.database) / n;
        System.out.printf(
            "processor time per sale: benchmark %.3f ms, service %.3f ms, PostgreSQL %.3f ms,"
                + " total %.3f ms; per insert: benchmark %.3f ms, PostgreSQL %.3f ms, total %.3f ms"
                + " (the service idle: %.3f ms); ratio %.2f%n",
            inSales.client / n,
            inSales.service / n,
            inSales.database / n,
            perSale,
            inInserts.client / n,
            inInserts.database / n,
            perInsert,
            inInserts.service / n,
            perSale / perInsert);
      }
    }
  }

  /**
   * Processor time in nanoseconds so far: of this process, of the service's ({@code service.pid})
   * and of PostgreSQL's server and its processes ({@code postgres.pid}).
   */
  private record Cpu(long client, long service, long database) {
    static final Cpu ZERO = new Cpu(0, 0, 0);
    static final Optional<ProcessHandle> SERVICE = process("service.pid");
    static final Optional<ProcessHandle> POSTGRES = process("postgres.pid");

    static Cpu now() {
      long database = 0;
      for (ProcessHandle server : POSTGRES.stream().toList()) {
        database = nanos(server);
        for (ProcessHandle p : server.descendants().toList()) {
          database += nanos(p);
        }
      }
      return new Cpu(nanos(ProcessHandle.current()), SERVICE.map(Cpu::nanos).orElse(0L), database);
    }

    Cpu minus(Cpu o) {
      return new Cpu(client - o.client, service - o.service, database - o.database);
    }

    Cpu plus(Cpu o) {
      return new Cpu(client + o.client, service + o.service, database + o.database);
    }

    private static long nanos(ProcessHandle p) {
      return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static Optional<ProcessHandle> process(String property) {
      return Optional.ofNullable(System.getProperty(property))
          .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid.strip())));
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

  /** A status and a body. */
  private record Answer(int status, String body) {}

  /**
   * One request, on {@link HttpURLConnection}, which keeps the connection open between requests.
   * Not java.net.http.HttpClient: its asynchronous machinery took 1.5 ms of processor time per
   * request on the test machine, twice the service's own, and on two processors a client's
   * processor time is the service's time too. The body is buffered and goes out with the headers:
   * in fixed-length streaming mode the headers and the body were two writes, and on a kept-alive
   * connection the second waited for the service's delayed acknowledgement of the first (Nagle's
   * algorithm), about 1.2 ms per request that neither side spent working.
   */
  private static Answer send(String method, String url, String body) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestMethod(method);
    c.setRequestProperty("Content-Type", "application/json");
    c.setRequestProperty("X-Officer-NIP", NIP);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    c.setDoOutput(true);
    try (OutputStream out = c.getOutputStream()) {
      out.write(bytes);
    }
    int status = c.getResponseCode();
    try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
      return new Answer(
          status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static void expect(Answer r, int status) {
    if (r.status() != status) {
      throw new IllegalStateException(r.status() + " " + r.body());
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
