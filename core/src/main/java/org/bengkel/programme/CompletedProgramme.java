package org.bengkel.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A programme a trainee completed, as shown in a {@link SkillsPassport} (<i>program yang
 * diselesaikan</i>): what it was, its field and training hours, and when it was completed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompletedProgramme {

  CompletedProgramme() {}

  /**
   * The programme's code.
   *
   * @return the code, never null
   */
  @NotNull
  public abstract ProgrammeCode code();

  /**
   * The programme's name.
   *
   * @return the name, never null or blank
   */
  @NotBlank
  @Size(max = SkillProgramme.MAX_TEXT)
  public abstract String name();

  /**
   * The programme's field.
   *
   * @return the field, never null
   */
  @NotNull
  public abstract SkillField field();

  /**
   * The programme's total training hours in JP.
   *
   * @return a positive number
   */
  @Positive
  @Max(SkillProgramme.MAX_HOURS)
  public abstract int trainingHours();

  /**
   * The completion date.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate completedOn();

  // The same field rules as the programme it copies, so that a passport read from JSON cannot
  // carry a value no programme could have.
  @Value.Check
  void check() {
    Checks.requireText(name(), "name", SkillProgramme.MAX_TEXT);
    Checks.requireRange(trainingHours(), "trainingHours", 1, SkillProgramme.MAX_HOURS);
  }

  /**
   * The completion of a programme on a date.
   *
   * @param programme the programme, not null
   * @param completedOn the date, not null
   * @return the entry, never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static CompletedProgramme of(SkillProgramme programme, LocalDate completedOn) {
    Checks.required(programme, "programme");
    return builder()
        .code(programme.code())
        .name(programme.name())
        .field(programme.field())
        .trainingHours(programme.trainingHours())
        .completedOn(completedOn)
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

  /** Builds a {@link CompletedProgramme}; not thread-safe. */
  public static final class Builder extends ImmutableCompletedProgramme.Builder {
    Builder() {}
  }
}
