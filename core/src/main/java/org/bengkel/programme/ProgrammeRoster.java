package org.bengkel.programme;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * B.III); detainees (<i>tahanan</i>) are refused (UU 22/2022 Pemasyarakatan). Moves are recorded in
 * date order: a move dated before the roster's last recorded move is refused, so that promotions
 * never precede the applications they serve.
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
   */
  public Optional<Enrolment> openEnrolment(RegistrationNumber trainee) {
    return enrolments().stream()
        .filter(e -> e.trainee().equals(trainee) && e.status().isOpen())
        .findFirst();
  }

  /**
   * All the trainee's enrolments in this programme, past and present.
   *
   * @param trainee the trainee, not null
   * @return the enrolments in application order, never null
   */
  public List<Enrolment> enrolmentsOf(RegistrationNumber trainee) {
    return enrolments().stream().filter(e -> e.trainee().equals(trainee)).toList();
  }

  /**
   * Whether the trainee is actively enrolled (<i>aktif</i>, not waiting or suspended) at the end of
   * a date, by the recorded history.
   *
   * @param trainee the trainee, not null
   * @param date the date, not null
   * @return true when one of the trainee's enrolments was active on that date
   */
  public boolean isActiveOn(RegistrationNumber trainee, LocalDate date) {
    return enrolmentsOf(trainee).stream().anyMatch(e -> e.isActiveOn(date));
  }

  /**
   * The date of the last recorded move of any enrolment.
   *
   * @return the date, empty when the roster is empty
   */
  public Optional<LocalDate> lastMove() {
    return enrolments().stream().map(Enrolment::since).max(LocalDate::compareTo);
  }

  /**
   * Records an application (<i>pendaftaran</i>): active when a place is free, otherwise at the end
   * of the waiting list.
   *
   * @param trainee the applicant, not null
   * @param date the application date, not null, not before {@link #lastMove()}
   * @return accepted with the roster holding the new enrolment, or refused (subject {@code
   *     "trainee"}, the registration number withheld, detail the programme code) with {@link
   *     ProgrammeRule#CONVICTS_ONLY} for a detainee in a production programme or {@link
   *     ProgrammeRule#ALREADY_ENROLLED} when the trainee already holds an open enrolment here; or
   *     with {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a date before {@link #lastMove()}
   *     (subject {@code "date"}, value the date, detail the last move); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> apply(RegistrationNumber trainee, LocalDate date) {
    Checks.required(trainee, "trainee");
    Checks.required(date, "date");
    Refusal backdated = dateOrder(date);
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
            ? Enrolment.active(code(), trainee, date)
            : Enrolment.waiting(code(), trainee, date);
    List<Enrolment> next = new ArrayList<>(enrolments());
    next.add(e);
    return Outcome.accepted(builder().from(this).enrolments(next).build());
  }

  /**
   * Suspends the trainee's active enrolment; the place stays theirs.
   *
   * @param trainee the trainee, not null
   * @param date the date, not null, not before {@link #lastMove()}
   * @param withPay whether the suspension is with pay
   * @param reason a reason that fits a suspension, not null
   * @return accepted with the new roster, or refused with {@link ProgrammeRule#NOT_ENROLLED} or as
   *     {@link Enrolment#suspend}, or with {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a date
   *     before {@link #lastMove()}; never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> suspend(
      RegistrationNumber trainee, LocalDate date, boolean withPay, EnrolmentReason reason) {
    return change(trainee, date, e -> e.suspend(date, withPay, reason));
  }

  /**
   * Ends the trainee's suspension.
   *
   * @param trainee the trainee, not null
   * @param date the date, not null, not before {@link #lastMove()}
   * @return accepted with the new roster, or refused with {@link ProgrammeRule#NOT_ENROLLED} or as
   *     {@link Enrolment#resume}, or with {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a date
   *     before {@link #lastMove()}; never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> resume(RegistrationNumber trainee, LocalDate date) {
    return change(trainee, date, e -> e.resume(date));
  }

  /**
   * Completes the trainee's active enrolment and gives the freed place to the first on the waiting
   * list.
   *
   * @param trainee the trainee, not null
   * @param date the date, not null, not before {@link #lastMove()}
   * @return accepted with the new roster, or refused with {@link ProgrammeRule#NOT_ENROLLED} or as
   *     {@link Enrolment#complete}, or with {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a date
   *     before {@link #lastMove()}; never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> complete(RegistrationNumber trainee, LocalDate date) {
    return change(trainee, date, e -> e.complete(date));
  }

  /**
   * Withdraws the trainee's open enrolment; a freed place goes to the first on the waiting list.
   *
   * @param trainee the trainee, not null
   * @param date the date, not null, not before {@link #lastMove()}
   * @param reason a reason that fits a withdrawal, not null
   * @return accepted with the new roster, or refused with {@link ProgrammeRule#NOT_ENROLLED} or as
   *     {@link Enrolment#withdraw}, or with {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a date
   *     before {@link #lastMove()}; never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<ProgrammeRoster> withdraw(
      RegistrationNumber trainee, LocalDate date, EnrolmentReason reason) {
    return change(trainee, date, e -> e.withdraw(date, reason));
  }

  private Outcome<ProgrammeRoster> change(
      RegistrationNumber trainee, LocalDate date, Function<Enrolment, Outcome<Enrolment>> move) {
    Checks.required(trainee, "trainee");
    Checks.required(date, "date");
    Refusal backdated = dateOrder(date);
    if (backdated != null) {
      return Outcome.refused(backdated);
    }
    Optional<Enrolment> open = openEnrolment(trainee);
    if (open.isEmpty()) {
      return Outcome.refused(Refusal.personal(ProgrammeRule.NOT_ENROLLED, "trainee", code()));
    }
    Enrolment current = open.get();
    return move.apply(current)
        .map(
            moved -> {
              List<Enrolment> next = new ArrayList<>(enrolments());
              next.set(next.indexOf(current), moved);
              int free =
                  programme().capacity()
                      - (int) next.stream().filter(e -> e.status().holdsPlace()).count();
              for (int i = 0; i < next.size() && free > 0; i++) {
                Enrolment e = next.get(i);
                if (e.status() == EnrolmentStatus.WAITING) {
                  next.set(i, e.activate(date, EnrolmentReason.PLACE_AVAILABLE).orElseThrow());
                  free--;
                }
              }
              return builder().from(this).enrolments(next).build();
            });
  }

  /** The refusal of a date before the last move, or null if the date keeps the order. */
  private @Nullable Refusal dateOrder(LocalDate date) {
    Optional<LocalDate> last = lastMove();
    if (last.isPresent() && date.isBefore(last.get())) {
      return Refusal.of(ProgrammeRule.ENROLMENT_DATE_ORDER, "date", date, last.get());
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
