package org.bengkel.money;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * Rounding of an amount to a multiple of a step (<i>pembulatan</i>), for example to the next Rp500
 * or the nearest Rp1.000, with a stated {@link RoundingMode}.
 *
 * <p>Rounding is a pricing rule, not a property of money: a price list chooses its step. Modes act
 * on non-negative amounts, so {@code CEILING} behaves as {@code UP} and {@code FLOOR} as {@code
 * DOWN}; {@code HALF_UP} rounds Rp250 to Rp500 with step Rp500, {@code HALF_EVEN} rounds it to Rp0.
 * {@code UNNECESSARY} is refused: a price rule must say how to round.
 *
 * <p>Immutable and thread-safe.
 */
public final class RoundingStep implements Serializable {

  private static final long serialVersionUID = 1L;

  /** No rounding beyond whole rupiah. */
  public static final RoundingStep NONE = new RoundingStep(Rupiah.of(1), RoundingMode.HALF_UP);

  private final Rupiah step;
  private final RoundingMode mode;

  private RoundingStep(Rupiah step, RoundingMode mode) {
    this.step = step;
    this.mode = mode;
  }

  /**
   * A step and a mode.
   *
   * @param step a positive amount, not null
   * @param mode the rounding mode, not null and not {@code UNNECESSARY}
   * @return the rounding, never null
   * @throws InvalidValueException rule {@link MoneyRule#INVALID_STEP} for Rp0; {@link
   *     MoneyRule#INVALID_ROUNDING_MODE} for {@code UNNECESSARY}
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static RoundingStep of(Rupiah step, RoundingMode mode) {
    Checks.required(step, "step");
    Checks.required(mode, "mode");
    if (step.isZero()) {
      throw InvalidValueException.of(MoneyRule.INVALID_STEP, "step", step);
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw InvalidValueException.of(MoneyRule.INVALID_ROUNDING_MODE, "mode", mode);
    }
    return new RoundingStep(step, mode);
  }

  /**
   * Shorthand for {@code of(Rupiah.of(step), mode)}.
   *
   * @param step a positive number of rupiah
   * @param mode the rounding mode, not null and not {@code UNNECESSARY}
   * @return the rounding, never null
   * @throws InvalidValueException as {@link #of(Rupiah, RoundingMode)}, or {@link
   *     MoneyRule#NEGATIVE} for a negative step
   */
  public static RoundingStep of(long step, RoundingMode mode) {
    return of(Rupiah.of(step), mode);
  }

  /**
   * The step.
   *
   * @return a positive amount, never null
   */
  public Rupiah step() {
    return step;
  }

  /**
   * The rounding mode.
   *
   * @return the mode, never null, never {@code UNNECESSARY}
   */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * Rounds an amount to a multiple of the step.
   *
   * @param amount the amount, not null
   * @return the nearest multiple in this mode's direction, never null
   * @throws InvalidValueException rule {@link MoneyRule#OVERFLOW} if rounding up passes {@link
   *     Long#MAX_VALUE}
   * @throws org.bengkel.error.MissingValueException if {@code amount} is null
   */
  public Rupiah round(Rupiah amount) {
    Checks.required(amount, "amount");
    long s = step.amount();
    if (s == 1) {
      return amount;
    }
    long units =
        Fractions.divide(
            BigInteger.valueOf(amount.amount()), BigInteger.valueOf(s), mode, "amount");
    return Rupiah.of(units).times(s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoundingStep r && r.step.equals(step) && r.mode == mode;
  }

  @Override
  public int hashCode() {
    return step.hashCode() * 31 + mode.hashCode();
  }

  /**
   * For example {@code Rp500 HALF_UP}.
   *
   * @return a description, never null
   */
  @Override
  public String toString() {
    return step + " " + mode;
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through {@link #of(Rupiah,RoundingMode)}, so no byte stream can build an
   * invalid value.
   *
   * @return the proxy, never null
   */
  private Object writeReplace() {
    return new SerializedForm(step, mode);
  }

  /**
   * Refuses a stream that holds this class's own form rather than its proxy: such a stream was
   * crafted to skip the checks.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("RoundingStep is read only through its serialized form");
  }

  /** The serialized form of a {@link RoundingStep}: its fields, checked again when read. */
  private static final class SerializedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Rupiah step;
    private final RoundingMode mode;

    SerializedForm(Rupiah step, RoundingMode mode) {
      this.step = step;
      this.mode = mode;
    }

    private Object readResolve() throws InvalidObjectException {
      return Checks.validOnRead(() -> of(step, mode));
    }
  }
}
