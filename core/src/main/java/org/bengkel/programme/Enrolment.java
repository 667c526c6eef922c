package org.bengkel.programme;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * A trainee's enrolment in one skill programme (<i>keikutsertaan program</i>) with its full history
 * of moves, each with its stamp (who recorded it, when) and a reason.
 *
 * <p>The lifecycle is that of {@link EnrolmentStatus}: waiting list, active, suspended (with or
 * without pay), completed, withdrawn. The transition methods ({@link #activate}, {@link #suspend},
 * {@link #resume}, {@link #complete}, {@link #withdraw}) answer with an {@link Outcome}: the
 * enrolment in its new state, or a refusal when the move is stamped before the last move, the
 * lifecycle does not allow it or the reason does not fit it; this one is unchanged either way. A
 * refusal never shows the reason, which may be health or legal data. Capacity and the waiting-list
 * order are the business of {@link ProgrammeRoster}; use it rather than these methods where a
 * programme's places matter.
 *
 * <p>The trainee is identified by registration number, personal data: it never appears in {@link
 * #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Enrolment {

  Enrolment() {}

  /**
   * The programme.
   *
   * @return the programme's code, never null
   */
  @NotNull
  public abstract ProgrammeCode programme();

  /**
   * The trainee. Personal data.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber trainee();

  /**
   * The moves, oldest first: the first is the application (waiting or active), each next one
   * allowed by the lifecycle, stamped instants never decreasing.
   *
   * @return the history, never null or empty
   */
  @NotEmpty
  public abstract List<@NotNull EnrolmentEvent> history();

  @Value.Check
  void check() {
    List<EnrolmentEvent> h = history();
    if (h.isEmpty()) {
      throw InvalidValueException.of(ProgrammeRule.EMPTY, "history", "[]");
    }
    EnrolmentEvent first = h.get(0);
    if (first.reason() != EnrolmentReason.APPLICATION) {
      throw InvalidValueException.personal(ProgrammeRule.ENROLMENT_REASON, "history[0].reason");
    }
    for (int i = 1; i < h.size(); i++) {
      EnrolmentEvent before = h.get(i - 1);
      EnrolmentEvent after = h.get(i);
      if (!before.status().canMoveTo(after.status())) {
        throw InvalidValueException.of(
            ProgrammeRule.ENROLMENT_TRANSITION,
            "history[" + i + "].status",
            after.status(),
            before.status());
      }
      if (!fits(before.status(), after.status(), after.reason())) {
        throw InvalidValueException.personal(
            ProgrammeRule.ENROLMENT_REASON, "history[" + i + "].reason");
      }
      if (after.at().isBefore(before.at())) {
        throw InvalidValueException.of(
            ProgrammeRule.ENROLMENT_DATE_ORDER, "history[" + i + "].at", after.at(), before.at());
      }
    }
  }

  /**
   * A new enrolment on the waiting list.
   *
   * @param programme the programme, not null
   * @param trainee the trainee, not null
   * @param stamp who recorded the application and when, not null; its local date is the application
   *     date
   * @return the enrolment, never null
   */
  public static Enrolment waiting(
      ProgrammeCode programme, RegistrationNumber trainee, Stamp stamp) {
    return start(programme, trainee, EnrolmentStatus.WAITING, stamp);
  }

  /**
   * A new enrolment, active at once.
   *
   * @param programme the programme, not null
   * @param trainee the trainee, not null
   * @param stamp who recorded the application and when, not null; its local date is the application
   *     date
   * @return the enrolment, never null
   */
  public static Enrolment active(ProgrammeCode programme, RegistrationNumber trainee, Stamp stamp) {
    return start(programme, trainee, EnrolmentStatus.ACTIVE, stamp);
  }

  private static Enrolment start(
      ProgrammeCode programme, RegistrationNumber trainee, EnrolmentStatus s, Stamp stamp) {
    return builder()
        .programme(programme)
        .trainee(trainee)
        .addHistory(EnrolmentEvent.of(s, stamp, EnrolmentReason.APPLICATION))
        .build();
  }

  /**
   * The current state: that of the last move.
   *
   * @return the state, never null
   */
  public EnrolmentStatus status() {
    return last().status();
  }

  /**
   * The date of the last move.
   *
   * @return the date, never null
   */
  public LocalDate since() {
    return last().date();
  }

  /**
   * When the last move was recorded.
   *
   * @return the instant of its stamp, never null
   */
  public Instant sinceAt() {
    return last().at();
  }

  /**
   * The application date.
   *
   * @return the date of the first move, never null
   */
  public LocalDate appliedOn() {
    return history().get(0).date();
  }

  /**
   * The state on a date: that of the last move dated on or before it (several moves on one day: the
   * last of them).
   *
   * @param date the date, not null
   * @return the state, empty before the application date
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public Optional<EnrolmentStatus> statusOn(LocalDate date) {
    Checks.required(date, "date");
    EnrolmentStatus found = null;
    for (EnrolmentEvent e : history()) {
      if (e.date().isAfter(date)) {
        break;
      }
      found = e.status();
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether the trainee was active (<i>aktif</i>) at the end of a date.
   *
   * @param date the date, not null
   * @return true when {@link #statusOn} is {@link EnrolmentStatus#ACTIVE}
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public boolean isActiveOn(LocalDate date) {
    Checks.required(date, "date");
    return statusOn(date).orElse(null) == EnrolmentStatus.ACTIVE;
  }

  /**
   * Whether the trainee had been active at some time on or before a date.
   *
   * @param date the date, not null
   * @return true when a move to active is dated on or before it
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public boolean wasActiveBy(LocalDate date) {
    Checks.required(date, "date");
    return history().stream()
        .anyMatch(e -> e.status() == EnrolmentStatus.ACTIVE && !e.date().isAfter(date));
  }

  /**
   * The completion date, if completed.
   *
   * @return the date of the move to completed, empty otherwise
   */
  public Optional<LocalDate> completedOn() {
    return status() == EnrolmentStatus.COMPLETED ? Optional.of(since()) : Optional.empty();
  }

  /**
   * Activates a waiting enrolment (promotion from the waiting list) or resumes a suspended one.
   *
   * @param stamp who and when, not before {@link #sinceAt()}, not null
   * @param reason {@link EnrolmentReason#PLACE_AVAILABLE} from the waiting list, {@link
   *     EnrolmentReason#RESUMED} from a suspension; not null
   * @return accepted with the active enrolment, or refused with {@link
   *     ProgrammeRule#ENROLMENT_TRANSITION} unless waiting or suspended, or {@link
   *     ProgrammeRule#ENROLMENT_REASON}; or {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp
   *     before {@link #sinceAt()} (subject {@code "at"}, value the instant, detail {@link
   *     #sinceAt()}); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<Enrolment> activate(Stamp stamp, EnrolmentReason reason) {
    return move(EnrolmentStatus.ACTIVE, stamp, reason);
  }

  /**
   * Resumes a suspended enrolment, reason {@link EnrolmentReason#RESUMED}.
   *
   * @param stamp who and when, not before {@link #sinceAt()}, not null
   * @return accepted with the active enrolment, or refused with {@link
   *     ProgrammeRule#ENROLMENT_TRANSITION} unless suspended; or {@link
   *     ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp before {@link #sinceAt()} (subject {@code
   *     "at"}, value the instant, detail {@link #sinceAt()}); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<Enrolment> resume(Stamp stamp) {
    Checks.required(stamp, "stamp");
    if (!status().isSuspended()) {
      return Outcome.refused(
          Refusal.of(ProgrammeRule.ENROLMENT_TRANSITION, status(), EnrolmentStatus.ACTIVE));
    }
    return move(EnrolmentStatus.ACTIVE, stamp, EnrolmentReason.RESUMED);
  }

  /**
   * Suspends an active enrolment (<i>penangguhan</i>); the trainee keeps the place.
   *
   * @param stamp who and when, not before {@link #sinceAt()}, not null
   * @param withPay whether attendance premiums keep counting during the suspension
   * @param reason a reason that fits a suspension, not null
   * @return accepted with the suspended enrolment, or refused with {@link
   *     ProgrammeRule#ENROLMENT_TRANSITION} unless active, or {@link
   *     ProgrammeRule#ENROLMENT_REASON}; or {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp
   *     before {@link #sinceAt()} (subject {@code "at"}, value the instant, detail {@link
   *     #sinceAt()}); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<Enrolment> suspend(Stamp stamp, boolean withPay, EnrolmentReason reason) {
    return move(
        withPay ? EnrolmentStatus.SUSPENDED_WITH_PAY : EnrolmentStatus.SUSPENDED_WITHOUT_PAY,
        stamp,
        reason);
  }

  /**
   * Completes an active enrolment (<i>selesai</i>), reason {@link EnrolmentReason#FINISHED}.
   *
   * @param stamp who and when, not before {@link #sinceAt()}, not null
   * @return accepted with the completed enrolment, or refused with {@link
   *     ProgrammeRule#ENROLMENT_TRANSITION} unless active; or {@link
   *     ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp before {@link #sinceAt()} (subject {@code
   *     "at"}, value the instant, detail {@link #sinceAt()}); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<Enrolment> complete(Stamp stamp) {
    return move(EnrolmentStatus.COMPLETED, stamp, EnrolmentReason.FINISHED);
  }

  /**
   * Withdraws an open enrolment (<i>keluar</i>) from the waiting list, active or suspended.
   *
   * @param stamp who and when, not before {@link #sinceAt()}, not null
   * @param reason a reason that fits a withdrawal, not null
   * @return accepted with the withdrawn enrolment, or refused with {@link
   *     ProgrammeRule#ENROLMENT_TRANSITION} when already completed or withdrawn, or {@link
   *     ProgrammeRule#ENROLMENT_REASON}; or {@link ProgrammeRule#ENROLMENT_DATE_ORDER} for a stamp
   *     before {@link #sinceAt()} (subject {@code "at"}, value the instant, detail {@link
   *     #sinceAt()}); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<Enrolment> withdraw(Stamp stamp, EnrolmentReason reason) {
    return move(EnrolmentStatus.WITHDRAWN, stamp, reason);
  }

  /**
   * The move to {@code target}: refused when stamped before {@link #sinceAt()} (subject {@code
   * "at"}), or (subject the current status, value the target) when the lifecycle does not allow it
   * or the reason does not explain it.
   */
  private Outcome<Enrolment> move(EnrolmentStatus target, Stamp stamp, EnrolmentReason reason) {
    Checks.required(stamp, "stamp");
    Checks.required(reason, "reason");
    EnrolmentStatus from = status();
    if (stamp.at().isBefore(sinceAt())) {
      return Outcome.refused(
          Refusal.of(ProgrammeRule.ENROLMENT_DATE_ORDER, "at", stamp.at(), sinceAt()));
    }
    if (!from.canMoveTo(target)) {
      return Outcome.refused(Refusal.of(ProgrammeRule.ENROLMENT_TRANSITION, from, target));
    }
    if (!fits(from, target, reason)) {
      return Outcome.refused(Refusal.of(ProgrammeRule.ENROLMENT_REASON, from, target));
    }
    List<EnrolmentEvent> h = new ArrayList<>(history());
    h.add(EnrolmentEvent.of(target, stamp, reason));
    return Outcome.accepted(builder().from(this).history(h).build());
  }

  /** Whether a reason explains a move: promotion from waiting, resumption from suspension. */
  private static boolean fits(EnrolmentStatus from, EnrolmentStatus to, EnrolmentReason reason) {
    if (to == EnrolmentStatus.ACTIVE) {
      return reason
          == (from == EnrolmentStatus.WAITING
              ? EnrolmentReason.PLACE_AVAILABLE
              : EnrolmentReason.RESUMED);
    }
    // APPLICATION fits only WAITING and ACTIVE: no move reaches WAITING, ACTIVE is handled above
    return reason.fits(to);
  }

  private EnrolmentEvent last() {
    return history().get(history().size() - 1);
  }

  /**
   * A new builder, for reading a stored enrolment back; new enrolments start with {@link
   * #waiting(ProgrammeCode, RegistrationNumber, Stamp)} or {@link #active(ProgrammeCode,
   * RegistrationNumber, Stamp)}, and within a programme with {@link ProgrammeRoster#apply}.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Enrolment}; not thread-safe. */
  public static final class Builder extends ImmutableEnrolment.Builder {
    Builder() {}
  }
}
