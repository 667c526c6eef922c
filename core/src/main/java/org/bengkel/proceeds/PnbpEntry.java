package org.bengkel.proceeds;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * One line of a {@link PnbpLedger}: PNBP recorded for a sale (<i>pencatatan PNBP</i>) or a deposit
 * to the state treasury (<i>setoran ke kas negara</i>), with who recorded it and when ({@link
 * #stamp()}; its {@linkplain #date() day} is the stamp's local date in the facility's zone), a
 * positive amount and a reference (sale number, or the deposit's billing code or receipt).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PnbpEntry {

  /** The longest reference. */
  public static final int MAX_REFERENCE = 100;

  PnbpEntry() {}

  /**
   * Who recorded the entry, when, in which zone.
   *
   * @return the stamp, never null
   */
  @NotNull
  public abstract Stamp stamp();

  /**
   * When the entry was recorded: the stamp's instant.
   *
   * @return the instant, never null
   */
  public Instant at() {
    return stamp().at();
  }

  /**
   * The day of the sale or deposit: the stamp's local date in the facility's zone.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return stamp().localDate();
  }

  /**
   * The sale, billing code or receipt.
   *
   * @return the reference, never null or blank
   */
  @NotBlank
  @Size(max = MAX_REFERENCE)
  public abstract String reference();

  /**
   * The amount, above zero.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah amount();

  @Value.Check
  void check() {
    Checks.requireText(reference(), "reference", MAX_REFERENCE);
    if (amount().isZero()) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "amount", amount(), 1, Long.MAX_VALUE);
    }
  }

  /**
   * An entry.
   *
   * @param stamp who recorded it and when, not null
   * @param reference the reference, not null, not blank, at most {@value #MAX_REFERENCE} characters
   * @param amount the amount, not null, above zero
   * @return the entry, never null
   * @throws InvalidValueException rule {@link CoreRule#OUT_OF_RANGE} for Rp0, {@link
   *     CoreRule#BLANK} or {@link CoreRule#TOO_LONG} for a bad reference
   */
  public static PnbpEntry of(Stamp stamp, String reference, Rupiah amount) {
    return builder().stamp(stamp).reference(reference).amount(amount).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PnbpEntry}; not thread-safe. */
  public static final class Builder extends ImmutablePnbpEntry.Builder {
    Builder() {}
  }
}
