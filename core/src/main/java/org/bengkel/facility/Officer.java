package org.bengkel.facility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * An officer (<i>petugas</i>) of a facility: supervises production, assesses competencies, records
 * attendance. Identified by {@link Nip}.
 *
 * <p>Two officers are equal when all their attributes are; use {@link #nip()} as the identity in
 * maps and references.
 *
 * <p>Immutable and thread-safe. Building an invalid officer throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class Officer {

  static final int MAX_TEXT = 200;

  /**
   * Not blank in the sense of {@link String#isBlank()}: at least one character that is not white
   * space. Used instead of {@code @NotBlank} on the optional position because {@code @NotBlank}
   * also refuses an empty {@code Optional} (it sees the absent element as null).
   */
  static final String NOT_BLANK = "(?s).*\\P{javaWhitespace}.*";

  Officer() {}

  /**
   * The officer's NIP.
   *
   * @return the NIP, never null
   */
  @NotNull
  public abstract Nip nip();

  /**
   * The officer's name as written in staff records.
   *
   * @return the name, never null or blank
   */
  @NotBlank
  @Size(max = MAX_TEXT)
  public abstract String name();

  /**
   * The officer's position (<i>jabatan</i>), such as {@code Kasi Kegiatan Kerja}.
   *
   * @return the position, empty when not recorded; never blank when present
   */
  public abstract Optional<
          @Pattern(
              regexp = NOT_BLANK,
              message = "{jakarta.validation.constraints.NotBlank.message}")
          @Size(max = MAX_TEXT) String>
      position();

  @Value.Check
  void check() {
    Checks.requireText(name(), "name", MAX_TEXT);
    position().ifPresent(p -> Checks.requireText(p, "position", MAX_TEXT));
  }

  /**
   * An officer without a recorded position.
   *
   * @param nip the NIP, not null
   * @param name the name, not null
   * @return the officer, never null
   * @throws InvalidValueException if an attribute breaks its rule
   */
  public static Officer of(Nip nip, String name) {
    return builder().nip(nip).name(name).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Officer}; not thread-safe. */
  public static final class Builder extends ImmutableOfficer.Builder {
    Builder() {}
  }
}
