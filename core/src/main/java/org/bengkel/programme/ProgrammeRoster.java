package org.bengkel.programme;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The enrolments of one skill programme (<i>daftar peserta program</i>): who is active, suspended,
 * waiting, completed or withdrawn, with capacity enforced.
 *
 * <p>Places: an active or suspended enrolment holds one of the programme's {@linkplain
 * SkillProgramme#capacity() places} (a suspended trainee returns to their place). An applicant
 * becomes active while a place is free and otherwise joins the waiting list (<i>daftar tunggu</i>);
 * whenever a completion or withdrawal frees a place, the applicant who has waited longest is
 * promoted on the same date (first in, first out: the waiting list is the order of {@link
 * #enrolments()}). So the roster never holds more places than the capacity, and never keeps anyone
 * waiting while a place is free.
 *
 * <p>A production programme admits only convicts (<i>narapidana</i>, register classes B.I to
 * B.III); detainees (<i>tahanan</i>) are refused (UU 22/2022 Pemasyarakatan). Every move takes a
 * {@link Stamp} (who recorded it, when; its local date is the move's date) and moves are recorded
 * in time order: a move stamped before the roster's last recorded move is refused, so that
 * promotions never precede the applications they serve.
 *
 * <p>Each accepted operation yields one {@link TrainingEvent} (the programme's code as aggregate
 * id) and adds one to {@link #version()}; {@link #replay(SkillProgramme, List)} rebuilds the roster
 * from them.
 *
 * <p>This roster sees one programme only: a trainee's enrolments in programmes whose sessions
 * overlap are refused by {@link TrainingRegister}, which should be used where more than one
 * programme runs.
 *
 * <p>Immutable and thread-safe. Trainees' registration numbers never appear in {@link #toString()}
 * or in the messages of the exceptions thrown.
 */
@Value.Immutable
public abstract class ProgrammeRoster {

  ProgrammeRoster() {}

  /**
   * The programme.
   *
   * @return the programme, never null
   */
  @NotNull
  public abstract SkillProgramme programme();

  /**
   * Every enrolment, in the order of application (which is the waiting-list order).
   *
   * @return the enrolments, never null, possibly empty
   */
  public abstract List<@NotNull Enrolment> enrolments();

  @Value.Check
  void check() {
    Set<RegistrationNumber> open = new HashSet<>();
    int held = 0;
    boolean waiting = false;
    for (Enrolment e : enrolments()) {
      if (!e.programme().equals(programme().code())) {
        throw InvalidValueException.of(
            ProgrammeRule.ROSTER_PROGRAMME, "enrolments.programme", e.programme(), code());
      }
      if (e.status().isOpen() && !open.add(e.trainee())) {
        throw InvalidValueException.personal(ProgrammeRule.ROSTER_DUPLICATE, "enrolments.trainee");
      }
      held += e.status().holdsPlace() ? 1 : 0;
      waiting |= e.status() == EnrolmentStatus.WAITING;
    }
    if (held > programme().capacity()) {
      throw InvalidValueException.of(
          ProgrammeRule.ROSTER_CAPACITY, "enrolments", held, programme().capacity());
    }
    if (waiting && held < programme().capacity()) {
      throw InvalidValueException.of(ProgrammeRule.ROSTER_IDLE_PLACE, "enrolments", held);
    }
  }

  /**
   * An empty roster.
   *
   * @param programme the programme, not null
   * @return the roster, never null
   */
  public static ProgrammeRoster of(SkillProgramme programme) {
    return builder().programme(programme).build();
  }

  /**
   * The programme's code.
   *
   * @return the code, never null
   */
  public ProgrammeCode code() {
    return programme().code();
  }

  /**
   * The places held: active and suspended enrolments.
   *
   * @return 0 to the capacity
   */
  public int placesTaken() {
    return (int) enrolments().stream().filter(e -> e.status().holdsPlace()).count();
  }

  /**
   * The free places.
   *
   * @return 0 to the capacity
   */
  public int freePlaces() {
    return programme().capacity() - placesTaken();
  }

  /**
   * The waiting list, first come first.
   *
   * @return the waiting enrolments in order, never null
   */
  public List<Enrolment> waitingList() {
    return enrolments().stream().filter(e -> e.status() == EnrolmentStatus.WAITING).toList();
  }

  /**
   * The enrolments currently active (not suspended).
   *
   * @return the active enrolments in application order, never null
   */
  public List<Enrolment> active() {
    return enrolments().stream().filter(e -> e.status() == EnrolmentStatus.ACTIVE).toList();
  }

  /**
   * The trainee's open enrolment (waiting, active or suspended).
   *
   * @param trainee the trainee, not null
   * @return the enrolment, empty when none is open
   * @throws org.bengkel.error.MissingValueException if {@code trainee} is null
   */
  public Optional<Enrolment> openEnrolment(RegistrationNumber trainee) {
    Checks.required(trainee, "trainee");
    return enrolments().stream()
        .filter(e -> e.trainee().equals(trainee) && e.status().isOpen())
        .findFirst();
  }

  /**
   * All the trainee's enrolments in this programme, past and present.
   *
   * @param trainee the trainee, not null
   * @return the enrolments in application order, never null
   * @throws org.bengkel.error.MissingValueException if {@code trainee} is null
   */
  public List<Enrolment> enrolmentsOf(RegistrationNumber trainee) {
    Checks.required(trainee, "trainee");
    return enrolments().stream().filter(e -> e.trainee().equals(trainee)).toList();
  }

  /**
   * Whether the trainee is actively enrolled (<i>aktif</i>, not waiting or suspended) at the end of
   * a date, by the recorded history.
   *
   * @param trainee the trainee, not null
   * @param date the date, not null
   * @return true when one of the trainee's enrolments was active on that date
   * @throws org.bengkel.error.MissingValueException if {@code trainee} or {@code date} is null
   */
  public boolean isActiveOn(RegistrationNumber trainee, LocalDate date) {
    Checks.required(trainee, "trainee");
    Checks.required(date, "date");
    return enrolmentsOf(trainee).stream().anyMatch(e -> e.isActiveOn(date));
  }

  /**
   * When the last move of any enrolment was recorded.
   *
   * @return the instant of its stamp, empty when the roster is empty
   */
  public Optional<Instant> lastMove() {
    return enrolments().stream().map(Enrolment::sinceAt).max(Instant::compareTo);
  }

  /**
   * The roster's version: one per accepted operation ({@link #apply}, {@link #suspend}, {@link
   * #resume}, {@link #complete}, {@link #withdraw}), 0 for an empty roster. A promotion from the
   * waiting list is part of the completion or withdrawal that freed the place, so it is not counted
   * on its own. A host stores it beside the roster and accepts the next change only from the
   * version it read (optimistic concurrency).
   *
   * @return the version, 0 or more
   */
  public long version() {
    long v = 0;
    for (Enrolment e : enrolments()) {
      for (EnrolmentEvent h : e.history()) {
        v += h.reason() == EnrolmentReason.PLACE_AVAILABLE ? 0 : 1;
      }
    }
    return v;
  }

  /**
   * Records an application (<i>pendaftaran</i>): active when a place is free, otherwise at the end
   * of the waiting list.
   *
   * @param trainee the applicant, not null
   * @param stamp who recorded it and when, not null, not before {@link #lastMove()}; its local date
   *     is the application date
   * @return accepted with the roster holding the new enrolment and its {@link
   *     TrainingEvent.EnrolmentApplied}, or refused (subject {@code "trainee"}, the registration
   *     number withheld, detail the programme code) with {@link ProgrammeRule#CONVICTS_ONLY} for a
   *     detainee in a production programme or {@link ProgrammeRule#ALREADY_ENROLLED} when the
   *     trainee already holds an open enrolment here; or with {@link
   *     ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp before {@link #lastMove()} (subject {@code
   *     "at"}, value the instant, detail the last move); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> apply(RegistrationNumber trainee, Stamp stamp) {
    return apply(trainee, stamp, version() + 1);
  }

  /** {@link #apply(RegistrationNumber, Stamp)} with the event numbered {@code version}. */
  Outcome<ProgrammeRoster> apply(RegistrationNumber trainee, Stamp stamp, long version) {
    Checks.required(trainee, "trainee");
    Checks.required(stamp, "stamp");
    Refusal backdated = dateOrder(stamp);
    if (backdated != null) {
      return Outcome.refused(backdated);
    }
    if (programme().production() && !trainee.registerClass().isConvict()) {
      return Outcome.refused(Refusal.personal(ProgrammeRule.CONVICTS_ONLY, "trainee", code()));
    }
    if (openEnrolment(trainee).isPresent()) {
      return Outcome.refused(Refusal.personal(ProgrammeRule.ALREADY_ENROLLED, "trainee", code()));
    }
    Enrolment e =
        freePlaces() > 0
            ? Enrolment.active(code(), trainee, stamp)
            : Enrolment.waiting(code(), trainee, stamp);
    List<Enrolment> next = new ArrayList<>(enrolments());
    next.add(e);
    return Outcome.accepted(
        builder().from(this).enrolments(next).build(),
        new TrainingEvent.EnrolmentApplied(code(), version, stamp, trainee, e.status()));
  }

  /**
   * Suspends the trainee's active enrolment; the place stays theirs.
   *
   * @param trainee the trainee, not null
   * @param stamp who and when, not null, not before {@link #lastMove()}
   * @param withPay whether the suspension is with pay
   * @param reason a reason that fits a suspension, not null
   * @return accepted with the new roster and its {@link TrainingEvent.EnrolmentSuspended}, or
   *     refused with {@link ProgrammeRule#NOT_ENROLLED} or as {@link Enrolment#suspend}, or with
   *     {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp before {@link #lastMove()}; never
   *     null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> suspend(
      RegistrationNumber trainee, Stamp stamp, boolean withPay, EnrolmentReason reason) {
    Checks.required(reason, "reason");
    return suspend(trainee, stamp, withPay, reason, version() + 1);
  }

  /** {@link #suspend(RegistrationNumber, Stamp, boolean, EnrolmentReason)}, numbered. */
  Outcome<ProgrammeRoster> suspend(
      RegistrationNumber trainee,
      Stamp stamp,
      boolean withPay,
      EnrolmentReason reason,
      long version) {
    return change(
        trainee,
        stamp,
        e -> e.suspend(stamp, withPay, reason),
        promoted ->
            new TrainingEvent.EnrolmentSuspended(code(), version, stamp, trainee, withPay, reason));
  }

  /**
   * Ends the trainee's suspension.
   *
   * @param trainee the trainee, not null
   * @param stamp who and when, not null, not before {@link #lastMove()}
   * @return accepted with the new roster and its {@link TrainingEvent.EnrolmentResumed}, or refused
   *     with {@link ProgrammeRule#NOT_ENROLLED} or as {@link Enrolment#resume}, or with {@link
   *     ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp before {@link #lastMove()}; never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> resume(RegistrationNumber trainee, Stamp stamp) {
    return resume(trainee, stamp, version() + 1);
  }

  /** {@link #resume(RegistrationNumber, Stamp)}, numbered. */
  Outcome<ProgrammeRoster> resume(RegistrationNumber trainee, Stamp stamp, long version) {
    return change(
        trainee,
        stamp,
        e -> e.resume(stamp),
        promoted -> new TrainingEvent.EnrolmentResumed(code(), version, stamp, trainee));
  }

  /**
   * Completes the trainee's active enrolment and gives the freed place to the first on the waiting
   * list.
   *
   * @param trainee the trainee, not null
   * @param stamp who and when, not null, not before {@link #lastMove()}
   * @return accepted with the new roster and its {@link TrainingEvent.EnrolmentCompleted}, or
   *     refused with {@link ProgrammeRule#NOT_ENROLLED} or as {@link Enrolment#complete}, or with
   *     {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp before {@link #lastMove()}; never
   *     null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> complete(RegistrationNumber trainee, Stamp stamp) {
    return complete(trainee, stamp, version() + 1);
  }

  /** {@link #complete(RegistrationNumber, Stamp)}, numbered. */
  Outcome<ProgrammeRoster> complete(RegistrationNumber trainee, Stamp stamp, long version) {
    return change(
        trainee,
        stamp,
        e -> e.complete(stamp),
        promoted ->
            new TrainingEvent.EnrolmentCompleted(code(), version, stamp, trainee, promoted));
  }

  /**
   * Withdraws the trainee's open enrolment; a freed place goes to the first on the waiting list.
   *
   * @param trainee the trainee, not null
   * @param stamp who and when, not null, not before {@link #lastMove()}
   * @param reason a reason that fits a withdrawal, not null
   * @return accepted with the new roster and its {@link TrainingEvent.EnrolmentWithdrawn}, or
   *     refused with {@link ProgrammeRule#NOT_ENROLLED} or as {@link Enrolment#withdraw}, or with
   *     {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp before {@link #lastMove()}; never
   *     null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> withdraw(
      RegistrationNumber trainee, Stamp stamp, EnrolmentReason reason) {
    Checks.required(reason, "reason");
    return withdraw(trainee, stamp, reason, version() + 1);
  }

  /** {@link #withdraw(RegistrationNumber, Stamp, EnrolmentReason)}, numbered. */
  Outcome<ProgrammeRoster> withdraw(
      RegistrationNumber trainee, Stamp stamp, EnrolmentReason reason, long version) {
    return change(
        trainee,
        stamp,
        e -> e.withdraw(stamp, reason),
        promoted ->
            new TrainingEvent.EnrolmentWithdrawn(
                code(), version, stamp, trainee, reason, promoted));
  }

  private Outcome<ProgrammeRoster> change(
      RegistrationNumber trainee,
      Stamp stamp,
      Function<Enrolment, Outcome<Enrolment>> move,
      Function<List<RegistrationNumber>, TrainingEvent> event) {
    Checks.required(trainee, "trainee");
    Checks.required(stamp, "stamp");
    Refusal backdated = dateOrder(stamp);
    if (backdated != null) {
      return Outcome.refused(backdated);
    }
    Optional<Enrolment> open = openEnrolment(trainee);
    if (open.isEmpty()) {
      return Outcome.refused(Refusal.personal(ProgrammeRule.NOT_ENROLLED, "trainee", code()));
    }
    Enrolment current = open.get();
    Outcome<Enrolment> moved = move.apply(current);
    if (moved.isRefused()) {
      return Outcome.refused(moved.refusals());
    }
    List<Enrolment> next = new ArrayList<>(enrolments());
    next.set(next.indexOf(current), moved.orElseThrow());
    int free =
        programme().capacity() - (int) next.stream().filter(e -> e.status().holdsPlace()).count();
    List<RegistrationNumber> promoted = new ArrayList<>();
    for (int i = 0; i < next.size() && free > 0; i++) {
      Enrolment e = next.get(i);
      if (e.status() == EnrolmentStatus.WAITING) {
        next.set(i, e.activate(stamp, EnrolmentReason.PLACE_AVAILABLE).orElseThrow());
        promoted.add(e.trainee());
        free--;
      }
    }
    return Outcome.accepted(
        builder().from(this).enrolments(next).build(), event.apply(List.copyOf(promoted)));
  }

  /** The refusal of a stamp before the last move, or null if the stamp keeps the order. */
  private @Nullable Refusal dateOrder(Stamp stamp) {
    Optional<Instant> last = lastMove();
    if (last.isPresent() && stamp.at().isBefore(last.get())) {
      return Refusal.of(ProgrammeRule.ENROLMENT_DATE_ORDER, "at", stamp.at(), last.get());
    }
    return null;
  }

  /**
   * Rebuilds a roster from its events (<i>memutar ulang peristiwa</i>), as a host reads them from
   * its event store: from the empty roster of the programme, each event's operation is carried out
   * again with its stamp and must yield exactly the recorded event.
   *
   * @param programme the programme, not null
   * @param events the roster's events, versions 1, 2, ... in order, not null, no null element
   * @return the roster at the last event's version, never null
   * @throws org.bengkel.error.MissingValueException if an argument or an event is null
   * @throws InvalidValueException naming {@code events[i]} with {@link
   *     org.bengkel.audit.AuditRule#EVENT_INCONSISTENT} when an event is of another programme, out
   *     of version order, not an enrolment move, or does not replay
   */
  public static ProgrammeRoster replay(
      SkillProgramme programme, List<? extends TrainingEvent> events) {
    Checks.required(events, "events");
    ProgrammeRoster roster = of(programme);
    for (int i = 0; i < events.size(); i++) {
      String field = "events[" + i + "]";
      TrainingEvent e = Checks.required(events.get(i), field);
      ProgrammeRoster before = roster;
      roster =
          TrainingRegister.replayed(
              e, field, i + 1L, roster.code(), () -> before.redo(e, e.version()));
    }
    return roster;
  }

  /** The operation an enrolment event records, carried out again, or null for another event. */
  @Nullable Outcome<ProgrammeRoster> redo(TrainingEvent e, long version) {
    if (e instanceof TrainingEvent.EnrolmentApplied a) {
      return apply(a.trainee(), a.stamp(), version);
    } else if (e instanceof TrainingEvent.EnrolmentSuspended s) {
      return suspend(s.trainee(), s.stamp(), s.withPay(), s.reason(), version);
    } else if (e instanceof TrainingEvent.EnrolmentResumed r) {
      return resume(r.trainee(), r.stamp(), version);
    } else if (e instanceof TrainingEvent.EnrolmentCompleted c) {
      return complete(c.trainee(), c.stamp(), version);
    } else if (e instanceof TrainingEvent.EnrolmentWithdrawn w) {
      return withdraw(w.trainee(), w.stamp(), w.reason(), version);
    }
    return null;
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeRoster}; not thread-safe. */
  public static final class Builder extends ImmutableProgrammeRoster.Builder {
    Builder() {}
  }
}
