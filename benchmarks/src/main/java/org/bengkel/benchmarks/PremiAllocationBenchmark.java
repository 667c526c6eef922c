package org.bengkel.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.trainee.RegistrationNumber;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link PremiAllocation#allocate} of one premi pool over 300 trainees (a large facility's
 * workshops), 10,000 and 100,000. For information only: there is no target (a workshop allocates
 * premi among dozens of trainees; see docs/benchmarks.md).
 *
 * <p>Contributions are minutes worked, 0 to 12,000 (about one in twenty zero), drawn from a fixed
 * seed and given in shuffled order (allocation sorts them by registration number). The pool,
 * Rp987.654.321, does not divide evenly, so thousands of rupiah are left over and handed out by
 * largest remainder: the path that sorts remainders is always taken.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PremiAllocationBenchmark {

  static final Rupiah POOL = Rupiah.of(987_654_321L);

  /** Trainees in the allocation. */
  @Param({"300", "10000", "100000"})
  public int trainees;

  private List<Contribution> contributions;

  /** Draws the contributions and allocates once. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261127L);
    contributions = new ArrayList<>(trainees);
    for (int i = 0; i < trainees; i++) {
      String prefix = i % 3 == 0 ? "B.IIa" : "B.I";
      RegistrationNumber number =
          RegistrationNumber.parse(String.format("%s-%06d/%d", prefix, i, 2020 + i % 7));
      long minutes = random.nextInt(20) == 0 ? 0 : random.nextInt(1, 12_001);
      contributions.add(Contribution.of(number, minutes));
    }
    Collections.shuffle(contributions, new Random(42));
    PremiAllocation a = allocate();
    if (a.shares().size() != trainees) {
      throw new IllegalStateException("benchmark set-up is wrong");
    }
  }

  /**
   * Allocates the pool over the contributions.
   *
   * @return the allocation
   */
  @Benchmark
  public PremiAllocation allocate() {
    return PremiAllocation.allocate(POOL, ContributionBasis.MINUTES_WORKED, contributions);
  }
}
