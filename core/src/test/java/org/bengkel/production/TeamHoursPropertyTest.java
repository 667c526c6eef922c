package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.production.Fixtures.DESK;
import static org.bengkel.production.Fixtures.stamp;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.bengkel.outcome.Outcome;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Over random sets of work intervals (fixed seeds, replay a failure by its seed): every interval
 * that overlaps time already recorded for its trainee is refused with {@code
 * production.hours.overlap}, every other one is accepted, and each trainee's team hours equal the
 * length of the union of their accepted intervals, counted minute by minute.
 */
class TeamHoursPropertyTest {

  private static final List<RegistrationNumber> TEAM =
      List.of(Fixtures.ANDI, Fixtures.BUDI, Fixtures.CANDRA);
  private static final int DAYS = 3;
  private static final int MINUTES = 24 * 60;

  @TestFactory
  Stream<DynamicTest> teamHoursEqualTheUnionLengthPerTrainee() {
    return LongStream.range(1, 201)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
  }

  private static int[] check(long seed) {
    int[] counts = new int[2];
    SplittableRandom random = new SplittableRandom(seed);
    ProductionBatch batch =
        Fixtures.plannedKue()
            .startProduction(
                TEAM,
                (r, p, d) -> true,
                stamp(Fixtures.PENGAWAS, Fixtures.at(Fixtures.NOV_2, 0, 0)))
            .orElseThrow();
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
      WorkInterval w =
          WorkInterval.of(
              trainee,
              Fixtures.NOV_2.plusDays(day),
              LocalTime.of(start / 60, start % 60),
              LocalTime.of(end / 60, end % 60));
      boolean[] minutes = busy.get(trainee);
      boolean overlaps = false;
      for (int m = start; m < end; m++) {
        overlaps |= minutes[day * MINUTES + m];
      }
      Outcome<ProductionBatch> recorded = batch.recordWork(w, (r, p, d) -> true, DESK);
      if (recorded.isAccepted()) {
        batch = recorded.orElseThrow();
        counts[0]++;
        assertThat(overlaps).as("seed %d: accepted an overlapping interval %s", seed, w).isFalse();
        for (int m = start; m < end; m++) {
          minutes[day * MINUTES + m] = true;
        }
      } else {
        assertThat(recorded.codes()).containsExactly("production.hours.overlap");
        counts[1]++;
        if (!overlaps) {
          refusedFree.add(w.toString());
        }
      }
    }
    assertThat(refusedFree).as("seed %d: refused intervals that overlap nothing", seed).isEmpty();
    assertThat(batch.work())
        .as("seed %d: in order of trainee, then start", seed)
        .isSortedAccordingTo(IntervalLists.ORDER)
        .hasSize(counts[0]);
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
  Stream<DynamicTest> theListsStayOrderedAndPersistentInAnyOrderOfAdding() {
    return LongStream.range(1, 51)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      SplittableRandom random = new SplittableRandom(seed);
                      List<WorkInterval> intervals = new ArrayList<>();
                      for (int day = 0; day < 30; day++) {
                        for (RegistrationNumber t : TEAM) {
                          intervals.add(
                              WorkInterval.of(
                                  t,
                                  Fixtures.NOV_2.plusDays(day),
                                  LocalTime.of(8, 0),
                                  LocalTime.of(12, 0)));
                          intervals.add(
                              WorkInterval.of(
                                  t,
                                  Fixtures.NOV_2.plusDays(day),
                                  LocalTime.of(13, 0),
                                  LocalTime.of(15, 0)));
                        }
                      }
                      if (seed > 1) { // seed 1 adds in order, as work is usually recorded; the rest
                        // shuffled
                        java.util.Collections.shuffle(
                            intervals, new java.util.Random(random.nextLong()));
                      }
                      IntervalLists lists = IntervalLists.empty(TEAM.size());
                      for (WorkInterval w : intervals) {
                        IntervalLists before = lists;
                        List<WorkInterval> beforeList = before.toList();
                        int rank =
                            TEAM.indexOf(w.trainee()); // TEAM is in registration-number order
                        assertThat(lists.overlapsAny(rank, w)).as("seed %d: %s", seed, w).isFalse();
                        lists = lists.add(rank, w);
                        assertThat(before.toList())
                            .as("the old lists are unchanged")
                            .isEqualTo(beforeList);
                        assertThat(lists.overlapsAny(rank, w))
                            .as("an interval overlaps itself")
                            .isTrue();
                      }
                      assertThat(lists.toList())
                          .isSortedAccordingTo(IntervalLists.ORDER)
                          .hasSize(intervals.size())
                          .containsExactlyInAnyOrderElementsOf(intervals);
                      WorkLog log = WorkLog.of(TEAM, intervals, Map.of());
                      assertThat(log.size()).isEqualTo(intervals.size());
                      assertThat(log.teamHours())
                          .extracting(TeamHours::worked)
                          .containsOnly(Duration.ofHours(6 * 30));
                    }));
  }
}
