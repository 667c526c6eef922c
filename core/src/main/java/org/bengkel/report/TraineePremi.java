package org.bengkel.report;

import jakarta.validation.constraints.NotNull;
import org.bengkel.money.Rupiah;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * The premi allocated to one trainee in a period (<i>premi per warga binaan</i>), for the internal
 * report.
 *
 * <p>The registration number is personal data (UU 27/2022 PDP): it never appears in {@link
 * #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TraineePremi {

  TraineePremi() {}

  /**
   * The trainee (<i>nomor registrasi</i>); personal data.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber registrationNumber();

  /**
   * The premi allocated in the period.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah amount();

  /**
   * A row.
   *
   * @param registrationNumber the trainee, not null
   * @param amount the premi, not null
   * @return the row, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code value.required} for a null argument
   */
  public static TraineePremi of(RegistrationNumber registrationNumber, Rupiah amount) {
    return builder().registrationNumber(registrationNumber).amount(amount).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TraineePremi}; not thread-safe. */
  public static final class Builder extends ImmutableTraineePremi.Builder {
    Builder() {}
  }
}
