package org.bengkel.json.privacy;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.error.MissingValueException;
import org.bengkel.programme.AchievedUnit;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CompletedProgramme;
import org.bengkel.programme.SkillsPassport;

/**
 * The skills passport (<i>paspor keterampilan</i>) as it leaves the facility with its holder, for
 * an employer or a training institution: the completed programmes, the competency units and the
 * certificates, as of a date. It has no field for the holder's name, registration number, crime or
 * sentence (the holder shows who they are with their own papers), so its JSON cannot carry them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the date the passport was drawn up, not null
 * @param programmes the completed programmes, not null
 * @param units the competency units achieved, not null
 * @param certificates the certificates held, not null
 */
public record SkillsPassportView(
    LocalDate asOf,
    List<CompletedProgramme> programmes,
    List<AchievedUnit> units,
    List<Certificate> certificates) {

  /** Checks and copies the components. */
  public SkillsPassportView {
    MissingValueException.required(asOf, "asOf");
    programmes = List.copyOf(programmes);
    units = List.copyOf(units);
    certificates = List.copyOf(certificates);
  }

  /**
   * The view of a passport: everything but the holder's identity.
   *
   * @param passport the passport, not null
   * @return the view, never null
   */
  public static SkillsPassportView of(SkillsPassport passport) {
    return new SkillsPassportView(
        passport.asOf(),
        passport.completedProgrammes(),
        passport.competencyUnits(),
        passport.certificates());
  }
}
