package org.bengkel.programme;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The training records of a workshop across its programmes (<i>buku register pelatihan</i>): the
 * rosters, the scheduled sessions, attendance and competency assessments, with the rules that need
 * more than one programme or session.
 *
 * <p>Rules kept here, besides those of each {@link ProgrammeRoster}:
 *
 * <ul>
 *   <li>A trainee never holds open enrolments (waiting, active or suspended) in two programmes with
 *       overlapping sessions ({@link ProgrammeRule#ENROLMENT_OVERLAP}). Waiting and suspended
 *       enrolments count too, because a promotion from the waiting list or a return from suspension
 *       happens without asking the trainee's other programmes; so an active trainee can never end
 *       up in two overlapping programmes. Scheduling a session that would create such an overlap is
 *       refused as well.
 *   <li>A trainee never attends (attended time above zero) two sessions that overlap in time
 *       ({@link ProgrammeRule#ATTENDANCE_OVERLAP}), and has at most one record per session.
 *   <li>Attendance is recorded only for scheduled sessions, by trainees actively enrolled on the
 *       session date (absences also for suspended trainees), and for programmes outside the walls
 *       only with the caller's {@link OutsideWorkClearance} on the session date.
 *   <li>Attendance and assessments are recorded once they happened: a session's day, or an
 *       assessment's date, is not after the day of the stamp that records it ({@link
 *       CoreRule#DATED_AFTER_RECORDING}, refused by {@link #record} and {@link #recordAssessment};
 *       a stored register or event is read as stored, and {@link #replay} does not ask it again).
 *       Sessions are scheduled ahead, with any date. How far ahead of today a stamp may be is the
 *       host's business: core has no clock.
 *   <li>An assessment is of a unit the programme trains for, by a trainee active in the programme
 *       on or before the assessment date.
 * </ul>
 *
 * <p>Every operation answers with an {@link Outcome}: the new register, or a {@link Refusal} naming
 * the rule that refused it; this register is unchanged either way. Registration numbers never
 * appear in {@link #toString()}, refusals or exception messages.
 *
 * <h2>Stamps, events and versions</h2>
 *
 * <p>Every operation that records something takes a {@link Stamp}: who recorded it and when, in the
 * facility's zone (an enrolment move's date is the stamp's local date; a session's date is its own,
 * a calendar rule). Each programme is an aggregate, its code the aggregate id: every accepted
 * operation concerns one programme, adds one to its {@link #version(ProgrammeCode)} and yields one
 * {@link TrainingEvent}; {@link #replay(Collection, List)} rebuilds the register from its
 * programmes and their events. Adding a programme ({@link #of}, {@link #addProgramme}) is the
 * register's configuration: the programme starts at version 0.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrainingRegister {

  TrainingRegister() {}

  /**
   * The rosters, one per programme.
   *
   * @return the rosters, never null, distinct programme codes
   */
  public abstract List<@NotNull ProgrammeRoster> rosters();

  /**
   * The scheduled sessions, each of a programme with a roster here.
   *
   * @return the sessions, never null, distinct
   */
  public abstract List<@NotNull Session> sessions();

  /**
   * The attendance records, in the order recorded.
   *
   * @return the records, never null
   */
  public abstract List<@NotNull Attendance> attendance();

  /**
   * The competency assessments, in the order recorded.
   *
   * @return the assessments, never null
   */
  public abstract List<@NotNull CompetencyAssessment> assessments();

  @Value.Check
  void check() {
    Checks.requireDistinct(rosters().stream().map(ProgrammeRoster::code).toList(), "rosters");
    Checks.requireDistinct(sessions(), "sessions");
    for (Session s : sessions()) {
      requireRoster(s.programme(), "sessions.programme");
    }
    checkEnrolmentOverlaps();
    checkAttendance();
    for (CompetencyAssessment a : assessments()) {
      checkAssessment(a);
    }
  }

  /**
   * Refuses a trainee enrolled at once in two programmes whose sessions overlap. For each distinct
   * set of programmes that some trainee is open in, the sessions of those programmes are swept in
   * order of start (O(s log s)), instead of comparing every pair of programmes session by session.
   */
  private void checkEnrolmentOverlaps() {
    Map<RegistrationNumber, List<ProgrammeCode>> open = new LinkedHashMap<>();
    for (ProgrammeRoster r : rosters()) {
      for (Enrolment e : r.enrolments()) {
        if (e.status().isOpen()) {
          open.computeIfAbsent(e.trainee(), k -> new ArrayList<>()).add(r.code());
        }
      }
    }
    Map<ProgrammeCode, List<Session>> byProgramme = sessionsByProgramme();
    Set<List<ProgrammeCode>> known = new HashSet<>();
    for (List<ProgrammeCode> codes : open.values()) {
      if (codes.size() < 2 || !known.add(codes)) {
        continue;
      }
      List<Session> sessions = new ArrayList<>();
      List<Integer> owners = new ArrayList<>(); // the index in codes of each session's programme
      for (int i = 0; i < codes.size(); i++) {
        for (Session x : byProgramme.getOrDefault(codes.get(i), List.of())) {
          sessions.add(x);
          owners.add(i);
        }
      }
      int[] pair = firstOverlap(sessions, owners);
      if (pair.length > 0) {
        int i = Math.min(owners.get(pair[0]), owners.get(pair[1]));
        int j = Math.max(owners.get(pair[0]), owners.get(pair[1]));
        throw InvalidValueException.personal(
            ProgrammeRule.ENROLMENT_OVERLAP, "rosters.enrolments", codes.get(i), codes.get(j));
      }
    }
  }

  /**
   * Refuses attendance at an unscheduled session, twice at one session, or present at two
   * overlapping sessions: the last by sorting each trainee's present sessions by start and
   * sweeping, O(n log n), instead of comparing every pair.
   */
  private void checkAttendance() {
    Set<Session> scheduled = new HashSet<>(sessions());
    Set<List<Object>> seen = new HashSet<>();
    Map<RegistrationNumber, List<Attendance>> present = new LinkedHashMap<>();
    for (Attendance a : attendance()) {
      if (!scheduled.contains(a.session())) {
        throw InvalidValueException.of(
            ProgrammeRule.UNKNOWN_SESSION, "attendance.session", a.session(), a.session());
      }
      if (!seen.add(List.of(a.trainee(), a.session()))) {
        throw InvalidValueException.personal(
            ProgrammeRule.ATTENDANCE_DUPLICATE, "attendance", a.session());
      }
      if (a.isPresent()) {
        present.computeIfAbsent(a.trainee(), k -> new ArrayList<>()).add(a);
      }
    }
    for (List<Attendance> mine : present.values()) {
      List<Session> sessions = mine.stream().map(Attendance::session).toList();
      // each session its own owner: any two may not overlap
      List<Integer> owners = IntStream.range(0, sessions.size()).boxed().toList();
      int[] pair = firstOverlap(sessions, owners);
      if (pair.length > 0) {
        throw InvalidValueException.personal(
            ProgrammeRule.ATTENDANCE_OVERLAP,
            "attendance",
            sessions.get(Math.min(pair[0], pair[1])),
            sessions.get(Math.max(pair[0], pair[1])));
      }
    }
  }

  /**
   * Two sessions of different owners that overlap ({@link Session#overlaps}), found by sorting by
   * start and sweeping with the session that ends latest so far.
   *
   * <p>That one session is enough: take the overlapping pair whose later session {@code q} comes
   * first in the sweep. When {@code q} is reached, the latest-ending session {@code f} before it
   * contains {@code q}'s start; if {@code f}'s owner is {@code q}'s, then {@code q}'s partner
   * {@code p} (of another owner) contains {@code q}'s start as well, so {@code p} and {@code f}
   * overlap and were both reached before {@code q}: a pair found earlier, which contradicts the
   * choice of {@code q}. So {@code f} is of another owner than {@code q}, and the sweep returns.
   *
   * @param sessions the sessions
   * @param owners for each session, its owner; sessions of one owner are not compared
   * @return the indices of two overlapping sessions, the first starting no later than the second,
   *     or an empty array
   */
  static int[] firstOverlap(List<Session> sessions, List<Integer> owners) {
    Integer[] order = new Integer[sessions.size()];
    long[] start = new long[order.length];
    long[] end = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      Session x = sessions.get(i);
      long day = x.date().toEpochDay() * 86_400L;
      start[i] = day + x.start().toSecondOfDay();
      end[i] = day + x.end().toSecondOfDay();
    }
    // Arrays.sort on objects is stable: sessions that start together keep their index order
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> start[i]));
    int first = -1; // the session that ends latest so far
    for (int i : order) {
      if (first >= 0 && !owners.get(first).equals(owners.get(i)) && start[i] < end[first]) {
        return new int[] {first, i};
      }
      if (first < 0 || end[i] > end[first]) {
        first = i;
      }
    }
    return new int[0];
  }

  private void checkAssessment(CompetencyAssessment a) {
    ProgrammeRoster r = requireRoster(a.programme(), "assessments.programme");
    if (!r.programme().trainsFor(a.unitCode())) {
      throw InvalidValueException.of(
          ProgrammeRule.ASSESSMENT_UNIT, "assessments.unitCode", a.unitCode(), a.unitCode());
    }
    if (r.enrolmentsOf(a.trainee()).stream().noneMatch(e -> e.wasActiveBy(a.date()))) {
      throw InvalidValueException.personal(
          ProgrammeRule.ASSESSMENT_NOT_ENROLLED, "assessments.trainee", a.programme());
    }
  }

  /**
   * A register of programmes with empty rosters and nothing scheduled.
   *
   * @param programmes the programmes, not null, distinct codes
   * @return the register, never null
   * @throws MissingValueException if {@code programmes} or one of them is null
   * @throws InvalidValueException rule {@code value.duplicate} for a repeated code
   */
  public static TrainingRegister of(Collection<SkillProgramme> programmes) {
    Checks.requiredElements(programmes, "programmes");
    Builder b = builder();
    programmes.forEach(p -> b.addRoster(ProgrammeRoster.of(p)));
    return b.build();
  }

  /**
   * The roster of a programme.
   *
   * @param programme the programme's code, not null
   * @return the roster, empty when the register has none for it
   * @throws MissingValueException if {@code programme} is null
   */
  public Optional<ProgrammeRoster> roster(ProgrammeCode programme) {
    Checks.required(programme, "programme");
    return rosters().stream().filter(r -> r.code().equals(programme)).findFirst();
  }

  /**
   * The sessions of a programme.
   *
   * @param programme the programme's code, not null
   * @return the sessions in the order scheduled, never null
   * @throws MissingValueException if {@code programme} is null
   */
  public List<Session> sessionsOf(ProgrammeCode programme) {
    Checks.required(programme, "programme");
    return sessions().stream().filter(s -> s.programme().equals(programme)).toList();
  }

  /**
   * Whether two programmes have sessions that overlap in time.
   *
   * @param a a programme's code, not null
   * @param b another programme's code, not null
   * @return true when a session of one overlaps a session of the other
   * @throws MissingValueException if {@code a} or {@code b} is null
   */
  public boolean sessionsOverlap(ProgrammeCode a, ProgrammeCode b) {
    Checks.required(a, "a");
    Checks.required(b, "b");
    return overlap(sessionsByProgramme(), a, b);
  }

  /**
   * Whether the trainee is actively enrolled (<i>aktif</i>: not waiting, suspended, completed or
   * withdrawn) in a programme at the end of a date, by the recorded history. This is the question
   * other packages (production teams, pay) ask.
   *
   * @param trainee the trainee, not null
   * @param programme the programme's code, not null
   * @param date the date, not null
   * @return true when active; false also for a programme the register does not hold
   * @throws MissingValueException if an argument is null
   */
  public boolean isActivelyEnrolled(
      RegistrationNumber trainee, ProgrammeCode programme, LocalDate date) {
    Checks.required(trainee, "trainee");
    Checks.required(programme, "programme");
    Checks.required(date, "date");
    return roster(programme).map(r -> r.isActiveOn(trainee, date)).orElse(false);
  }

  /**
   * The programmes in which the trainee is actively enrolled at the end of a date.
   *
   * @param trainee the trainee, not null
   * @param date the date, not null
   * @return the programmes' codes in roster order, never null
   * @throws MissingValueException if {@code trainee} or {@code date} is null
   */
  public List<ProgrammeCode> activeProgrammes(RegistrationNumber trainee, LocalDate date) {
    Checks.required(trainee, "trainee");
    Checks.required(date, "date");
    return rosters().stream()
        .filter(r -> r.isActiveOn(trainee, date))
        .map(ProgrammeRoster::code)
        .toList();
  }

  /**
   * A programme's version: one per accepted operation on it, that is its roster's {@link
   * ProgrammeRoster#version()} (enrolment moves) plus its sessions, attendance records and
   * assessments; 0 for a programme with nothing recorded or one the register does not hold. A host
   * stores it beside the register and accepts the next change of the programme only from the
   * version it read (optimistic concurrency).
   *
   * @param programme the programme's code, not null
   * @return the version, 0 or more
   */
  public long version(ProgrammeCode programme) {
    Checks.required(programme, "programme");
    long v = roster(programme).map(ProgrammeRoster::version).orElse(0L);
    v += sessions().stream().filter(x -> x.programme().equals(programme)).count();
    v += attendance().stream().filter(a -> a.session().programme().equals(programme)).count();
    v += assessments().stream().filter(a -> a.programme().equals(programme)).count();
    return v;
  }

  /**
   * The register's version: the sum of its programmes' versions, one per accepted operation.
   *
   * @return the version, 0 or more
   */
  public long version() {
    return rosters().stream().mapToLong(ProgrammeRoster::version).sum()
        + sessions().size()
        + attendance().size()
        + assessments().size();
  }

  /**
   * Adds a programme with an empty roster: configuration, as {@link #of(Collection)}; the programme
   * starts at version 0 and no event is yielded.
   *
   * @param programme the programme, not null
   * @return accepted with the new register, or refused with rule {@code value.duplicate} when the
   *     code is already held; never null
   */
  public Outcome<TrainingRegister> addProgramme(SkillProgramme programme) {
    List<ProgrammeRoster> next = new ArrayList<>(rosters());
    next.add(ProgrammeRoster.of(programme));
    return checked(() -> builder().from(this).rosters(next).build());
  }

  /**
   * Schedules a session.
   *
   * @param session the session, not null
   * @param stamp who scheduled it and when, not null
   * @return accepted with the new register and its {@link TrainingEvent.SessionScheduled}, or
   *     refused with rule {@link ProgrammeRule#UNKNOWN_PROGRAMME}, {@code value.duplicate} for a
   *     session already scheduled, or {@link ProgrammeRule#ENROLMENT_OVERLAP} when it would overlap
   *     a session of another programme in which one of its trainees holds an open enrolment; never
   *     null
   */
  public Outcome<TrainingRegister> schedule(Session session, Stamp stamp) {
    Checks.required(session, "session");
    Checks.required(stamp, "stamp");
    List<Session> next = new ArrayList<>(sessions());
    next.add(session);
    ProgrammeCode p = session.programme();
    return checked(
        () -> builder().from(this).sessions(next).build(),
        new TrainingEvent.SessionScheduled(p, version(p) + 1, stamp, session));
  }

  /**
   * Records an application to a programme (see {@link ProgrammeRoster#apply}).
   *
   * @param programme the programme's code, not null
   * @param trainee the applicant, not null
   * @param stamp who recorded it and when, not null; its local date is the application date
   * @return accepted with the new register and its {@link TrainingEvent.EnrolmentApplied}, or
   *     refused with rule {@link ProgrammeRule#UNKNOWN_PROGRAMME}, {@link
   *     ProgrammeRule#ENROLMENT_OVERLAP} when the trainee holds an open enrolment in a programme
   *     whose sessions overlap this one's, or as {@link ProgrammeRoster#apply}; never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<TrainingRegister> apply(
      ProgrammeCode programme, RegistrationNumber trainee, Stamp stamp) {
    Checks.required(programme, "programme");
    Checks.required(trainee, "trainee");
    Checks.required(stamp, "stamp");
    Optional<ProgrammeRoster> target = roster(programme);
    if (target.isEmpty()) {
      return unknown(programme);
    }
    Map<ProgrammeCode, List<Session>> byProgramme = sessionsByProgramme();
    for (ProgrammeRoster other : rosters()) {
      if (!other.code().equals(programme)
          && other.openEnrolment(trainee).isPresent()
          && overlap(byProgramme, other.code(), programme)) {
        return Outcome.refused(
            Refusal.personal(ProgrammeRule.ENROLMENT_OVERLAP, "trainee", other.code(), programme));
      }
    }
    return target.get().apply(trainee, stamp, version(programme) + 1).map(this::replace);
  }

  /**
   * Suspends a trainee's enrolment (see {@link ProgrammeRoster#suspend}).
   *
   * @param programme the programme's code, not null
   * @param trainee the trainee, not null
   * @param stamp who and when, not null
   * @param withPay whether with pay
   * @param reason the reason, not null
   * @return accepted with the new register and its {@link TrainingEvent.EnrolmentSuspended}, or
   *     refused with rule {@link ProgrammeRule#UNKNOWN_PROGRAMME} or as the roster; never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<TrainingRegister> suspend(
      ProgrammeCode programme,
      RegistrationNumber trainee,
      Stamp stamp,
      boolean withPay,
      EnrolmentReason reason) {
    Checks.required(trainee, "trainee");
    Checks.required(stamp, "stamp");
    Checks.required(reason, "reason");
    return change(programme, (r, v) -> r.suspend(trainee, stamp, withPay, reason, v));
  }

  /**
   * Ends a trainee's suspension (see {@link ProgrammeRoster#resume}).
   *
   * @param programme the programme's code, not null
   * @param trainee the trainee, not null
   * @param stamp who and when, not null
   * @return accepted with the new register and its {@link TrainingEvent.EnrolmentResumed}, or
   *     refused with rule {@link ProgrammeRule#UNKNOWN_PROGRAMME} or as the roster; never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<TrainingRegister> resume(
      ProgrammeCode programme, RegistrationNumber trainee, Stamp stamp) {
    Checks.required(trainee, "trainee");
    Checks.required(stamp, "stamp");
    return change(programme, (r, v) -> r.resume(trainee, stamp, v));
  }

  /**
   * Completes a trainee's enrolment (see {@link ProgrammeRoster#complete}).
   *
   * @param programme the programme's code, not null
   * @param trainee the trainee, not null
   * @param stamp who and when, not null
   * @return accepted with the new register and its {@link TrainingEvent.EnrolmentCompleted}, or
   *     refused with rule {@link ProgrammeRule#UNKNOWN_PROGRAMME} or as the roster; never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<TrainingRegister> complete(
      ProgrammeCode programme, RegistrationNumber trainee, Stamp stamp) {
    Checks.required(trainee, "trainee");
    Checks.required(stamp, "stamp");
    return change(programme, (r, v) -> r.complete(trainee, stamp, v));
  }

  /**
   * Withdraws a trainee's enrolment (see {@link ProgrammeRoster#withdraw}).
   *
   * @param programme the programme's code, not null
   * @param trainee the trainee, not null
   * @param stamp who and when, not null
   * @param reason the reason, not null
   * @return accepted with the new register and its {@link TrainingEvent.EnrolmentWithdrawn}, or
   *     refused with rule {@link ProgrammeRule#UNKNOWN_PROGRAMME} or as the roster; never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<TrainingRegister> withdraw(
      ProgrammeCode programme, RegistrationNumber trainee, Stamp stamp, EnrolmentReason reason) {
    Checks.required(trainee, "trainee");
    Checks.required(stamp, "stamp");
    Checks.required(reason, "reason");
    return change(programme, (r, v) -> r.withdraw(trainee, stamp, reason, v));
  }

  /**
   * Records attendance at a scheduled session.
   *
   * <p>Time attended needs an active enrolment on the session date and, for a programme outside the
   * walls, {@code clearance} for the trainee on that date; an absence (nothing attended) needs an
   * active or suspended enrolment and no clearance.
   *
   * @param record the attendance, not null
   * @param clearance who may work outside the walls on which dates, not null; asked only for
   *     programmes outside the walls and only when time was attended
   * @param stamp who recorded it and when, not null
   * @return accepted with the new register and its {@link TrainingEvent.AttendanceRecorded}, or
   *     refused with rule {@link ProgrammeRule#UNKNOWN_SESSION}, {@link
   *     CoreRule#DATED_AFTER_RECORDING} for a session on a day after the stamp's (subject {@code
   *     session.date}, detail the stamp's day: attendance is recorded on the session's day or
   *     later), {@link ProgrammeRule#ATTENDANCE_NOT_ACTIVE}, {@link ProgrammeRule#OUTSIDE_WALLS},
   *     {@link ProgrammeRule#ATTENDANCE_DUPLICATE} or {@link ProgrammeRule#ATTENDANCE_OVERLAP} (the
   *     trainee's number withheld); never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<TrainingRegister> record(
      Attendance record, OutsideWorkClearance clearance, Stamp stamp) {
    Checks.required(record, "record");
    Checks.required(clearance, "clearance");
    Checks.required(stamp, "stamp");
    Session s = record.session();
    if (!sessions().contains(s)) {
      return Outcome.refused(Refusal.of(ProgrammeRule.UNKNOWN_SESSION, "session", s, s));
    }
    return notYetHappened(s.date(), stamp, "session.date")
        .orElseGet(() -> attended(record, clearance, stamp));
  }

  /** The attendance recorded, its session held: {@link #record} but for its recording date. */
  private Outcome<TrainingRegister> attended(
      Attendance record, OutsideWorkClearance clearance, Stamp stamp) {
    Session s = record.session();
    ProgrammeRoster r = requireRoster(s.programme(), "session.programme");
    Optional<EnrolmentStatus> status =
        r.enrolmentsOf(record.trainee()).stream()
            .map(e -> e.statusOn(s.date()).orElse(EnrolmentStatus.WITHDRAWN))
            .filter(EnrolmentStatus::holdsPlace)
            .findFirst();
    boolean allowed =
        record.isPresent() ? status.orElse(null) == EnrolmentStatus.ACTIVE : status.isPresent();
    if (!allowed) {
      return Outcome.refused(
          Refusal.personal(
              ProgrammeRule.ATTENDANCE_NOT_ACTIVE, "trainee", s.programme(), s.date()));
    }
    if (record.isPresent()
        && r.programme().outsideWalls()
        && !clearance.isCleared(record.trainee(), s.date())) {
      return Outcome.refused(Refusal.personal(ProgrammeRule.OUTSIDE_WALLS, "trainee", s.date()));
    }
    List<Attendance> next = new ArrayList<>(attendance());
    next.add(record);
    return checked(
        () -> builder().from(this).attendance(next).build(),
        new TrainingEvent.AttendanceRecorded(
            s.programme(), version(s.programme()) + 1, stamp, record));
  }

  /**
   * Records attendance at a session of a programme inside the walls: {@link #record(Attendance,
   * OutsideWorkClearance, Stamp)} with {@link OutsideWorkClearance#nobody()}.
   *
   * @param record the attendance, not null
   * @param stamp who recorded it and when, not null
   * @return as {@link #record(Attendance, OutsideWorkClearance, Stamp)}; refused with rule {@link
   *     ProgrammeRule#OUTSIDE_WALLS} for any time attended outside the walls; never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<TrainingRegister> record(Attendance record, Stamp stamp) {
    return record(record, OutsideWorkClearance.nobody(), stamp);
  }

  /**
   * Records a competency assessment.
   *
   * @param assessment the assessment, not null
   * @param stamp who recorded it and when, not null (the assessment's own date and assessor say
   *     when and by whom it was assessed)
   * @return accepted with the new register and its {@link TrainingEvent.AssessmentRecorded}, or
   *     refused with rule {@link CoreRule#DATED_AFTER_RECORDING} for an assessment dated after the
   *     stamp's day (subject {@code assessment.date}, detail the stamp's day), {@link
   *     ProgrammeRule#UNKNOWN_PROGRAMME}, {@link ProgrammeRule#ASSESSMENT_UNIT} or {@link
   *     ProgrammeRule#ASSESSMENT_NOT_ENROLLED}; never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<TrainingRegister> recordAssessment(CompetencyAssessment assessment, Stamp stamp) {
    Checks.required(assessment, "assessment");
    Checks.required(stamp, "stamp");
    return notYetHappened(assessment.date(), stamp, "assessment.date")
        .orElseGet(() -> assessed(assessment, stamp));
  }

  /** The assessment recorded: {@link #recordAssessment} but for its recording date. */
  private Outcome<TrainingRegister> assessed(CompetencyAssessment assessment, Stamp stamp) {
    List<CompetencyAssessment> next = new ArrayList<>(assessments());
    next.add(assessment);
    ProgrammeCode p = assessment.programme();
    return checked(
        () -> builder().from(this).assessments(next).build(),
        new TrainingEvent.AssessmentRecorded(p, version(p) + 1, stamp, assessment));
  }

  /**
   * Rebuilds a register from its programmes and their events (<i>memutar ulang peristiwa</i>), as a
   * host reads them from its event store: from {@link #of(Collection)}, each event's operation is
   * carried out again with its stamp and must yield exactly the recorded event. Attendance is
   * replayed without asking for clearance again: the recorded event says it was given. Nor is a
   * record refused for a date after its stamp's day ({@link CoreRule#DATED_AFTER_RECORDING}): a
   * stored fact is read as stored.
   *
   * @param programmes the register's programmes, not null, distinct codes
   * @param events the events in the order the register accepted them (as a host's event store
   *     appends them), so each programme's are in version order (1, 2, ...) and those of different
   *     programmes interleaved as they happened; not null, no null element. Another interleaving of
   *     the same events is checked only for each programme's versions: it may replay to a register
   *     whose sessions, attendance or assessments are in another order (not equal, and written
   *     differently), or be refused where the overlap rule ({@link
   *     ProgrammeRule#ENROLMENT_OVERLAP}) looks at the other programmes
   * @return the register after the last event, never null
   * @throws MissingValueException if an argument or an event is null
   * @throws InvalidValueException naming {@code events[i]} with {@link
   *     AuditRule#EVENT_INCONSISTENT} when an event is of a programme not held, not the programme's
   *     next version, or does not replay
   */
  public static TrainingRegister replay(
      Collection<SkillProgramme> programmes, List<? extends TrainingEvent> events) {
    Checks.required(events, "events");
    TrainingRegister register = of(programmes);
    for (int i = 0; i < events.size(); i++) {
      String field = "events[" + i + "]";
      TrainingEvent e = Checks.required(events.get(i), field);
      TrainingRegister before = register;
      register =
          replayed(
              e,
              field,
              before.version(e.programme()) + 1,
              e.programme(),
              // an event of a programme not held is refused by its own operation (unknown
              // programme or session), which replayed reports as inconsistent
              () -> before.redo(e));
    }
    return register;
  }

  /**
   * The refusal of attendance or an assessment dated after the day of its stamp: only what has
   * happened is recorded. Empty when it happened.
   */
  private static Optional<Outcome<TrainingRegister>> notYetHappened(
      LocalDate date, Stamp stamp, String field) {
    return Checks.datedAfterRecording(date, stamp.localDate(), field, false)
        .map(ahead -> Outcome.refused(Refusal.of(ahead)));
  }

  /** The operation an event records, carried out again. */
  private @Nullable Outcome<TrainingRegister> redo(TrainingEvent e) {
    if (e instanceof TrainingEvent.SessionScheduled s) {
      return schedule(s.session(), s.stamp());
    } else if (e instanceof TrainingEvent.AttendanceRecorded a) {
      // a stored record is read as stored: not refused for a date after its stamp's day; an
      // unknown session is inconsistent, as record refuses it
      return sessions().contains(a.attendance().session())
          ? attended(a.attendance(), (trainee, date) -> true, a.stamp())
          : null;
    } else if (e instanceof TrainingEvent.AssessmentRecorded a) {
      return assessed(a.assessment(), a.stamp());
    } else if (e instanceof TrainingEvent.EnrolmentApplied a) {
      return apply(a.programme(), a.trainee(), a.stamp()); // the register's own overlap rule too
    }
    return change(e.programme(), (r, version) -> r.redo(e, version));
  }

  /**
   * One step of a replay: the event must be of {@code programme} at {@code version}, and its
   * operation, carried out again, accepted with exactly that event.
   */
  static <T> T replayed(
      TrainingEvent e,
      String field,
      long version,
      ProgrammeCode programme,
      Supplier<@Nullable Outcome<T>> redo) {
    if (!e.programme().equals(programme) || e.version() != version) {
      throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
    }
    Outcome<T> again;
    try {
      again = redo.get();
    } catch (InvalidValueException broken) {
      throw broken.within(field);
    }
    if (again == null || again.isRefused() || !again.events().equals(List.of(e))) {
      throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
    }
    return again.orElseThrow();
  }

  /**
   * The time a trainee attended in sessions on or before a date, per field.
   *
   * @param trainee the trainee, not null
   * @param asOf the last session date counted, not null
   * @return the hours by field in field order, never null; fields without time are absent
   * @throws MissingValueException if {@code trainee} or {@code asOf} is null
   */
  public Map<SkillField, Duration> hoursByField(RegistrationNumber trainee, LocalDate asOf) {
    Checks.required(trainee, "trainee");
    Checks.required(asOf, "asOf");
    Map<SkillField, Duration> hours = new TreeMap<>();
    for (Attendance a : attendance()) {
      if (a.trainee().equals(trainee) && a.isPresent() && !a.session().date().isAfter(asOf)) {
        SkillField f = requireRoster(a.session().programme(), "session").programme().field();
        hours.merge(f, a.attended(), Duration::plus);
      }
    }
    return hours;
  }

  /**
   * The skills passport of a trainee on a date: programmes completed, hours by field, units
   * assessed competent (the first such assessment of each unit) up to that date, and those of the
   * given certificates valid on it. It holds nothing about the sentence or the crime.
   *
   * @param trainee the trainee, not null
   * @param holderName the trainee's name as it should appear, not null or blank
   * @param asOf the date, not null
   * @param certificates the trainee's certificates, not null; those not valid on {@code asOf} are
   *     left out
   * @return the passport, never null
   * @throws InvalidValueException rule {@code value.blank} or {@code value.too-long} for the name
   *     (redacted)
   * @throws MissingValueException if an argument is null
   */
  public SkillsPassport passport(
      RegistrationNumber trainee,
      String holderName,
      LocalDate asOf,
      Collection<Certificate> certificates) {
    Checks.required(trainee, "trainee");
    Checks.required(certificates, "certificates");
    List<CompletedProgramme> completed = new ArrayList<>();
    for (ProgrammeRoster r : rosters()) {
      for (Enrolment e : r.enrolmentsOf(trainee)) {
        e.completedOn()
            .filter(d -> !d.isAfter(asOf))
            .ifPresent(d -> completed.add(CompletedProgramme.of(r.programme(), d)));
      }
    }
    completed.sort(Comparator.comparing(CompletedProgramme::completedOn));
    Map<List<Object>, AchievedUnit> units = new LinkedHashMap<>();
    assessments().stream()
        .filter(a -> a.trainee().equals(trainee) && a.isCompetent() && !a.date().isAfter(asOf))
        .sorted(Comparator.comparing(CompetencyAssessment::date))
        .forEach(
            a ->
                units.putIfAbsent(
                    List.of(a.programme(), a.unitCode()),
                    AchievedUnit.of(a.programme(), a.unitCode(), a.date())));
    return SkillsPassport.builder()
        .holderName(holderName)
        .registrationNumber(trainee)
        .asOf(asOf)
        .completedProgrammes(completed)
        .hoursByField(hoursByField(trainee, asOf))
        .competencyUnits(units.values())
        .certificates(certificates.stream().filter(c -> c.isValidOn(asOf)).toList())
        .build();
  }

  private Outcome<TrainingRegister> change(
      ProgrammeCode programme,
      BiFunction<ProgrammeRoster, Long, @Nullable Outcome<ProgrammeRoster>> op) {
    Checks.required(programme, "programme");
    Optional<ProgrammeRoster> roster = roster(programme);
    if (roster.isEmpty()) {
      return unknown(programme);
    }
    Outcome<ProgrammeRoster> r = op.apply(roster.get(), version(programme) + 1);
    return r == null ? unknown(programme) : r.map(this::replace);
  }

  private static Outcome<TrainingRegister> unknown(ProgrammeCode programme) {
    return Outcome.refused(
        Refusal.of(ProgrammeRule.UNKNOWN_PROGRAMME, "programme", programme, programme));
  }

  /**
   * The register that {@code build} makes, or a refusal naming the rule of the register that it
   * would break ({@link #check()} holds only rules of the register: the new element itself is
   * already a valid value). The trainee's number is withheld, as in the check.
   */
  private static Outcome<TrainingRegister> checked(
      Supplier<TrainingRegister> build, TrainingEvent event) {
    Outcome<TrainingRegister> r = checked(build);
    return r.isRefused() ? r : Outcome.accepted(r.orElseThrow(), event);
  }

  private static Outcome<TrainingRegister> checked(Supplier<TrainingRegister> build) {
    try {
      return Outcome.accepted(build.get());
    } catch (MissingValueException e) {
      throw e;
    } catch (InvalidValueException e) {
      return Outcome.refused(Refusal.of(e));
    }
  }

  private TrainingRegister replace(ProgrammeRoster roster) {
    List<ProgrammeRoster> next = new ArrayList<>(rosters());
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).code().equals(roster.code())) {
        next.set(i, roster);
      }
    }
    return builder().from(this).rosters(next).build();
  }

  private ProgrammeRoster requireRoster(ProgrammeCode programme, String field) {
    return roster(programme)
        .orElseThrow(
            () -> InvalidValueException.of(ProgrammeRule.UNKNOWN_PROGRAMME, field, programme));
  }

  private Map<ProgrammeCode, List<Session>> sessionsByProgramme() {
    Map<ProgrammeCode, List<Session>> m = new HashMap<>();
    for (Session s : sessions()) {
      m.computeIfAbsent(s.programme(), k -> new ArrayList<>()).add(s);
    }
    return m;
  }

  /** Whether a session of programme {@code a} overlaps one of {@code b}, by sort and sweep. */
  private static boolean overlap(
      Map<ProgrammeCode, List<Session>> byProgramme, ProgrammeCode a, ProgrammeCode b) {
    List<Session> sessions = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (Session x : byProgramme.getOrDefault(a, List.of())) {
      sessions.add(x);
      owners.add(0);
    }
    for (Session y : byProgramme.getOrDefault(b, List.of())) {
      sessions.add(y);
      owners.add(1);
    }
    return firstOverlap(sessions, owners).length > 0;
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainingRegister}; not thread-safe. */
  public static final class Builder extends ImmutableTrainingRegister.Builder {
    Builder() {}
  }
}
