package org.bengkel.proceeds;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.bengkel.audit.Stamp;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * One entry in a premi savings account (<i>mutasi tabungan premi</i>): a credit, a spending or the
 * payout, with who recorded it and when ({@link #stamp()}), its amount and a reference to its
 * source (a sale, a batch, a receipt). Its {@linkplain #date() day} is the stamp's local date in
 * the facility's zone.
 *
 * <p>References are at most {@value #MAX_REFERENCE} characters and must not hold personal data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PremiEntry {

  /** The longest reference. */
  public static final int MAX_REFERENCE = 100;

  PremiEntry() {}

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
   * The day of the entry: the stamp's local date in the facility's zone.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return stamp().localDate();
  }

  /**
   * What the entry does.
   *
   * @return the kind, never null
   */
  @NotNull
  public abstract PremiEntryKind kind();

  /**
   * The amount; positive except for a payout of an empty account, which is Rp0.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah amount();

  /**
   * The source of the entry, such as a sale or batch number.
   *
   * @return the reference, never null or blank
   */
  @NotBlank
  @Size(max = MAX_REFERENCE)
  public abstract String reference();

  @Value.Check
  void check() {
    Checks.requireText(reference(), "reference", MAX_REFERENCE);
  }

  /**
   * An entry.
   *
   * @param stamp who recorded it and when, not null
   * @param kind the kind, not null
   * @param amount the amount, not null
   * @param reference the source, not null, not blank, at most {@value #MAX_REFERENCE} characters
   * @return the entry, never null
   * @throws org.bengkel.error.InvalidValueException for a blank or too long reference or a null
   *     argument
   */
  public static PremiEntry of(Stamp stamp, PremiEntryKind kind, Rupiah amount, String reference) {
    return builder().stamp(stamp).kind(kind).amount(amount).reference(reference).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PremiEntry}; not thread-safe. */
  public static final class Builder extends ImmutablePremiEntry.Builder {
    Builder() {}
  }
}
