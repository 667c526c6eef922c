package org.bengkel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A competency unit a trainee was assessed competent in, as shown in a {@link SkillsPassport}
 * (<i>unit kompetensi yang dicapai</i>).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AchievedUnit {

  AchievedUnit() {}

  /**
   * The programme that trained for the unit.
   *
   * @return the programme's code, never null
   */
  @NotNull
  @Value.Parameter
  public abstract ProgrammeCode programme();

  /**
   * The SKKNI unit code.
   *
   * @return the code, never null or blank
   */
  @NotBlank
  @Size(max = SkillProgramme.MAX_UNIT)
  @Value.Parameter
  public abstract String unitCode();

  /**
   * The date of the first assessment with the result competent.
   *
   * @return the date, never null
   */
  @NotNull
  @Value.Parameter
  public abstract LocalDate achievedOn();

  // The same rule as the programme's competency units.
  @Value.Check
  void check() {
    Checks.requireText(unitCode(), "unitCode", SkillProgramme.MAX_UNIT);
  }

  /**
   * An achieved unit.
   *
   * @param programme the programme, not null
   * @param unitCode the unit's code, not null
   * @param achievedOn the date, not null
   * @return the entry, never null
   */
  public static AchievedUnit of(ProgrammeCode programme, String unitCode, LocalDate achievedOn) {
    return ImmutableAchievedUnit.of(programme, unitCode, achievedOn);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AchievedUnit}; not thread-safe. */
  public static final class Builder extends ImmutableAchievedUnit.Builder {
    Builder() {}
  }
}
