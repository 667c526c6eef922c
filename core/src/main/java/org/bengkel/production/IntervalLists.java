package org.bengkel.production;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The work intervals of a {@link WorkLog}: for each trainee (by rank in the team, registration
 * number order), a persistent list of their intervals, latest start first.
 *
 * <p>Work is recorded as it happens, so a new interval almost always starts after the trainee's
 * last one: {@link #overlapsAny} then compares it with that last interval only, and {@link #add}
 * puts it in front of the list, sharing the rest. Both are O(1) plus the copy of the team-sized
 * array of list heads. An interval recorded late walks past the k intervals that start after it
 * (O(k)); {@link WorkLog#of} sorts a whole stored log first, so reading one is O(n log n) in any
 * order. A trainee's intervals never overlap, so only the nearest one starting before the new
 * interval's end can overlap it.
 *
 * <p>Immutable and thread-safe: every field is final, the array is never changed after construction
 * and the cells never change.
 */
final class IntervalLists {

  /** Trainee (registration-number order), then date, then start time. */
  static final Comparator<WorkInterval> ORDER =
      Comparator.comparing(WorkInterval::trainee)
          .thenComparing(WorkInterval::date)
          .thenComparing(WorkInterval::start);

  /** One interval and the trainee's earlier ones. */
  private record Cell(WorkInterval interval, long start, long end, @Nullable Cell earlier) {}

  private final @Nullable Cell[] latest;
  private final int size;

  private IntervalLists(@Nullable Cell[] latest, int size) {
    this.latest = latest;
    this.size = size;
  }

  /**
   * No intervals, for a team of {@code members} trainees.
   *
   * @param members the team's size
   */
  static IntervalLists empty(int members) {
    return new IntervalLists(new Cell[members], 0);
  }

  int size() {
    return size;
  }

  /** Seconds since 1970-01-01T00:00 of a time on a date. */
  static long seconds(LocalDate date, LocalTime time) {
    return date.toEpochDay() * 86_400L + time.toSecondOfDay();
  }

  /** Whether an interval of the trainee of rank {@code rank} overlaps one of theirs. */
  boolean overlapsAny(int rank, WorkInterval w) {
    long start = seconds(w.date(), w.start());
    long end = seconds(w.date(), w.end());
    Cell c = latest[rank];
    while (c != null && c.start() >= end) {
      c = c.earlier();
    }
    return c != null && c.end() > start;
  }

  /**
   * These intervals and one more of the trainee of rank {@code rank}, which must not overlap one of
   * theirs ({@link #overlapsAny}).
   */
  IntervalLists add(int rank, WorkInterval w) {
    long start = seconds(w.date(), w.start());
    Deque<Cell> later = new ArrayDeque<>();
    Cell c = latest[rank];
    while (c != null && c.start() > start) {
      later.push(c);
      c = c.earlier();
    }
    Cell head = new Cell(w, start, seconds(w.date(), w.end()), c);
    while (!later.isEmpty()) {
      Cell l = later.pop();
      head = new Cell(l.interval(), l.start(), l.end(), head);
    }
    @Nullable Cell[] next = Arrays.copyOf(latest, latest.length);
    next[rank] = head;
    return new IntervalLists(next, size + 1);
  }

  /** Every interval in {@link #ORDER}, as a new list. */
  List<WorkInterval> toList() {
    List<WorkInterval> out = new ArrayList<>(size);
    for (Cell head : latest) {
      int from = out.size();
      for (Cell c = head; c != null; c = c.earlier()) {
        out.add(c.interval());
      }
      java.util.Collections.reverse(out.subList(from, out.size()));
    }
    return out;
  }
}
