package org.bengkel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.bengkel.facility.Nip;
import org.bengkel.internal.Checks;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * The assessment of one SKKNI competency unit for one trainee (<i>asesmen unit kompetensi</i>):
 * result, assessing officer, date and a note of the evidence seen.
 *
 * <p>That the unit belongs to the programme and that the trainee was enrolled is checked when the
 * assessment is recorded in a {@link TrainingRegister}. The trainee's registration number is
 * personal data and never appears in {@link #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompetencyAssessment {

  /** The longest evidence text accepted, in characters (code points); the JSON schema states it. */
  public static final int MAX_NOTE = 1000;

  CompetencyAssessment() {}

  /**
   * The trainee. Personal data.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber trainee();

  /**
   * The programme that trains for the unit.
   *
   * @return the programme's code, never null
   */
  @NotNull
  public abstract ProgrammeCode programme();

  /**
   * The competency unit's code, one of the programme's {@linkplain SkillProgramme#competencyUnits()
   * units}.
   *
   * @return the code, never null or blank
   */
  @NotBlank
  @Size(max = SkillProgramme.MAX_UNIT)
  public abstract String unitCode();

  /**
   * The result.
   *
   * @return the result, never null
   */
  @NotNull
  public abstract CompetencyResult result();

  /**
   * The assessing officer (<i>asesor</i>).
   *
   * @return the officer's NIP, never null
   */
  @NotNull
  public abstract Nip assessor();

  /**
   * The assessment date.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * What evidence was seen (<i>bukti</i>): a demonstration, a product, a portfolio.
   *
   * @return the note, never null or blank, at most 1000 characters
   */
  @NotBlank
  @Size(max = MAX_NOTE)
  public abstract String evidence();

  @Value.Check
  void check() {
    Checks.requireText(unitCode(), "unitCode", SkillProgramme.MAX_UNIT);
    Checks.requireText(evidence(), "evidence", MAX_NOTE);
  }

  /**
   * Whether the unit was found competent.
   *
   * @return true for {@link CompetencyResult#COMPETENT}
   */
  public boolean isCompetent() {
    return result() == CompetencyResult.COMPETENT;
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompetencyAssessment}; not thread-safe. */
  public static final class Builder extends ImmutableCompetencyAssessment.Builder {
    Builder() {}
  }
}
