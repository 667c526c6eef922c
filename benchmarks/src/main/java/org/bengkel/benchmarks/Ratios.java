package org.bengkel.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks in one JMH run and prints each pair's ratio against its target as rows for
 * {@code docs/benchmarks.md}, with the machine, the load and the raw scores.
 *
 * <p>Takes the same options as the JMH jar, for example {@code java -cp
 * benchmarks/target/benchmarks.jar org.bengkel.benchmarks.Ratios -f 1 -wi 3 -w 1s -i 5 -r 1s}. The
 * ratio's error is propagated from JMH's 99.9 % confidence half-widths of the two scores (relative
 * errors added in quadrature).
 */
public final class Ratios {

  private Ratios() {}

  /**
   * A ratio of two scores of one run and its target.
   *
   * @param name what the ratio compares
   * @param numerator the key of the larger (slower) score, {@code Class.method} plus {@code [p=v]}
   * @param denominator the key of the smaller (faster) score
   * @param target the bound
   * @param atLeast whether the ratio must be at least the target (a speed-up), else at most
   */
  record Pair(String name, String numerator, String denominator, double target, boolean atLeast) {}

  static final List<Pair> PAIRS =
      List.of(
          new Pair(
              "JSON read, Jackson 2: bengkel / plain data-binding",
              "JsonBenchmark.readBengkel2",
              "JsonBenchmark.readPlain2",
              1.3,
              false),
          new Pair(
              "JSON write, Jackson 2: bengkel / plain data-binding",
              "JsonBenchmark.writeBengkel2",
              "JsonBenchmark.writePlain2",
              1.2,
              false),
          new Pair(
              "JSON read, Jackson 3: bengkel / plain data-binding",
              "JsonBenchmark.readBengkel3",
              "JsonBenchmark.readPlain3",
              1.3,
              false),
          new Pair(
              "JSON write, Jackson 3: bengkel / plain data-binding",
              "JsonBenchmark.writeBengkel3",
              "JsonBenchmark.writePlain3",
              1.2,
              false),
          new Pair(
              "Validation, trainee: Hibernate Validator / bengkel",
              "ValidationBenchmark.traineeHibernateValidator",
              "ValidationBenchmark.traineeBengkel",
              10,
              true),
          new Pair(
              "Validation, order: Hibernate Validator / bengkel",
              "ValidationBenchmark.orderHibernateValidator",
              "ValidationBenchmark.orderBengkel",
              10,
              true),
          new Pair(
              "Pricing, 1,000 lines / 10 lines",
              "PricingLinesBenchmark.quote[lines=1000]",
              "PricingLinesBenchmark.quote[lines=10]",
              110,
              false),
          new Pair(
              "Pricing, 1,000 product rules / 10 rules (100 lines)",
              "PricingRulesBenchmark.quote[rules=1000]",
              "PricingRulesBenchmark.quote[rules=10]",
              2,
              false),
          new Pair(
              "FEFO pick, 100,000 lots / 1,000 lots",
              "StockPickingBenchmark.pick[lots=100000]",
              "StockPickingBenchmark.pick[lots=1000]",
              5,
              false),
          new Pair(
              "FEFO reserve, 100,000 lots / 1,000 lots",
              "StockPickingBenchmark.reserve[lots=100000]",
              "StockPickingBenchmark.reserve[lots=1000]",
              5,
              false),
          new Pair(
              "Work log, 1,000 intervals / 100 intervals",
              "WorkLogBenchmark.record[intervals=1000]",
              "WorkLogBenchmark.record[intervals=100]",
              12,
              false));

  /**
   * Runs JMH with the given options, then prints the scores and the ratios.
   *
   * @param args JMH command-line options, not null
   * @throws Exception if JMH cannot parse the options or run
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    double loadBefore = os.getSystemLoadAverage();
    Collection<RunResult> results = new Runner(options).run();
    double loadAfter = os.getSystemLoadAverage();
    Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    Map<String, Result<?>> scores = new TreeMap<>();
    Map<String, String> settings = new HashMap<>();
    for (RunResult r : results) {
      scores.put(key(r.getParams()), r.getPrimaryResult());
      settings.put(key(r.getParams()), settings(r.getParams()));
    }
    StringBuilder out = new StringBuilder(2048);
    out.append("\n## Machine and run\n\n")
        .append("- started ")
        .append(start)
        .append(", ended ")
        .append(end)
        .append('\n')
        .append("- ")
        .append(os.getAvailableProcessors())
        .append(" processors, ")
        .append(os.getName())
        .append(' ')
        .append(os.getArch())
        .append(", ")
        .append(physicalMemory(os))
        .append('\n')
        .append("- JDK: ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.runtime.version"))
        .append('\n')
        .append(
            String.format(
                Locale.ROOT,
                "- load average (1 min): %.2f before, %.2f after%n",
                loadBefore,
                loadAfter))
        .append("- options: ")
        .append(String.join(" ", args))
        .append("\n\n")
        .append("## Scores (mean ± 99.9 % half-width)\n\n")
        .append("| benchmark | score | unit | settings |\n|---|---:|---|---|\n");
    for (Map.Entry<String, Result<?>> e : scores.entrySet()) {
      Result<?> s = e.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s ± %s | %s | %s |%n",
              e.getKey(),
              number(s.getScore()),
              number(s.getScoreError()),
              s.getScoreUnit(),
              settings.get(e.getKey())));
    }
    out.append("\n## Ratios\n\n").append("| pair | ratio | target | met |\n|---|---:|---|---|\n");
    for (Pair p : PAIRS) {
      Result<?> a = scores.get(p.numerator());
      Result<?> b = scores.get(p.denominator());
      if (a == null || b == null) {
        continue;
      }
      double ratio = a.getScore() / b.getScore();
      double rel = Math.hypot(a.getScoreError() / a.getScore(), b.getScoreError() / b.getScore());
      double error = ratio * rel;
      boolean met = p.atLeast() ? ratio >= p.target() : ratio <= p.target();
      boolean sure =
          !Double.isNaN(error)
              && (p.atLeast() ? ratio - error >= p.target() : ratio + error <= p.target());
      String verdict = met ? (sure ? "yes" : "yes (not beyond the error bar)") : "NO";
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f ± %s | %s %s | %s |%n",
              p.name(),
              ratio,
              Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%.2f", error),
              p.atLeast() ? "≥" : "≤",
              number(p.target()),
              verdict));
    }
    System.out.println(out);
  }

  /** {@code Class.method[p=v,q=w]}: the benchmark's simple class name, method and parameters. */
  static String key(BenchmarkParams params) {
    String full = params.getBenchmark();
    int method = full.lastIndexOf('.');
    int type = full.lastIndexOf('.', method - 1);
    StringBuilder key = new StringBuilder(full.substring(type + 1));
    Map<String, String> values = new HashMap<>();
    for (String k : params.getParamsKeys()) {
      values.put(k, params.getParam(k));
    }
    if (!values.isEmpty()) {
      key.append(
          new TreeMap<>(values).toString().replace("{", "[").replace("}", "]").replace(", ", ","));
    }
    return key.toString();
  }

  /**
   * Forks, warm-up and measurement iterations as JMH ran them, such as {@code 1 fork, 8 x 1 s
   * warm-up, 10 x 1 s, -Xms2g -Xmx2g}.
   */
  static String settings(BenchmarkParams params) {
    return params.getForks()
        + (params.getForks() == 1 ? " fork, " : " forks, ")
        + params.getWarmup().getCount()
        + " x "
        + params.getWarmup().getTime()
        + " warm-up, "
        + params.getMeasurement().getCount()
        + " x "
        + params.getMeasurement().getTime()
        + (params.getJvmArgs().isEmpty() ? "" : ", " + String.join(" ", params.getJvmArgs()));
  }

  private static String number(double x) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    return x >= 100 ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.3g", x);
  }

  private static String physicalMemory(OperatingSystemMXBean os) {
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return (sun.getTotalMemorySize() >> 20) + " MiB memory";
    }
    return "memory unknown";
  }
}
