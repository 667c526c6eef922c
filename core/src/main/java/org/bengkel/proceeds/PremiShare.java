package org.bengkel.proceeds;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * A trainee's part of a premi pool (<i>bagian premi</i>): the contribution it was computed from and
 * the amount, to credit to the trainee's {@link PremiAccount}.
 *
 * <p>The registration number is personal data and never appears in {@link #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PremiShare {

  PremiShare() {}

  /**
   * The trainee; personal data.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber registrationNumber();

  /**
   * The minutes or pieces the share was computed from.
   *
   * @return zero or more
   */
  @PositiveOrZero
  public abstract long quantity();

  /**
   * The amount of premi.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah amount();

  @Value.Check
  void check() {
    if (quantity() < 0) {
      throw InvalidValueException.of(
          CoreRule.OUT_OF_RANGE, "quantity", quantity(), 0, Long.MAX_VALUE);
    }
  }

  /**
   * A share.
   *
   * @param registrationNumber the trainee, not null
   * @param quantity minutes or pieces, zero or more
   * @param amount the premi, not null
   * @return the share, never null
   * @throws org.bengkel.error.InvalidValueException if the quantity is negative or an argument null
   */
  public static PremiShare of(RegistrationNumber registrationNumber, long quantity, Rupiah amount) {
    return ImmutablePremiShare.builder()
        .registrationNumber(registrationNumber)
        .quantity(quantity)
        .amount(amount)
        .build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PremiShare}; not thread-safe. */
  public static final class Builder extends ImmutablePremiShare.Builder {
    Builder() {}
  }
}
