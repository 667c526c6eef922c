package org.bengkel.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JSON pairs of {@link JsonBenchmark} measured by the thread's CPU time and allocated bytes per
 * operation, for a machine too loaded for JMH's wall-clock scores to mean anything: another
 * process's work does not count against this thread's CPU time, and allocation does not depend on
 * the load at all (CPU time still moves with caches shared with other processes).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.bengkel.benchmarks.CpuCost [rounds]
 * [warm-up calls] [measured calls]} (default 3, 20,000 and 10,000). In each round every method is
 * warmed up and then measured, bengkel and plain data-binding alternating; the table gives the
 * median of the rounds and each pair's ratio of medians.
 */
public final class CpuCost {

  private CpuCost() {}

  /**
   * Runs the measurement and prints the table.
   *
   * @param args rounds, warm-up calls and measured calls, all optional
   * @throws Exception if the benchmark's set-up fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int measured = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    JsonBenchmark b = new JsonBenchmark();
    b.setUp();
    String[] names = {"read, Jackson 2", "read, Jackson 3", "write, Jackson 2", "write, Jackson 3"};
    Op[][] pairs =
        new Op[][] {
          {b::readBengkel2, b::readPlain2},
          {b::readBengkel3, b::readPlain3},
          {b::writeBengkel2, b::writePlain2},
          {b::writeBengkel3, b::writePlain3}
        };
    double[][][] cpu = new double[pairs.length][2][rounds];
    double[][][] bytes = new double[pairs.length][2][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < pairs.length; p++) {
        for (int s = 0; s < 2; s++) {
          run(pairs[p][s], warmUp);
          double[] m = measure(pairs[p][s], measured);
          cpu[p][s][r] = m[0];
          bytes[p][s][r] = m[1];
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d rounds of %d warm-up and %d measured calls; medians; load %.1f%n",
        rounds,
        warmUp,
        measured,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println(
        "| operation | bytes/op bengkel / plain | µs CPU/op bengkel / plain (ratio) |");
    System.out.println("|---|---:|---:|");
    for (int p = 0; p < pairs.length; p++) {
      double cb = median(cpu[p][0]);
      double cp = median(cpu[p][1]);
      System.out.printf(
          Locale.ROOT,
          "| %s | %,.0f / %,.0f | %.1f / %.1f (%.2f) |%n",
          names[p],
          median(bytes[p][0]),
          median(bytes[p][1]),
          cb,
          cp,
          cb / cp);
    }
  }

  /** One benchmark method. */
  @FunctionalInterface
  private interface Op {
    Object call() throws Exception;
  }

  private static Object run(Op op, int n) throws Exception {
    Object last = op.call();
    for (int i = 1; i < n; i++) {
      last = op.call();
    }
    return last;
  }

  // µs of this thread's CPU time and bytes allocated by it, per call
  private static double[] measure(Op op, int n) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long bytes0 = threads.getCurrentThreadAllocatedBytes();
    long cpu0 = threads.getCurrentThreadCpuTime();
    Object last = run(op, n);
    long cpu1 = threads.getCurrentThreadCpuTime();
    long bytes1 = threads.getCurrentThreadAllocatedBytes();
    if (last.hashCode() == 42) {
      System.out.print(""); // keeps the result alive
    }
    return new double[] {(cpu1 - cpu0) / 1e3 / n, (double) (bytes1 - bytes0) / n};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
