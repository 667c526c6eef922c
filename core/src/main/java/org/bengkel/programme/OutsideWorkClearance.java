package org.bengkel.programme;

import java.time.LocalDate;
import org.bengkel.internal.Checks;
import org.bengkel.trainee.RegistrationNumber;

/**
 * Tells whether a trainee may work outside the walls (<i>asimilasi</i>, at an SAE such as the
 * public car wash) on a date: the input that programmes working outside the walls need before a
 * trainee's attendance is recorded.
 *
 * <p>Outside-the-walls work is for trainees eligible for asimilasi (Permenkumham 3/2018 as amended
 * by 7/2022: at least 1/2 of the sentence served for general crimes, 2/3 and nine months for
 * special crimes, a clean discipline record, an approved assessment). That eligibility is decided
 * from the trainee's sentence and records, which this package neither holds nor sees. The caller
 * supplies the answer, typically by adapting the trainee package's eligibility decision (names
 * below are illustrative):
 *
 * <pre>{@code
 * OutsideWorkClearance clearance = (number, date) -> EligibilityPolicy.defaults()
 *     .evaluate(Entitlement.ASIMILASI, trainees.get(number), date).eligible();
 * }</pre>
 *
 * <p>Implementations must be pure and thread-safe (answer the same for the same arguments), and
 * should answer {@code false} for trainees they do not know. Only attended hours need the
 * clearance; recording an absence does not ask.
 */
@FunctionalInterface
public interface OutsideWorkClearance {

  /**
   * Whether the trainee is cleared for asimilasi/SAE work on the date.
   *
   * @param trainee the trainee's registration number, not null
   * @param date the session date, not null
   * @return true when the trainee may work outside the walls on that date
   */
  boolean isCleared(RegistrationNumber trainee, LocalDate date);

  /**
   * A clearance that clears nobody: enough for registers whose programmes all stay inside the
   * walls.
   *
   * @return the clearance, never null; it throws {@link org.bengkel.error.MissingValueException}
   *     for a null argument
   */
  static OutsideWorkClearance nobody() {
    return (trainee, date) -> {
      Checks.required(trainee, "trainee");
      Checks.required(date, "date");
      return false;
    };
  }
}
