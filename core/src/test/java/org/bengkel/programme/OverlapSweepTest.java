package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sort-and-sweep that replaced comparing every pair of sessions finds what pairs would. */
class OverlapSweepTest {

  private static final ProgrammeCode A = ProgrammeCode.of("LAS");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static Session at(int startHour, int endHour) {
    return at(DAY, startHour, endHour);
  }

  private static Session at(LocalDate day, int startHour, int endHour) {
    return Session.of(A, day, LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
  }

  @Test
  void touchingSessionsDoNotOverlapNorDoSessionsOfOneOwner() {
    // 8-10 and 10-12 touch; 8-9 overlaps 8-10, of the same owner in the first call only.
    List<Session> s = List.of(at(8, 10), at(10, 12), at(8, 9));
    assertThat(TrainingRegister.firstOverlap(s, List.of(0, 1, 0))).isEmpty();
    assertThat(TrainingRegister.firstOverlap(s, List.of(0, 1, 2))).containsExactlyInAnyOrder(0, 2);
    // Same hours on another day never overlap.
    List<Session> days = List.of(at(8, 12), at(DAY.plusDays(1), 8, 12));
    assertThat(TrainingRegister.firstOverlap(days, List.of(0, 1))).isEmpty();
  }

  @Test
  void theSecondLatestEndOfAnotherOwnerIsStillSeen() {
    // Owner 0 runs 8-18; owner 1 runs 9-17; owner 0 again 10-11 does not clash with its own 8-18
    // but does with owner 1's 9-17, whose end is only the second latest.
    List<Session> s = List.of(at(8, 18), at(9, 17), at(10, 11));
    assertThat(TrainingRegister.firstOverlap(s, List.of(0, 1, 0))).containsExactlyInAnyOrder(0, 1);
    List<Session> t = List.of(at(8, 18), at(19, 20), at(10, 11));
    assertThat(TrainingRegister.firstOverlap(t, List.of(0, 1, 0))).isEmpty();
  }

  @Test
  void agreesWithComparingEveryPairOnManyRandomDays() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(18);
    for (int round = 0; round < 500; round++) {
      List<Session> s = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int start = random.nextInt(8, 16);
        s.add(at(DAY.plusDays(random.nextInt(2)), start, start + random.nextInt(1, 4)));
        owners.add(random.nextInt(3));
      }
      boolean pairs = false;
      for (int i = 0; i < s.size(); i++) {
        for (int j = i + 1; j < s.size(); j++) {
          pairs |= !owners.get(i).equals(owners.get(j)) && s.get(i).overlaps(s.get(j));
        }
      }
      int[] found = TrainingRegister.firstOverlap(s, owners);
      assertThat(found.length > 0).as("round %d", round).isEqualTo(pairs);
      if (found.length > 0) {
        assertThat(owners.get(found[0])).isNotEqualTo(owners.get(found[1]));
        assertThat(s.get(found[0]).overlaps(s.get(found[1]))).isTrue();
      }
    }
  }
}
