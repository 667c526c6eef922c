package org.bengkel.proceeds;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * One trainee's part in making the goods or doing the service jobs whose premi pool is allocated
 * (<i>kontribusi</i>): minutes worked or pieces made, depending on the allocation's {@link
 * ContributionBasis}.
 *
 * <p>The registration number is personal data and never appears in {@link #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contribution {

  Contribution() {}

  /**
   * The trainee (<i>nomor register warga binaan</i>); personal data.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber registrationNumber();

  /**
   * Minutes worked or pieces made, as the allocation's basis says; zero is allowed and earns
   * nothing.
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long quantity();

  @Value.Check
  void check() {
    if (quantity() < 0) {
      throw InvalidValueException.of(
          CoreRule.OUT_OF_RANGE, "quantity", quantity(), 0, Long.MAX_VALUE);
    }
  }

  /**
   * A contribution of minutes or pieces.
   *
   * @param registrationNumber the trainee, not null
   * @param quantity minutes worked or pieces made, zero or more
   * @return the contribution, never null
   * @throws InvalidValueException rule {@link CoreRule#OUT_OF_RANGE} if negative; {@link
   *     org.bengkel.error.MissingValueException} if the trainee is null
   */
  public static Contribution of(RegistrationNumber registrationNumber, long quantity) {
    return ImmutableContribution.builder()
        .registrationNumber(registrationNumber)
        .quantity(quantity)
        .build();
  }

  /**
   * A contribution of time worked, counted in whole minutes (seconds are dropped).
   *
   * @param registrationNumber the trainee, not null
   * @param worked the time worked, not null, not negative
   * @return the contribution, never null
   * @throws InvalidValueException rule {@link CoreRule#OUT_OF_RANGE} if negative
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static Contribution ofTime(RegistrationNumber registrationNumber, Duration worked) {
    Checks.required(worked, "worked");
    return of(registrationNumber, worked.toMinutes());
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contribution}; not thread-safe. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}
