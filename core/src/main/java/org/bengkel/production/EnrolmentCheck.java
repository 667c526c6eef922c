package org.bengkel.production;

import java.time.LocalDate;
import org.bengkel.internal.Checks;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.RegistrationNumber;

/**
 * The question a batch asks before a trainee joins its team or has hours recorded: is this trainee
 * actively enrolled (<i>terdaftar aktif</i>) in this skill programme on this date?
 *
 * <p>Usually answered by a {@link TrainingRegister}: pass {@code register::isActivelyEnrolled} or
 * {@link #of(TrainingRegister)}. A host that keeps enrolments elsewhere passes its own function.
 * Implementations must be side-effect free and thread-safe (the register's method is); the batch
 * calls them only during the transition.
 */
@FunctionalInterface
public interface EnrolmentCheck {

  /**
   * Whether the trainee is actively enrolled in the programme at the end of the date.
   *
   * @param trainee the trainee, not null
   * @param programme the programme, not null
   * @param date the date, not null
   * @return true when actively enrolled
   */
  boolean isActivelyEnrolled(RegistrationNumber trainee, ProgrammeCode programme, LocalDate date);

  /**
   * The check of a training register, {@link TrainingRegister#isActivelyEnrolled}.
   *
   * @param register the register, not null
   * @return the check, never null; like the register's method, it throws {@link
   *     org.bengkel.error.MissingValueException} for a null argument
   * @throws org.bengkel.error.MissingValueException if {@code register} is null
   */
  static EnrolmentCheck of(TrainingRegister register) {
    return Checks.required(register, "register")::isActivelyEnrolled;
  }
}
