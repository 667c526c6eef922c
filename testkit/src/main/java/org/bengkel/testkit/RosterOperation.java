package org.bengkel.testkit;

import org.bengkel.audit.Stamp;
import org.bengkel.error.MissingValueException;
import org.bengkel.outcome.Outcome;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.RegistrationNumber;

/**
 * One enrolment operation on a {@link TrainingRegister} or {@link ProgrammeRoster} (<i>operasi
 * pendaftaran</i>), as {@link ProgrammeGen#operations} generates them: apply, suspend, resume,
 * complete or withdraw a trainee in a programme, stamped by an officer or a system actor.
 *
 * <p>Applying an operation may be refused by the register (a full programme is not a refusal, but a
 * resumption of an active enrolment is): property tests apply a sequence, accept refusals and check
 * the register's invariants after each step. {@link #toString()} shows the trainee only by a number
 * in the generated sequence, never the registration number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what to do, not null
 * @param programme the programme's code, not null
 * @param trainee the trainee, not null
 * @param traineeIndex the trainee's position in the list the sequence was generated from, for
 *     readable descriptions
 * @param stamp who recorded the move and when, not null; its local date is the move's date
 * @param withPay for a suspension, whether with pay; ignored otherwise
 * @param reason for a suspension or withdrawal, the reason; ignored otherwise; not null
 */
public record RosterOperation(
    Kind kind,
    ProgrammeCode programme,
    RegistrationNumber trainee,
    int traineeIndex,
    Stamp stamp,
    boolean withPay,
    EnrolmentReason reason) {

  /** What an operation does. */
  public enum Kind {
    /** {@link TrainingRegister#apply}. */
    APPLY,
    /** {@link TrainingRegister#suspend}. */
    SUSPEND,
    /** {@link TrainingRegister#resume}. */
    RESUME,
    /** {@link TrainingRegister#complete}. */
    COMPLETE,
    /** {@link TrainingRegister#withdraw}. */
    WITHDRAW
  }

  /**
   * Checks the operation.
   *
   * @param kind what to do, not null
   * @param programme the programme's code, not null
   * @param trainee the trainee, not null
   * @param traineeIndex the trainee's position, for descriptions
   * @param stamp who and when, not null
   * @param withPay for a suspension, whether with pay
   * @param reason the reason, not null
   * @throws MissingValueException if an argument is null
   */
  public RosterOperation {
    MissingValueException.required(kind, "kind");
    MissingValueException.required(programme, "programme");
    MissingValueException.required(trainee, "trainee");
    MissingValueException.required(stamp, "stamp");
    MissingValueException.required(reason, "reason");
  }

  /**
   * Applies the operation to a register.
   *
   * @param register the register, not null
   * @return the register's outcome: the new register, or the refusal (including a date before the
   *     roster's last move); never null
   */
  public Outcome<TrainingRegister> applyTo(TrainingRegister register) {
    return switch (kind) {
      case APPLY -> register.apply(programme, trainee, stamp);
      case SUSPEND -> register.suspend(programme, trainee, stamp, withPay, reason);
      case RESUME -> register.resume(programme, trainee, stamp);
      case COMPLETE -> register.complete(programme, trainee, stamp);
      case WITHDRAW -> register.withdraw(programme, trainee, stamp, reason);
    };
  }

  /**
   * Applies the operation to a roster, whatever its programme.
   *
   * @param roster the roster, not null
   * @return the roster's outcome: the new roster, or the refusal (including a date before the
   *     roster's last move); never null
   */
  public Outcome<ProgrammeRoster> applyTo(ProgrammeRoster roster) {
    return switch (kind) {
      case APPLY -> roster.apply(trainee, stamp);
      case SUSPEND -> roster.suspend(trainee, stamp, withPay, reason);
      case RESUME -> roster.resume(trainee, stamp);
      case COMPLETE -> roster.complete(trainee, stamp);
      case WITHDRAW -> roster.withdraw(trainee, stamp, reason);
    };
  }

  /**
   * A description without the registration number, such as {@code SUSPEND(KAYU-1, trainee #3,
   * 2025-01-06, SICK, with pay)}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    return kind
        + "("
        + programme
        + ", trainee #"
        + traineeIndex
        + " "
        + trainee.registerClass().prefix()
        + ", "
        + stamp.localDate()
        + (kind == Kind.SUSPEND ? ", " + reason + (withPay ? ", with pay" : ", without pay") : "")
        + (kind == Kind.WITHDRAW ? ", " + reason : "")
        + ")";
  }
}
