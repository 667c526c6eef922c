package org.bengkel.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.production.EnrolmentCheck;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.bengkel.programme.ProgrammeCode;
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
 * Recording the work of a batch's team ({@link ProductionBatch#recordWork}): 100 and 1,000
 * intervals recorded one by one on a batch in production, so that the ratio shows whether recording
 * grows linearly with the number of intervals. Target: 1,000 intervals at most 12 times 100
 * intervals (linear is 10).
 *
 * <p>A team of ten trainees works a morning (08:00-12:00) and an afternoon (13:00-15:00) each day
 * from the production date, recorded day by day and trainee by trainee, as a workshop records them:
 * 100 intervals are five days, 1,000 intervals fifty. Every interval is checked against the
 * trainee's recorded work and against the enrolment check (always yes here). Each call starts from
 * the same batch in production (batches are immutable) and returns the batch with every interval.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkLogBenchmark {

  static final int TEAM = 10;
  static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  static final Officer PENGAWAS = Officer.of(Nip.parse("199001012015032002"), "Siti Aminah");
  static final EnrolmentCheck ENROLLED = (trainee, programme, date) -> true;

  /** The supervisor recording the work, at the end of the first day. */
  static final Stamp DESK = stamp(PENGAWAS, DAY.atTime(15, 30));

  static Stamp stamp(Officer officer, LocalDateTime local) {
    return Stamp.ofLocal(Actor.officer(officer.nip()), local, TimeZoneName.WIB);
  }

  /** Intervals recorded per call. */
  @Param({"100", "1000"})
  public int intervals;

  private ProductionBatch started;
  private List<WorkInterval> work;

  /** Starts the batch, lays out the intervals and checks that recording them all is accepted. */
  @Setup
  public void setUp() {
    List<RegistrationNumber> team = new ArrayList<>();
    for (int i = 0; i < TEAM; i++) {
      team.add(RegistrationNumber.parse(String.format("B.I-%03d/2025", 100 + i)));
    }
    Product product =
        Product.of(
            Sku.of("MINIATUR-PERAHU"),
            "Miniatur perahu",
            ProductCategory.WOOD_MINIATURE,
            Unit.PIECE,
            ProgrammeCode.of("KERAJINAN-KAYU-2026"));
    started =
        ProductionBatch.plan(
                LotCode.of("MP-20261102-01"), product, 100, DAY, stamp(PENGAWAS, DAY.atTime(6, 0)))
            .orElseThrow()
            .assignSupervisor(PENGAWAS, stamp(PENGAWAS, DAY.atTime(6, 5)))
            .flatMap(b -> b.startProduction(team, ENROLLED, stamp(PENGAWAS, DAY.atTime(7, 0))))
            .orElseThrow();
    work = new ArrayList<>(intervals);
    for (int day = 0; work.size() < intervals; day++) {
      for (RegistrationNumber t : team) {
        work.add(WorkInterval.of(t, DAY.plusDays(day), LocalTime.of(8, 0), LocalTime.of(12, 0)));
        work.add(WorkInterval.of(t, DAY.plusDays(day), LocalTime.of(13, 0), LocalTime.of(15, 0)));
      }
    }
    ProductionBatch done = record();
    Duration each = Duration.ofHours(6L * intervals / (2L * TEAM));
    if (done.work().size() != intervals
        || !done.teamHours().stream().map(TeamHours::worked).allMatch(each::equals)) {
      throw new IllegalStateException("benchmark set-up is wrong: " + done);
    }
  }

  /**
   * Records every interval, one call of {@code recordWork} each.
   *
   * @return the batch with all the work
   */
  @Benchmark
  public ProductionBatch record() {
    ProductionBatch b = started;
    for (WorkInterval w : work) {
      b = b.recordWork(w, ENROLLED, DESK).orElseThrow();
    }
    return b;
  }
}
