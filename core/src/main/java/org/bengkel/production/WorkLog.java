package org.bengkel.production;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.trainee.RegistrationNumber;
import org.jspecify.annotations.Nullable;

/**
 * The work log of a batch (<i>catatan kerja tim</i>): its team of trainees, the stretches of time
 * each worked ({@link WorkInterval}s) and the pieces each made.
 *
 * <p><b>No time counted twice.</b> Two intervals of one trainee that {@linkplain
 * WorkInterval#overlaps overlap} are refused ({@link ProductionRule#HOURS_OVERLAP}), not merged: a
 * trainee cannot work two stretches at once, so an overlap is a recording mistake that the recorder
 * must correct. Every recorded interval is therefore true, and a trainee's time is the plain sum of
 * their intervals. Intervals that only touch (one ends at 12:00, the next starts at 12:00) are
 * accepted.
 *
 * <p><b>Linear to record.</b> Each trainee's intervals are kept in a persistent list, latest first:
 * {@link #record} checks a new interval against the trainee's latest one (work is recorded as it
 * happens) and shares everything else with this log, so recording a month of work costs O(n) in
 * all, not O(n²). An interval recorded late costs as many steps as the intervals that start after
 * it; {@link #of} sorts a stored log before recording it.
 *
 * <p><b>Personal data.</b> The team, the intervals and the pieces hold registration numbers: they
 * never appear in {@link #toString()} or in refusals.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkLog {

  private static final WorkLog EMPTY =
      new WorkLog(Set.of(), Map.of(), IntervalLists.empty(0), Map.of(), null, null);

  private final Set<RegistrationNumber> team;

  /** Each member's place in registration-number order, the first key of the intervals' order. */
  private final Map<RegistrationNumber, Integer> ranks;

  private final IntervalLists intervals;
  private final Map<RegistrationNumber, Long> pieces;
  private final @Nullable LocalDate earliest;
  private final @Nullable LocalDate latest;

  private WorkLog(
      Set<RegistrationNumber> team,
      Map<RegistrationNumber, Integer> ranks,
      IntervalLists intervals,
      Map<RegistrationNumber, Long> pieces,
      @Nullable LocalDate earliest,
      @Nullable LocalDate latest) {
    this.team = team;
    this.ranks = ranks;
    this.intervals = intervals;
    this.pieces = pieces;
    this.earliest = earliest;
    this.latest = latest;
  }

  /**
   * The log of a batch that has no team yet (planned).
   *
   * @return the empty log, never null
   */
  public static WorkLog empty() {
    return EMPTY;
  }

  /**
   * The log of a team that has recorded nothing yet.
   *
   * @param team the trainees, not null, without null elements; repeated numbers count once
   * @return the log, never null
   * @throws MissingValueException if {@code team} is null or holds null
   */
  public static WorkLog forTeam(Collection<RegistrationNumber> team) {
    return of(team, List.of(), Map.of());
  }

  /**
   * A recorded log, such as one read from storage.
   *
   * @param team the trainees, not null, without null elements; repeated numbers count once
   * @param intervals the work, in any order, not null, without null elements
   * @param pieces the pieces per trainee, not null, without null keys or values
   * @return the log, never null
   * @throws MissingValueException if an argument is null or holds null
   * @throws InvalidValueException rule {@link ProductionRule#NOT_IN_TEAM} (field {@code work} or
   *     {@code pieces}) for a trainee outside the team, {@link ProductionRule#HOURS_OVERLAP} (field
   *     {@code work}, detail the date) for two overlapping intervals of one trainee, {@code
   *     value.out-of-range} (field {@code pieces}) for a count outside 0 to {@link
   *     ProductionBatch#MAX_QUANTITY}; the trainee is never named
   */
  public static WorkLog of(
      Collection<RegistrationNumber> team,
      Collection<WorkInterval> intervals,
      Map<RegistrationNumber, Long> pieces) {
    Checks.required(team, "team");
    Checks.required(intervals, "intervals");
    Checks.required(pieces, "pieces");
    Set<RegistrationNumber> members = new LinkedHashSet<>();
    for (RegistrationNumber t : team) {
      members.add(Checks.required(t, "team"));
    }
    Map<RegistrationNumber, Integer> ranks = new HashMap<>();
    for (RegistrationNumber t : new TreeSet<>(members)) {
      ranks.put(t, ranks.size());
    }
    WorkLog log =
        new WorkLog(
            Collections.unmodifiableSet(members),
            ranks,
            IntervalLists.empty(members.size()),
            Map.of(),
            null,
            null);
    // Recorded in order, each interval is compared with its trainee's latest one only.
    List<WorkInterval> inOrder = new ArrayList<>();
    for (WorkInterval w : Checks.required(intervals, "work")) {
      inOrder.add(Checks.required(w, "work"));
    }
    inOrder.sort(IntervalLists.ORDER);
    for (WorkInterval w : inOrder) {
      Outcome<WorkLog> next = log.record(Checks.required(w, "work"));
      if (next.isRefused()) {
        throw next.refusals().get(0).toInvalidValue("work");
      }
      log = next.orElseThrow();
    }
    Map<RegistrationNumber, Long> counts = new LinkedHashMap<>();
    for (Map.Entry<RegistrationNumber, Long> e : Checks.required(pieces, "pieces").entrySet()) {
      RegistrationNumber trainee = Checks.required(e.getKey(), "pieces");
      long count = Checks.required(e.getValue(), "pieces");
      if (!members.contains(trainee)) {
        throw InvalidValueException.personal(ProductionRule.NOT_IN_TEAM, "pieces");
      }
      requireCount(count);
      counts.put(trainee, count);
    }
    return new WorkLog(
        log.team,
        log.ranks,
        log.intervals,
        Collections.unmodifiableMap(counts),
        log.earliest,
        log.latest);
  }

  /**
   * Records a stretch of work by a team member.
   *
   * @param interval the work, not null
   * @return the log with the interval, or refused: rule {@link ProductionRule#NOT_IN_TEAM} for a
   *     trainee outside the team, {@link ProductionRule#HOURS_OVERLAP} (detail the date) when the
   *     interval overlaps one already recorded for the trainee; subject {@code work}, the trainee
   *     never named
   * @throws MissingValueException if {@code interval} is null
   */
  Outcome<WorkLog> record(WorkInterval interval) {
    Checks.required(interval, "interval");
    Integer rank = ranks.get(interval.trainee());
    if (rank == null) {
      return Outcome.refused(Refusal.personal(ProductionRule.NOT_IN_TEAM, "work"));
    }
    if (intervals.overlapsAny(rank, interval)) {
      return Outcome.refused(
          Refusal.personal(ProductionRule.HOURS_OVERLAP, "work", interval.date()));
    }
    LocalDate first =
        earliest == null || interval.date().isBefore(earliest) ? interval.date() : earliest;
    LocalDate last = latest == null || interval.date().isAfter(latest) ? interval.date() : latest;
    return Outcome.accepted(
        new WorkLog(team, ranks, intervals.add(rank, interval), pieces, first, last));
  }

  /**
   * Records pieces made by a team member (<i>jumlah buah</i>), added to any recorded before.
   *
   * @param trainee the team member, not null
   * @param count the pieces, 0 to {@link ProductionBatch#MAX_QUANTITY}
   * @return the log with the pieces, or refused: rule {@link ProductionRule#NOT_IN_TEAM} (subject
   *     {@code pieces}, the trainee never named) for a trainee outside the team; {@code
   *     value.out-of-range} (subject {@code pieces}) when the trainee's total would exceed {@link
   *     ProductionBatch#MAX_QUANTITY}
   * @throws MissingValueException if {@code trainee} is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a count outside 0 to {@link
   *     ProductionBatch#MAX_QUANTITY}
   */
  Outcome<WorkLog> recordPieces(RegistrationNumber trainee, long count) {
    Checks.required(trainee, "trainee");
    requireCount(count);
    if (!team.contains(trainee)) {
      return Outcome.refused(Refusal.personal(ProductionRule.NOT_IN_TEAM, "pieces"));
    }
    long total = pieces.getOrDefault(trainee, 0L) + count;
    if (total > ProductionBatch.MAX_QUANTITY) {
      return Outcome.refused(
          Refusal.of(CoreRule.OUT_OF_RANGE, "pieces", total, 0, ProductionBatch.MAX_QUANTITY));
    }
    Map<RegistrationNumber, Long> next = new LinkedHashMap<>(pieces);
    next.put(trainee, total);
    return Outcome.accepted(
        new WorkLog(team, ranks, intervals, Collections.unmodifiableMap(next), earliest, latest));
  }

  /**
   * The team: the trainees who make the batch, in the order given. Personal data.
   *
   * @return an unmodifiable set, never null
   */
  public Set<RegistrationNumber> team() {
    return team;
  }

  /**
   * The recorded work, in order of trainee (registration-number order), then start. Personal data.
   *
   * @return an unmodifiable list, never null; no two intervals of a trainee overlap
   */
  public List<WorkInterval> intervals() {
    return Collections.unmodifiableList(intervals.toList());
  }

  /**
   * The number of recorded intervals.
   *
   * @return zero or more
   */
  public int size() {
    return intervals.size();
  }

  /**
   * The pieces made per trainee, where recorded. Personal data.
   *
   * @return an unmodifiable map, never null, values 0 to {@link ProductionBatch#MAX_QUANTITY}
   */
  public Map<RegistrationNumber, Long> pieces() {
    return pieces;
  }

  /**
   * The first day with recorded work.
   *
   * @return the date, empty when no work is recorded
   */
  public Optional<LocalDate> firstDay() {
    return Optional.ofNullable(earliest);
  }

  /**
   * The last day with recorded work.
   *
   * @return the date, empty when no work is recorded
   */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(latest);
  }

  /**
   * Whether nothing is recorded: no team, no work, no pieces.
   *
   * @return true for the log of a planned batch
   */
  public boolean isEmpty() {
    // work and pieces are recorded only for team members (NOT_IN_TEAM), so no team means neither
    return team.isEmpty();
  }

  /**
   * Each team member's time worked and pieces made, in registration-number order. The time is the
   * sum of the member's intervals, which never overlap; members without recorded work have zero
   * time; {@link TeamHours#pieces()} is present for members with recorded pieces.
   *
   * @return an unmodifiable list, never null, one entry per team member
   */
  public List<TeamHours> teamHours() {
    Map<RegistrationNumber, Duration> worked = new TreeMap<>();
    team.forEach(t -> worked.put(t, Duration.ZERO));
    for (WorkInterval w : intervals.toList()) {
      worked.merge(w.trainee(), w.duration(), Duration::plus);
    }
    List<TeamHours> out = new ArrayList<>(worked.size());
    worked.forEach(
        (t, d) ->
            out.add(
                pieces.containsKey(t) ? TeamHours.of(t, d, pieces.get(t)) : TeamHours.of(t, d)));
    return List.copyOf(out);
  }

  private static void requireCount(long count) {
    Checks.requireRange(count, "pieces", 0, ProductionBatch.MAX_QUANTITY);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof WorkLog other
        && team.equals(other.team)
        && pieces.equals(other.pieces)
        && intervals.size() == other.intervals.size()
        && intervals.toList().equals(other.intervals.toList());
  }

  @Override
  public int hashCode() {
    return Objects.hash(team, pieces, intervals.toList());
  }

  /** The sizes only: the team, the intervals and the pieces are personal data. */
  @Override
  public String toString() {
    return "WorkLog{team="
        + team.size()
        + ", intervals="
        + intervals.size()
        + ", pieces="
        + pieces.size()
        + "}";
  }
}
