package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.bengkel.error.InvalidValueException;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Over random sets of work intervals (fixed seeds, replay a failure by its seed): every interval
 * that overlaps time already recorded for its trainee is refused with
 * {@code production.hours.overlap}, every other one is accepted, and each trainee's team hours
 * equal the length of the union of their accepted intervals, counted minute by minute.
 */
class TeamHoursPropertyTest {

  private static final List<RegistrationNumber> TEAM = List.of(
      Fixtures.ANDI, Fixtures.BUDI, Fixtures.CANDRA);
  private static final int DAYS = 3;
  private static final int MINUTES = 24 * 60;

  @TestFactory
  Stream<DynamicTest> teamHoursEqualTheUnionLengthPerTrainee() {
    return LongStream.range(1, 201).mapToObj(seed ->
        DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  private static int[] check(long seed) {
    int[] counts = new int[2];
    SplittableRandom random = new SplittableRandom(seed);
    ProductionBatch batch = Fixtures.plannedKue()
        .startProduction(Fixtures.at(Fixtures.NOV_2, 0, 0), Fixtures.PENGAWAS, TEAM, (r, p, d) -> true);
    Map<RegistrationNumber, boolean[]> busy = new HashMap<>();
    TEAM.forEach(t -> busy.put(t, new boolean[DAYS * MINUTES]));
    int tries = 1 + random.nextInt(40);
    List<String> refusedFree = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      RegistrationNumber trainee = TEAM.get(random.nextInt(TEAM.size()));
      int day = random.nextInt(DAYS);
      // short intervals on a narrow window so that overlaps are frequent
      int start = 6 * 60 + random.nextInt(10 * 60);
      int end = Math.min(MINUTES - 1, start + 1 + random.nextInt(180));
      WorkInterval w = WorkInterval.of(trainee, Fixtures.NOV_2.plusDays(day),
          LocalTime.of(start / 60, start % 60), LocalTime.of(end / 60, end % 60));
      boolean[] minutes = busy.get(trainee);
      boolean overlaps = false;
      for (int m = start; m < end; m++) {
        overlaps |= minutes[day * MINUTES + m];
      }
      try {
        batch = batch.recordWork(w, (r, p, d) -> true);
        counts[0]++;
        assertThat(overlaps).as("seed %d: accepted an overlapping interval %s", seed, w).isFalse();
        for (int m = start; m < end; m++) {
          minutes[day * MINUTES + m] = true;
        }
      } catch (InvalidValueException e) {
        assertThat(e.ruleCode()).isEqualTo("production.hours.overlap");
        counts[1]++;
        if (!overlaps) {
          refusedFree.add(w.toString());
        }
      }
    }
    assertThat(refusedFree).as("seed %d: refused intervals that overlap nothing", seed).isEmpty();
    Map<RegistrationNumber, Duration> hours = batch.hoursByTrainee();
    for (RegistrationNumber t : TEAM) {
      long union = 0;
      for (boolean b : busy.get(t)) {
        union += b ? 1 : 0;
      }
      assertThat(hours.get(t)).as("seed %d", seed).isEqualTo(Duration.ofMinutes(union));
    }
    return counts;
  }

  @Test
  void theSeedsExerciseBothAcceptedAndRefusedIntervals() {
    long accepted = 0;
    long refused = 0;
    for (long seed = 1; seed <= 200; seed++) {
      int[] c = check(seed);
      accepted += c[0];
      refused += c[1];
    }
    assertThat(accepted).isGreaterThan(500);
    assertThat(refused).isGreaterThan(500);
  }

  @TestFactory
  Stream<DynamicTest> unionLengthMergesOverlappingIntervals() {
    return LongStream.range(1, 101).mapToObj(seed ->
        DynamicTest.dynamicTest("seed " + seed, () -> {
          SplittableRandom random = new SplittableRandom(seed);
          LocalDate day = Fixtures.NOV_2;
          boolean[] minutes = new boolean[MINUTES];
          List<WorkInterval> intervals = new ArrayList<>();
          int n = random.nextInt(30);
          for (int i = 0; i < n; i++) {
            int start = random.nextInt(MINUTES - 1);
            int end = start + 1 + random.nextInt(Math.min(300, MINUTES - 1 - start));
            intervals.add(WorkInterval.of(Fixtures.ANDI, day,
                LocalTime.of(start / 60, start % 60), LocalTime.of(end / 60, end % 60)));
            for (int m = start; m < end; m++) {
              minutes[m] = true;
            }
          }
          long union = 0;
          for (boolean b : minutes) {
            union += b ? 1 : 0;
          }
          assertThat(ProductionBatch.unionLength(intervals)).as("seed %d", seed)
              .isEqualTo(Duration.ofMinutes(union));
        }));
  }
}
